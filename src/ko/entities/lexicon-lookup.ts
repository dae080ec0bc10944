/** Stage: names listed in the curated lexicon (one to four words; the last may carry a particle). */
import { isSyllableCp, codeSetOf } from '../chars';
import { COUNTRIES, Candidate, cand, EVENT_HEADS, EVENT_MAX, endingIn, LEX_FIRST_WORDS, STRONG_ORG_MAX, STRONG_ORG_SET, LEX_INDEX, LEX_PREFIXES, LEX_SPACED, FOREIGN_SYL, LEAGUES, COMPETITION_WORDS, LexEntry, NOT_PERSON, PLACE_BEFORE_PLACE_ONLY, PLATFORMS, PLATFORM_USES, StageInput, Tok, spaced, computeStems, stripParticle, wordInfo, gated, GATE_HYPHEN, GATE_HYPHEN_KNOWN } from './common';
import { placeLen } from './places';
import { endsWithIn } from '../tokens';
import { matchTitleAt } from '../titles';

const GOV_WORDS = ['정부', '행정부', '정권', '내각'];
const GOV_FIRST = codeSetOf(GOV_WORDS.map((g) => g[0]).join(''));
/** Does a government word start at the third character of w or after? (false: w.lastIndexOf(g) < 2 for each) */
function mayHoldGovWord(w: string): boolean {
  for (let k = 2; k < w.length; k++) if (GOV_FIRST.has(w.charCodeAt(k))) return true;
  return false;
}
/** Nouns written fused after a place name (서울시민, 부산시내, 제주도민, 서울시장 후보): the place is named. */
const PLACE_TAILS = ['시민', '시민들', '도민', '도민들', '시내', '시장', '도지사', '시정', '지역', '지방', '현지', '교민', '출신', '시민단체',
  '주민', '주민들', '특파원', '특파원들', '행', '발', '공장', '계'];
/** Last characters of the tails: a word ending otherwise has none of them. */
const PLACE_TAIL_LAST = codeSetOf(PLACE_TAILS.map((x) => x[x.length - 1]).join(''));
/**
 * Nouns written fused after an organization's name (유네스코세계문화유산, 유엔회원국, 나토가입, 안보리결의): the listed
 * organization is named, the noun is not part of it.
 */
const ORG_TAILS = ['문화유산', '세계유산', '세계문화유산', '자연유산', '세계자연유산', '기록유산', '세계기록유산', '무형문화유산', '인류무형문화유산',
  '회원국', '회원국들', '가입', '탈퇴', '제재', '결의', '결의안', '협약', '헌장', '보고서'];
const ORG_TAIL_LAST = codeSetOf(ORG_TAILS.map((x) => x[x.length - 1]).join(''));
/** Heads of events named after the place they are held in (부산국제영화제, 런던올림픽, 보령머드축제): the place is named. */

