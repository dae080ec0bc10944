/**
 * Stage: persons anchored by a title or role word (김성훈 업스테이지 대표, 올트먼 CEO, 박 장관, 김모(33)씨, A씨), and
 * Korean full names that stand alone (surname + usual given-name syllables, checked against common words).
 */
import { WordSet } from '../word-sets';
import { matchTitleAt, NOUN_TITLES, WEAK_TITLES } from '../titles';
import { finalOf, isHangulCp, isSyllableWord, onsetOf, openSyllables, CodeSet, codeSetOf } from '../chars';
import { placeLen } from './places';
import { hanja } from './aliases';
import { LEGAL_FORMS } from './org-suffixes';
import {
  Candidate, allGivenFrom, cand, FOREIGN_GIVEN, FOREIGN_SYL, JAPANESE_SURNAMES, GIVEN_CODES, LEX_INDEX, NOT_PERSON, PARTICLES, SPORT_WORDS, STATIONED_IN, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, SURNAMES, Tok, isHangul, koreanNameShape,
  likelyKoreanName, PROVINCES, spaced, stripParticle, tokStrip, tokStems, wordInfo, tokenIndexFrom, gated, GATE_TITLED, GATE_TITLED_KNOWN, GATE_PRE, GATE_PRE_KNOWN, GATE_ORGLIKE, GATE_ORGLIKE_KNOWN, GATE_SLOT, GATE_SLOT_KNOWN, GATE_NAME, GATE_NAME_KNOWN, GATE_ORGWORD, GATE_ORGWORD_KNOWN, GATE_MO, GATE_MO_KNOWN, GATE_TRANSLIT, GATE_TRANSLIT_KNOWN, GATE_LOAN, GATE_LOAN_KNOWN,
} from './common';

/** Titles that a department (신경과, 경제학과) may stand before. */
const DEPARTMENT_TITLES = new Set(['교수', '부교수', '조교수', '명예교수', '전문의', '의사', '과장', '전공의', '레지던트', '원장']);
/** Words that stand between a name and its title without being either (전 장관, 신임 대표, 공동 창업자). */
const DESCRIPTORS = new Set([
  ...'전 현 前 現 신임 공동 초대 차기 당시 직전 수석 상임 명예 대표 부 총괄 담당 겸 및 대행 권한대행 사내 사외 전임 후임 현직 전직'.split(' '),
  ...STATIONED_IN,
]);
/** Words before a title that are never names. */
const NOT_NAME = new WordSet(
  ('그 이 저 이번 지난 지난달 지난주 지난해 올해 최근 당시 이날 또 또한 특히 한편 이후 현재 해당 각 모든 여러 일부 다른 같은 앞서 일제히 부부 ' +
    '한 두 세 네 첫 새 전체 소속 출신 국내 해외 외국 업계 회사 기업 그룹 정부 지역 당 팀 구단 학교 대학 본부 관련 측 등 모 ' +
    '여성 남성 청년 주민 시민 학생 학부모 직원 사원 임원 고위 관계 사업 담당 기술 개발 연구 경영 영업 마케팅 홍보 전략 재무 ' +
    '인사 운영 글로벌 부문 총괄 실무 현장 대외 전문 수석 책임 선임 감독 코치 선수 대표 회장 사장 의원 장관 스타트업 벤처 중소기업 ' +
    '협회 노조 프로젝트 그룹사 계열사 지주사 법인 재단 협동조합 플랫폼 브랜드 매체 언론 방송 신문 야당 여당 정당 교회 병원 학회 멤버 ' +
    '뮤지컬 연극 영화 드라마 아이돌 트로트 힙합 재즈 국악 미디어 따라 위해 대해 통해 의해 관해 향해 비해 불과').split(' '),
);

const CASE_PARTICLE_END = /(의|는|은|을|를|에|에서|으로|에게|께서|와|과|이나|이며|이고|이다|였다|했다|한다|된다|하는|하던|있는|없는|라는|이란|부터|까지|에도|보다|며|고|서|면|해|지만|니|데|게|듯|도록|려|할|될|한|된|던|업|계|자|진|팀|단|청|원|실|국|회|측|들|체|품|층|권|별|용|적|성|력|화|법|식|책|론|학|문|물|비|금|료|장|기|로운|져|든)$/u;


/** A university named by its place and 대 (경남대, 부산대): the place must be a listed one. */
export function placeUniversity(w: string): boolean {
  if (w.length < 3 || w.length > 5 || w.charCodeAt(w.length - 1) !== 0xb300) return false; // …대
  const e = LEX_INDEX.get(w.slice(0, -1));
  return !!e && e.type === 'place';
}

export function isOrgLike(w: string): boolean {
  const e = LEX_INDEX.get(w);
  if (e) return e.type === 'organization' || e.type === 'place';
  if (placeUniversity(w)) return true;
  // SK텔레콤, KB국민: Latin letters before Hangul (a number before Hangul is a count or a generation: 3세, 2차).
  // (A single capital stands for an unnamed person or firm: A 기자, A(17)군; K모 기자 is a person's initial.)
  if (/^[A-Z][A-Za-z0-9&㈜\-]+$/.test(w) || (/^[A-Za-z][A-Za-z0-9]*\p{Script=Hangul}+$/u.test(w) && !/^[A-Z]모$/.test(w))) return true;
  const h = endingIn(w, STRONG_ORG_SET, STRONG_ORG_MAX);
  return !!h && h.length >= 2;
}

// Tests of a token's word alone, answered once per distinct word (common.gated, WordInfo.gates).
const orgLikeWord = (t: Tok): boolean => isOrgLike(t.text);
const titleSlotWord = (t: Tok): boolean => titleSlotKoreanName(t.text);
/** The word alone may be an unlisted organization before a name (an unknownOrg test of titledPersons). */
function orgWord(t: Tok): boolean {
  const w = t.text;
  return !koreanNameShape(w) && /^[\p{Script=Hangul}A-Za-z0-9]{2,12}$/u.test(w) && !LEX_INDEX.has(w) && !NOT_NAME.has(w) && !NOT_PERSON.has(w) &&
    !DESCRIPTORS.has(w) && wordInfo(t).stems.length === 1 && !PRE_ROLES.has(w);
}
/** The word is a surname and 모, an unnamed person (김모, 남궁모, A모). */
const unnamedWord = (t: Tok): boolean => (/^\p{Script=Hangul}{1,2}모$/u.test(t.text) && !!SURNAMES.get(t.text.slice(0, -1))) || /^[A-Z]모$/.test(t.text);
/** isNameToken in its four cases of (allowForeign, ssi), indexed by allowForeign + 2 × ssi. */
const NAME_TESTS = [false, true].flatMap((ssi) => [false, true].map((allowForeign) => (t: Tok): boolean => isNameToken(t.text, allowForeign, ssi)));

const tokOrgLike = (t: Tok): boolean => gated(t, GATE_ORGLIKE_KNOWN, GATE_ORGLIKE, orgLikeWord);
const tokTitleSlot = (t: Tok): boolean => gated(t, GATE_SLOT_KNOWN, GATE_SLOT, titleSlotWord);
const tokOrgWord = (t: Tok): boolean => gated(t, GATE_ORGWORD_KNOWN, GATE_ORGWORD, orgWord);
const tokUnnamed = (t: Tok): boolean => gated(t, GATE_MO_KNOWN, GATE_MO, unnamedWord);
/** isNameToken of a token's word (its case's bits: GATE_NAME_KNOWN and GATE_NAME shifted by 2 × case). */
function tokNameToken(t: Tok, allowForeign: boolean, ssi: boolean): boolean {
  const k = (allowForeign ? 1 : 0) + (ssi ? 2 : 0);
  return gated(t, GATE_NAME_KNOWN << (2 * k), GATE_NAME << (2 * k), NAME_TESTS[k]);
}

function isNameToken(w: string, allowForeign: boolean, ssi = false): boolean {
  if (!w || NOT_NAME.has(w) || NOT_PERSON.has(w) || SPORT_WORDS.has(w) || DESCRIPTORS.has(w) || PRE_ROLES.has(w) || w.charCodeAt(0) === 0xc528) return false; // 씨…
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'person') return false;
  if (/^[A-Z]$/.test(w)) return true;
  if (!/^\p{Script=Hangul}+$/u.test(w)) return false;
  if (w.length === 1) return !!SURNAMES.get(w);
  if (koreanNameShape(w)) {
    if (titleSlotKoreanName(w)) return true;
    // 서튼, 조던, 고든: a transliterated two-syllable name that starts like a surname (ends in ㄴ).
    if (!allowForeign || NOT_PERSON.has(w) || VERB_FINAL.has(w[w.length - 1])) return false;
    // 마크, 유키 (before 씨): a transliterated name with a foreign syllable, or any two syllables before a spaced 씨.
    // (왕레이, 리웨이: a syllable of transliteration, 레 or 웨, after a surname the Chinese share.)
    if (hasForeignSyllable(w) || hasLoan(w) || (ssi && w.length === 2)) return true;
    return w.length === 2 && finalOf(w.charCodeAt(1)) === 4;
  }
  if (!allowForeign || w.length > 7) return false;
  if (CASE_PARTICLE_END.test(w)) return false;
  if (/[가이은는을를의에와과로도]$/u.test(w) && stripParticle(w) !== w) return false;
  if (matchTitleAt(w, 0)?.end === w.length) return false;
  return true;
}

