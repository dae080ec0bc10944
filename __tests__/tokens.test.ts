/** Character helpers of the quote stages give exactly what the regular expressions and copies they replace give. */
import { tokenize, twoOrMoreCodePoints } from '../src/ko/tokens';
import { isSpaceCode } from '../src/ko/chars';

test('isSpaceCode is /\\s/ on every BMP code unit', () => {
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
  expect(wrong).toEqual([]);
  expect(isSpaceCode(NaN)).toBe(false);
});

test('twoOrMoreCodePoints is [...s.replace(/\\s/g, "")].length >= 2', () => {
  const hi = '\ud840';
  const lo = '\udc00';
  const cases = ['', '김', '김 ', ' 김 ', '김철', '김 철', '김\u3000철', 'A', 'AB', '𠀀', '𠀀 ', '𠀀가', hi, lo, hi + lo, hi + ' ' + lo, lo + hi, hi + hi, '𠀀𠀀', '존 루든', '\t\n'];
  for (const s of cases) expect([s, twoOrMoreCodePoints(s)]).toEqual([s, [...s.replace(/\s/g, '')].length >= 2]);
});

test('tokens: cores without trailing punctuation, offsets exact', () => {
  const text = '김 대표는 “좋다”고 말했다.';
  expect(tokenize(text, 0, text.length).map((t) => [t.start, t.end, t.core, t.coreEnd, t.mark])).toEqual([
    [0, 1, '김', 1, false],
    [2, 5, '대표는', 5, false],
    [6, 11, '“좋다”고', 11, true],
    [12, 16, '말했다', 15, false],
  ]);
});
