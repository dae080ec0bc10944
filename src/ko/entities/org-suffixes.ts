/** Stage: organizations named by their head (…전자, …은행, …그룹, …위원회, …대학교, …지검, …부, …청, …당) and the
 *  generic bodies Korean news names as organizations (경찰, 검찰, 정부, 소방당국). */
import { WordSet } from '../word-sets';
import { matchTitleAt } from '../titles';
import { isSyllableWord, codeSetOf, OPEN_QUOTES, CLOSE_QUOTES } from '../chars';
import { lowerBound } from '../../pipeline/ranges';
import { COUNTRIES, Candidate, cand, FOREIGN_SYL, STATIONED_IN, GENERIC_ORG, allGivenFrom, SURNAMES, NOT_PERSON, LEX_INDEX, NOT_ORG, STRONG_ORG_MAX, STRONG_ORG_SET, StageInput, endingIn, WEAK_ORG, isHangul, koreanNameShape, stripParticle, tokenIndexFrom, tokStems, Tok, wordInfo } from './common';

type Hit = { len: number; priority: number; source: string } | null;

/** Legal forms written before a company, foundation or law-firm name (법무법인 율촌, 주식회사 한빛). */
export const LEGAL_FORMS = new Set(
  '법무법인 주식회사 재단법인 사단법인 학교법인 의료법인 사회복지법인 유한회사 합자회사 합명회사 특허법인 회계법인 세무법인 노무법인'.split(' '),
);

export function orgSuffixes({ text, tokens, sentences }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const inf = wordInfo(t);
    // What the word can announce, computed once per distinct word.
    let f = inf.orgFlags;
    if (f === undefined) f = inf.orgFlags = orgFlagsOf(t.text);
    if (f !== 0) {
      const n = tokens[i + 1];
      const next = n !== undefined && n.start === t.end + 1 && text.charCodeAt(t.end) === 32 ? n : undefined;
      // 법무법인 율촌, 사단법인 4월회: the legal form and the name after it.
      if (f & LEGAL && next) {
        const st = tokStems(next);
        const stem = st.length > 1 && st[st.length - 1].length >= 2 ? st[st.length - 1] : next.text;
        out.push(cand(t.start, next.start + stem.length, 'organization', 7, 'legal-form'));
        continue;
      }
      // 일간지 데일리메일의, 차이나데일리가 보도했다: a news outlet.
      if (f & KIND && next) mediaName(next, out);
      // 라쿠텐과의 경기, 유스팀과의 예선전: the side met in a match is a team.
      if (f & MATCH && i > 0) opponent(text, tokens[i - 1], t, out);
      // 오릭스는 니혼햄을 12-3으로 꺾었다: the sides of a team game's score.
      if (f & SCORE) scoreSides(text, tokens, sentences, i, out);
      // 미디어오늘은 … 16일 보도했다: the topic opening a sentence that ends in 보도했다 is the outlet.
      if (f & REPORTED) reportingTopic(text, tokens, sentences, t, out);
      // 소속사 제이튠캠프와, 제작사 아이코닉스(: an unquoted foreign-looking name right after the kind of company it is.
      if (f & APPOSED && next) apposedName(next, out);
      // 소셜 펀딩 업체 '킥스타터', 밀크티 전문점 '공차': a quoted name right after the kind of body it is.
      if (f & (KIND | QUOTED_KIND) && !next && n !== undefined && n.start === t.end + 2 && text.charCodeAt(t.end) === 32 && OPEN_QUOTES.has(text.charCodeAt(t.end + 1))) {
        if (CLOSE_QUOTES.has(text.charCodeAt(n.end))) quotedName(n, out);
        // 시민단체 '안전한 거리': a name of two to four words in the marks.
        else quotedWords(text, tokens, i + 1, out);
      }
      // 단원고 학생, 청송여고 교사들, 한림대 교수: a school named short before its people.
      if (f & SCHOOL_PEOPLE) schoolBefore(text, tokens[i - 1], t, out);
      let prev = tokens[i - 1];
      // 신화넷이 16일 전했다, 중신넷이 9일 보도했다: the date of the report may stand between.
      const dated = !!prev && prev.end + 1 === t.start && DATE_WORD.test(prev.text) && i >= 2;
      if (dated) prev = tokens[i - 2];
      const next1 = dated ? tokens[i - 1] : t;
      if (f & (REPORTS | RELAYS) && (dated || !(f & RELAYS)) && prev && prev.end + 1 === next1.start && text.charCodeAt(prev.end) === 32) {
        const edition = EDITIONS.has(prev.text.slice(0, -1)) ? tokens[i - (dated ? 3 : 2)] : undefined;
        // 인디펜던트 인터넷판이 보도했다: the outlet is named before its edition.
        if (edition) { if (edition.end + 1 === prev.start && text.charCodeAt(edition.end) === 32) mediaName(edition, out); }
        else if (SUBJECT_END.has(prev.text.charCodeAt(prev.text.length - 1))) mediaName(prev, out);
        // 중신넷 보도에 따르면: the outlet written bare before its report (not a year: 2015년 보도에 따르면).
        else if (!dated && f & REPORTS && t.text === '보도에' && n !== undefined && n.text === '따르면' && !/^\d/.test(prev.text)) mediaName(prev, out);
      }
    }
    let h = inf.org;
    if (h === undefined) h = inf.org = orgOfWord(t);
    if (h) out.push(cand(t.start, t.start + h.len, 'organization', h.priority, h.source));
  }
  return out;
}

