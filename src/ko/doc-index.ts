/** Per-document look-ups shared by the quote stages: sentence of an offset, tokens of a sentence (cached). */
import type { Doc, QuoteMarkPair } from '../pipeline/document';
import { lowerBound, lowerBoundBy } from '../pipeline/ranges';

const openOf = (m: QuoteMarkPair) => m.open;
import { Token, tokenize } from './tokens';

const tokenCache = new WeakMap<Doc, Map<number, Token[]>>();

export function sentenceIndexAt(doc: Doc, pos: number): number {
  const k = lowerBound(doc.sentences, pos + 1) - 1;
  return Math.max(0, k);
}

export function sentenceTokens(doc: Doc, si: number): Token[] {
  let cache = tokenCache.get(doc);
  if (!cache) tokenCache.set(doc, (cache = new Map()));
  let t = cache.get(si);
  if (!t) {
    const s = doc.sentences[si];
    t = tokenize(doc.text, s.start, s.end);
    cache.set(si, t);
  }
  return t;
}

/** Is the offset inside a double-quoted span (marks included)? */
export function insideQuote(doc: Doc, pos: number): boolean {
  for (let k = Math.max(0, lowerBoundBy(doc.marks, pos + 1, openOf) - 3); k < doc.marks.length && doc.marks[k].open <= pos; k++) {
    const m = doc.marks[k];
    if (!m.double) continue;
    const mEnd = m.close !== null ? m.close + 1 : m.content.end;
    if (m.open <= pos && pos < mEnd) return true;
  }
  return false;
}
