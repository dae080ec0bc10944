/** Per-document look-ups shared by the quote stages: sentence of an offset, tokens of a sentence (cached). */
import type { Doc, Range } from '../pipeline/document';
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

/**
 * A union of ranges as sorted, disjoint [start, end) pairs, flattened ([s0, e0, s1, e1, …]); empty ranges are left
 * out. A per-document look-up built from a few ranges: cheaper to build than a table over the whole text, and
 * answered by binary search (inRangeSet).
 */
export function rangeSet(ranges: Range[]): number[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const r of sorted) {
    const n = out.length;
    if (n > 0 && r.start <= out[n - 1]) {
      if (r.end > out[n - 1]) out[n - 1] = r.end;
    } else out.push(r.start, r.end);
  }
  return out;
}

/** Is pos in one of the ranges of the set? */
export function inRangeSet(set: number[], pos: number): boolean {
  // The last pair that starts at or before pos.
  let lo = 0;
  let hi = set.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (set[2 * mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < set[2 * lo - 1];
}

/** The double-quoted spans of the document, marks included, as a range set (built on first use). */
export function quotedSpans(doc: Doc): number[] {
  let quoted = doc.index.quoted;
  if (!quoted) {
    const spans: Range[] = [];
    for (const m of doc.marks) if (m.double) spans.push({ start: m.open, end: m.close !== null ? m.close + 1 : m.content.end });
    quoted = rangeSet(spans);
    doc.index.quoted = quoted;
  }
  return quoted;
}

/**
 * inRangeSet for offsets asked in non-decreasing order (the tokens of a document, front to back): a cursor that only
 * moves forward, past the pairs that end at or before the offset, instead of a binary search per offset.
 */
export class RangeSetCursor {
  private k = 0;
  constructor(private readonly set: number[]) {}
  /** Is pos in one of the ranges? (pos not smaller than at the last call) */
  has(pos: number): boolean {
    const set = this.set;
    let k = this.k;
    while (k < set.length && set[k + 1] <= pos) k += 2;
    this.k = k;
    return k < set.length && set[k] <= pos;
  }
}