const LEGAL = 1;
const KIND = 2;
const REPORTS = 8;
const RELAYS = 32;
/** People of a school (학생, 교사, 교장 …): the word before may be the school (단원고 학생). */
const SCHOOL_PEOPLE = 64;
const SCHOOL_PEOPLE_WORDS = new Set('학생 학생들 교사 교사들 교장 교감 졸업생 재학생 신입생 학부모 학부모들 동문 동문들 교직원'.split(' '));
/** A university's people and parts, after its short name (한림대 교수, 순천대 연구팀, 한빛대 의대). */
const UNIVERSITY_WORDS = new Set('교수 교수팀 교수진 교수들 연구팀 연구진 연구소 연구원 총장 부총장 의대 의과대학 공대 법대 대학원 병원 캠퍼스 학생 학생들 재학생 졸업생 신입생 동문 동문들 교직원'.split(' '));
/** Short school names end in 고 (high school), 여고, 중 (middle school), 여중, 초 (elementary): 단원고, 청송여고. */
const SCHOOL_ENDS = codeSetOf('고중초');
/** Editions of an outlet written after its name (인디펜던트 인터넷판). */
const EDITIONS = new Set(['인터넷판', '온라인판', '전자판', '최신호', '최신판']);
const DATE_WORD = /^\d{1,2}일$/;
const SUBJECT_END = codeSetOf('은는이가의');
const QUOTED_KIND = 16;
/**
 * Kinds of musical act (걸그룹 '루미나스', 걸그룹 루미나스가): the act named after them, quoted or foreign-looking, is an
 * organization, as the development guide's organizations are bodies of people (KLUE tags groups of singers as
 * persons: README). They join the body kinds (quoted names) and the apposed kinds (unquoted ones).
 */