export function lexiconLookup({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const inf = wordInfo(t);
    let one = inf.lex;
    if (one === undefined) one = inf.lex = singleWord(t);
    // A word that may begin a name written in several words (유엔 안보리, 워싱턴 포스트): try the longer readings.
    let opens = inf.opensLex;
    if (opens === undefined) opens = inf.opensLex = LEX_FIRST_WORDS.has(t.text) || LEX_PREFIXES.has(t.text);
    const multi = opens && i + 1 < tokens.length && spaced(text, t, tokens[i + 1]);
    let best: Candidate | null = one ? cand(t.start, t.start + one.len, one.entry.type, 5, 'lexicon', one.entry) : null;
    if (multi) {
      let joined = t.text;
      for (let k = i + 1; k < tokens.length && k < i + 4; k++) {
        if (!spaced(text, tokens[k - 1], tokens[k]) || !(LEX_PREFIXES.has(joined) || LEX_FIRST_WORDS.has(t.text))) break;
        const prefix = joined.length;
        joined += tokens[k].text;
        for (const s of computeStems(joined, prefix + 1)) {
          const e = LEX_INDEX.get(s);
          // 한국 경제 'the Korean economy' is not 한국경제 (a daily): a name listed as one word matches across a space
          // only when a word is foreign-looking (워싱턴 포스트, AFP 통신) or the second is a head (SK 텔레콤, 텍사스 주).
          if (!e || (!LEX_SPACED.has(s) && !foreignJoin(joined) && !headJoin(s.slice(prefix)))) continue;
          best = cand(t.start, tokens[k].start + (s.length - prefix), e.type, 5, 'lexicon', e);
          break;
        }
      }
    }
    if (best && best.source === 'lexicon' && PLACE_BEFORE_PLACE_ONLY.has(text.slice(best.start, best.end))) {
      const next = tokens[i + 1];
      const sep = next ? text.slice(t.end, next.start) : '';
      const before = best.end === t.end && (sep === '·' || sep === ',' || sep === ', ' ||
        (sep === ' ' && (LEX_INDEX.get(next.text)?.type === 'place' || placeLen(next) > 0 || (wordInfo(next).lex?.entry.type === 'place') ||
          localBody(next))));
      if (!before) best = null;
    }
    // 범죄인 인도 대상 (인도 'handing over', not India), 모든 수단을 동원 (수단 'means', not Sudan), 전주 대비 (전주 'the
    // week before', not Jeonju): a listed place that is also a common word, told by the words around it.
    if (best && best.type === 'place' && best.end - best.start === 2 && COMMON_WORD_FIRST.has(text.charCodeAt(best.start))) {
      const common = COMMON_WORD_PLACES.get(text.slice(best.start, best.end));
      if (common && common(text, tokens, i)) best = null;
    }
    // 중국인 관광객, 한국인 3명: a nationality, not the place.
    if (best && best.type === 'place' && best.end < t.end && text.charCodeAt(best.end) === 0xc778 /* 인 */ && COUNTRIES.has(text.slice(best.start, best.end))) best = null;
    // 페이스북에 올렸다, 트위터 계정: a platform written as the place of a post, or before what is posted, is the medium.
    if (best && best.type === 'organization' && best.lex && PLATFORMS.has(best.lex.name) && mediumUse(text, tokens, i, best.end)) best = null;
    // 49달러(한화 약 5만원), 한화로 약 1억원: 한화 before an amount is the Korean won, not the company.
    if (best && best.end === t.start + 2 && text.startsWith('한화', t.start) && (t.text === '한화' || t.text === '한화로') && WON_AMOUNT.test(text.slice(t.end, t.end + 4))) best = null;
    // 메이저리그 데뷔, 프리미어리그 리버풀 대 첼시, '2015 메이저리그': a league before a word of competition or a
    // name, or closing a quoted event name, is the competition (KLUE leaves it untagged), not the body.
    if (best && best.type === 'organization' && LEAGUES.has(text.slice(best.start, best.end)) && best.end === t.end && leagueAsCompetition(text, tokens, i)) best = null;
    // 갤럭시 S27, 아이폰 18 프로: a product line takes the model written after it.
    if (best && best.type === 'product' && best.end === t.end) best.end = modelEnd(text, tokens, i);
    if (best) out.push(best);
  }
  return out;
}

/** A model designation after a product line: S27, 18, Z, 폴드7, Pro, 프로, 울트라 … (one to three words). */
const MODEL_WORD = /^(?:[A-Z]{0,3}\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,2}|(?:폴드|플립|탭|워치|버즈|북|링)\d{0,2}|Pro|Max|Ultra|Plus|Mini|mini|Air|FE|SE|Lite|프로|맥스|울트라|플러스|미니|에어|라이트|엣지)$/u;