/** Last syllables of verb and adjective forms and of particles: a surname-shaped word ending so is not a name. */
const VERB_FINAL = new Set([...'한된던할될운는을를의가고며다에로만과와든께져해했낸설']);
const PASSIVE_MIDDLE = new Set([...'어여워뤄려져혀겨쳐줘봐와숴눠']);
/** Final syllables of verb forms or nouns that are as common at the end of given names (태만, 지운, 영국). */
const NAME_FINAL_TOO = new Set([...'만운국율']);
/** Middle syllables of adjectives in …운 (반가운, 고마운, 어려운): not a given name's first syllable there. */
const ADJ_MIDDLE = new Set([...'가마거러스까다로려워드쉬더버두']);
/** Last syllables of nouns (음식점, 주차장 …) that do not end names. */
const NOUN_FINAL = new Set([...'점층업법률율품력물료팀실회계국관청처소갑변급']);
/** Last syllables that end names (김정은, 김경도, 김민서) as well as words with a particle: usual name syllables only. */
const SOFT_FINAL = new Set([...'은인이도서']);

/**
 * A surname-shaped word in a name slot (before a title): no verb or particle ending (허술한, 시작한, 문제가), a usual
 * given-name syllable for two-syllable names (과거, 시절 are words), not a title with its particle (원장은).
 */
export function titleSlotKoreanName(w: string): boolean {
  if (!koreanNameShape(w) || NOT_PERSON.has(w)) return false;
  // 소속차 측: a common word and one more syllable.
  if (w.length === 3 && NOT_NAME.has(w.slice(0, 2))) return false;
  // 황보건설, 남궁전자: a two-syllable surname before an organization head is a firm.
  if (w.length === 4) { const h = endingIn(w, STRONG_ORG_SET, STRONG_ORG_MAX); if (h && h.length >= 2) return false; }
  if (w.length === 2) return GIVEN_CODES.has(w.charCodeAt(1)) && !NOT_PERSON.has(w[1]) && !VERB_FINAL.has(w[1]) && !titleOfToken(w);
  if (w.length === 3) {
    // 주부터 시장, 원이라는: a syllable and a particle or the copula (부터, 까지, 이라), not a name.
    if (/(?:부터|까지|이라|이란)$/u.test(w)) return false;
    const f = w[2];
    // 박태만, 김지운, 고영국: given-name syllables that also end verb forms or nouns, after usual name syllables.
    if ((VERB_FINAL.has(f) || NOUN_FINAL.has(f)) && !(NAME_FINAL_TOO.has(f) && likelyKoreanName(w) && !ADJ_MIDDLE.has(w[1]))) return false;
    // 이뤄진, 주어진, 알려진: passive verb forms (…어진, …려진).
    if (f === '진' && PASSIVE_MIDDLE.has(w[1])) return false;
    if (SOFT_FINAL.has(f) && !likelyKoreanName(w)) return false;
    if (titleOfToken(w)) return false;
  }
  return true;
}

/** The word may hold a titled person (titledPersons): 군 or 양 second, 씨 after the first character, or a title. */
function titledEntry(t: Tok): boolean {
  const w = t.text;
  // (The second character read only when there is one: a read past the end made V8 deoptimize the optimized code.)
  const c1 = w.length >= 2 ? w.charCodeAt(1) : 0;
  return c1 === 0xad70 || c1 === 0xc591 || w.indexOf('씨') >= 1 || titleOfTok(t) !== null;
}