const MUSIC_KINDS = '걸그룹 보이그룹 아이돌그룹 그룹 밴드 록밴드 듀오 혼성그룹';
/** Kinds of bodies written before a quoted name (업체 '킥스타터'), with the copula too (전문매체인 '더힐'). */
const BODY_KINDS = new Set((MUSIC_KINDS + ' 업체 기업 회사 단체 시민단체 청년단체 환경단체 노동단체 여성단체 농민단체 종교단체 소비자단체 학부모단체 장애인단체 이익단체 모임 동호회 매거진 전문점 소속사 기획사 제작사 배급사 출판사 브랜드 프랜차이즈 전문매체 스타트업 쇼핑몰').split(' '));
/** Kinds of companies written right before their name, quoted or not (소속사 IOK컴퍼니, 자회사인 모토로라 모빌리티). */
const APPOSED_KINDS = new Set(('소속사 기획사 제작사 배급사 출판사 자회사 모회사 운영사 계열사 협력사 업체 ' + MUSIC_KINDS).split(' '));
const APPOSED = 128;
/** 보도했다, 보도했습니다: the verb ending a sentence whose topic is a news outlet. */
const REPORTED = 256;
/** Matches, after the side met (라쿠텐과의 경기): the word may carry a particle. */
const MATCH_WORDS = new Set('경기 원정경기 홈경기 예선전 개막전 맞대결 평가전 친선경기 결승전 준결승전 연습경기 시범경기 3연전 2연전'.split(' '));
const MATCH = 512;
/** A game's score with the particle of its means (12-3으로, 1-0으로). */
const SCORE = 1024;
function orgFlagsOf(w: string): number {
  if (!FLAG_FIRSTS.has(w.charCodeAt(0))) return 0;
  let f = 0;
  if (/^\d{1,2}-\d{1,2}(으로|로)$/u.test(w)) f |= SCORE;
  if (MATCH_WORDS.has(w) || MATCH_WORDS.has(stripParticle(w))) f |= MATCH;
  if (/^보도(했|하였)(다|습니다)$/u.test(w)) f |= REPORTED;
  if (APPOSED_KINDS.has(w) || (w.length > 2 && w.endsWith('인') && APPOSED_KINDS.has(w.slice(0, -1)))) f |= APPOSED;
  if (BODY_KINDS.has(w) || (w.length > 2 && w.endsWith('인') && (BODY_KINDS.has(w.slice(0, -1)) || MEDIA_KINDS.has(w.slice(0, -1))))) f |= QUOTED_KIND;
  if (LEGAL_FORMS.has(w)) f |= LEGAL;
  if (MEDIA_KINDS.has(w)) f |= KIND;
  if (/^보도(했|하|한|에|를)/u.test(w)) f |= REPORTS;
  if (/^전했(다|습니다)/u.test(w)) f |= RELAYS;
  if (SCHOOL_PEOPLE_WORDS.has(w) || SCHOOL_PEOPLE_WORDS.has(w.slice(0, -1)) || UNIVERSITY_WORDS.has(w) || UNIVERSITY_WORDS.has(w.slice(0, -1))) f |= SCHOOL_PEOPLE;
  return f;
}

/**
 * The school named by `p` (bare, three to six syllables, ending in 고/중/초) right before the word `t` of its people;
 * or the university so named (three syllables ending in 대: 한림대 교수, 순천대 연구팀; longer ones the head rule finds).
 */
function schoolBefore(text: string, p: Tok | undefined, t: Tok, out: Candidate[]): void {
  if (!p || p.end + 1 !== t.start || text.charCodeAt(p.end) !== 32) return;
  const w = p.text;
  const last = w.charCodeAt(w.length - 1);
  const university = last === 0xb300 /* 대 */ && w.length === 3 && (UNIVERSITY_WORDS.has(t.text) || UNIVERSITY_WORDS.has(t.text.slice(0, -1)));
  if (w.length < 3 || w.length > 6 || !(SCHOOL_ENDS.has(last) || university) || NOT_ORG.has(w) || NOT_PERSON.has(w)) return;
  if (!isSyllableWord(w)) return;
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'organization') return;
  out.push(cand(p.start, p.end, 'organization', 2, 'org-suffix'));
}

/** Local government bodies fused to the place name (당진시청, 인천시의회, 경기도교육청). */
const LOCAL_GOV = ['시청', '군청', '구청', '도청', '시의회', '군의회', '구의회', '도의회', '교육청', '시교육청', '도교육청'];
/** Their last characters: a word ending in none is not asked about each. */
const LOCAL_GOV_LAST = codeSetOf(LOCAL_GOV.map((g) => g[g.length - 1]).join(''));

