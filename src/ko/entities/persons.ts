/**
 * Stage: persons anchored by a title or role word (김성훈 업스테이지 대표, 올트먼 CEO, 박 장관, 김모(33)씨, A씨), and
 * Korean full names that stand alone (surname + usual given-name syllables, checked against common words).
 */
import { matchTitleAt, WEAK_TITLES } from '../titles';
import { placeLen } from './places';
import {
  Candidate, GIVEN, LEX_INDEX, NOT_PERSON, PARTICLES, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, SURNAMES, Tok, isHangul, koreanNameShape,
  likelyKoreanName, spaced, stripParticle, tokStrip, tokStems, wordInfo,
} from './common';

/** Words that stand between a name and its title without being either (전 장관, 신임 대표, 공동 창업자). */
const DESCRIPTORS = new Set(
  ('전 현 前 現 신임 공동 초대 차기 당시 직전 수석 상임 명예 대표 부 총괄 담당 주 駐 겸 및 대행 권한대행 사내 사외 전임 후임 현직 전직 신임 ' +
    '주미 주영 주한 주러 주독 주불 주북 주유엔').split(' '),
);
/** Words before a title that are never names. */
const NOT_NAME = new Set(
  ('그 이 저 이번 지난 지난달 지난주 지난해 올해 최근 당시 이날 또 또한 특히 한편 이후 현재 해당 각 모든 여러 일부 다른 같은 ' +
    '한 두 세 네 첫 새 전체 소속 출신 국내 해외 외국 업계 회사 기업 그룹 정부 지역 당 팀 구단 학교 대학 본부 관련 측 등 모 ' +
    '여성 남성 청년 주민 시민 학생 학부모 직원 사원 임원 고위 관계 사업 담당 기술 개발 연구 경영 영업 마케팅 홍보 전략 재무 ' +
    '인사 운영 글로벌 부문 총괄 실무 현장 대외 전문 수석 책임 선임 감독 코치 선수 대표 회장 사장 의원 장관 스타트업 벤처 중소기업 ' +
    '협회 노조 프로젝트 그룹사 계열사 지주사 법인 재단 협동조합 플랫폼 브랜드 매체 언론 방송 신문 야당 여당 정당 교회 병원 학회').split(' '),
);

const CASE_PARTICLE_END = /(의|는|은|을|를|에|에서|으로|에게|께서|와|과|이나|이며|이고|이다|였다|했다|한다|된다|하는|하던|있는|없는|라는|이란|부터|까지|에도|보다|며|고|서|면|해|지만|니|데|게|듯|도록|려|할|될|한|된|던|업|계|자|진|팀|단|청|원|실|국|회|측|들|체|품|층|권|별|용|적|성|력|화|법|식|책|론|학|문|물|비|금|료|장|기)$/u;

function isOrgLike(w: string): boolean {
  const e = LEX_INDEX.get(w);
  if (e) return e.type === 'organization' || e.type === 'place';
  if (/^[A-Z][A-Za-z0-9&㈜\-]*$/.test(w) || /^[A-Za-z0-9]+\p{Script=Hangul}+$/u.test(w)) return true;
  const h = endingIn(w, STRONG_ORG_SET, STRONG_ORG_MAX);
  return !!h && h.length >= 2;
}

function isNameToken(w: string, allowForeign: boolean): boolean {
  if (!w || NOT_NAME.has(w) || NOT_PERSON.has(w) || DESCRIPTORS.has(w)) return false;
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'person') return false;
  if (/^[A-Z]$/.test(w)) return true;
  if (!/^\p{Script=Hangul}+$/u.test(w)) return false;
  if (w.length === 1) return !!SURNAMES[w];
  if (koreanNameShape(w)) return !(w.length === 3 && /[과와은는을를의에가로도만이]$/u.test(w) && !allowForeign);
  if (!allowForeign || w.length > 7) return false;
  if (CASE_PARTICLE_END.test(w)) return false;
  if (/[가이은는을를의에와과로도]$/u.test(w) && stripParticle(w) !== w) return false;
  if (matchTitleAt(w, 0)?.end === w.length) return false;
  return true;
}