export function titledPersons({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!gated(t, GATE_TITLED_KNOWN, GATE_TITLED, titledEntry)) continue;
    // Fused 씨: 박씨, 김모씨는, 홍길동씨, A씨
    const c1 = t.text.length >= 2 ? t.text.charCodeAt(1) : 0;
    const fusedAB = t.text.length >= 2 && t.text.charCodeAt(0) < 91 && t.text.charCodeAt(0) > 64 && (c1 === 0xad70 || c1 === 0xc591)
      ? /^([A-Z])([군양])(\p{Script=Hangul}*)$/u.exec(t.text) : null;
    if (fusedAB && (!fusedAB[3] || PARTICLES.has(fusedAB[3]))) {
      out.push(cand(t.start, t.start + 1, 'person', 6, 'title', undefined, fusedAB[2]));
      continue;
    }
    // 김군이, 박양은: a surname with 군 ('boy') or 양 ('girl') fused, unless the two syllables are a word (장군, 서양).
    if (t.text.length >= 2 && (c1 === 0xad70 || c1 === 0xc591) && SURNAMES.get(t.text[0]) && !RARE_SURNAME.has(t.text[0])) {
      const rest = t.text.slice(2);
      const stem = t.text.slice(0, 2);
      if ((!rest || PARTICLES.has(rest)) && !NOT_PERSON.has(stem) && !LEX_INDEX.has(stem) && !placeLen(t)) {
        out.push(cand(t.start, t.start + 1, 'person', 6, 'title', undefined, t.text[1]));
        continue;
      }
    }
    const fused = t.text.indexOf('씨') < 1 ? null : /^(\p{Script=Hangul}{1,4}?|[A-Z])(모)?씨(\p{Script=Hangul}*)$/u.exec(t.text);
    if (fused && (!fused[3] || PARTICLES.has(fused[3]))) {
      const n = fused[1];
      // 윤 모씨: the surname written apart.
      if (n === '모' && !fused[2]) {
        const p = tokens[i - 1];
        if (p && p.text.length === 1 && SURNAMES.get(p.text) && spaced(text, p, t)) {
          out.push(cand(p.start, p.end, 'person', 6, 'title', undefined, '씨'));
        }
        continue;
      }
      if ((n.length === 1 && (SURNAMES.get(n) || /[A-Z]/.test(n))) || likelyKoreanName(n) ||
        (n.length >= 2 && !fused[2] && !NOT_SSI_STEM.has(n) && !NOT_PERSON.has(n) && !NOT_NAME.has(n) && !LEX_INDEX.has(n))) {
        out.push(cand(t.start, t.start + n.length, 'person', 6, 'title', undefined, '씨'));
      }
      continue;
    }
    const title = titleOfTok(t);
    if (!title) continue;
    // 구청 관계자, 업계 관계자: an official of a body or a trade is named by the body, never by a person's name.
    if (title.title === '관계자') continue;
    // 진주의료원장 직무대행, 장관 후보자: a role after a title belongs to the title before it (heldTitle), which names
    // the person.
    if (i > 0 && ROLE_AFTER_TITLE.has(title.title) && spaced(text, tokens[i - 1], t) && titleOfTok(tokens[i - 1])) continue;
    // Walk back over descriptors and the organization or place the person belongs to.
    let j = i - 1;
    let affiliation: { start: number; end: number } | undefined;
    // 김모(33)씨: skip a parenthesized age.
    let parenAge = false;
    // 임동식(78) 작가: also before a spaced title.
    const fusedTitle = title.title === '씨' || title.title === '군' || title.title === '양';
    const open = j >= 1 ? ageParenOpen(text, t.start, fusedTitle) : -1;
    if (open >= 0 && (fusedTitle || !WEAK_TITLES.has(title.title))) {
      while (j >= 0 && tokens[j].start >= open) j--;
      parenAge = j >= 0 && tokens[j].end === open;
      if (!parenAge) continue;
    } else if (j >= 0 && !spaced(text, tokens[j], t) && !(title.title === '씨' && tokens[j].end === t.start)) continue;
    // 전 전 대통령: before 전 'former' the same syllable is the surname 전 (Jeon, Chun).
    if (j >= 1 && tokens[j].text === '전' && tokens[j - 1].text === '전' && spaced(text, tokens[j - 1], tokens[j]) && spaced(text, tokens[j], t)) {
      out.push(cand(tokens[j - 1].start, tokens[j - 1].end, 'person', 6, 'title', undefined, title.title));
      continue;
    }
    let hops = 0;
    while (!parenAge && title.title !== '씨' && j >= 0 && hops < 3) {
      const w = tokens[j].text;
      const next = tokens[j + 1];
      // 이태한(23기) 법무법인 동인 변호사: a parenthesized note glued to the name.
      if (hops > 0 && j >= 1 && w.length <= 8 && text.charCodeAt(tokens[j].start - 1) === 40 && text.charCodeAt(tokens[j].end) === 41 &&
        text.charCodeAt(tokens[j].end + 1) === 32 && tokens[j - 1].end === tokens[j].start - 1) {
        j--; parenAge = true; break;
      }
      if (j + 1 < tokens.length && next !== t && !spaced(text, tokens[j], next)) break;
      if (DESCRIPTORS.has(w)) { j--; hops++; continue; }
      // 송지호 서울아산병원 신경과 교수: a department (…과) before a doctor's or a professor's title.
      if (w.length >= 2 && (w.charCodeAt(w.length - 1) === 0xacfc /* 과 */ || (w.length >= 3 && w.charCodeAt(w.length - 1) === 0xd559 /* 학: 경제학 교수 */)) && DEPARTMENT_TITLES.has(title.title) && j >= 1) { j--; hops++; continue; }
      // 법무법인 율촌 변호사: the firm is the affiliation, not a name.
      if (j >= 1 && tokens[j - 1].text.length >= 4 && LEGAL_FORMS.has(tokens[j - 1].text) && spaced(text, tokens[j - 1], tokens[j])) {
        if (!affiliation) affiliation = { start: tokens[j - 1].start, end: tokens[j].end };
        j -= 2; hops++; continue;
      }
      const unknownOrg = !affiliation && title.title !== '씨' && j >= 1 && tokOrgWord(tokens[j]) &&
        tokTitleSlot(tokens[j - 1]) && spaced(text, tokens[j - 1], tokens[j]) &&
        // 라두 스토레아 박사: a transliterated word after a two-syllable one is the rest of a foreign name, not a firm;
        // 하야시 요시마사 관방장관: the given name after a listed Japanese surname; 마거릿 대처 전 총리, 제임스 엘리슨
        // 교수: the surname after a listed foreign given name.
        !(hasForeignSyllable(w) && tokens[j - 1].text.length === 2 && !likelyKoreanName(tokens[j - 1].text)) && !JAPANESE_SURNAMES.has(tokens[j - 1].text) &&
        !(FOREIGN_GIVEN.has(tokens[j - 1].text) && !LEX_INDEX.has(w));
      // 유지호 넥스트플레이 대표, 최가은 리벨로 대표: a word that merely ends like a particle (이, 로, 가 …: not 는,
      // 을, 의, which end verb forms and real particles), between a full Korean name and the title, is the firm
      // (orgWord leaves out words that may carry a particle).
      if (!affiliation && j === i - 1 && j >= 1 && w.length >= 3 && tokens[j - 1].text.length === 3 && tokTitleSlot(tokens[j - 1]) &&
        tokens[j - 1].text.charCodeAt(2) !== 0xc778 /* 인: 제자인 보로디나 교수 */ && !JAPANESE_SURNAMES.has(tokens[j - 1].text) /* 기무라 노리히로 */ &&
        spaced(text, tokens[j - 1], tokens[j]) && /^\p{Script=Hangul}+[이로가도와나]$/u.test(w) && wordInfo(tokens[j]).stems.length === 2 && !koreanNameShape(w) &&
        !LEX_INDEX.has(w) && !NOT_PERSON.has(w) && !NOT_NAME.has(w) && !titleOfTok(tokens[j]) && !LEX_INDEX.has(stripParticle(w))) {
        affiliation = { start: tokens[j].start, end: tokens[j].end };
        j--; hops++; continue;
      }
      // 롯데 자이언츠 감독: a team name (…스, …즈, …츠) after its listed company.
      const wl = w.charCodeAt(w.length - 1);
      const team = (wl === 0xc2a4 || wl === 0xc988 || wl === 0xce20) && j >= 1 && w.length >= 3 && LEX_INDEX.get(tokens[j - 1].text)?.type === 'organization' &&
        spaced(text, tokens[j - 1], tokens[j]) && !LEX_INDEX.has(w);
      if (team) {
        if (!affiliation) affiliation = { start: tokens[j - 1].start, end: tokens[j].end };
        j -= 2; hops++; continue;
      }
      // CJ글로벌 홀딩스 부사장: a head written apart (홀딩스, 그룹) after the organization's name.
      if (STRONG_ORG_SET.has(w) && w.length >= 2 && j >= 1 && spaced(text, tokens[j - 1], tokens[j]) && tokOrgLike(tokens[j - 1]) && !koreanNameShape(tokens[j - 1].text)) {
        if (!affiliation) affiliation = { start: tokens[j - 1].start, end: tokens[j].end };
        j -= 2; hops++; continue;
      }
      const university = universityBeforeTitle(w, title.title);
      // 김경지 전 금정구 지역위원장, 박하람 전 한빛 대표: a full name, 전 or 현, then a word before the title: the word
      // is where the person served (a name never follows 'former').
      if (j >= 2 && (tokens[j - 1].text === '전' || tokens[j - 1].text === '현') && tokens[j - 2].text.length === 3 && tokTitleSlot(tokens[j - 2]) &&
        spaced(text, tokens[j - 2], tokens[j - 1]) && spaced(text, tokens[j - 1], tokens[j]) && /^\p{Script=Hangul}{2,8}$/u.test(w) && !DESCRIPTORS.has(w) && !titleOfTok(tokens[j])) {
        if (!affiliation) affiliation = { start: tokens[j].start, end: tokens[j].end };
        j--; hops++; continue;
      }
      // 정현석 부산시 국장: a listed city, county or province with its unit before the title is where the person serves,
      // after a name.
      if (!affiliation && j >= 1 && w.length >= 3 && placeLen(tokens[j]) === w.length && (LEX_INDEX.get(w)?.type === 'place' || LEX_INDEX.get(w.slice(0, -1))?.type === 'place') &&
        spaced(text, tokens[j - 1], tokens[j]) && tokTitleSlot(tokens[j - 1])) {
        affiliation = { start: tokens[j].start, end: tokens[j].end };
        j--; hops++; continue;
      }
      // (A listed body or country may have a name's shape: 시리아 외무장관, 조선일보 기자.)
      // (오스윈 테를린덴 부총국장: a transliterated surname after a transliterated given name is no body, though it ends
      // like one.)
      if ((tokOrgLike(tokens[j]) || unknownOrg || university) && (!koreanNameShape(w) || placeUniversity(w) || university || LEX_INDEX.has(w)) && !(hops === 0 && !LEX_INDEX.has(w) && (foreignPair(text, tokens, j) || japaneseGiven(text, tokens, j)))) {
        const e = LEX_INDEX.get(w);
        if (!affiliation && (!e || e.type === 'organization')) affiliation = { start: tokens[j].start, end: tokens[j].end };
        j--; hops++; continue;
      }
      break;
    }
    if (j < 0) continue;
    // 중국 군·경, 일본 군: 군 and 양 after an organization or a place are not 'boy' and 'girl' after a name.
    if (hops > 0 && (title.title === '군' || title.title === '양')) continue;
    const nt = tokens[j];
    if (!parenAge && j + 1 < tokens.length && tokens[j + 1] !== t && !spaced(text, nt, tokens[j + 1])) continue;
    let w = nt.text;
    const weak = WEAK_TITLES.has(title.title);
    // 호서대 교수, 한빛대 총장: a word in …대 before an academic title is the university, not a name.
    if (universityBeforeTitle(w, title.title)) continue;
    // 박 모 씨, 최 모(32) 씨: the surname written apart from 모.
    if (w.charCodeAt(0) === 0xbaa8 /* 모 */ && /^모(?:\(\d{1,3}\))?$/u.test(w) && j >= 1 && spaced(text, tokens[j - 1], nt) && SURNAMES.has(tokens[j - 1].text) && !RARE_SURNAME.has(tokens[j - 1].text)) {
      out.push(cand(tokens[j - 1].start, tokens[j - 1].end, 'person', 6, 'title', undefined, heldTitle(text, tokens, i, title.title), affiliation));
      continue;
    }
    // 김모 씨, 이모(55)씨, 이모 감독관: the surname of an unnamed person.
    if (tokUnnamed(nt) && (title.title === '씨' || !RARE_SURNAME.has(w[0]))) {
      out.push(cand(nt.start, nt.start + w.length - 1, 'person', 6, 'title', undefined, heldTitle(text, tokens, i, title.title), affiliation));
      continue;
    }
    // 채권 시장, 기초 대사, 조선 시장: before a title that is also an ordinary noun (market, metabolism …) a word of two
    // syllables is the first noun of a compound; a person is named in full, by surname alone, or as 김모 (above), before such a title.
    if (w.length === 2 && NOUN_TITLES.has(title.title) && !parenAge) continue;
    // 이 의원, 이 팀장: the commonest surname is also "this"; a full title (not a weak or generic role) makes it a name.
    if (w === '이' && ((!weak && !GENERIC_ROLES.has(title.title)) || (title.title === '씨' && text.charCodeAt(nt.end) === 32))) {
      out.push(cand(nt.start, nt.end, 'person', 6, 'title', undefined, heldTitle(text, tokens, i, title.title), affiliation));
      continue;
    }
    // 크리스 쿤 상원의원, 제니퍼 판 씨: a one-syllable surname after a listed foreign given name.
    if (w.length === 1 && isHangul(w) && j >= 1 && spaced(text, tokens[j - 1], nt) && FOREIGN_GIVEN.has(tokens[j - 1].text)) {
      out.push(cand(tokens[j - 1].start, nt.end, 'person', 6, 'title', undefined, heldTitle(text, tokens, i, title.title), affiliation));
      continue;
    }
    // 입사 12년 차 기자, 3년 차 교사: 차 after a count of years is 'the Nth year', not the surname 차.
    if (w.length === 1 && j >= 1 && /\d(?:년|개월|주)$/u.test(tokens[j - 1].text)) continue;
    // 간 의사, 사 장관: a rare surname alone before a title is rather a word.
    if (w.length === 1 && RARE_SURNAME.has(w) && title.title !== '씨') continue;
    // Before a spaced 씨 any name-like word is a name (솔지 씨, 하쓰코 씨); fused 씨 is handled above.
    const foreignOk = !weak || title.title === '씨' || KIN_TITLES.has(title.title);
    // A parenthesis glued to the word (이태한(23기), 김모(33)) is evidence enough for a surname-shaped word.
    // 광희 씨, 김수로 씨: before a spaced 씨 a word of given-name syllables is a (given or full) name.
    const givenSsi = title.title === '씨' && text.charCodeAt(nt.end) === 32 && givenNameSyllables(w);
    // (잉리드 베르게 대변인: after a transliterated given name, a surname ending like an adverb's 게 is a name, before a
    // weak title too; asked only when the word is no name by itself.)
    if (!givenSsi && !(parenAge && koreanNameShape(w) && !NOT_PERSON.has(w)) && !tokNameToken(nt, foreignOk, title.title === '씨') && !foreignPair(text, tokens, j)) continue;
    if (!givenSsi && !koreanNameShape(w) && w.length > 1 && !LEX_INDEX.has(w) && isHangul(w[0]) && !foreignLooking(w)) continue;
    if (weak && !koreanNameShape(w) && !(w.length === 1 && (SURNAMES.get(w) || isCapital(w))) && !(KIN_TITLES.has(title.title) && foreignLooking(w)) && !foreignPair(text, tokens, j)) continue;
    // 한빛군 관계자, 해운대구 측: a place named by its head before a weak title is not a name.
    // (Not before 할머니, 할아버지: a place has no grandparents — 김복동 할머니.)
    if (weak && w.length >= 3 && !KIN_TITLES.has(title.title) && placeLen(nt) === w.length) continue;
    let start = nt.start;
    // Two-word foreign names: 그렉 브록만, 우르줄라 폰데어라이엔.
    if (!koreanNameShape(w) && w.length > 1 && j >= 1 && spaced(text, tokens[j - 1], nt)) {
      const p = tokens[j - 1].text;
      // Not a word with its particle or copula (신문은 메르켈 총리, 스승인 레프코위츠 교수).
      const inflected = (stripParticle(p) !== p && !hasForeignSyllable(p)) || (p.charCodeAt(p.length - 1) === 0xc778 && !FOREIGN_GIVEN.has(p)); // …인
      // (카롤리나 페헤이라: a given name ending like a particle, 나, after which a transliterated surname stands.)
      if (isHangul(p[0]) && p.length >= 2 && p.length <= 5 && ((!inflected && (isNameToken(p, true) || givenNameWord(tokens[j - 1])) && !SURNAMES.get(p) && !isOrgLike(p)) || foreignPair(text, tokens, j))) {
        const before = tokens[j - 2];
        if (!koreanNameShape(p) || hasForeignSyllable(p) || !before || !spaced(text, before, tokens[j - 1]) || hasStrongEnd(before.text)) start = tokens[j - 1].start;
      }
    }
    out.push(cand(start, nt.start + w.length, 'person', 6, 'title', undefined, heldTitle(text, tokens, i, title.title), affiliation));
  }
  return out;
}