function orgOfWord(t: Tok): Hit {
  for (const s of tokStems(t)) {
    if (s.length < 2) break;
    if (LOCAL_GOV_LAST.has(s.charCodeAt(s.length - 1))) {
      for (const g of LOCAL_GOV) if (s.length >= g.length + 2 && s.endsWith(g) && isHangul(s[0])) return { len: s.length, priority: 2, source: 'org-suffix' };
    }
    if (GENERIC_ORG.has(s)) return { len: s.length, priority: 2, source: 'generic' };
    // A사, B사는: a company the article does not name, by a capital letter.
    if (s.length === 2 && s.charCodeAt(1) === 0xc0ac && s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90) return { len: 2, priority: 2, source: 'org-suffix' };
    // 일본군, 이스라엘군: a listed country and 군 name its armed forces.
    if (s.length >= 3 && s.charCodeAt(s.length - 1) === 0xad70 && COUNTRIES.has(s.slice(0, -1))) return { len: s.length, priority: 2, source: 'org-suffix' };
    if (LEX_INDEX.has(s)) break;
    if (shortCommittee(s)) return { len: s.length, priority: 1, source: 'org-suffix' };
    const head = endingIn(s, STRONG_ORG_SET, STRONG_ORG_MAX);
    if (!head) continue;
    // 아동복지법, 청탁금지법: laws that end like a district court (…지법).
    if (head === '지법' && LAWS_LIKE_COURTS.has(s.slice(-3))) continue;
    // 원로신부, 선전부장: a title that ends like a body is the title.
    if (matchTitleAt(s, 0)?.end === s.length) continue;
    const weak = WEAK_ORG.has(head);
    const minLen = weak ? (head.length === 1 ? 4 : head.length + 2) : head.length + 1;
    if (s.length < minLen) continue;
    // 도교육청, 시의회, 구의회: a bare unit before the body's head is the kind of body (시·도교육청), not a name.
    if (s.length === head.length + 1 && ADMIN_UNITS.has(s.charCodeAt(0))) continue;
    // 119구조대, 28사단: a number before a unit named by a strong head of two syllables or more is its name (even
    // when the head alone is a common word: 사단).
    const numbered = /^\d/.test(s);
    if (numbered && !(head.length >= 2 && !weak && /^\d{1,3}\p{Script=Hangul}+$/u.test(s))) continue;
    // (A common noun that is the end of the head itself — 구원 'salvation' in 연구원 — says nothing of the word.)
    if (NOT_ORG.has(s) || (!numbered && head.length < 3 && (NOT_ORG.has(s.slice(-2)) || NOT_ORG.has(s.slice(-3))) && !namedBody(s))) continue;
    // 수백억원대, 수천만원대, 10억대: a range of amounts (…원대 'in the … won range'), no university or unit.
    if (head === '대' && amountRange(s)) continue;
    if (!isHangul(s[0]) && !/^[A-Za-z0-9]/.test(s)) continue;
    return { len: s.length, priority: weak ? 1 : 2, source: 'org-suffix' };
  }
  return null;
}

/** Marks of a joint-stock company written against its name ((주)플로섬, ㈜한빛, 대원㈜, 대원(주)). */
const COMPANY_MARKS = ['(주)', '㈜', '(株)'];
function nameChar(x: number): boolean {
  return (x >= 0xac00 && x <= 0xd7a3) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || (x >= 48 && x <= 57) || x === 38;
}

/**
 * (주)플로섬한테, ㈜한빛소프트와, 대원㈜이: a company mark written against a name makes it a company; the mark is part of
 * the name (KLUE), the particle after it is not.
 */
export function companyMarks({ text }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (const mark of COMPANY_MARKS) {
    for (let p = text.indexOf(mark); p >= 0; p = text.indexOf(mark, p + mark.length)) {
      const a = p + mark.length;
      let e = a;
      while (e < text.length && e - a < 20 && nameChar(text.charCodeAt(e))) e++;
      const stem = e > a ? stripParticle(text.slice(a, e)) : '';
      if (stem.length >= 2) { out.push(cand(p, a + stem.length, 'organization', 7, 'legal-form')); continue; }
      let s = p;
      while (s > 0 && p - s < 20 && nameChar(text.charCodeAt(s - 1))) s--;
      if (p - s >= 2) out.push(cand(s, a, 'organization', 7, 'legal-form'));
    }
  }
  return out;
}

/** Events written in …회 (대회, 토론회, 기념회): not a body after a dated event (5·18 기념 마라톤대회). */
const EVENTS_IN_HOE = new Set('대회 토론회 간담회 설명회 전시회 음악회 발표회 공청회 기념회 연주회 추모회 청문회 공연회 축하회 환영회 송년회 신년회 기자회 강연회 대토론회 결의대회 궐기대회'.split(' '));
const MIDDLE_DOTS = new Set([0xb7, 0x119e, 0x318d, 0x2027]);

/**
 * 4·19 민주혁명회, 5·18 부상자회, 4·19 혁명 희생자 유족회: a body named after a dated event (month·day) in up to three
 * words, the last ending in a strong head of two syllables or more (유족회, 부상자회, 협의회 …) or in …회 (not an event:
 * 대회, 토론회); the event is part of the name, and the head may stand alone after it.
 */
