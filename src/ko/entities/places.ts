/** Stage: places named by an administrative or geographic head (…구, …동, …시, …군, …역, …공항, …산, …광장). */
import { WordSet } from '../word-sets';
import { matchTitleAt } from '../titles';
import { finalOf, isSyllableWord, openSyllables, vowelOf, CodeSet, codeSetOf } from '../chars';
import { COUNTRIES, PARTICLES, PROVINCES, WEATHER_DIRECTIONS, CHAIN_AREA_WORDS, CHAIN_HEADS, CHAIN_HEAD_MAX, Candidate, cand, FOREIGN_SYL, GENERIC_ORG, LEX_INDEX, tokenIndexFrom, NOT_ORG, NOT_PERSON, SPORT_WORDS, REGIONS, PLACE_HEAD_MAX, PLACE_HEAD_SET, StageInput, endingIn, isHangul, stripParticle, tokStems, tokStrip, Tok, wordInfo } from './common';

const NOT_PLACE = new WordSet(
  ('활동 행동 운동 이동 공동 자동 변동 작동 가동 충동 감동 노동 연동 정도 제도 태도 속도 의도 각도 용도 주도 시도 지도 강도 ' +
    '빈도 한도 온도 밀도 농도 고도 진도 정시 동시 당시 수시 임시 즉시 역시 무시 감시 게시 제시 표시 지시 전시 개시 ' +
    '연구 요구 추구 도구 입구 출구 가구 인구 지구 친구 부군 아군 적군 국군 대군 장군 전면 측면 이면 표면 국면 방면 화면 장면 반면 ' +
    '무역 지역 영역 구역 전역 수역 해역 역역 교역 방역 번역 징역 병역 배역 노역 부역 하역 통역 예비역 퇴역 부산 생산 자산 재산 예산 출산 확산 계산 청산 광산 조산 ' +
    '강강 보강 증강 하강 건강 입항 반항 대항 저항 항항 모로 경로 진로 통로 대로 활로 해로 선로 항로 기로 과로 ' +
    '아리 관리 처리 정리 원리 논리 승리 의리 윤리 수리 거리 무리 요리 유리 진리 심리 권리 편리 분리 합리 이리 ' +
    '비리 섭리 총리 교리 경리 대리 조리 자리 소리 머리 다리 마리 우리 보리 고리 개리 유도 이해 피해 손해 방해 ' +
    '견해 재해 훼손 신호 보호 번호 선호 호호 기호 구호 간호 애호 길길 시장 다만 만만 불만 비만 이만 미만 ' +
    '교교 학교 비교 종교 외교 선교 설교 다리 공항 섬섬 안방극장 소극장 야구 축구 농구 배구 탁구 당구 기구 문구 완구 ' +
    '사항 조항 결항 운항 취항 출항 귀항 기항 회항 요항 이항 단항 본항 각항 동항 전항 후항 ' +
    '평상시 비상시 발생시 유사시 필요시 위급시 고시 찌라시 반드시 지역구 선거구 자치구 직구 증후군 후보군 아동 회동 화산 동산 ' +
    '지하철역 전철역 기차역 인근역 환승역 종착역 간이역 상대역 주연역 조연역 주인공역 심사역 자문역 고문역 상담역 조정역').split(' '),
);


/** Subject particles and following words that make a city, county or district the local government acting. */
const ACTOR_PARTICLES = new Set(['은', '는', '이', '가', '도']);
const ACTOR_NEXT = new Set(['관계자', '관계자는', '관계자가', '관계자에', '측은', '측이', '측', '공무원', '공무원들']);

export function placeHeads({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const len = placeLen(t);
    if (!len) {
      const w = fusedWeatherArea(t);
      if (w) out.push(cand(t.start, t.start + w, 'place', 0, 'place-head'));
      continue;
    }
    // 인천시는 밝혔다, 고령군 관계자는: the local government (organization), else the place.
    const c = text.charCodeAt(t.start + len - 1);
    const admin = c === 0xc2dc || c === 0xad70 || c === 0xad6c; // 시 군 구
    const next = tokens[i + 1];
    const actor = admin && (ACTOR_PARTICLES.has(t.text.slice(len)) || (len === t.text.length && next && next.start === t.end + 1 && ACTOR_NEXT.has(next.text)));
    if (actor) out.push(cand(t.start, t.start + len, 'organization', 1, 'local-gov'));
    else out.push(cand(t.start, t.start + len, 'place', 0, 'place-head'));
  }
  return out;
}