/** Endings that make a word no transliterated name: particles, copulas, verb and adverb forms (…인, …하게). */
const NOT_TRANSLIT_END = /(?:[인한된던는은을를의이가도와과에]|에서|에게|으로|부터|까지|처럼|보다|(?:하|되|롭|답|럽|있|없|않|같|[이히])게)$/u;
/** A word that may be one half of a transliterated name (잉리드, 베르게, 카롤리나, 테를린덴). */
function translitWord(w: string): boolean {
  // (The tests of the word's look first, the look-ups after: most words asked about are no name.)
  if (w.length < 2 || w.length > 5 || !isSyllableWord(w) || !foreignLooking(w)) return false;
  // (A final 나 or 게 ends names as often as words: 카롤리나, 베르게; other endings in CASE_PARTICLE_END do not.)
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0xb098 /* 나 */ && last !== 0xac8c /* 게 */ && CASE_PARTICLE_END.test(w)) return false;
  if (NOT_TRANSLIT_END.test(w) && !FOREIGN_GIVEN.has(w)) return false;
  if (LEX_INDEX.has(w) || NOT_PERSON.has(w) || NOT_NAME.has(w) || DESCRIPTORS.has(w) || matchTitleAt(w, 0)?.end === w.length) return false;
  return !isOrgLike(w);
}

/**
 * A foreign name of two words before a title (잉리드 베르게 대변인, 오스윈 테를린덴 부총국장): both words may be halves of
 * a transliterated name, one at least with a syllable of transliteration, and the first no Korean name.
 */
function foreignPair(text: string, tokens: Tok[], j: number): boolean {
  if (j < 1 || !spaced(text, tokens[j - 1], tokens[j])) return false;
  const ta = tokens[j - 1];
  const tb = tokens[j];
  // (Each word's answers once per distinct word, as the other tests on the words around a title.)
  if (!gated(ta, GATE_LOAN_KNOWN, GATE_LOAN, loanWord) && !gated(tb, GATE_LOAN_KNOWN, GATE_LOAN, loanWord)) return false;
  if (!gated(ta, GATE_TRANSLIT_KNOWN, GATE_TRANSLIT, translitTok) || !gated(tb, GATE_TRANSLIT_KNOWN, GATE_TRANSLIT, translitTok)) return false;
  return !(koreanNameShape(ta.text) && likelyKoreanName(ta.text));
}
const loanWord = (t: Tok): boolean => hasForeignSyllable(t.text) || hasLoan(t.text);
/** A given name after a listed Japanese surname (기무라 노리히로): transliterated-looking, whatever it ends like. */
function japaneseGiven(text: string, tokens: Tok[], j: number): boolean {
  return j >= 1 && spaced(text, tokens[j - 1], tokens[j]) && JAPANESE_SURNAMES.has(tokens[j - 1].text) && isSyllableWord(tokens[j].text) && foreignLooking(tokens[j].text);
}
const translitTok = (t: Tok): boolean => translitWord(t.text);

/**
 * A word of two or three Hangul syllables that are usual in given names (after the surname for a full name), and not a
 * common word: 광희, 효연, 김수로.
 */
function givenNameSyllables(w: string): boolean {
  if (w.length < 2 || w.length > 3 || NOT_PERSON.has(w) || NOT_NAME.has(w) || DESCRIPTORS.has(w) || LEX_INDEX.has(w)) return false;
  if (!isSyllableWord(w)) return false;
  const from = w.length === 3 ? (koreanNameShape(w) ? 1 : 3) : 0;
  if (from === 3) return false;
  return allGivenFrom(w, from) && !NOT_PERSON.has(w.slice(-2)) && matchTitleAt(w, 0) === null;
}

/**
 * Start of a parenthesized age just before the title at `at` ("김모(33)씨", "박모(54·여)씨", "임동식(78) 작가"): the
 * index of "(", or -1. A fused title (씨) follows ")" directly, a spaced one after one space.
 */
export function ageParenOpen(text: string, at: number, fused: boolean): number {
  let k = at - 1;
  if (text.charCodeAt(k) === 32) { if (fused && text.charCodeAt(k - 1) !== 41) return -1; k--; }
  if (text.charCodeAt(k) !== 41) return -1; // )
  const lim = Math.max(0, k - 14);
  let o = k - 1;
  while (o >= lim && text.charCodeAt(o) !== 40) o--;
  if (o < lim) return -1;
  return AGE_INNER.test(text.slice(o + 1, k)) ? o : -1;
}
const AGE_INNER = /^(\d{1,3}(세|살)?|[고중초]\d)(\s?[·,]\s?(여|남|여성|남성|[고중초]\d))?$/u;
/** One capital letter: the initial standing for an unnamed person (A 기자, B 일병). */
const isCapital = (w: string) => w.length === 1 && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

/** Weak titles that only a person takes (never a place or a body named by its head). */
const KIN_TITLES = new Set(['할머니', '할아버지']);

/** Role words that follow "이" as a demonstrative (이 작가는 'this artist') as often as a surname. */
const GENERIC_ROLES = new Set('작가 선수 기자 학생 감독 코치 사람 교사 직원 연구원 회원 작가님 가수 배우 의사 변호사 환자'.split(' '));

/** Words that end in 씨 without being a name + 씨 (아가씨, 아저씨, 마음씨, 솜씨, 날씨 …). */
/** Stems of two syllables or more before 씨 that are words, not names (마음씨, 아저씨); one syllable is a surname test. */
const NOT_SSI_STEM = new WordSet('아가 아저 마음 아줌 아재 마을'.split(' '));

/** A stage name in Latin letters (RM, PSY, G-DRAGON, T.O.P). */
const LATIN_STAGE_NAME = /^[A-Z][A-Za-z0-9.&\-]{0,11}$/;
/**
 * Role words written before a name (가수 거미가, 배우 송중기의) and the words after them that are not names. 모델 is
 * left out: in news it names a product (AI 모델, 신형 모델) far more often than a person's trade.
 */
const PRE_ROLES = new Set(
  ('가수 배우 탤런트 방송인 개그맨 개그우먼 코미디언 아나운서 래퍼 작곡가 작사가 소설가 시인 화가 조각가 사진작가 치어리더 음악가 ' +
    '영화감독 피아니스트 바이올리니스트 첼리스트 지휘자 성악가 뮤지컬배우 유튜버 셰프 요리연구가 디자이너').split(' '),
);
/** Playing positions and dance roles written before a player's name (포워드 라우리 마카넨이). */
const SPORTS_ROLES = new Set(
  '포워드 가드 센터 투수 타자 포수 골키퍼 수비수 공격수 미드필더 윙어 스트라이커 외야수 내야수 유격수 세터 리베로 발레리나 무용수 안무가'.split(' '),
);
/**
 * A member and a member's place in a group (멤버 수지가, 리더 진하는, 막내 세인은): before names and common nouns alike (멤버
 * 교체, 업계 리더 한빛전자는), so the word after them must look like a name.
 */
const GROUP_ROLES = new Set(['멤버', '리더', '막내', '맏형', '맏언니', '메인보컬', '리드보컬', '메인댄서']);
/** A role word written before names (가수, 포워드, 멤버, 선수): never a part of the name. */
export function roleWordBeforeName(w: string): boolean {
  return PRE_ROLES.has(w) || SPORTS_ROLES.has(w) || GROUP_ROLES.has(w) || w === '선수';
}
const NOT_AFTER_ROLE = new WordSet(
  ('활동 데뷔 생활 출신 지망생 겸 인생 경력 시절 등 및 출연 겸업 데뷔작 활동을 팬 팬들 가족 부부 커플 오디션 연기 노래 ' +
    '지망 생명 교육 양성 출연진 이름 신분 자신 본인 최초 첫 한 두 세 여러 다른 유명 전 현 신인 원로 중견 인기 톱 대표 소속사').split(' '),
);