export function eventBodies({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    const x = text.charCodeAt(t.start);
    if (x < 48 || x > 57 || t.text.length > 2 || !MIDDLE_DOTS.has(text.charCodeAt(t.end))) continue;
    const d = tokens[i + 1];
    if (d.start !== t.end + 1) continue;
    // 4·16재단, 5·18기념재단: the body written against the day.
    const fused = /^(\d{1,2})(\p{Script=Hangul}{2,})/u.exec(d.text);
    if (fused) {
      const body = stripParticle(fused[2]);
      const head = STRONG_ORG_SET.has(body) ? body : endingIn(body, STRONG_ORG_SET, STRONG_ORG_MAX);
      if (head && head.length >= 2 && !WEAK_ORG.has(head) && !EVENTS_IN_HOE.has(body)) out.push(cand(t.start, d.start + fused[1].length + body.length, 'organization', 3, 'org-suffix'));
      continue;
    }
    if (d.text.length > 2 || !/^\d+$/.test(d.text)) continue;
    let prev = d;
    for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
      const w = tokens[k];
      if (w.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32 || !isSyllableWord(w.text)) break;
      const st = tokStems(w);
      const hit = st.find((s) => {
        const head = endingIn(s, STRONG_ORG_SET, STRONG_ORG_MAX);
        if (head && head.length >= 2 && !WEAK_ORG.has(head)) return true;
        return s.length >= 3 && s.charCodeAt(s.length - 1) === 0xd68c /* 회 */ && !EVENTS_IN_HOE.has(s.slice(-2)) && !EVENTS_IN_HOE.has(s.slice(-3)) && !EVENTS_IN_HOE.has(s.slice(-4));
      });
      if (hit) { out.push(cand(t.start, w.start + hit.length, 'organization', 3, 'org-suffix')); break; }
      if (st.length > 1) break; // a word that may carry a particle ends the name
      prev = w;
    }
  }
  return out;
}

const ADMIN_UNITS = codeSetOf('시도군구');
/** Numerals (and 수 'several', 몇 'some') that open an amount: 수백억, 10만, 몇천. */
const NUMERAL = /[\d십백천만억조수몇]/;
/**
 * A range of amounts in …대 (수백억원대 'in the tens of billions of won', 10억대, 수천만원대, 100달러대), not a university:
 * 억/만 right before 대, or a currency (원, 달러, 엔) or 천/백/십 after a numeral — 강원대, 가천대, 인천대 are universities.
 */
function amountRange(s: string): boolean {
  const u = s[s.length - 2];
  if (u === '억' || u === '만') return true;
  const before = s.length >= 4 ? s[s.length - 3] : '';
  if ((u === '원' || u === '엔' || u === '천' || u === '백' || u === '십') && NUMERAL.test(before)) return true;
  return s.endsWith('달러대') && NUMERAL.test(s[s.length - 4] ?? '');
}
/** 비대위, 인수위, 언론중재위, 국회 정보위: a committee (…위원회) cut short to …위. */
export function shortCommittee(s: string): boolean {
  return s.length >= 3 && s.length <= 8 && s.charCodeAt(s.length - 1) === 0xc704 && !NOT_COMMITTEE.has(s.slice(-2)) && !NOT_ORG.has(s) && isSyllableWord(s);
}
/** Common nouns in …위 that end words which are no committee (최상위, 소득순위, 불법행위, 불볕더위, 흔들바위, 경계수위). */
const NOT_COMMITTEE = new WordSet('더위 바위 상위 하위 순위 행위 범위 단위 부위 지위 수위 주위 방위 우위 학위 품위 직위 본위 자위 권위 시위 경위 전위 고위 등위 왕위 체위 작위 안위 진위 선위 열위 위위 사위 중위 준위 정위 측위 각위 탈위 배위 법위'.split(' '));

/**
 * A body named before a head that is also a common noun (공사 'construction', 병원 'hospital', 연구원 'researcher'):
 * a long name (세브란스병원, 한국철도공사) or one that opens with a national or listed place name (서울아산병원).
 */