export function titledPersons({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Fused 씨: 박씨, 김모씨는, 홍길동씨, A씨
    const c1 = t.text.charCodeAt(1);
    const fusedAB = t.text.length >= 2 && t.text.charCodeAt(0) < 91 && t.text.charCodeAt(0) > 64 && (c1 === 0xad70 || c1 === 0xc591)
      ? /^([A-Z])([군양])(\p{Script=Hangul}*)$/u.exec(t.text) : null;
    if (fusedAB && (!fusedAB[3] || PARTICLES.has(fusedAB[3]))) {
      out.push({ start: t.start, end: t.start + 1, type: 'person', priority: 6, source: 'title', title: fusedAB[2] });
      continue;
    }
    const fused = t.text.indexOf('씨') < 1 ? null : /^(\p{Script=Hangul}{1,4}?|[A-Z])(모)?씨(\p{Script=Hangul}*)$/u.exec(t.text);
    if (fused && (!fused[3] || PARTICLES.has(fused[3]))) {
      const n = fused[1];
      if ((n.length === 1 && (SURNAMES[n] || /[A-Z]/.test(n))) || likelyKoreanName(n) ||
        (n.length >= 2 && !fused[2] && !NOT_SSI_STEM.has(n) && !NOT_PERSON.has(n) && !NOT_NAME.has(n) && !LEX_INDEX.has(n))) {
        out.push({ start: t.start, end: t.start + n.length, type: 'person', priority: 6, source: 'title', title: '씨' });
      }
      continue;
    }
    const inf = wordInfo(t);
    const title = inf.title !== undefined ? inf.title : (inf.title = titleOfToken(t.text));
    if (!title) continue;
    // Walk back over descriptors and the organization or place the person belongs to.
    let j = i - 1;
    let affiliation: { start: number; end: number } | undefined;
    // 김모(33)씨: skip a parenthesized age.
    let parenAge = false;
    // 임동식(78) 작가: also before a spaced title.
    if (j >= 1 && /^\d+$/.test(tokens[j].text) && text[tokens[j].start - 1] === '(' && text[tokens[j].end] === ')' &&
      (title.title === '씨' || (text[tokens[j].end + 1] === ' ' && !WEAK_TITLES.has(title.title)))) {
      j--;
      parenAge = tokens[j].end === tokens[j + 1].start - 1;
      if (!parenAge) continue;
    } else if (j >= 0 && !spaced(text, tokens[j], t) && !(title.title === '씨' && tokens[j].end === t.start)) continue;
    let hops = 0;
    while (!parenAge && title.title !== '씨' && j >= 0 && hops < 3) {
      const w = tokens[j].text;
      const next = tokens[j + 1];
      if (j + 1 < tokens.length && next !== t && !spaced(text, tokens[j], next)) break;
      if (DESCRIPTORS.has(w)) { j--; hops++; continue; }
      const unknownOrg = !affiliation && title.title !== '씨' && j >= 1 && !koreanNameShape(w) && /^[\p{Script=Hangul}A-Za-z0-9]{2,12}$/u.test(w) &&
        !LEX_INDEX.has(w) && !NOT_NAME.has(w) && !NOT_PERSON.has(w) && !DESCRIPTORS.has(w) && stripParticle(w) === w &&
        koreanNameShape(tokens[j - 1].text) && spaced(text, tokens[j - 1], tokens[j]);
      if ((isOrgLike(w) || unknownOrg) && !koreanNameShape(w)) {
        const e = LEX_INDEX.get(w);
        if (!affiliation && (!e || e.type === 'organization')) affiliation = { start: tokens[j].start, end: tokens[j].end };
        j--; hops++; continue;
      }
      break;
    }
    if (j < 0) continue;
    const nt = tokens[j];
    if (!parenAge && j + 1 < tokens.length && tokens[j + 1] !== t && !spaced(text, nt, tokens[j + 1])) continue;
    let w = nt.text;
    if (title.title === '씨' && /^\p{Script=Hangul}{1,2}모$/u.test(w) && SURNAMES[w.slice(0, -1)]) w = w.slice(0, -1);
    const weak = WEAK_TITLES.has(title.title);
    // Before a spaced 씨 any name-like word is a name (솔지 씨, 하쓰코 씨); fused 씨 is handled above.
    const foreignOk = !weak || title.title === '씨';
    if (!isNameToken(w, foreignOk)) continue;
    if (!koreanNameShape(w) && w.length > 1 && !LEX_INDEX.has(w) && isHangul(w[0]) && !foreignLooking(w)) continue;
    if (weak && !koreanNameShape(w) && !(w.length === 1 && SURNAMES[w])) continue;
    // 한빛군 관계자, 해운대구 측: a place named by its head before a weak title is not a name.
    if (weak && w.length >= 3 && placeLen(nt) === w.length) continue;
    let start = nt.start;
    // Two-word foreign names: 그렉 브록만, 우르줄라 폰데어라이엔.
    if (!koreanNameShape(w) && w.length > 1 && j >= 1 && spaced(text, tokens[j - 1], nt)) {
      const p = tokens[j - 1].text;
      if (isHangul(p[0]) && p.length >= 2 && p.length <= 5 && isNameToken(p, true) && !SURNAMES[p] && !isOrgLike(p)) {
        const before = tokens[j - 2];
        if (!koreanNameShape(p) || !before || !spaced(text, before, tokens[j - 1]) || hasStrongEnd(before.text)) start = tokens[j - 1].start;
      }
    }
    out.push({ start, end: nt.start + w.length, type: 'person', priority: 6, source: 'title', title: title.title, affiliation });
  }
  return out;
}

