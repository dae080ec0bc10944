/** Stage: organizations named by their head (…전자, …은행, …그룹, …위원회, …대학교, …지검, …부, …청, …당) and the
 *  generic bodies Korean news names as organizations (경찰, 검찰, 정부, 소방당국). */
import { Candidate, GENERIC_ORG, LEX_INDEX, NOT_ORG, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, WEAK_ORG, isHangul, stems } from './common';

export function orgSuffixes({ tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    for (const s of stems(t.text, 2)) {
      if (GENERIC_ORG.has(s)) {
        out.push({ start: t.start, end: t.start + s.length, type: 'organization', priority: 2, source: 'generic' });
        break;
      }
      if (LEX_INDEX.has(s)) break;
      const head = endingIn(s, STRONG_ORG_SET, STRONG_ORG_MAX);
      if (!head) continue;
      const weak = WEAK_ORG.has(head);
      const minLen = weak ? (head.length === 1 ? 4 : head.length + 2) : head.length + 1;
      if (s.length < minLen) continue;
      if (NOT_ORG.has(s) || NOT_ORG.has(s.slice(-2)) || NOT_ORG.has(s.slice(-3))) continue;
      if (!isHangul(s[0]) && !/^[A-Za-z]/.test(s)) continue;
      if (/^\d/.test(s)) continue;
      out.push({ start: t.start, end: t.start + s.length, type: 'organization', priority: weak ? 1 : 2, source: 'org-suffix' });
      break;
    }
  }
  return out;
}