/** First syllables of the provinces (most words fail this one test). */
const PROVINCE_FIRST = new CodeSet([...PROVINCES].map((p) => p.charCodeAt(0)));
/** Areas of weather reports written fused to their province (경북북부내륙, 전남동부내륙, 강원산간). */
const FUSED_AREAS = ['내륙', '산간', '해안'];
/** Length of such a fused area (province, an optional direction, the area), 0 when none. */
function fusedWeatherArea(t: Tok): number {
  const n = t.text.length;
  if (n < 4 || n > 10 || !PROVINCE_FIRST.has(t.text.charCodeAt(0))) return 0;
  const w = tokStrip(t);
  if (w.length < 4 || w.length > 8) return 0;
  const area = FUSED_AREAS.find((a) => w.endsWith(a));
  if (!area) return 0;
  const rest = w.slice(0, -area.length);
  for (let k = 2; k <= Math.min(4, rest.length); k++) {
    if (!PROVINCES.has(rest.slice(0, k))) continue;
    const dir = rest.slice(k);
    if (dir === '' || WEATHER_DIRECTIONS.has(dir)) return w.length;
  }
  return 0;
}

/** Length of the place named by its head that starts the token, 0 when none (computed once per word). */
export function placeLen(t: Tok): number {
  const inf = wordInfo(t);
  return inf.place !== undefined ? inf.place : (inf.place = placeOfWord(t));
}

/** Length of the place name that starts the word, 0 when none. */
function placeOfWord(t: Tok): number {
  for (const s of tokStems(t)) {
    if (s.length < 2) break;
    if (LEX_INDEX.has(s)) break;
    // (The head first: most words end in none, and the test of every character is then not made.)
    const head = endingIn(s, PLACE_HEAD_SET, PLACE_HEAD_MAX);
    if (!head || !/^\p{Script=Hangul}+$/u.test(s)) continue;
    const min = head.length === 1 ? 3 : head.length + 2;
    // 상왕십리역, 건대입구역, 수마트라섬: station and island names run longer than other one-syllable heads.
    if (s.length < min || s.length > (head.length > 1 ? 10 : head === '역' || head === '섬' ? 6 : 4)) continue;
    // 건대입구역, 홍대입구역: a station named after the entrance (…입구) is not a 구역 'zone'.
    const entrance = head === '역' && s.length >= 4 && s.endsWith('입구역');
    // 여수시, 포항시: a listed city with its unit is a place whatever its last syllables spell (수시, 항시).
    const listedUnit = head.length === 1 && ADMIN_ENDS.has(head.charCodeAt(0)) && LEX_INDEX.get(s.slice(0, -1))?.type === 'place';
    if (!listedUnit && (NOT_PLACE.has(s) || (head.length === 1 && !entrance && (NOT_PLACE.has(s.slice(-2)) || NOT_ORG.has(s.slice(-2)))))) continue;
    if (!isHangul(s[0])) continue;
    // 도와주시는, 안아주시는: a verb with the auxiliary 주시 'kindly do' (a connective 아/어 form before it), not a city.
    if (head === '시' && s.length === 4 && s.charCodeAt(2) === 0xc8fc /* 주 */ && connectiveAE(s.charCodeAt(1))) continue;
    // 일본산, 중국산: made in a listed country, not a mountain.
    if (head === '산' && LEX_INDEX.get(s.slice(0, -1))?.type === 'place') continue;
    // 일본군, 이스라엘군: a country's army (an organization), not a county.
    if (head === '군' && COUNTRIES.has(s.slice(0, -1))) return 0;
    return s.length;
  }
  return 0;
}

/** An open syllable in ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ: the connective form of a verb (도와, 안아, 알려, 해) before an auxiliary. */
function connectiveAE(x: number): boolean {
  if (finalOf(x) !== 0) return false;
  const v = vowelOf(x);
  return v === 0 || v === 1 || v === 4 || v === 6 || v === 9 || v === 14;
}