/** The role word or title (with the copula 인) the word is, before a name (preTitledPersons), else null. */
const preTitled = (t: Tok): boolean => preTitleOf(t.text) !== null;
function preTitleOf(w: string): string | null {
  if (PRE_ROLES.has(w) || SPORTS_ROLES.has(w) || GROUP_ROLES.has(w) || w === '선수') return w;
  if (w.length >= 3 && w.charCodeAt(w.length - 1) === 0xc778) { // …인
    const base = w.slice(0, -1);
    const m = matchTitleAt(base, 0);
    if (m && m.end === base.length && !WEAK_TITLES.has(m.title) && m.title !== '씨') return m.title;
  }
  return null;
}

/** Names right after a role word (가수 거미의, 배우 톰 행크스가) or after a title with the copula 인 (CEO인 딕 코스톨로는). */
/** A finite verb form (났다, 했다, 된다): never a name (린다, 아만다 are, by the syllable before 다). */
const VERB_FORM = /(?:[었았였했됐났왔봤갔졌섰켰렸냈겼쳤]|[한된진])다$/u;

export function preTitledPersons({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!gated(t, GATE_PRE_KNOWN, GATE_PRE, preTitled)) continue;
    const title = preTitleOf(t.text)!;
    // (멤버 'member' of a group and 선수 'player', like a playing position, precede names and common nouns alike: 멤버
    // 수지가, 멤버 교체, 선수 오마리 스펠맨이, 선수 생활.)
    const sports = SPORTS_ROLES.has(t.text) || GROUP_ROLES.has(t.text) || t.text === '선수';
    const a = tokens[i + 1];
    if (!spaced(text, t, a)) continue;
    const b = tokens[i + 2];
    const sa = personStem(a);
    // Two words: 톰 행크스가 (the first without particle, the second with one or before punctuation).
    if (sa === a.text && b && spaced(text, a, b) && isPlainName(a.text, 1) && (tokStems(a).length === 1 || hasForeignSyllable(a.text))) {
      const sb = personStem(b);
      // 라우리 마카넨이: a first word of a name's shape is a given name when the second is transliterated.
      if (sb !== b.text && isPlainName(sb) && (!koreanNameShape(a.text) || hasForeignSyllable(a.text) ||
        (a.text.length >= 2 && (strongForeign(sb) || (!likelyKoreanName(a.text) && hasLoan(sb)))))) {
        out.push(cand(a.start, b.start + sb.length, 'person', 4, 'pre-title', undefined, title));
        continue;
      }
    }
    const bounded = sa !== a.text || /^[\s]*[,.)'"’”]/.test(text.slice(a.end, a.end + 2)) || (b && titleOfTok(b) !== null) ||
      (text.charCodeAt(a.end) === 40 && sports); // 멤버 리세(본명 …)
    // 멤버 RM은, 래퍼 DJ가: a stage name in Latin letters after a performer's role is the performer.
    if (bounded && LATIN_STAGE_NAME.test(sa) && (GROUP_ROLES.has(t.text) || PRE_ROLES.has(t.text))) {
      out.push(cand(a.start, a.start + sa.length, 'person', 4, 'pre-title', undefined, title));
      continue;
    }
    if (!bounded || !isPlainName(sa)) continue;
    // 화가 났다, 작가 했다: a verb after a word that is also a role (화가 'anger' + 나다), not a name.
    if (VERB_FORM.test(sa)) continue;
    // After a playing position the word must look like a name (가드 김민수가, 투수 교체는 not).
    // (멤버 교체, 선수 교체: after these a two-syllable Korean-shaped word needs given-name syllables, another one
    // transliteration syllables.)
    const loose = GROUP_ROLES.has(t.text) || t.text === '선수';
    if (sports && !(koreanNameShape(sa) ? titleSlotKoreanName(sa) && (!loose || sa.length !== 2 || givenNameSyllables(sa)) :
      loose ? strongForeign(sa) : foreignLooking(sa))) continue;
    out.push(cand(a.start, a.start + sa.length, 'person', 4, 'pre-title', undefined, title));
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

/**
 * The first word of a transliterated two-word name (로열 아이비, 세르게이 라브로프): Hangul only, no particle reading
 * unless it has a foreign syllable, not a common word, title or organization.
 */
function givenNameWord(t: Tok): boolean {
  const w = t.text;
  if (w.length < 2 || w.length > 5 || NOT_NAME.has(w) || NOT_PERSON.has(w) || DESCRIPTORS.has(w) || PRE_ROLES.has(w) || LEX_INDEX.has(w)) return false;
  if (!isSyllableWord(w)) return false;
  if (tokStems(t).length > 1 && !hasForeignSyllable(w)) return false;
  if (VERB_FINAL.has(w[w.length - 1]) || NOT_GIVEN_NAME_FINAL.has(w[w.length - 1]) || titleOfToken(w) || isOrgLike(w)) return false;
  for (let k = 0; k < w.length; k++) if (VERB_SYL.has(w[k])) return false;
  return true;
}

/** Ends of adverbs and verb forms (앞서, 일제히, 제기되자, 않으면, 스승인) that stand before names. */
const NOT_GIVEN_NAME_FINAL = new Set([...'자면서히인게며']);
const VERB_SYL = new Set([...'되않했었겠']);

/** Shape of a transliterated name: a syllable with the bare vowel ㅡ (스, 르, 트), or mostly open syllables. */
function hasForeignSyllable(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (foreignSyllable(w.charCodeAt(k))) return true;
  return false;
}
/** 스, 르, 트 … and the vowel ㅡ after ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ with a final (슬, 슨, 튼, 클): syllables of transliteration. */
export function foreignSyllable(x: number): boolean {
  if (FOREIGN_SYL.has(x)) return true;
  const i = x - 0xac00;
  if (i < 0 || i > 11171) return false;
  const onset = (i / 588) | 0;
  return ((i % 588) / 28 | 0) === 18 && (onset === 9 || onset === 12 || onset === 14 || onset === 15 || onset === 16 || onset === 17);
}
/**
 * A syllable of transliteration, not of Sino-Korean or of a common native word: the bare vowel ㅡ after ㅅ ㄹ ㅌ ㅋ ㅍ ㅈ
 * ㅂ ㅊ (스, 른, 트), ㅔ after anything but ㅅ ㅈ ㅊ (케, 베, 레, 에), ㅞ, ㅟ with a final (윈, 윌), ㅝ closed by ㅁ
 * (웜), ㅋ as onset (캐, 코, 키), ㅌ before ㅣ (티, 팅) and ㅍ before a closed ㅣ (핀, 핑); of Chinese names 젠, 첸 (ㅔ
 * after ㅈ ㅊ closed by ㄴ) and 솽, 좡 (ㅘ after ㅅ ㅈ ㅊ closed by ㅇ). `strict`: only those no common native word holds
 * either (ㅔ after ㄹ ㅁ ㅂ ㅋ ㅌ ㅍ: 렘, 베, 케; 젠, 첸; 솽; ㅞ; ㅟ and ㅝ closed), for words read without a sentence cue.
 */
const STRICT_E_ONSETS = new Set([5, 6, 7, 15, 16, 17]);
export function loanSyllable(x: number, strict = false): boolean {
  const i = x - 0xac00;
  if (i < 0 || i > 11171) return false;
  const onset = (i / 588) | 0;
  const vowel = ((i % 588) / 28) | 0;
  const fin = i % 28;
  // 스 슨 르 른 트 튼 크 프 즈 브 츠, open or closed by ㄴ (not 그 느 드 므 흐 — 그림, 느낌 — nor Sino-Korean 측 층 승 특).
  if (vowel === 18) return !strict && (fin === 0 || fin === 4) && (onset === 9 || onset === 5 || onset === 16 || onset === 15 || onset === 17 || onset === 12 || onset === 7 || onset === 14);
  if (onset === 15) return !strict || vowel === 5; // ㅋ
  if (vowel === 20 && (onset === 16 || (onset === 17 && fin !== 0 && fin !== 8))) return !strict; // 티 틴 팅, 핀 핑 (not 피 필)
  // 젠, 첸 (Chinese jian, qian; 젠더): ㅔ after ㅈ ㅊ closed by ㄴ, which no Sino-Korean or native word has.
  if (vowel === 5) return strict ? STRICT_E_ONSETS.has(onset) || ((onset === 12 || onset === 14) && fin === 4) : onset !== 9 && ((onset !== 12 && onset !== 14) || fin === 4); // ㅔ
  // 솽, 좡, 촹 (Chinese shuang, zhuang, chuang): ㅘ after ㅅ ㅈ ㅊ closed by ㅇ.
  if (vowel === 9 && fin === 21 && (onset === 9 || onset === 12 || onset === 14)) return true;
  if (vowel === 15) return true; // ㅞ
  // 쑤, 쑨, 쑹, 쩌, 쩡, 쯔 (Chinese su, sun, song, ze, zeng, zi): ㅆ or ㅉ before ㅜ, ㅓ or ㅡ, open or closed by ㄴ or ㅇ.
  if ((onset === 10 || onset === 13) && (vowel === 13 || vowel === 4 || vowel === 18) && (fin === 0 || fin === 4 || fin === 21)) return true;
  // 샤, 샹, 쟝, 챵 (Chinese xia, xiang, jiang, qiang): ㅑ after ㅅ, ㅈ or ㅊ, which no native word has.
  if ((onset === 9 || onset === 12 || onset === 14) && vowel === 2 && (fin === 0 || fin === 4 || fin === 21)) return true;
  if (vowel === 16) return fin !== 0; // ㅟ + final
  if (vowel === 14) return fin === 16; // ㅝ + ㅁ
  return false;
}
/** A syllable of transliteration (loanSyllable) in the word. */
export function hasLoan(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (loanSyllable(w.charCodeAt(k))) return true;
  return false;
}
/** A transliterated word by its syllables alone, not by a share of open syllables (교체 is open but Sino-Korean). */
export function strongForeign(w: string): boolean {
  return FOREIGN_GIVEN.has(w) || strongSyllable(w);
}
/** A syllable of transliteration that no common native word holds (foreignSyllable, strict loanSyllable). */
function strongSyllable(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (foreignSyllable(w.charCodeAt(k)) || loanSyllable(w.charCodeAt(k), true)) return true;
  return false;
}
/** A syllable with the onset ㄲ, never written in a transliteration (느낀, 끼친, 깨끗한 are native words). */
function hasSsangGiyeok(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (onsetOf(w.charCodeAt(k)) === 1) return true;
  return false;
}
export function foreignLooking(w: string): boolean {
  return (strongSyllable(w) || openSyllables(w) / w.length > 0.6) && !hasSsangGiyeok(w);
}

export function isPlainName(w: string, minLen = 2): boolean {
  if (w.length < 1 || w.length > 6 || NOT_AFTER_ROLE.has(w) || NOT_NAME.has(w) || NOT_PERSON.has(w) || DESCRIPTORS.has(w)) return false;
  if (!isSyllableWord(w)) return false;
  if (w.length < minLen) return false;
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'person') return false;
  if (matchTitleAt(w, 0)?.end === w.length) return false;
  return true;
}