function namedBody(s: string): boolean {
  if (s.length >= 6) return true;
  // 을지대병원, 건양대병원: a university hospital, named by the university's short name.
  if (s.length >= 5 && s.endsWith('대병원')) return true;
  for (const p of NATIONAL) if (s.startsWith(p) && s.length >= p.length + 3) return true;
  for (let l = 2; l <= 3 && l < s.length - 2; l++) { const e = LEX_INDEX.get(s.slice(0, l)); if (e && e.type === 'place') return true; }
  return false;
}
const NATIONAL = ['한국', '대한', '국립', '국제', '국가', '중앙'];

/** Words naming a kind of news outlet, written before its name (영국 일간지 데일리메일, 인터넷 매체 동포투데이). */
const MEDIA_KINDS = new Set('일간지 매체 주간지 월간지 경제지 타블로이드 유력지 일간신문 방송사 관영매체 관영언론 언론사 인터넷매체 전문지 잡지 일간'.split(' '));
/**
 * First characters of the words orgFlagsOf recognizes: every test keeps the word's first character (the patterns
 * start with a digit, 보 or 전). A word starting otherwise has no flag (most words: one bit test instead of the set
 * look-ups and regular expressions of orgFlagsOf, made for every new word).
 */
const FLAG_FIRSTS = codeSetOf(
  [...MATCH_WORDS, ...APPOSED_KINDS, ...BODY_KINDS, ...MEDIA_KINDS, ...LEGAL_FORMS, ...SCHOOL_PEOPLE_WORDS, ...UNIVERSITY_WORDS].map((x) => x[0]).join('') + '0123456789보전',
);
const MEDIA_TAILS = new Set(['은', '는', '이', '가', '의', '도', '에', '과', '와', '과의', '와의', '에서', '에서는', '를', '을', '']);

/* News outlets are named by their context (orgSuffixes): after a kind of outlet (일간지 데일리메일의) or as the subject
 * of 보도 (차이나데일리가 보도했다). */
/** The outlet named by word `t` (without its particle), when it can be a name. */
function mediaName(t: Tok, out: Candidate[]): void {
  const st = tokStems(t);
  // 등에, 현지의: a word that is not a name once its particle is off (the full word is tried below as a name).
  if (NOT_MEDIA.has(st[st.length - 1])) return;
  let stem = '';
  for (let k = st.length - 1; k >= 0; k--) if (st[k].length >= 2 && MEDIA_TAILS.has(t.text.slice(st[k].length))) { stem = st[k]; break; }
  if (stem.length < 2 || stem.length > 12 || !/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(stem)) return;
  if (NOT_ORG.has(stem) || GENERIC_ORG.has(stem) || MEDIA_KINDS.has(stem) || NOT_MEDIA.has(stem) || /[다라고들면서]$/u.test(stem)) return;
  const e = LEX_INDEX.get(stem);
  if (e && e.type !== 'organization') return;
  out.push(cand(t.start, t.start + stem.length, 'organization', 2, 'media'));
}
/**
 * The company named by word `t` (without its particle) after the kind of company it is, when it looks foreign (Latin
 * letters or a transliterated syllable: 사이더스HQ, 쟈니즈): a common noun there is Sino-Korean (소속사 관계자, 업체 직원).
 */
/** Syllables of loanwords more than of native words, beside FOREIGN_SYL (하이웨이뮤직, 퓨처랩): for a name after its kind. */
const LOAN_SYL = codeSetOf('웨뮤퓨튜듀쥬');
function apposedName(t: Tok, out: Candidate[]): void {
  const st = tokStems(t);
  let stem = '';
  for (let k = st.length - 1; k >= 0; k--) if (st[k].length >= 2 && MEDIA_TAILS.has(t.text.slice(st[k].length))) { stem = st[k]; break; }
  // 큐브측의: the company's side, written fused.
  if (stem.length >= 3 && stem.charCodeAt(stem.length - 1) === 0xce21 /* 측 */) stem = stem.slice(0, -1);
  if (stem.length < 2 || stem.length > 12 || !/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(stem)) return;
  let foreign = false;
  for (let k = 0; k < stem.length && !foreign; k++) { const x = stem.charCodeAt(k); foreign = x < 128 ? /[A-Za-z]/.test(stem[k]) : FOREIGN_SYL.has(x) || LOAN_SYL.has(x); }
  if (!foreign || NOT_ORG.has(stem) || GENERIC_ORG.has(stem) || NOT_PERSON.has(stem) || NOT_MEDIA.has(stem) || matchTitleAt(stem, 0)?.end === stem.length) return;
  const e = LEX_INDEX.get(stem);
  if (e && e.type !== 'organization') return;
  out.push(cand(t.start, t.start + stem.length, 'organization', 2, 'apposed'));
}

