/**
 * Stage: split paragraphs into sentences at . ! ? (and 。) followed by white space or the paragraph end (or, after
 * 다., by a Hangul syllable: a space left out), never inside a double-quoted span. Decimal points (3.5), dates
 * (2023.6.9) and ellipses do not end a sentence.
 */
import type { Doc, QuoteMarkPair, Sentence } from '../pipeline/document';
import { codeSetOf, unitPositions } from './chars';
import { isSpace } from './paragraphs';

/** What a sentence end swallows after its mark: more marks (?!, ...) and closing marks or brackets. */
const SWALLOWED = codeSetOf('.!?。)]’”"\'」』');
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;

/**
 * The sentence-end marks . ! ? and 。 (see unitPositions), found once per text, not per paragraph: a search begun in a
 * paragraph without an end mark runs on to the next one, and over many such paragraphs (a list of headlines) that is
 * quadratic.
 */
const END_MARK = /[.!?。]/g;

export function splitSentences(text: string, paragraphs: { start: number; end: number }[], marks: QuoteMarkPair[]): Sentence[] {
  const out: Sentence[] = [];
  const ends = unitPositions(END_MARK, text);
  let k = 0; // the first end mark not before the paragraph
  paragraphs.forEach((p, pi) => {
    let s = p.start;
    // 【서울=뉴시스】김지훈 정윤아 기자 = …: the byline opening the paragraph is a sentence of its own (its names are no
    // part of the first sentence: a speaker or reported clause read from the sentence start began with them).
    const by = bylineEnd(text, p.start, p.end);
    if (by > p.start) {
      out.push({ start: p.start, end: by, paragraph: pi });
      s = by;
      while (s < p.end && isSpace(text.charCodeAt(s))) s++;
    }
    while (k < ends.length && ends[k] < p.start) k++;
    for (; k < ends.length && ends[k] < p.end; k++) {
      const i = ends[k];
      if (i < s) continue; // taken into the sentence before (?!, ..., a closing mark)
      if (insideDouble(marks, i)) continue;
      // Swallow runs like ?! or ... and a closing mark or bracket right after (tests by char code: one-character
      // strings of Hangul-range text are each a new string).
      let j = i + 1;
      while (j < p.end && SWALLOWED.has(text.charCodeAt(j))) j++;
      // A space left out after a declarative's period (…생각했다.이들은): the next sentence starts at the Hangul.
      if (j < p.end && !isSpace(text.charCodeAt(j)) && !(j === i + 1 && text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 0xb2e4 /* 다 */ && isSyllable(text.charCodeAt(j)))) continue;
      if (text.charCodeAt(i) === 46 && i > p.start && isDigit(text.charCodeAt(i - 1)) && j < p.end && isDigit(text.charCodeAt(j + 1))) continue;
      out.push({ start: s, end: j, paragraph: pi });
      s = j;
      while (s < p.end && isSpace(text.charCodeAt(s))) s++;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: pi });
  });
  return out;
}

/** Bylines: the reporter's role, then = (김지훈 기자 =, 홍길동 특파원=). */
const BYLINE = /(?:기자|특파원|통신원|기자들)\s*=\s*$/u;
const BYLINE_SPAN = 80;

/**
 * The end of a byline (after its =) opening the paragraph [start, end), else start. Only its first BYLINE_SPAN
 * characters are read; an = inside brackets (【서울=뉴시스】) is the outlet's, not the byline's.
 */
function bylineEnd(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + BYLINE_SPAN);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e /* . */ || c === 0x22 /* " */ || c === 0x201c /* “ */ || c === 10) return start;
    if (c !== 0x3d /* = */) continue;
    if (!BYLINE.test(text.slice(Math.max(start, i - 8), i + 1))) continue;
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    return j < end ? i + 1 : start;
  }
  return start;
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