/** Words that end in a title without being one (주차장 is not 주 + 차장). */
const NOT_TITLE_WORDS = new WordSet('주차장 정거장 운동장 공사장 작업장 하차장 승차장 경기장 공연장 행사장 회의장 시험장 전시장 체육관'.split(' '));

/** The title that fills this word (with or without a particle): 대표는 → 대표. */
/** Roles a title takes on before it is held (장관 후보자, 총리 내정자, 대표 직무대행): the person is named by them later. */
const ROLE_AFTER_TITLE = new Set(['후보자', '후보', '내정자', '지명자', '직무대행', '권한대행', '당선인', '당선자']);
/**
 * The title of the person named before tokens[i], with a role written after it (권태식 고용노동부 장관 후보자: 장관
 * 후보자, so that 권 후보자 is that person).
 */
function heldTitle(text: string, tokens: Tok[], i: number, title: string): string {
  const n = tokens[i + 1];
  if (!n || tokens[i].text !== title || !spaced(text, tokens[i], n)) return title;
  const role = stripParticle(n.text);
  return ROLE_AFTER_TITLE.has(role) ? title + ' ' + role : title;
}
function titleOfTok(t: Tok): { title: string } | null {
  const inf = wordInfo(t);
  return inf.title !== undefined ? inf.title : (inf.title = titleOfToken(t.text));
}

/**
 * The title a word opens with, or a compound title ending it (집행위원장, 국회의장: two syllables or more, strong).
 * Not cached for strings (stems, slices): mostly new, a cache of them cost more in look-ups than the title search it
 * saved (the search tests a bit before each slice); a token's answer is kept on its word record (titleOfTok).
 */
export function titleOfToken(w: string): { title: string } | null {
  const m = matchTitleAt(w, 0);
  let r = m && m.end <= w.length ? { title: m.title } : null;
  for (let k = 2; !r && k < w.length - 1 && isHangulCp(w.charCodeAt(k)); k++) {
    const s = matchTitleAt(w, k);
    if (s && s.title.length >= 2 && (!WEAK_TITLES.has(s.title) || COMPOUND_WEAK.has(s.title) || (PLACE_HEAD_TITLES.has(s.title) && LEX_INDEX.get(w.slice(0, k))?.type === 'place')) &&
      s.title !== '씨' && /^\p{Script=Hangul}+$/u.test(w.slice(0, k)) &&
      !NOT_TITLE_WORDS.has(w.slice(k - 1, s.end))) r = { title: s.title };
  }
  return r;
}

/** Weak titles that are the head of a listed place fused before them (광주시장 'mayor of Gwangju', 경기지사, 양평군수). */
const PLACE_HEAD_TITLES = new Set(['시장', '지사', '군수']);
/** Weak titles that name the post when a department or body is fused before them (선전부장, 사무총장, 연구소장). */
const COMPOUND_WEAK = new Set(['부장', '회장', '총장', '단장', '소장', '이사']);

function hasStrongEnd(w: string): boolean {
  return stripParticle(w) !== w || /[다,]$/.test(w);
}

/** Titles of university staff: the word before them ending in 대 is the university (호서대 교수). */
const ACADEMIC_TITLES = new Set(['교수', '명예교수', '석좌교수', '부교수', '조교수', '겸임교수', '연구교수', '초빙교수', '총장', '부총장', '학장', '강사', '입학처장', '입학사정관', '처장', '교무처장', '학생처장', '대학원장']);

function universityBeforeTitle(w: string, title: string): boolean {
  return ACADEMIC_TITLES.has(title) && w.length >= 3 && w.length <= 5 && w.charCodeAt(w.length - 1) === 0xb300 && isHangul(w[0]);
}

/** Surnames too rare, or too common as the first syllable of ordinary words, to find a name standing alone. */
export const RARE_SURNAME = new Set([...'구사소부시상동단당견간승호온범팽좌음감두피목태복가예용편은어모제인국경봉빈갈마반명위선설석여탁']);
/** Last syllables of ordinary nouns and verb forms that are rare at the end of given names. */
const NOT_GIVEN_FINAL = new Set([...'한해하다된던할함자장실회관사안세권식물전대서료비률율품금점증팀층력학계국부소상기인성져운록온난법직잔년령업담판갑표봉화작변군']);

/** Korean full names standing alone: 최운정은, 장하나를 (surname + usual given-name syllables). */
export function standaloneKoreanNames({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const inf = wordInfo(t);
    if (inf.standalone === undefined) inf.standalone = standaloneWord(t);
    if (!inf.standalone) continue;
    // In a name slot: a particle a person takes (최운정은, 장하나를), or bare before a comma, a bracket, a quote, a
    // title or an organization (김형진 외교부 차관보).
    if (t.text.length === 3) {
      const c = text.charCodeAt(t.end);
      const next = tokens[i + 1];
      if (!NAME_AFTER.has(c) && !(c === 32 && (NAME_AFTER.has(text.charCodeAt(t.end + 1)) ||
        (next && next.start === t.end + 1 && (titleOfTok(next) || tokOrgLike(next) || isOrgLike(stripParticle(next.text))))))) continue;
    } else if (!PERSON_PARTICLES.has(t.text.slice(3))) continue;
    // 유화지만 'oil paintings, but': …지만 is the connective, not a name in 지 and the particle 만.
    if (t.text.length === 4 && t.text.endsWith('지만')) continue;
    out.push(cand(t.start, t.start + 3, 'person', 0, 'standalone'));
  }
  return out;
}
/** Particles after a person's name (not 에, 에서, 로: places and things). */
const PERSON_PARTICLES = new Set(
  '은 는 이 가 의 을 를 과 와 도 만 에게 에게는 에게도 한테 께 께서 와의 과의 와는 과는 처럼 보다 이나 이라는 이란 마저 조차 부터 까지 이다 이었다 였다 이며 이자 씨'.split(' '),
);
const NAME_AFTER = new Set([...',·)(\'"’”‘“ㆍ‧'].map((c) => c.charCodeAt(0)).concat([NaN]));

/** (자 is left out: agent nouns 지도자, 유권자, 소비자 end so far more often than names.) */
const SOFT_GIVEN_FINAL = new Set([...'기성석비화']);
const SUBJECT_PARTICLES = new Set(['은', '는', '이', '가', '의']);

function standaloneWord(t: Tok): boolean {
  {
    const s = tokStrip(t, 3);
    if (s.length !== 3 || !isHangul(s[0])) return false;
    if (!likelyKoreanName(s)) return false;
    // (9천 원이라는: a word and the copula 이라, not a name.)
    if (s.charCodeAt(1) === 0xc774 /* 이 */ && s.charCodeAt(2) === 0xb77c /* 라 */) return false;
    if (LEX_INDEX.has(s) && LEX_INDEX.get(s)!.type !== 'person') return false;
    if (!GIVEN_CODES.has(s.charCodeAt(2)) || VERB_FINAL.has(s[2])) return false;
    // A last syllable that is also a particle (김경도: 김경 + 도) is the name's when a particle follows (김경도는).
    if (/[이가은는을를의도와과로만에고]$/u.test(s) && !(t.text.length > 3 && /[도고만로]$/u.test(s) && PERSON_PARTICLES.has(t.text.slice(3)))) return false;
    // 전남도가, 경북도는: a province written short with 도.
    if (s.charCodeAt(2) === 0xb3c4 && PROVINCES.has(s.slice(0, 2))) return false;
    if (RARE_SURNAME.has(s[0])) return false;
    // 송중기의, 조인성은: finals frequent in both names and words need a subject or genitive particle.
    if (NOT_GIVEN_FINAL.has(s[2]) && !(SOFT_GIVEN_FINAL.has(s[2]) && SUBJECT_PARTICLES.has(t.text.slice(3)))) return false;
    if (matchTitleAt(s, 1)?.end === 3 || NOT_PERSON.has(s.slice(1))) return false;
    return true;
  }
}