/** Words that may stand before the topic of a report (a date, a connective): 25일 일요서울은, 이에 지난 9일 더팩트는. */
const BEFORE_TOPIC = new Set('이날 지난 최근 한편 또 또한 이에 앞서 특히 그런데 이어 당시 현지시간 현지시각'.split(' '));

/**
 * The outlet that is the topic (은/는, 이/가) opening the sentence in which 보도했다 (token `v`) ends: the first word
 * after at most three date words and connectives (미디어오늘은 … 보도했다, 25일 일요서울은 … 보도했다).
 */
function reportingTopic(text: string, tokens: Tok[], sentences: { start: number; end: number }[], v: Tok, out: Candidate[]): void {
  const e = v.end;
  if (e < text.length && text.charCodeAt(e) !== 46 && text.charCodeAt(e) !== 32 && text.charCodeAt(e) !== 10) return;
  const sent = sentences[lowerBound(sentences, v.start + 1) - 1];
  if (!sent) return;
  let k = tokenIndexFrom(tokens, sent.start);
  for (let hops = 0; hops < 3 && k < tokens.length && (BEFORE_TOPIC.has(tokens[k].text) || /^\d{1,2}일$/.test(tokens[k].text)); hops++) k++;
  const t = tokens[k];
  if (!t || t === v || !SUBJECT_END.has(t.text.charCodeAt(t.text.length - 1)) || t.text.endsWith('의')) return;
  const stem = tokStems(t).find((x) => x.length === t.text.length - 1);
  if (!stem || koreanNameShape(stem) || NOT_PERSON.has(stem) || matchTitleAt(stem, 0)?.end === stem.length) return;
  mediaName(t, out);
}

/**
 * The team named by word `p` (…와의/과의) right before a match word `t` (라쿠텐과의 경기), when it can be a name: not
 * a common noun, a title or a listed name of another type.
 */
function opponent(text: string, p: Tok, t: Tok, out: Candidate[]): void {
  if (p.end + 1 !== t.start || text.charCodeAt(p.end) !== 32) return;
  const w = p.text;
  if (!w.endsWith('와의') && !w.endsWith('과의')) return;
  const stem = w.slice(0, -2);
  if (!teamNameStem(stem)) return;
  out.push(cand(p.start, p.start + stem.length, 'organization', 2, 'org-suffix'));
}

/** Verbs of a result after a score (꺾었다, 이겼다, 제압했다, 잡고, 패했다, 졌다 …). */
const RESULT_VERB = /^(꺾|이기|이겼|이긴|제압|눌렀|누르|잡|격파|완파|물리|따돌|패하|패했|패배|졌|지고|앞서|뒤지|끌려)/u;
/** Words of a team game in the sentence (a season, a league, innings, runs batted in, goals, points). */
const TEAM_GAME = /시즌|리그|타점|홈런|\d회[초말]|이닝|골문|승점|구단|정규리그/u;

/**
 * 오릭스는 니혼햄을 12-3으로 꺾었다, 신시내티는 … 1-3으로 패했다: in a sentence about a team game, the object right
 * before a score followed by a verb of result, and the subject (은/는/이/가) of that clause, are teams.
 */
function scoreSides(text: string, tokens: Tok[], sentences: { start: number; end: number }[], i: number, out: Candidate[]): void {
  const v = tokens[i + 1];
  if (!v || v.start !== tokens[i].end + 1 || !RESULT_VERB.test(v.text)) return;
  const sent = sentences[lowerBound(sentences, tokens[i].start + 1) - 1];
  if (!sent || !TEAM_GAME.test(text.slice(sent.start, sent.end))) return;
  let k = i - 1;
  const obj = tokens[k];
  if (obj && obj.end + 1 === tokens[i].start && /[을를]$/u.test(obj.text)) { side(obj, out); k--; }
  // The subject: the nearest word in 은/는/이/가 before, in the same clause (no comma between).
  for (; k >= 0 && tokens[k].start >= sent.start; k--) {
    if (text.slice(tokens[k].end, tokens[k + 1].start).includes(',')) return;
    if (/[은는이가]$/u.test(tokens[k].text)) { side(tokens[k], out); return; }
  }
}

