/** The sessions' sentence tests: extract with a fixed publication date, every span checked against the text. */
import { extract } from '../../src';
import { spanProblems } from './schema';

export const PUB = '2024-09-20';

export function run(text: string) {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
}

/** The span of the first `s` in `text` at or after `from`. */
export function at(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
}