export type { Tok };

/** A bare word that can be a person's name in a list or before an age: Korean name shape, or a transliterated name. */
function bareName(w: string, korean: (w: string) => boolean): boolean {
  if (w.length < 2 || w.length > 6 || NOT_NAME.has(w) || NOT_PERSON.has(w) || DESCRIPTORS.has(w)) return false;
  if (!isSyllableWord(w)) return false;
  const e = LEX_INDEX.get(w);
  if (e) return e.type === 'person';
  if (koreanNameShape(w)) return korean(w);
  if (CASE_PARTICLE_END.test(w) || titleOfToken(w)) return false;
  return foreignLooking(w);
}

/** The stem of a token that ends a phrase: without a particle a person takes (은 는 이 가 의 과 와 을 를 도 에게). */
function nameStem(t: Tok): string {
  const s = tokStems(t);
  return s.length > 1 ? personStem(t) : t.text;
}

/**
 * Names before a parenthesized age or life years: 윤길자(69·여)씨의, 아바우드(27)가, 정율성(1914~1974) — with the
 * words of a transliterated name before it (압델하미드 아바우드(27)).
 */
export function agedPersons(input: StageInput): Candidate[] {
  return parenthesizedPersons(input, true, false);
}

/** Persons marked by a parenthesis after their name: an age (agedPersons) or the original spelling (spelledPersons). */
export function parenthesizedPersons(input: StageInput, aged = true, spelled = true): Candidate[] {
  const { text, tokens } = input;
  const out: Candidate[] = [];
  // Visit the parentheses, not the words: the word before "(" ends right at it.
  for (let p = text.indexOf('('); p > 0; p = text.indexOf('(', p + 1)) {
    const i = tokenIndexFrom(tokens, p) - 1;
    if (i < 0 || tokens[i].end !== p) continue;
    // What opens the parenthesis decides: a digit (an age), Hanja or a capital (a spelling).
    const c = text.charCodeAt(p + 1);
    const digit = c >= 48 && c <= 57;
    const spelling = (c >= 65 && c <= 90) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
    if (!(aged && digit) && !(spelled && spelling)) continue;
    const close = text.indexOf(')', p);
    if (close < 0 || close - p > 40) continue;
    if (spelling) spelledAt(input, i, close, out);
    else agedAt(input, i, close, out);
  }
  return out;
}

function agedAt({ text, tokens }: StageInput, i: number, close: number, out: Candidate[]): void {
  {
    const t = tokens[i];
    if (close - t.end > 14 || !AGED.test(text.slice(t.end + 1, close))) return;
    const w = t.text;
    if (!bareName(w, likelyKoreanName)) return;
    let start = t.start;
    if (!koreanNameShape(w)) {
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const p = tokens[k].text;
        if (!spaced(text, tokens[k], tokens[k + 1]) || koreanNameShape(p) || !(p.length === 1 ? /[다데반폰드]/u.test(p) : bareName(p, () => false))) break;
        start = tokens[k].start;
      }
    }
    out.push(cand(start, t.end, 'person', 4, 'aged'));
  }
}
const AGED = /^(\d{1,3}(세|살)?(\s?[·,]\s?(여|남|여성|남성))?|\d{4}\s?[~-]\s?\d{4})$/u;

/**
 * Names listed with a person: "유승민, 주호영, 윤상현 의원", "박수연·한수현 기자", "손석희, 조국, 진중권" — a list (", "
 * or "·") in which the last item is a titled person, or two items are persons: the other bare names are persons too.
 */
export function listedPersons({ text, tokens }: StageInput, personAt: (start: number) => Candidate | undefined): Candidate[] {
  const out: Candidate[] = [];
  const cache = LIST_CHARS.map(() => -2);
  let i = 0;
  while (i < tokens.length) {
    // Jump to the next word followed by a comma or a middle dot.
    const next = nextListSep(text, tokens[i].end, cache);
    if (next < 0) break;
    i = tokenIndexFrom(tokens, next) - 1;
    if (i < 0 || tokens[i].end !== next) { i = Math.max(i + 1, tokenIndexFrom(tokens, next)); continue; }
    // A run of items separated by a comma or a middle dot.
    let j = i;
    while (j + 1 < tokens.length && listSep(text, tokens[j].end, tokens[j + 1].start) && j - i < 15) j++;
    if (j === i) { i++; continue; }
    // Count the persons first; build the item lists only for a list of persons.
    let n = 0;
    for (let k = i; k <= j; k++) if (personAt(tokens[k].start)) n++;
    const last = n ? personAt(tokens[j].start) : undefined;
    // Three items or more with one person among them (유오성, 주진모, 김우빈 등), or all of them Korean full names of
    // usual syllables, are a list of persons too.
    const long = j - i >= 2;
    if (n >= 2 || (last && last.source === 'title' && last.title !== '씨') || (long && n === 1) || (long && allLikelyNames(tokens, i, j))) {
      const items = tokens.slice(i, j + 1);
      const persons = items.map((t) => personAt(t.start));
      items.forEach((t, k) => {
        if (persons[k]) return;
        const w = k === items.length - 1 ? nameStem(t) : t.text;
        if (k < items.length - 1 && stripParticle(w) !== w && !koreanNameShape(w)) return;
        if (bareName(w, titleSlotKoreanName)) out.push(cand(t.start, t.start + w.length, 'person', 3, 'list'));
      });
    }
    i = j + 1;
  }
  return out;
}
/** Every item of the list tokens[i..j] is a Korean full name of usual given-name syllables (the last one with a particle). */
function allLikelyNames(tokens: Tok[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    const w = k === j ? nameStem(tokens[k]) : tokens[k].text;
    if (!likelyKoreanName(w) || LEX_INDEX.has(w)) return false;
  }
  return true;
}
/** Position of the next comma or middle dot at or after `from`, -1 when none; `cache` keeps each character's next
 *  position so that the text is scanned once per character (linear). */
function nextListSep(text: string, from: number, cache: number[]): number {
  let best = -1;
  for (let c = 0; c < LIST_CHARS.length; c++) {
    let k = cache[c];
    if (k !== -1 && k < from) k = cache[c] = text.indexOf(LIST_CHARS[c], from);
    if (k >= 0 && (best < 0 || k < best)) best = k;
  }
  return best;
}
const LIST_CHARS = [',', '·', 'ㆍ', '‧'];

/** ", ", "," or a middle dot between two list items. */
function listSep(text: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 1 || n > 2) return false;
  const c = text.charCodeAt(a);
  if (c === 44) return n === 1 || text.charCodeAt(a + 1) === 32;
  return n === 1 && (c === 0xb7 || c === 0x3186 || c === 0x2027);
}

/**
 * Names with their original spelling in parentheses: 추궈홍(邱國洪) 대사, 로빈 페이지(Robin Page)는 — Hanja of about
 * as many characters as syllables, or as many capitalized Latin words as Hangul words; a title or a particle must follow.
 */
export function spelledPersons(input: StageInput): Candidate[] {
  return parenthesizedPersons(input, false, true);
}

function spelledAt({ text, tokens }: StageInput, i: number, close: number, out: Candidate[]): void {
  {
    const t = tokens[i];
    const inner = text.slice(t.end + 1, close);
    let start = -1;
    let k = i + 1;
    while (k < tokens.length && tokens[k].start < close) k++;
    const after = tokens[k];
    const tail = after && after.start === close + 1 ? after.text : '';
    const titled = (after && after.start === close + 2 && text.charCodeAt(close + 1) === 32 && hasTitleSoon(tokens, k)) || SUBJECT_TAILS.has(tail);
    if (!titled) return;
    if (hanja(inner, 2, 4) && t.text.length >= inner.length && t.text.length <= inner.length + 2 && bareName(t.text, () => true)) {
      start = t.start;
    } else if (/^[A-Z][a-z]+( [A-Z][a-z]+){1,2}$/.test(inner)) {
      const n = inner.split(' ').length;
      if (i - n + 1 < 0) return;
      let ok = true;
      for (let m = i - n + 1; m <= i; m++) {
        const w = tokens[m].text;
        if (m > i - n + 1 && !spaced(text, tokens[m - 1], tokens[m])) { ok = false; break; }
        if (!/^\p{Script=Hangul}{1,6}$/u.test(w) || LEX_INDEX.has(w) || isOrgLike(w) || NOT_PERSON.has(w) || NOT_NAME.has(w) || titleOfToken(w)) { ok = false; break; }
      }
      if (ok) start = tokens[i - n + 1].start;
    }
    if (start >= 0) out.push(cand(start, t.end, 'person', 4, 'spelled'));
  }
}
const SUBJECT_TAILS = new Set(['은', '는', '이', '가']);

/** A title (weak ones too) ending the word, before a particle: 중국대사를 → 대사. */
function weakTitleEnd(w: string): { title: string } | null {
  for (let k = 1; k < w.length - 1; k++) {
    const m = matchTitleAt(w, k);
    if (m && m.title.length >= 2) return { title: m.title };
  }
  return null;
}

/** A title within the next three words of the same phrase (외교부 부장조리, 주한 중국대사). */
function hasTitleSoon(tokens: Tok[], k: number): boolean {
  for (let m = k; m < tokens.length && m < k + 3; m++) {
    const ti = titleOfTok(tokens[m]) ?? weakTitleEnd(tokens[m].text);
    if (ti) return ti.title !== '씨' && ti.title !== '측' && ti.title !== '관계자';
  }
  return false;
}