/**
 * A word (without its particle) that can name a team: not a common noun, a generic body, a title, a listed name of
 * another type, nor a Korean name (a surname, then usual given-name syllables: 김민수와의 경기 is a player's).
 */
function teamNameStem(stem: string): boolean {
  if (stem.length < 2 || stem.length > 10 || !/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(stem)) return false;
  if (NOT_ORG.has(stem) || NOT_PERSON.has(stem) || GENERIC_ORG.has(stem) || matchTitleAt(stem, 0)?.end === stem.length) return false;
  if (stem.length <= 3 && SURNAMES.get(stem[0]) && allGivenFrom(stem, 1)) return false;
  const e = LEX_INDEX.get(stem);
  return !e || e.type === 'organization';
}

/** A side of a game named by word `t` without its one-syllable particle, when it can be a team name. */
function side(t: Tok, out: Candidate[]): void {
  const stem = t.text.slice(0, -1);
  if (!teamNameStem(stem)) return;
  out.push(cand(t.start, t.start + stem.length, 'organization', 1, 'team'));
}

/** The quoted name of a body (a single word, Hangul or Latin, not a common word). */
function quotedName(t: Tok, out: Candidate[]): void {
  const w = t.text;
  if (w.length < 2 || w.length > 12 || !/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(w)) return;
  if (NOT_ORG.has(w) || GENERIC_ORG.has(w) || NOT_MEDIA.has(w) || NOT_PERSON.has(w) || matchTitleAt(w, 0)?.end === w.length) return;
  const e = LEX_INDEX.get(w);
  if (e && e.type !== 'organization') return;
  out.push(cand(t.start, t.end, 'organization', 2, 'quoted-body'));
}

/**
 * The quoted name of a body in two to four words (시민단체 '음주운전 없는 세상'), from token `k`: Hangul, Latin or
 * digits only, at most 20 characters, closed on the same line.
 */
function quotedWords(text: string, tokens: Tok[], k: number, out: Candidate[]): void {
  const first = tokens[k];
  for (let j = k + 1; j < tokens.length && j < k + 4; j++) {
    const t = tokens[j];
    if (t.start !== tokens[j - 1].end + 1 || text.charCodeAt(tokens[j - 1].end) !== 32 || t.end - first.start > 20) return;
    if (!/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(t.text)) return;
    if (CLOSE_QUOTES.has(text.charCodeAt(t.end))) {
      if (/^[\p{Script=Hangul}A-Za-z0-9]+$/u.test(first.text)) out.push(cand(first.start, t.end, 'organization', 2, 'quoted-body'));
      return;
    }
  }
}

/** Words that stand where an outlet's name would (언론이 보도했다, 현지 매체 보도). */
/** Law names ending in …지법 (복지법 'welfare act', 방지법, 금지법, 유지법), not district courts. */
const LAWS_LIKE_COURTS = new Set(['복지법', '방지법', '금지법', '유지법']);
const NOT_MEDIA = new WordSet('등 측 현지 국내 해외 외국 주요 일부 다수 여러 관영 국영 현지언론 언론 외신 매체 당시 이 그 최근 한 복수 미국 중국 일본 영국'.split(' '));

/** Diplomatic missions, whose name opens with 주 'stationed in' (주미 일본대사관, 주 오사카 한국총영사관). */
const MISSION_HEADS = ['대사관', '영사관', '총영사관', '대표부'];

/** A diplomatic mission takes the 주 word written before it (주미 일본대사관): the host is part of its name (KLUE OG). */
export function missionPrefix(text: string, tokens: Tok[], kept: Candidate[]): void {
  for (const c of kept) {
    if (c.type !== 'organization' || c.start < 2 || text.charCodeAt(c.start - 1) !== 32) continue;
    const name = text.slice(c.start, c.end);
    if (!MISSION_HEADS.some((h) => name.endsWith(h))) continue;
    const p = tokens[tokenIndexFrom(tokens, c.start) - 1];
    if (!p || p.end + 1 !== c.start || !STATIONED_IN.has(p.text)) continue;
    c.start = p.start;
    c.lex = undefined;
  }
}
