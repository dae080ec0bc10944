/** Stage: parenthesized aliases: 아랍에미리트(UAE), 국제지질과학연맹(IUGS), 후진타오(胡錦濤), 아이유(본명 이지은). The name
 *  before the parenthesis and the one inside are one entity; the resolved candidates decide the type. */
import { Candidate, StageInput } from './common';
import { allCodePoints, isHanCp } from '../chars';

export interface AliasPair {
  outer: { start: number; end: number };
  inner: { start: number; end: number };
}

const LATIN_NAME = /^[A-Z][A-Za-z0-9&\-.]{1,15}$/;
/** One word of a personal name in Latin letters (Peter, O'Neil, J.). */
const LATIN_WORD = /^[A-Z][A-Za-z'\-.]{0,15}$/;

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
      let k = i + 1;
      while (k + 1 < tokens.length && k - i < 4 && LATIN_WORD.test(tokens[k].text) && text[tokens[k].end] === ' ' && tokens[k + 1].start === tokens[k].end + 1) k++;
      if (k > i + 1 && LATIN_WORD.test(tokens[k].text) && text[tokens[k].end] === ')' && LATIN_WORD.test(b.text)) {
        out.push({ outer: { start: a.start, end: a.end }, inner: { start: b.start, end: tokens[k].end } });
      }
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