/** City districts named by a direction alone (울산 남구, 서울 중구). */
const DISTRICTS = new Set(['동구', '서구', '남구', '북구', '중구']);
const SUB_HEADS = /[성주현시구군도섬강산]$/u;
/** Common loanwords in …스 …즈 …츠 that end no team name (런던 시내버스, 뉴욕 비즈니스, 파리 패션쇼츠). */
const LOAN_ENDS = /(?:버스|뉴스|서비스|비즈니스|오피스|박스|코스|레이스|댄스|스포츠|시리즈|퀴즈|사이즈|택스|센스|찬스|베이스|케이스|스페이스|하우스|팬츠|부츠|셔츠)$/u;
/** Place-taking particles after a place name. */
const PLACE_TAIL = new Set(['', '에', '에서', '의', '을', '를', '와', '과', '로', '으로', '은', '는', '이', '가', '까지', '부터', '에서는', '에는', '에도']);

/**
 * A place named more precisely after a listed place (네덜란드 암스테르담, 중국 산시성, 강원도 원산): a transliterated word,
 * or after a country or province a word with a place head. Merged with the place before it by the chain rule.
 */
export function placesAfterPlace({ text, tokens }: StageInput, listed: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // Only after the listed places the lexicon stage found.
  for (const c of listed) {
    if (c.type !== 'place' || !c.lex) continue;
    const i = tokenIndexFrom(tokens, c.start);
    if (i + 1 >= tokens.length) continue;
    const t = tokens[i];
    if (t.start !== c.start || t.end !== c.end) continue;
    const n = tokens[i + 1];
    if (n.start !== t.end + 1 || text.charCodeAt(t.end) !== 32) continue;
    const st = tokStems(n);
    let stem = '';
    for (let k = st.length - 1; k >= 0; k--) if (st[k].length >= 2 && PLACE_TAIL.has(n.text.slice(st[k].length))) { stem = st[k]; break; }
    if (stem.length < 2 || stem.length > 7 || !/^\p{Script=Hangul}+$/u.test(stem)) continue;
    if (LEX_INDEX.has(stem) || NOT_ORG.has(stem) || NOT_PERSON.has(stem) || SPORT_WORDS.has(stem) || NOT_PLACE.has(stem) || GENERIC_ORG.has(stem)) continue;
    if (titleEnds(stem)) continue;
    // 피츠버그 파이어리츠, 휴스턴 애스트로스: a team named after its city (…스 …즈 …츠), not a place in it; the chain
    // rule joins the city to it.
    // A state or prefecture abroad is a region too (조지아주 애틀랜타, 시즈오카현 하마마쓰), but a team may follow it
    // (콜로라도 로키스): only a country or a Korean province rules a team out.
    const region = REGIONS.has(t.text) || REGIONS.has(c.lex.name) || / (?:Province|Prefecture)$/.test(c.lex.canonical);
    const fin = stem.charCodeAt(stem.length - 1);
    if (!COUNTRIES.has(t.text) && !PROVINCES.has(t.text) && stem.length >= 3 && transliterated(stem, true) && (fin === 0xc2a4 || fin === 0xc988 || fin === 0xce20) && !LOAN_ENDS.test(stem)) {
      out.push(cand(n.start, n.start + stem.length, 'organization', 0, 'team'));
      continue;
    }
    const last2 = stem.slice(-2);
    // 여자배구, 식당에서도: a common noun ending like a unit, or a particle 도, is not a place. After a city only a
    // district (울산 남구); a transliterated word there is as often an event or a brand (뉴욕 패션위크).
    const sub = (region && stem.length >= 3 && SUB_HEADS.test(stem) && !NOT_PLACE.has(last2) && !NOT_ORG.has(last2) &&
      !(stem.endsWith('도') && stripParticle(stem) !== stem)) || DISTRICTS.has(stem);
    if (!sub && !(stem.length >= 3 && region && transliterated(stem, true))) continue;
    out.push(cand(n.start, n.start + stem.length, 'place', 0, 'place-next'));
  }
  return out;
}

/**
 * A transliterated word: a syllable with the bare vowel ㅡ (스, 르, 트), or mostly open syllables — unless `strict`:
 * open syllables are as common in Sino-Korean words (여자배구, 민주화) as in foreign names.
 */
function transliterated(w: string, strict = false): boolean {
  for (let k = 0; k < w.length; k++) if (FOREIGN_SYL.has(w.charCodeAt(k))) return true;
  return !strict && openSyllables(w) / w.length > 0.6;
}

