/**
 * Stage: split paragraphs into sentences at . ! ? (and 。) followed by white space or the paragraph end, never
 * inside a double-quoted span. Decimal points (3.5), dates (2023.6.9) and ellipses do not end a sentence.
 */
import type { Doc, QuoteMarkPair, Sentence } from '../pipeline/document';
import { isSpace } from './paragraphs';

const END_MARK = /[.!?。]/g;

export function splitSentences(text: string, paragraphs: { start: number; end: number }[], marks: QuoteMarkPair[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      // The next . ! ? or 。, found by a regular-expression search (native code, whatever tier the loop runs in).
      END_MARK.lastIndex = i;
      if (!END_MARK.test(text)) break;
      i = END_MARK.lastIndex - 1;
      if (i >= p.end) break;
      const ch = text[i];
      if (insideDouble(marks, i)) continue;
      // Swallow runs like ?! or ... and a closing mark or bracket right after.
      let j = i + 1;
      while (j < p.end && /[.!?。)\]’”"'」』]/.test(text[j])) j++;
      if (j < p.end && !isSpace(text.charCodeAt(j))) continue;
      if (ch === '.' && i > p.start && /[0-9]/.test(text[i - 1]) && j < p.end && /[0-9]/.test(text[j + 1] ?? '')) continue;
      out.push({ start: s, end: j, paragraph: pi });
      s = j;
      while (s < p.end && isSpace(text.charCodeAt(s))) s++;
      i = s - 1;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: pi });
  });
  return out;
}

function insideDouble(marks: QuoteMarkPair[], i: number): boolean {
  // Marks are few per paragraph; a linear scan over the nearby ones is cheap. Binary search keeps it linear overall.
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].open < i) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let k = hi; k >= 0 && k >= hi - 3; k--) {
    const m = marks[k];
    if (m.double && m.open < i && i < m.content.end) return true;
  }
  return false;
}

export function sentencesStage(doc: Doc): void {
  doc.sentences = splitSentences(doc.text, doc.paragraphs, doc.marks);
}
