/** Stage: organizations named by their head (…전자, …은행, …그룹, …위원회, …대학교, …지검, …부, …청, …당) and the
 *  generic bodies Korean news names as organizations (경찰, 검찰, 정부, 소방당국). */
import { Candidate, GENERIC_ORG, LEX_INDEX, NOT_ORG, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, WEAK_ORG, isHangul, tokStems, Tok, wordInfo } from './common';

type Hit = { len: number; priority: number; source: string } | null;

export function orgSuffixes({ tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    const inf = wordInfo(t);
    let h = inf.org;
    if (h === undefined) h = inf.org = orgOfWord(t);
    if (h) out.push({ start: t.start, end: t.start + h.len, type: 'organization', priority: h.priority, source: h.source });
  }
  return out;
}

/** Local government bodies fused to the place name (당진시청, 인천시의회, 경기도교육청). */
const LOCAL_GOV = ['시청', '군청', '구청', '도청', '시의회', '군의회', '구의회', '도의회', '교육청', '시교육청', '도교육청'];

function orgOfWord(t: Tok): Hit {
  {
    for (const s of tokStems(t)) {
      if (s.length < 2) break;
      for (const g of LOCAL_GOV) if (s.length >= g.length + 2 && s.endsWith(g) && isHangul(s[0])) return { len: s.length, priority: 2, source: 'org-suffix' };
      if (GENERIC_ORG.has(s)) return { len: s.length, priority: 2, source: 'generic' };
      if (LEX_INDEX.has(s)) break;
      const head = endingIn(s, STRONG_ORG_SET, STRONG_ORG_MAX);
      if (!head) continue;
      const weak = WEAK_ORG.has(head);
      const minLen = weak ? (head.length === 1 ? 4 : head.length + 2) : head.length + 1;
      if (s.length < minLen) continue;
      if (NOT_ORG.has(s) || NOT_ORG.has(s.slice(-2)) || NOT_ORG.has(s.slice(-3))) continue;
      if (!isHangul(s[0]) && !/^[A-Za-z]/.test(s)) continue;
      if (/^\d/.test(s)) continue;
      return { len: s.length, priority: weak ? 1 : 2, source: 'org-suffix' };
    }
  }
  return null;
}
