/**
 * The English path: same output contract as the Korean pipeline (language 'en', spans in code points).
 * compromise is required lazily, on the first English document (detectLanguage never loads it).
 */
import type { DocumentResult, Entity, ExtractOptions, Quote, DateMention } from '../types';
import type { Range } from '../pipeline/document';
import { codePointMap } from '../pipeline/offsets';
import { mapPacked, quoteOut } from '../pipeline/output';
import { abbreviationDot, paragraphs, quotePairs, sentences, tokenize } from './text';
import { appositions, cluster, CONNECT, findMentions, loadModel } from './entities';
import { findQuotes, SUBJECT_START, VERBS } from './quotes';

const KEEP = new Set<string>([...VERBS, ...CONNECT, ...SUBJECT_START, 'that', 'and']);
import { findDates } from './dates';
export { detectLanguage } from './detect';

/** Extract quotes, entities and dates from one English article. */
export function extractEnglish(text: string, options: ExtractOptions = {}): DocumentResult {
  const md = loadModel();
  const published = options.published ?? null;
  const paras = paragraphs(text);
  const pairs = quotePairs(text, paras);
  const inside = new Uint8Array(text.length + 1);
  for (const p of pairs) inside.fill(1, p.content.start, p.content.end);
  const sents = sentences(text, paras, inside);
  const toks = tokenize(text, KEEP);
  // Tokens that start a sentence or a quote (their capital letter says nothing).
  const starts = new Set<number>();
  for (const s of sents) starts.add(s.start);
  for (const p of pairs) starts.add(p.content.start);
  const sentStart = (i: number) => {
    const t = toks[i];
    let k = t.start;
    while (k > 0 && /[\s"“‘'(]/.test(text[k - 1]) && !starts.has(k)) k--;
    // (After a dateline's dash too: "DUBAI — Negotiators worked …".)
    // (Not after an abbreviation's dot: "Ms. Park", "Rep. Kay Granger".)
    if (text[k - 1] === '.' && abbreviationDot(text, k - 1) && !/(?:^|[^\p{L}])no$/iu.test(text.slice(Math.max(0, k - 4), k - 1))) return starts.has(t.start);
    return starts.has(t.start) || starts.has(k) || k === 0 || /[.!?:—–]/.test(text[k - 1]) || (text[k - 1] === '-' && (text[k - 2] === ' ' || text[k - 2] === '-'));
  };
  const mentions = findMentions(text, toks, md, sentStart);
  const ents = cluster(mentions, md, text);
  appositions(text, mentions, ents);
  const clustered = mentions.filter((m) => m.entity !== undefined).sort((a, b) => a.start - b.start);
  const quotes = findQuotes(text, toks, sents, pairs, clustered, ents);
  let si = 0;
  const sentenceAt = (i: number): Range => {
    while (si + 1 < sents.length && sents[si].end <= i) si++;
    while (si > 0 && sents[si].start > i) si--;
    return sents[si] ?? { start: 0, end: text.length };
  };
  const dates = findDates(text, published, sentenceAt);

  // Output: entities in order of first mention, ids e1…; spans in code points.
  const order = ents.map((_, i) => i).sort((a, b) => ents[a].mentions[0].start - ents[b].mentions[0].start);
  const newId = new Map<number, number>();
  order.forEach((old, k) => newId.set(old, k));
  const cp = codePointMap(text);
  const span = (r: Range) => ({ start: cp.toCp(r.start), end: cp.toCp(r.end), text: text.slice(r.start, r.end) });
  const eid = (i: number | null) => (i === null || !newId.has(i) ? null : `e${newId.get(i)! + 1}`);
  const entities: Entity[] = mapPacked(order, (old, k) => {
    const e = ents[old];
    const aliases = [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))].filter((a) => a !== e.name);
    return {
      id: `e${k + 1}`,
      type: e.type,
      name: e.name,
      canonical: e.name,
      aliases,
      title: e.title,
      affiliation: eid(e.affiliation),
      mentions: mapPacked(e.mentions, span),
    };
  });
  quotes.sort((a, b) => a.segments[0].start - b.segments[0].start);
  const outQuotes: Quote[] = mapPacked(quotes, (q, i) => quoteOut(q, i, span, eid));
  const outDates: DateMention[] = mapPacked(dates, (d) => ({ ...d, start: cp.toCp(d.start), end: cp.toCp(d.end) }));
  const result: DocumentResult = { id: options.id ?? '-', published, language: 'en', quotes: outQuotes, entities, dates: outDates };
  if (options.includeText) result.text = text;
  return result;
}
