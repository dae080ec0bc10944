/** Stage: parenthesized aliases: 아랍에미리트(UAE), 국제지질과학연맹(IUGS), 후진타오(胡錦濤). The name before the
 *  parenthesis and the one inside are one entity; the resolved candidates decide the type. */
import { Candidate, StageInput } from './common';

export interface AliasPair {
  outer: { start: number; end: number };
  inner: { start: number; end: number };
}

export function parenthesizedAliases({ text, tokens }: StageInput): AliasPair[] {
  const out: AliasPair[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (text[a.end] !== '(' || b.start !== a.end + 1 || text[b.end] !== ')') continue;
    // Inner: an acronym or Latin name, or Hanja.
    if (!/^([A-Z][A-Za-z0-9&\-.]{1,15}|\p{Script=Han}{2,8})$/u.test(b.text)) continue;
    if (/^\d/.test(b.text)) continue;
    out.push({ outer: { start: a.start, end: a.end }, inner: { start: b.start, end: b.end } });
  }
  return out;
}

export type { Candidate };
