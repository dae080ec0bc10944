/** Per-document look-ups shared by the quote stages: sentence of an offset, tokens of a sentence (cached). */
import type { Doc } from '../pipeline/document';
import { lowerBound } from '../pipeline/ranges';

import { Token, tokenize } from './tokens';

export function sentenceIndexAt(doc: Doc, pos: number): number {
  const k = lowerBound(doc.sentences, pos + 1) - 1;
  return Math.max(0, k);
}

export function sentenceTokens(doc: Doc, si: number): Token[] {
  const cache = (doc.index.sentenceTokens ??= []) as (Token[] | undefined)[];
  let t = cache[si];
  if (!t) {
    const s = doc.sentences[si];
    t = tokenize(doc.text, s.start, s.end);
    cache[si] = t;
  }
  return t;
}

/** Is the offset inside a double-quoted span (marks included)? */
export function insideQuote(doc: Doc, pos: number): boolean {
  // Per document: 1 at every offset inside a double-quoted span, marks included (built on first use).
  let quoted = doc.index.quoted;
  if (!quoted) {
    quoted = new Uint8Array(doc.text.length + 1);
    for (const m of doc.marks) if (m.double) quoted.fill(1, m.open, m.close !== null ? m.close + 1 : m.content.end);
    doc.index.quoted = quoted;
  }
  return quoted[pos] === 1;
}