/** The end of the product line named by tokens[i] with the model words after it (each spaced, without a particle). */
function modelEnd(text: string, tokens: Tok[], i: number): number {
  let end = tokens[i].end;
  for (let k = i + 1; k < tokens.length && k <= i + 3 && spaced(text, tokens[k - 1], tokens[k]); k++) {
    const w = tokens[k].text;
    const stem = stripParticle(w);
    if (!MODEL_WORD.test(stem)) break;
    end = tokens[k].start + stem.length;
    if (stem !== w) break;
  }
  return end;
}

/** Words before 인도 'handing over' (범죄인 인도) and after it (인도 요청, 인도 대상); the roadway beside 인도 'sidewalk'. */
const HANDED = new Set(['범죄인', '신병', '시신', '유해', '신병을', '시신을', '유해를']);
const HANDING_NOUNS = new Set(['요청', '요구', '청구', '대상', '조약', '협정', '절차', '심사', '재판', '거부', '결정', '협상', '시한']);
const ROADWAYS = new Set(['차도', '도로', '차로', '차도를', '도로를', '차로를', '차도로', '도로로']);
/** The word `tokens[i]` (인도 and maybe a particle) is the handing over of someone or a sidewalk. */
function handingOver(text: string, tokens: Tok[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (p && spaced(text, p, t) && HANDED.has(p.text)) return true;
  const n = tokens[i + 1];
  if (!n || !spaced(text, t, n)) return false;
  const rest = t.text.slice(2);
  if ((rest === '' || rest === '를' || rest === '을') && wordInfo(n).stems.some((x) => HANDING_NOUNS.has(x))) return true;
  return (rest === '와' || rest === '과' || rest === '나') && ROADWAYS.has(n.text);
}

/** Listed places whose name is also a common word, with the test that the common word is meant there. */
const COMMON_WORD_PLACES = new Map<string, (text: string, tokens: Tok[], i: number) => boolean>([
  ['인도', (text, tokens, i) => handingOver(text, tokens, i)],
  ['수단', (text, tokens, i) => meansNotSudan(text, tokens, i)],
  ['전주', (text, tokens, i) => previousWeek(text, tokens, i)],
]);
/** Their first characters: most places are asked no more than this. */
const COMMON_WORD_FIRST = codeSetOf([...COMMON_WORD_PLACES.keys()].map((k) => k[0]).join(''));

/** 전주 대비, 전주보다, 전주와 비교해, 전주에 비해: the week before (a comparison), not the city. */
function previousWeek(text: string, tokens: Tok[], i: number): boolean {
  const t = tokens[i];
  if (/^전주(?:보다|대비|에 ?비해)$/u.test(t.text)) return true;
  const n = tokens[i + 1];
  return t.text === '전주' && !!n && spaced(text, t, n) && (n.text === '대비' || n.text.startsWith('대비'));
}

/** Nouns that 수단 'means' serves (결제 수단, 교통 수단) and words that follow it as 'means' (수단을 동원, 수단과 방법). */
const MEANS_BEFORE = new Set('투기 범죄 탈세 도피 모든 어떤 각종 온갖 여러 주요 유일한 최후의 마지막 결제 교통 이동 소통 통신 홍보 압박 투쟁 협상 생계 대체 보조 지불 운송 수송 정치적 외교적 군사적 경제적 법적 효과적인 새로운 다른 다양한'.split(' '));
const MEANS_AFTER = new Set('동원 동원해 동원할 동원하겠다 가리지 방법 방법을 삼아 삼고 활용 활용해 강구 강구해 마련 마련해 이용 이용해'.split(' '));
function meansNotSudan(text: string, tokens: Tok[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (p && spaced(text, p, t) && MEANS_BEFORE.has(p.text)) return true;
  const n = tokens[i + 1];
  return !!n && spaced(text, t, n) && /^수단(?:을|이|과|으로|으로서|이다|일)?$/.test(t.text) && MEANS_AFTER.has(n.text);
}

/** A word of the joined name looks transliterated or Latin (워싱턴 포스트, AFP 통신). */
function foreignJoin(joined: string): boolean {
  for (let k = 0; k < joined.length; k++) {
    const x = joined.charCodeAt(k);
    if (x < 128 || FOREIGN_SYL.has(x)) return true;
  }
  return false;
}
/** The second word of a spaced name is an organization head or a one-syllable place unit (텔레콤, 일보, 주, 성). */
function headJoin(w: string): boolean {
  return STRONG_ORG_SET.has(w) || (w.length === 1 && '주성시도군구현'.includes(w));
}

/** An amount after 한화 (약 5만, 394억, 환산): the currency is meant. */
const WON_AMOUNT = /^ (?:약|\d|환산)/u;
const CLOSE_QUOTE = codeSetOf('\'’"”');
/**
 * The league word `tokens[i]` (no particle) is followed by a closing quote, or by a word of competition or a name
 * (after its acronym in parentheses: 미국프로풋볼(NFL) 애리조나).
 */
export function leagueAsCompetition(text: string, tokens: Tok[], i: number): boolean {
  let end = tokens[i].end;
  if (CLOSE_QUOTE.has(text.charCodeAt(end))) return true;
  // The acronym in parentheses after the name, or the name after the acronym: go on after the parenthesis.
  if (text.charCodeAt(end) === 41) end++;
  else if (text.charCodeAt(end) === 40 && tokens[i + 1] && text.charCodeAt(tokens[i + 1].end) === 41) { i++; end = tokens[i].end + 1; }
  const n = tokens[i + 1];
  if (!n || n.start !== end + 1 || text.charCodeAt(end) !== 32) return false;
  const w = n.text;
  if (wordInfo(n).stems.some((x) => COMPETITION_WORDS.has(x))) return true;
  // A team or a listed name after the league (프리미어리그 리버풀): the league qualifies it.
  const e = LEX_INDEX.get(w);
  return !!e && (e.type === 'organization' || e.type === 'place');
}

/** Particles of the place where something is posted or the means it goes by (에, 에서, 으로 …). */
const MEDIUM_PARTICLES = new Set(['에', '에서', '에는', '에서는', '에도', '에서도', '에선', '으로', '로', '으로도', '로도', '상', '상에', '상에서']);

/** The platform name ending at `end` in token `i` is written as a medium: a medium particle, or a posted thing after it. */
function mediumUse(text: string, tokens: Tok[], i: number, end: number): boolean {
  const t = tokens[i];
  if (end < t.end) return MEDIUM_PARTICLES.has(text.slice(end, t.end));
  const n = tokens[i + 1];
  return !!n && spaced(text, t, n) && wordInfo(n).stems.some((x) => PLATFORM_USES.has(x));
}

/**
 * 대만-홍콩, 광운대역-제기역-종로3가역에서: the parts of a word joined by hyphens (a match-up, a route) are looked up
 * one by one, as listed names or places named by their head (the last part may carry the particle).
 */
/** A Hangul word with an inner hyphen (the entry test of hyphenParts). */
const hyphenated = (t: Tok): boolean => t.text.indexOf('-') >= 1 && isSyllableCp(t.text.charCodeAt(0));

export function hyphenParts({ tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    if (!gated(t, GATE_HYPHEN_KNOWN, GATE_HYPHEN, hyphenated)) continue;
    const w = t.text;
    let from = 0;
    for (let k = 0; k <= w.length; k++) {
      if (k < w.length && w.charCodeAt(k) !== 45) continue;
      if (k - from >= 2 && isSyllableCp(w.charCodeAt(from))) {
        const part: Tok = { start: t.start + from, end: t.start + k, text: w.slice(from, k) };
        const one = singleWord(part);
        const pl = one ? 0 : placeLen(part);
        if (one) out.push(cand(part.start, part.start + one.len, one.entry.type, 5, 'lexicon', one.entry));
        else if (pl) out.push(cand(part.start, part.start + pl, 'place', 0, 'place-head'));
      }
      from = k + 1;
    }
  }
  return out;
}

/** The lexicon name that fills one word (without its particle), else null. */
function singleWord(t: Tok): { len: number; entry: LexEntry } | null {
  const w = t.text;
  for (const s of wordInfo(t).stems) {
    const e = LEX_INDEX.get(s);
    // 고양이 'cat' is not 고양 (the city) with 이: a common noun is not a name read with a particle.
    if (e && s !== w && NOT_PERSON.has(w)) return null;
    if (e) return { len: s.length, entry: e };
  }
  // 박근혜정부, 트럼프행정부: a listed person before a fused government word (searched only in a word with the first
  // syllable of one from its third character on).
  if (mayHoldGovWord(w)) {
    for (const suf of GOV_WORDS) {
      const p = w.lastIndexOf(suf);
      if (p < 2) continue;
      const e = LEX_INDEX.get(w.slice(0, p));
      if (e && e.type === 'person') return { len: p, entry: e };
    }
  }
  for (const s of wordInfo(t).stems) {
    if (!endsWithIn(PLACE_TAIL_LAST, s)) continue;
    for (const tail of PLACE_TAILS) {
      if (s.length <= tail.length + 1 || !s.endsWith(tail)) continue;
      const e = LEX_INDEX.get(s.slice(0, s.length - tail.length));
      if (e && e.type === 'place') return { len: s.length - tail.length, entry: e };
    }
  }
  for (const s of wordInfo(t).stems) {
    if (!endsWithIn(ORG_TAIL_LAST, s)) continue;
    for (const tail of ORG_TAILS) {
      if (s.length < tail.length + 2 || !s.endsWith(tail)) continue;
      const e = LEX_INDEX.get(s.slice(0, s.length - tail.length));
      if (e && e.type === 'organization') return { len: s.length - tail.length, entry: e };
    }
  }
  // 부산국제영화제, 런던올림픽: a listed place opening the name of an event held there.
  for (const s of wordInfo(t).stems) {
    const ev = endingIn(s, EVENT_HEADS, EVENT_MAX);
    if (!ev) continue;
    for (let l = Math.min(6, s.length - ev.length); l >= 2; l--) {
      const e = LEX_INDEX.get(s.slice(0, l));
      if (e && e.type === 'place') return { len: l, entry: e };
    }
  }
  // 노동당위원장, 국민은행장: a listed organization (three characters at least) fused with the title held in it.
  // (Only when the word opens like a listed name: its first three characters are a name or the start of one.)
  const opens3 = w.length > 3 && (LEX_PREFIXES.has(w.slice(0, 3)) || LEX_INDEX.has(w.slice(0, 3)));
  for (let l = Math.min(8, w.length - 1); opens3 && l >= 3; l--) {
    const e = LEX_INDEX.get(w.slice(0, l));
    if (!e || e.type !== 'organization') continue;
    const m = matchTitleAt(w, l);
    if (m && m.title.length >= 1 && isSyllableCp(w.charCodeAt(l)) /* a fused title goes on in Hangul */) return { len: l, entry: e };
    break;
  }
  // 한국시각, 현지시간: the place before a time-zone word.
  const z = w.endsWith('시각') || w.endsWith('시간') ? w.length - 2 : 0;
  const e = z >= 2 ? LEX_INDEX.get(w.slice(0, z)) : undefined;
  if (e && e.type === 'place') return { len: z, entry: e };
  return null;
}


/** A body named by a strong head of two syllables or more (남양주경찰서, 수원교육지원청): 경기 before it is the province. */
function localBody(t: Tok): boolean {
  const s = t.text.length > 2 ? wordInfo(t).stems[wordInfo(t).stems.length - 1] : '';
  const head = s ? endingIn(s, STRONG_ORG_SET, STRONG_ORG_MAX) : undefined;
  return !!head && head.length >= 2 && s.length >= head.length + 2;
}