/** A title ends the word (부시장, 교육감): a person's role, not a place. */
function titleEnds(stem: string): boolean {
  const n = stem.length;
  for (let k = 0; k < n - 1; k++) { const m = matchTitleAt(stem, k); if (m && m.end === n && (k === 0 || m.title.length >= 2)) return true; }
  return false;
}

/** Particles after a city or county named after its province (경기도 양평에서, 경북 울릉이나): places, not objects. */
const PROVINCE_PART_TAIL = new Set(['', '에', '에서', '의', '에는', '에서는', '에도', '이나', '나', '과', '와', '까지', '로', '으로']);
/** Sites written as a bare head after a place: 샌프란시스코 공항. */
const BARE_SITES = new Set('공항 국제공항 터미널 광장 해수욕장 경기장 야구장 월드컵경기장 체육관 스타디움 대교 항구 대륙'.split(' '));
/** Last syllables of Korean administrative units (시 군 구 동 읍 면 리) that name a place after a place (서울 서초구). */
export const ADMIN_ENDS = codeSetOf('시군구동읍면리');

/**
 * Length of the place named by a word written right after a place (the next part of an address or a site there):
 * an administrative unit (용인시 수지구, 창원시 마산합포구 동성동), a district (대구시 중구), a state or province
 * abroad in transliteration (도네츠크주), a facility or site (대전 국립현충원, 인천 문학경기장), or after a Korean
 * province a bare two-syllable city or county (경기도 양평). 0 when none. `province`: the place before is a province;
 * `county`: a county (…군) may follow (the place before ends in 도 or is a province); `inUnit`: the place before ends
 * in an administrative unit (…시 …군 …구 …읍 …면), so a unit ending like a common word is a place (양남면 신대리).
 */
export function placeChainPart(t: Tok, province: boolean, county: boolean, inUnit: boolean): number {
  const st = tokStems(t);
  let stem = '';
  for (let k = st.length - 1; k >= 0; k--) if (st[k].length >= 2 && PLACE_TAIL.has(t.text.slice(st[k].length))) { stem = st[k]; break; }
  const n = stem.length;
  if (n < 2 || n > 10) return 0;
  if (!isSyllableWord(stem)) return 0;
  // 샌프란시스코 공항, 인천 터미널: the site of the place, named by its head alone.
  if (BARE_SITES.has(stem)) return n;
  if (NOT_PLACE.has(stem) || NOT_ORG.has(stem) || NOT_PERSON.has(stem) || SPORT_WORDS.has(stem) || GENERIC_ORG.has(stem) || CHAIN_AREA_WORDS.has(stem) || LEX_INDEX.has(stem)) return 0;
  // 서울 부시장, 경기도 교육감: a title is not a place.
  if (titleEnds(stem)) return 0;
  if (DISTRICTS.has(stem)) return n;
  const last2 = stem.slice(-2);
  const last = stem.charCodeAt(n - 1);
  const listedUnit = LEX_INDEX.get(stem.slice(0, -1))?.type === 'place';
  if (n >= 3 && ADMIN_ENDS.has(last) && (last !== 0xad70 || county || listedUnit) && (inUnit || listedUnit || (!NOT_PLACE.has(last2) && !NOT_ORG.has(last2)))) return n;
  // 조도면 병풍도, 옹진군 백령도: an island (…도) in the unit before it.
  if (inUnit && n >= 3 && last === 0xb3c4 && !NOT_PLACE.has(last2) && !NOT_ORG.has(last2)) return n;
  // 도네츠크주, 펜실베이니아주: a state abroad.
  if (n >= 4 && last === 0xc8fc && transliterated(stem.slice(0, -1))) return n;
  const head = endingIn(stem, CHAIN_HEADS, CHAIN_HEAD_MAX);
  if (head && n > head.length && (head.length > 1 || (n >= 3 && !NOT_PLACE.has(last2) && !NOT_ORG.has(last2)))) return n;
  if (province && n === 2 && PROVINCE_PART_TAIL.has(t.text.slice(2))) return n;
  return 0;
}

