/** Stage: organizations named by their head (…전자, …은행, …그룹, …위원회, …대학교, …지검, …부, …청, …당) and the
 *  generic bodies Korean news names as organizations (경찰, 검찰, 정부, 소방당국). */
import { Candidate, GENERIC_ORG, LEX_INDEX, NOT_ORG, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, WEAK_ORG, isHangul, tokStems, Tok, wordInfo } from './common';

type Hit = { len: number; priority: number; source: string } | null;

/** Legal forms written before a company, foundation or law-firm name (법무법인 율촌, 주식회사 한빛). */
export const LEGAL_FORMS = new Set(
  '법무법인 주식회사 재단법인 사단법인 학교법인 의료법인 사회복지법인 유한회사 합자회사 합명회사 특허법인 회계법인 세무법인 노무법인'.split(' '),
);

export function orgSuffixes({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // 법무법인 율촌, 사단법인 4월회: the legal form and the name after it.
    if (LEGAL_FORMS.has(t.text) && i + 1 < tokens.length && tokens[i + 1].start === t.end + 1 && text.charCodeAt(t.end) === 32) {
      const n = tokens[i + 1];
      const st = tokStems(n);
      const stem = st.length > 1 && st[st.length - 1].length >= 2 ? st[st.length - 1] : n.text;
      out.push({ start: t.start, end: n.start + stem.length, type: 'organization', priority: 7, source: 'legal-form' });
      continue;
    }
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
      if (NOT_ORG.has(s) || ((NOT_ORG.has(s.slice(-2)) || NOT_ORG.has(s.slice(-3))) && !namedBody(s))) continue;
      if (!isHangul(s[0]) && !/^[A-Za-z]/.test(s)) continue;
      if (/^\d/.test(s)) continue;
      return { len: s.length, priority: weak ? 1 : 2, source: 'org-suffix' };
    }
  }
  return null;
}

/**
 * A body named before a head that is also a common noun (공사 'construction', 병원 'hospital', 연구원 'researcher'):
 * a long name (세브란스병원, 한국철도공사) or one that opens with a national or listed place name (서울아산병원).
 */
function namedBody(s: string): boolean {
  if (s.length >= 6) return true;
  for (const p of NATIONAL) if (s.startsWith(p) && s.length >= p.length + 3) return true;
  for (let l = 2; l <= 3 && l < s.length - 2; l++) { const e = LEX_INDEX.get(s.slice(0, l)); if (e && e.type === 'place') return true; }
  return false;
}
const NATIONAL = ['한국', '대한', '국립', '국제', '국가', '중앙'];
