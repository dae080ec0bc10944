/** Stage: parenthesized aliases: 아랍에미리트(UAE), 국제지질과학연맹(IUGS), 후진타오(胡錦濤), 아이유(본명 이지은). The name
 *  before the parenthesis and the one inside are one entity; the resolved candidates decide the type. */
import { Candidate, StageInput } from './common';
import { allCodePoints, isHanCp } from '../chars';

export interface AliasPair {
  outer: { start: number; end: number };
  inner: { start: number; end: number };
}

const LATIN_NAME = /^[A-Z][A-Za-z0-9&\-.]{1,15}$/;
/** A personal name in Latin letters: two to four capitalized words (Robin Page, Peter Lee, Mary-Jane O'Neil). */
export const LATIN_PERSON_NAME = /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: (?:[A-Z]\.|[A-Z][a-z]*(?:[-'][A-Z]?[a-z]+)?)){1,3}$/;

/** From min to max Hanja and nothing else (/^\p{Script=Han}{min,max}$/u, without compiling that class). */
export function hanja(s: string, min: number, max: number): boolean {
  return s.length <= 2 * max && allCodePoints(s, isHanCp, min) && [...s].length <= max;
}

export function parenthesizedAliases({ text, tokens }: StageInput): AliasPair[] {
  const out: AliasPair[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    let b = tokens[i + 1];
    // 아이유(본명 이지은): a stage name and the real name are one person.
    if (text[a.end] === '(' && b.start === a.end + 1 && b.text === '본명' && i + 2 < tokens.length && tokens[i + 2].start === b.end + 1 && text[tokens[i + 2].end] === ')') {
      b = tokens[i + 2];
      out.push({ outer: { start: a.start, end: a.end }, inner: { start: b.start, end: b.end } });
      continue;
    }
    if (text[a.end] !== '(' || b.start !== a.end + 1) continue;
    if (text[b.end] !== ')') {
      // 피터 리(Peter Lee), 로빈 페이지(Robin Page): a name of two to four words in Latin letters.
      // (The close in the next 40 characters, read in place: an unclosed parenthesis sends no search through the text.)
      let close = b.end;
      while (close < text.length && close - b.start <= 40 && text.charCodeAt(close) !== 41 /* ) */) close++;
      if (text.charCodeAt(close) === 41 && LATIN_PERSON_NAME.test(text.slice(b.start, close))) out.push({ outer: { start: a.start, end: a.end }, inner: { start: b.start, end: close } });
      continue;
    }
    // Inner: an acronym or Latin name, or Hanja.
    if (!LATIN_NAME.test(b.text) && !hanja(b.text, 2, 8)) continue;
    if (/^\d/.test(b.text)) continue;
    out.push({ outer: { start: a.start, end: a.end }, inner: { start: b.start, end: b.end } });
  }
  return out;
}

export type { Candidate };
