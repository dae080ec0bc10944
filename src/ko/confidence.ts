/**
 * Stage: a confidence for each quote that ranks well-formed, attributed quotations above doubtful ones. It starts
 * from how the quote was recognized (a quotative ending with a speech verb is the strongest evidence) and is lowered
 * by what makes false quotes in news text: no source, single marks (titles, terms), very short or Hangul-less content
 * (terms, names), questions put to the speaker, verbs of thinking rather than saying, unclosed marks.
 */
import type { Doc, QuoteRecord } from '../pipeline/document';
import speech from './lexicon/speech.json';
import { wordsRegex } from './words';
import { CodeSet, codeSetOf, isSpaceCode } from './chars';

const QUESTION_END = /(?:냐|니까|나요|까요|습니까|는가)[?？]?$/u;
const THINKING_CUE = wordsRegex(speech.thinkingVerbs, 'start');
// The characters a question can end with (after trimming), and the first characters of the thinking verbs: the
// slices and the regular expressions above are made and run only for a quote or a cue that ends or starts so.
const QUESTION_LAST = codeSetOf('냐까요가?？');
const THINKING_FIRST = new CodeSet(speech.thinkingVerbs.map((w) => w.charCodeAt(0)));

/** QUESTION_END on the trimmed last 8 characters of [start, end). */
function endsAsQuestion(text: string, start: number, end: number): boolean {
  if (end <= start) return false; // an empty slice
  // A last character that is neither white space (trimmed away) nor one a question ends with: not a question.
  const last = text.charCodeAt(end - 1);
  if (!isSpaceCode(last) && !QUESTION_LAST.has(last)) return false;
  return QUESTION_END.test(text.slice(Math.max(start, end - 8), end).trim());
}

/** Letters (Hangul, Latin, other scripts) in the segments, counted up to 12, and whether any is Hangul. */
function countLetters(text: string, q: QuoteRecord): { letters: number; hangul: boolean } {
  let letters = 0;
  let hangul = false;
  for (const s of q.segments) {
    for (let k = s.start; k < s.end && !(letters >= 12 && hangul); k++) {
      const c = text.charCodeAt(k);
      if (c >= 0xac00 && c <= 0xd7a3) {
        hangul = true;
        letters++;
      } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x4e00 && c <= 0x9fff)) letters++;
    }
  }
  return { letters, hangul };
}

export function confidenceOf(q: QuoteRecord, doc: Doc): number {
  // A handful of words: an array search, not a Set made per quote.
  const ev = q.evidence;
  let c: number;
  if (q.kind === 'direct') {
    // (A transcript's label names the speaker as surely as a speech verb does.)
    if (ev.includes('label')) c = 0.85;
    else if (ev.includes('floating')) c = 0.6;
    else if (ev.includes('headline')) c = 0.65;
    else if (ev.includes('sentence')) c = 0.45;
    else if (ev.includes('no-cue')) c = 0.5;
    else if (ev.includes('noun-cue')) c = 0.75;
    else c = 0.9;
  } else {
    c = ev.includes('according-to') ? 0.7 : ev.includes('noun-cue') ? 0.65 : 0.75;
  }
  if (!q.speaker) c -= 0.2;
  else if (q.speaker.resolvedBy === 'explicit') c += 0.05;
  if (ev.includes('unclosed')) c -= 0.1;
  if (ev.includes('single-marks')) c -= 0.25;
  const { letters, hangul } = countLetters(doc.text, q);
  if (letters < 6) c -= 0.25;
  else if (letters < 12) c -= 0.1;
  if (!hangul) c -= 0.3;
  const last = q.segments[q.segments.length - 1];
  if (endsAsQuestion(doc.text, last.start, last.end)) c -= 0.15;
  if (q.cue && THINKING_FIRST.has(doc.text.charCodeAt(q.cue.start)) && THINKING_CUE.test(doc.text.slice(q.cue.start, q.cue.end))) c -= 0.15;
  return Math.round(Math.max(0.01, Math.min(0.99, c)) * 100) / 100;
}

export function confidenceStage(doc: Doc): void {
  for (const q of doc.quotes) q.confidence = confidenceOf(q, doc);
}
