/** Per-document look-ups shared by the quote stages: sentence of an offset, tokens of a sentence (cached). */
import type { Doc } from '../pipeline/document';
import { lowerBound } from '../pipeline/ranges';

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

/** Per document: 1 at every offset inside a double-quoted span, marks included (built on first use). */
const quotedCache = new WeakMap<Doc, Uint8Array>();

/** Is the offset inside a double-quoted span (marks included)? */
export function insideQuote(doc: Doc, pos: number): boolean {
  let quoted = quotedCache.get(doc);
  if (!quoted) {
    quoted = new Uint8Array(doc.text.length + 1);
    for (const m of doc.marks) if (m.double) quoted.fill(1, m.open, m.close !== null ? m.close + 1 : m.content.end);
    quotedCache.set(doc, quoted);
  }
  return quoted[pos] === 1;
}