/** Site heads that are also common words or name no single site when bare after a name (시장 'mayor', 센터, 역사 'history'). */
const NOT_BARE_SITE = new WordSet('시장 센터 역사 해상 지구 국도 대로 마을 신도시 산업단지 원전 기지 캠퍼스 고속도로'.split(' '));

/** First syllables of the site heads. */
const SITE_FIRST = new CodeSet([...CHAIN_HEADS].map((h) => h.charCodeAt(0)));
/** Length of the site head that fills word `n` alone (광장, 호텔에서), 0 when none. */
export function bareSiteHead(n: Tok): number {
  const head = tokStrip(n);
  return head.length >= 2 && CHAIN_HEADS.has(head) && !NOT_BARE_SITE.has(head) && PLACE_TAIL.has(n.text.slice(head.length)) ? head.length : 0;
}

/** Case particles of one syllable that end a word in a phrase rather than a name (도 and 이 end names: 양각도). */
const CASE_FINAL = codeSetOf('에의을를은는와과가서로');
/** A bare name-like word (no case particle, Hangul, two to six syllables, not a common word): the name of a site. */
export function siteNameWord(t: Tok): boolean {
  const w = t.text;
  if (w.length < 2 || w.length > 6 || CASE_FINAL.has(w.charCodeAt(w.length - 1)) || NOT_NAME_FINAL.has(w.charCodeAt(w.length - 1))) return false;
  if (!isSyllableWord(w)) return false;
  return !LEX_INDEX.has(w) && !NOT_ORG.has(w) && !NOT_PERSON.has(w) && !NOT_PLACE.has(w) && !CHAIN_AREA_WORDS.has(w) && !GENERIC_ORG.has(w);
}

/** Last syllables of verb forms (위치한), role nouns (전사자) and Korean units (수지구) that end no transliterated name. */
const NOT_NAME_FINAL = codeSetOf('한된는던은을자구시동읍면리');

/**
 * 타흐리르 광장, 라가디아 공항, 필립스 스타디움: a transliterated name of three syllables or more written before a
 * bare site head (a facility or site word alone) is the name of that site, a place.
 */
export function namedSites({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.end - t.start < 3 || t.end - t.start > 8 || text.charCodeAt(t.end) !== 32 || !SITE_FIRST.has(text.charCodeAt(t.end + 1))) continue;
    const w = t.text;
    const n = tokens[i + 1];
    if (n.start !== t.end + 1 || n.text.length < 2 || !SITE_FIRST.has(n.text.charCodeAt(0))) continue;
    const hl = bareSiteHead(n);
    if (!hl) continue;
    if (!isSyllableWord(w) || NOT_NAME_FINAL.has(w.charCodeAt(w.length - 1)) || !transliterated(w) || tokStems(t).length > 1 || LEX_INDEX.has(w) || NOT_ORG.has(w) || NOT_PERSON.has(w) || NOT_PLACE.has(w)) continue;
    out.push(cand(t.start, n.start + hl, 'place', 0, 'named-site'));
  }
  return out;
}

/** The building of a body (its government offices) and a hospital's emergency room, written after its name. */
const BODY_BUILDINGS = new Set(['청사', '응급실']);

/** 대구지검 청사 앞에는, 한빛병원 응급실로: a body followed by its building names that building, a place (KLUE LC). */
export function bodyBuildings(text: string, tokens: Tok[], kept: Candidate[]): void {
  for (let ci = 0; ci < kept.length; ci++) {
    const c = kept[ci];
    if (c.type !== 'organization' || text.charCodeAt(c.end) !== 32) continue;
    let n: Tok | undefined = tokens[tokenIndexFrom(tokens, c.end + 1)];
    if (!n || n.start !== c.end + 1) continue;
    // 전북대학교 병원 응급실로: the university's hospital written between.
    if (n.text === '병원') { const h: Tok = n; n = tokens[tokenIndexFrom(tokens, h.end + 1)]; if (!n || n.start !== h.end + 1 || text.charCodeAt(h.end) !== 32) continue; }
    const stem = tokStems(n).find((x) => BODY_BUILDINGS.has(x));
    if (!stem || (stem !== n.text && !PARTICLES.has(n.text.slice(stem.length))) || (kept[ci + 1] && kept[ci + 1].start < n.end)) continue;
    c.end = n.start + stem.length;
    c.type = 'place';
    c.lex = undefined;
    c.source = 'place-chain';
  }
}