/** Words that end in 씨 without being a name + 씨 (아가씨, 아저씨, 마음씨, 솜씨, 날씨 …). */
const NOT_SSI_STEM = new Set('아가 아저 마음 맵 솜 날 글 말 불 꽃 볍 홀 씨 아줌 아재 마을 속 심 바 말'.split(' '));

/** Role words written before a name (가수 거미가, 배우 송중기의) and the words after them that are not names. */
const PRE_ROLES = new Set(
  ('가수 배우 탤런트 방송인 개그맨 개그우먼 코미디언 모델 아나운서 래퍼 작곡가 작사가 소설가 시인 화가 조각가 사진작가 치어리더 음악가 ' +
    '영화감독 피아니스트 바이올리니스트 첼리스트 지휘자 성악가 뮤지컬배우 유튜버 셰프 요리연구가 디자이너').split(' '),
);
const NOT_AFTER_ROLE = new Set(
  ('활동 데뷔 생활 출신 지망생 겸 인생 경력 시절 등 및 출연 겸업 데뷔작 활동을 팬 팬들 가족 부부 커플 오디션 연기 노래 ' +
    '지망 생명 교육 양성 출연진 이름 신분 자신 본인 최초 첫 한 두 세 여러 다른 유명 전 현 신인 원로 중견 인기 톱 대표 소속사').split(' '),
);

/** Names right after a role word (가수 거미의, 배우 톰 행크스가) or after a title with the copula 인 (CEO인 딕 코스톨로는). */
export function preTitledPersons({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    let title: string | null = null;
    if (PRE_ROLES.has(t.text)) title = t.text;
    else if (t.text.length >= 3 && t.text.charCodeAt(t.text.length - 1) === 0xc778) { // …인
      const base = t.text.slice(0, -1);
      const m = matchTitleAt(base, 0);
      if (m && m.end === base.length && !WEAK_TITLES.has(m.title) && m.title !== '씨') title = m.title;
    }
    if (!title) continue;
    const a = tokens[i + 1];
    if (!spaced(text, t, a)) continue;
    const b = tokens[i + 2];
    const sa = personStem(a);
    // Two words: 톰 행크스가 (the first without particle, the second with one or before punctuation).
    if (sa === a.text && b && spaced(text, a, b) && isPlainName(a.text, 1)) {
      const sb = personStem(b);
      if (sb !== b.text && isPlainName(sb) && !koreanNameShape(a.text)) {
        out.push({ start: a.start, end: b.start + sb.length, type: 'person', priority: 4, source: 'pre-title', title });
        continue;
      }
    }
    const bounded = sa !== a.text || /^[\s]*[,.)'"’”]/.test(text.slice(a.end, a.end + 2)) || (b && titleOfTok(b) !== null);
    if (!bounded || !isPlainName(sa)) continue;
    out.push({ start: a.start, end: a.start + sa.length, type: 'person', priority: 4, source: 'pre-title', title });
  }
  return out;
}

/** A name without its particle: the least stripped reading whose particle suits a person (not 로/에서/에: 코스톨로는). */
function personStem(t: Tok): string {
  const s = tokStems(t);
  for (let k = 1; k < s.length; k++) {
    const tail = t.text.slice(s[k].length);
    if (!/^(으?로|에|서)/u.test(tail)) return s[k];
  }
  return t.text;
}