/**
 * 크리스 와이드먼에게, 올리비아 와일드는: a common foreign given name followed by a transliterated word (the surname,
 * with the particle a person takes) is a person's full name.
 */
export function foreignFullNames({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  // The article's hyphens (few), for the hyphenated names below: the next one at or after a word's start, read
  // forward as the words are.
  let hyphen = text.indexOf('-');
  const hyphenIn = (t: Tok): boolean => {
    while (hyphen >= 0 && hyphen < t.start) hyphen = text.indexOf('-', t.start);
    return hyphen >= 0 && hyphen < t.end;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    if (text.charCodeAt(tokens[i + 1].end) === 40 && nameBeforeNationality(text, tokens, i, out)) { i++; continue; }
    if (a.end - a.start > 5 || text.charCodeAt(a.end) !== 32 || !GIVEN_LAST.has(text.charCodeAt(a.end - 1)) || !GIVEN_FIRST.has(text.charCodeAt(a.start)) ||
      !FOREIGN_GIVEN.has(a.text)) {
      // 장-뤼크 고다르, 장-폴 사르트르: a hyphenated given name of transliterated parts before a surname; 클로에
      // 로페스-고메스: an unlisted transliterated given name before a hyphenated surname.
      // (Only where a hyphen is: most words are not asked anything more.)
      if (hyphen < 0) continue;
      const b = tokens[i + 1];
      const aHyphen = hyphenIn(a);
      if (!aHyphen && !hyphenIn(b)) continue;
      const hyphenGiven = aHyphen && hyphenatedName(a.text, true);
      if (text.charCodeAt(a.end) === 32 && (hyphenGiven || (strongForeign(a.text) && isPlainName(a.text) && !isOrgLike(a.text) && !titleOfToken(a.text)))) {
        const sb = foreignNameStem(b);
        if (b.start === a.end + 1 && (hyphenatedName(sb, false) || (hyphenGiven && isPlainName(sb) && sb.length <= 7 && surnameLooking(sb) && !isOrgLike(sb) && !titleOfToken(sb)))) {
          out.push(cand(a.start, b.start + sb.length, 'person', 3, 'foreign-name'));
          i++;
        }
      }
      continue;
    }
    const b = tokens[i + 1];
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32) continue;
    const sb = foreignNameStem(b);
    // 림과, 판은: a one-syllable surname with its particle is left alone (too short to tell from a word); 이, 가, 도 …
    // also end many transliterated surnames (레이, 베가).
    // A given name of two syllables or more (대니 리는, 제니퍼 판은, 미셸 위와) vouches for it when the particle is a
    // person's case ending and the two syllables are not a listed word.
    if (sb.length === 2 && PERSON_PARTICLES.has(sb[1]) && !NAME_FINAL_SYL.has(sb.charCodeAt(1))) {
      if (a.text.length >= 2 && isHangul(sb[0]) && ONE_SYL_TAILS.has(sb[1]) && !ONE_SYL_NOUNS.has(sb[0]) && !NOT_PERSON.has(sb) && !LEX_INDEX.has(sb) && !titleOfToken(sb)) {
        out.push(cand(a.start, b.start + 1, 'person', 3, 'foreign-name'));
        i++;
      }
      continue;
    }
    // A reading with a particle makes the word ambiguous, unless the particle rather ends names (러팔로, 마리나).
    if (sb === b.text && tokStems(b).length > 1 && !hasForeignSyllable(sb) && !NAME_FINAL_SYL.has(sb.charCodeAt(sb.length - 1))) continue;
    if (!hyphenatedName(sb, false) && (!isPlainName(sb) || sb.length > 7 || !surnameLooking(sb) || isOrgLike(sb) || FOREIGN_GIVEN.has(sb) || titleOfToken(sb))) continue;
    let end = b.start + sb.length;
    // 로버트 다우니 주니어: a generational suffix after the surname.
    const c = tokens[i + 2];
    if (sb === b.text && c && c.start === b.end + 1 && GENERATION.has(stripParticle(c.text))) end = c.start + stripParticle(c.text).length;
    out.push(cand(a.start, end, 'person', 3, 'foreign-name'));
    i++;
  }
  return out;
}
/**
 * Two transliterated parts joined by a hyphen (로페스-고메스, 가르시아-로페스; as a given name 장-뤼크, 장-폴, whose
 * first part may be one syllable): each part Hangul, no listed word, and at least one foreign-looking.
 */
function hyphenatedName(w: string, given: boolean): boolean {
  const h = w.indexOf('-');
  if (h < 1 || h !== w.lastIndexOf('-') || w.length > 12) return false;
  const x = w.slice(0, h);
  const y = w.slice(h + 1);
  if (y.length < 2 || (!given && x.length < 2)) return false;
  // A given name's parts are short (장-폴, 안-소피, 장-피에르) and carry no particle (빕스코브-패션과 예술 is a title).
  if (given && (x.length > 2 || y.length > 3 || CASE_END.has(y.charCodeAt(y.length - 1)))) return false;
  for (const part of [x, y]) if (!isSyllableWord(part) || NOT_PERSON.has(part) || isOrgLike(part) || titleOfToken(part) || (part.length >= 2 && !isPlainName(part))) return false;
  return given ? (FOREIGN_GIVEN.has(y) || foreignLooking(y)) && (x.length === 1 || FOREIGN_GIVEN.has(x) || foreignLooking(x)) : surnameLooking(x) && surnameLooking(y);
}
/** A transliterated name without the particle a person takes (와이드먼에게, 헤어스턴으로; 러팔로 keeps its 로). */
export function foreignNameStem(t: Tok): string {
  let stem = t.text;
  for (const s of tokStems(t)) if (s.length < stem.length && s.length >= 2 && NAME_TAILS.has(t.text.slice(s.length))) stem = s;
  return stem;
}
/** One-syllable nouns that follow a name with their particle (제이크 역을 'the role of Jake', 존 측은, 메리 등이). */
const ONE_SYL_NOUNS = new Set([...'역측등때중것수뒤앞밖옆속밑쪽팀씨님집곳분']);
/** Particles after a one-syllable foreign surname (대니 리는, 미셸 위와). */
const ONE_SYL_TAILS = new Set([...'은는이가의을를와과']);
/** Case particles that end a word but not a transliterated name (나, 이, 가, 도 end names: 카롤리나). */
const CASE_END = codeSetOf('은는을를의에와과');
/**
 * 에이버리 브런디지(미국), 알렉산드로 디아만티(볼로냐): two transliterated words followed by a parenthesis that holds a
 * listed country, city or team (up to a middle dot: 벨라루스·17.400점) are a person's name (sports and news lists).
 */
function nameBeforeNationality(text: string, tokens: Tok[], i: number, out: Candidate[]): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== 32) return false;
  const c = tokens[i + 2];
  if (!c || c.start !== b.end + 1) return false;
  const inner = c.text;
  const e = LEX_INDEX.get(inner);
  if (!e || (e.type !== 'place' && e.type !== 'organization')) return false;
  const close = text.charCodeAt(c.end);
  if (close !== 41 && close !== 0xb7 && close !== 44) return false; // ) · ,
  for (const w of [a.text, b.text]) {
    if (w.length < 2 || w.length > 6 || !isPlainName(w) || !foreignLooking(w) || isOrgLike(w) || titleOfToken(w)) return false;
  }
  // 이겼고 모랄레스(…): a verb form (a past-tense syllable in ㅆ, a connective ending) is not a given name.
  if (VERB_FINAL.has(a.text[a.text.length - 1]) || hasPastSyllable(a.text)) return false;
  if (!hasForeignSyllable(a.text) && !hasForeignSyllable(b.text)) return false;
  if (CASE_END.has(a.text.charCodeAt(a.text.length - 1)) && stripParticle(a.text) !== a.text) return false; // 시우바는 네이마르(…): two names
  out.push(cand(a.start, b.end, 'person', 3, 'foreign-name'));
  return true;
}

/** A syllable closed by ㅆ (했, 겼, 었): a verb's tense, not a transliteration. */
function hasPastSyllable(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (finalOf(w.charCodeAt(k)) === 20) return true;
  return false;
}

/** First and last syllables of the foreign given names (most words fail these integer tests). */
export const GIVEN_FIRST = new CodeSet([...FOREIGN_GIVEN].map((g) => g.charCodeAt(0)));
const GIVEN_LAST = new CodeSet([...FOREIGN_GIVEN].map((g) => g.charCodeAt(g.length - 1)));
/** Particles after a foreign surname (a person's, and 으로 'as, for': 헤어스턴으로 교체된; not 로, which ends names: 러팔로). */
const NAME_TAILS = new Set([...PERSON_PARTICLES, '으로', '에게서', '으로부터']);
/** Syllables that end many transliterated surnames though they are (the start of) particles too. */
const NAME_FINAL_SYL = codeSetOf('이가도나라로야여');
/** Generational suffixes written after a foreign name. */
const GENERATION = new Set(['주니어', '시니어', '2세', '3세']);
/** A transliterated surname after a given name: a foreign syllable, or at least half the syllables open (실바, 릴리). */
function surnameLooking(w: string): boolean {
  // 위팅엄 (팅): any syllable of transliteration, not only the strict ones.
  return foreignLooking(w) || hasLoan(w) || openSyllables(w) * 2 >= w.length;
}