/** Shape of a transliterated name: a syllable with the bare vowel ㅡ (스, 르, 트), or mostly open syllables. */
const FOREIGN_SYL = new Set([...'스르트크프즈드브츠그므느흐쉬슈셰쥐츄'].map((c) => c.charCodeAt(0)));
export function foreignLooking(w: string): boolean {
  let open = 0;
  for (let k = 0; k < w.length; k++) {
    const x = w.charCodeAt(k);
    if (FOREIGN_SYL.has(x)) return true;
    if ((x - 0xac00) % 28 === 0) open++;
  }
  return open / w.length > 0.6;
}

function isPlainName(w: string, minLen = 2): boolean {
  if (w.length < 1 || w.length > 6 || NOT_AFTER_ROLE.has(w) || NOT_NAME.has(w) || NOT_PERSON.has(w) || DESCRIPTORS.has(w)) return false;
  for (let k = 0; k < w.length; k++) { const x = w.charCodeAt(k); if (x < 0xac00 || x > 0xd7a3) return false; }
  if (w.length < minLen) return false;
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'person') return false;
  if (matchTitleAt(w, 0)?.end === w.length) return false;
  return true;
}

const TITLE_CACHE = new Map<string, { title: string } | null>();
/** The title that fills this word (with or without a particle): 대표는 → 대표. */
function titleOfTok(t: Tok): { title: string } | null {
  const inf = wordInfo(t);
  return inf.title !== undefined ? inf.title : (inf.title = titleOfToken(t.text));
}

function titleOfToken(w: string): { title: string } | null {
  let r = TITLE_CACHE.get(w);
  if (r === undefined) {
    const m = matchTitleAt(w, 0);
    r = m && m.end <= w.length ? { title: m.title } : null;
    // Compound titles ending the word: 집행위원장, 국회의장 (title of two or more syllables, strong).
    for (let k = 2; !r && k < w.length - 1 && /\p{Script=Hangul}/u.test(w[k]); k++) {
      const s = matchTitleAt(w, k);
      if (s && s.title.length >= 2 && !WEAK_TITLES.has(s.title) && s.title !== '씨' && /^\p{Script=Hangul}+$/u.test(w.slice(0, k))) r = { title: s.title };
    }
    if (TITLE_CACHE.size > 50000) TITLE_CACHE.clear();
    TITLE_CACHE.set(w, r);
  }
  return r;
}

function hasStrongEnd(w: string): boolean {
  return stripParticle(w) !== w || /[다,]$/.test(w);
}

/** Surnames too rare, or too common as the first syllable of ordinary words, to find a name standing alone. */
const RARE_SURNAME = new Set([...'구사소부시상동단당견간승호온범팽좌음감두피목태복가예용편은어모제인국경봉빈갈마반명위선설석여탁']);
/** Last syllables of ordinary nouns and verb forms that are rare at the end of given names. */
const NOT_GIVEN_FINAL = new Set([...'한해하다된던할함자장실회관사안세권식물전대서료비률율품금점증팀층력학계국부소상기인성']);

/** Korean full names standing alone: 최운정은, 장하나를 (surname + usual given-name syllables). */
export function standaloneKoreanNames({ tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    const inf = wordInfo(t);
    if (inf.standalone === undefined) inf.standalone = standaloneWord(t);
    if (inf.standalone) out.push({ start: t.start, end: t.start + 3, type: 'person', priority: 0, source: 'standalone' });
  }
  return out;
}

function standaloneWord(t: Tok): boolean {
  {
    const s = tokStrip(t, 3);
    if (s.length !== 3 || !isHangul(s[0])) return false;
    if (!likelyKoreanName(s)) return false;
    if (LEX_INDEX.has(s) && LEX_INDEX.get(s)!.type !== 'person') return false;
    if (!GIVEN.has(s[2])) return false;
    if (/[이가은는을를의도와과로만에고]$/u.test(s)) return false;
    if (RARE_SURNAME.has(s[0]) || NOT_GIVEN_FINAL.has(s[2])) return false;
    if (matchTitleAt(s, 1)?.end === 3 || NOT_PERSON.has(s.slice(1))) return false;
    return true;
  }
}

export type { Tok };
