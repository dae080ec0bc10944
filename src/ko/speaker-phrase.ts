/**
 * Speaker phrases: the noun phrase that names who speaks (김성훈 업스테이지 대표는, 그는, 업계 관계자는, 외교부는,
 * A씨는, 이 의원은), found at a topic/subject particle and read backwards over the bare nouns before it.
 */
import speech from './lexicon/speech.json';
import titlesData from './lexicon/titles.json';
import type { Doc, EntityMentionRaw, Range } from '../pipeline/document';
import { Token, endsWithIn } from './tokens';
import { itemCovering, lowerBound } from '../pipeline/ranges';
import { NOT_PERSON, SURNAMES } from './entities/common';
import { RARE_SURNAME } from './entities/persons';
import { wordsRegex } from './words';
import { CLOSE_QUOTES, CodeSet, OPEN_QUOTES, allCodePoints, codeSetOf, finalOf, isLetterCp, isLetterOrNumberCp, someCodePoint } from './chars';
import { WEAK_TITLES, matchTitleAt } from './titles';

/** [\p{L}\p{N}·&-]: the characters of a name written as one word. */
const isNameChar = (cp: number) => cp === 0xb7 || cp === 38 || cp === 45 || isLetterOrNumberCp(cp);

export type PhraseKind = 'pronoun' | 'entity' | 'title' | 'surname-title' | 'group' | 'pseudonym' | 'abbreviation';

export interface SpeakerPhrase {
  /** The phrase without its particle. */
  range: Range;
  /** The head word's range (without particle). */
  head: Range;
  kind: PhraseKind;
  /** The entity mention inside the phrase that names the speaker, if any. */
  mention: EntityMentionRaw | null;
  /** Title word found at the end of the phrase (대표, 회장 …). */
  title: string | null;
  /** For surname + title (김 대표): the surname. */
  surname: string | null;
  /** Topic particle (은/는) ranks above subject particle (이/가). */
  topic: boolean;
  /** surname-title with a head that is not a known title (이 대행은): valid only if the article uses that role
   * word after the person's name. */
  roleOnly: boolean;
}

const TITLES: string[] = Object.keys((titlesData as { titles: Record<string, string> }).titles).sort((a, b) => b.length - a.length);
const PRONOUNS = new Set(speech.pronouns);
/** Source nouns naming one person of a body (관계자, 당국자, 대변인 …: speech.json individualSources). */
export const INDIVIDUAL_SOURCES = new Set(speech.individualSources.split(/\s+/));
/** Someone who stands for or is close to a person (변호인, 어머니), after the person's name and 씨. */
const RELATION_NOUNS = new Set(speech.relationNouns.split(/\s+/));
/** First characters of the pronouns (그, 이, 본 …): the Set (which hashes the word) is asked only after this read. */
const PRONOUN_FIRST = new CodeSet(speech.pronouns.map((w) => w.charCodeAt(0)));
const SOURCE_NOUNS = [...speech.sourceNouns].sort((a, b) => b.length - a.length);
const CONNECTIVES = new Set(speech.connectives);
/** Parties named by one syllable and 측 (양측 both sides, 사측 management, 노측 labour). */
const SIDE_WORDS = new Set(speech.sideWords);

// Particles that mark the subject or topic of a clause, longest first.
const DATE_TOKEN = /^\d+(?:일|월|년|시|분|초|주|개월)?(?:[에의까]|부터|까지)?$/u;

// Heads that make 는 an adverbial topic (내년에는, 이번에는, 서울에서는), not a source.
const ADVERBIAL_HEAD = /(?:에|에서|로|으로|와|과|부터|까지|에게|한테|께|때|엔|쪽|상|중|후|전|간|만|서|해|고)$/u;
// 제기되는, 있는, 없는: a verb before 는, not a noun.
// (무엇을 했느냐는 질문에는, 어떻게 하냐는: a quoted question before its noun, not a source.)
const VERB_STEM_END = /(?:되|있|없|않|었|았|였|겠|된|느냐|냐)$/u;
/** 같은 위원회, 넣은 장면: a one-syllable verb or adjective stem before 은 (speech.json adnominalStems), no topic. */
const ADNOMINAL_STEMS = new Set(speech.adnominalStems.split(/\s+/));
/**
 * 교보문고, 한빛고, 서울과학고: a name of three syllables or more ending in 고 (a bookstore, a school), not a verb's
 * connective before 는 (설명하고는, 끝나고는: a verb stem before 고).
 */
function nounInGo(head: string): boolean {
  return head.length >= 3 && head.charCodeAt(head.length - 1) === 0xace0 /* 고 */ && !GO_VERB_STEM.has(head.charCodeAt(head.length - 2));
}
const GO_VERB_STEM = codeSetOf('하되있없않보받알듣주두오가나지이했였었았겠');
/** 열리는, 걸리는, 팔리는: a syllable closed by ㄹ and 리, a passive verb stem (a noun in 리 has an open syllable before it: 머리, 자리). */
function passiveInRi(head: string): boolean {
  const n = head.length;
  return n >= 2 && head.charCodeAt(n - 1) === 0xb9ac /* 리 */ && finalOf(head.charCodeAt(n - 2)) === 8; // final ㄹ
}
/** A surname written alone before a title (김 대표, 이 의원): a common surname of the names lexicon. */
const SURNAME = { test: (w: string): boolean => SURNAMES.has(w) && !RARE_SURNAME.has(w) };
// A Korean personal name: a common surname and one or two syllables.
export const KOREAN_NAME = {
  test: (w: string): boolean => w.length >= 2 && w.length <= 3 && SURNAME.test(w[0]) && HANGUL_WORD.test(w) && !NOT_PERSON.has(w),
};
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
const TIME_WORD = /^(?:올해|내년|지난해|작년|오늘|어제|내일|현재|지금|이번|최근|당시|과거|앞으로|향후|이날|그동안|요즘|이후|이전|\d+\S*)$/u;

const GENERIC_ORG = wordsRegex(speech.genericOrgNouns, 'whole');
const CLAUSE_PUNCT = codeSetOf(',.;:!?');
const PHRASE_BREAK = codeSetOf('=】]”"\'’');
const STOP_WORDS = new Set(['오전', '오후', '당시', '지난', '이번', '올해', '최근', '현재']);
/**
 * First characters of the connectives and stop words: the walk-back asks the two Sets only for a word that starts
 * like one (a Set look-up hashes the word; most words fail this one array read).
 */
const CONNECTIVE_OR_STOP_FIRST = new CodeSet([...CONNECTIVES, ...STOP_WORDS].map((w) => w.charCodeAt(0)));
const REPORTED_LAST = codeSetOf('고며는');
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** A number and a counter of people or bodies (6명, 120여명, 3곳, 12개국): a count, no name. */
const COUNT_HEAD = /^[\d,.]+여?(?:명|곳|개|개국|개사|개교|가구|세대)$/u;

function hasCharIn(text: string, s: number, e: number, set: CodeSet): boolean {
  for (let k = s; k < e; k++) if (set.has(text.charCodeAt(k))) return true;
  return false;
}

const DETACHED = /^(?:역시|또한|마저|측은|측이|측도|측에서는)$/u;
/** First characters of the DETACHED words (역 또 마 측): the regular expression runs only for a word that starts so. */
const DETACHED_FIRST = codeSetOf('역또마측');
const PHRASE_LAST = codeSetOf('은는이가도서시한저');

/**
 * The subject or topic particle that ends a token, as /(께서는|께서|측은|측이|측도|에서는|은|는|이|가|도)$/u finds it
 * (the leftmost match, so the longest of them), by its last character and endsWith: this runs for every token that
 * might end a speaker phrase.
 */
function subjectParticle(core: string): string | null {
  switch (core.charCodeAt(core.length - 1)) {
    case 0xb294 /* 는 */:
      return core.endsWith('께서는') ? '께서는' : core.endsWith('에서는') ? '에서는' : '는';
    case 0xc740 /* 은 */:
      return core.endsWith('측은') ? '측은' : '은';
    case 0xc774 /* 이 */:
      return core.endsWith('측이') ? '측이' : '이';
    case 0xb3c4 /* 도 */:
      return core.endsWith('측도') ? '측도' : '도';
    case 0xac00 /* 가 */:
      return '가';
    case 0xc11c /* 서 */:
      return core.endsWith('께서') ? '께서' : null;
    default:
      return null;
  }
}
const PSEUDONYM = /^(?:[A-Z]|[가-힣]모|[가-힣]|[가-힣]{2,3})(?:\(\d+\))?\s?씨$/u;

/**
 * Words grouped by their last UTF-16 unit, longest first (see longestSuffix), and the set of those last units: most
 * heads end with a character no title or source noun ends with, answered by one array read before the Map.
 */
interface SuffixIndex {
  last: CodeSet;
  byLast: Map<number, string[]>;
}
function suffixIndex(words: Iterable<string>): SuffixIndex {
  const byLast = new Map<number, string[]>();
  for (const w of [...new Set(words)].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(w.length - 1);
    const list = byLast.get(c);
    if (list) list.push(w);
    else byLast.set(c, [w]);
  }
  return { last: new CodeSet(byLast.keys()), byLast };
}

/** The longest word of the index that ends `head`: only the words with head's last character are tried, by endsWith
 * (no slice per suffix length). */
function longestSuffix(idx: SuffixIndex, head: string): string | null {
  const c = head.charCodeAt(head.length - 1);
  if (!idx.last.has(c)) return null;
  const words = idx.byLast.get(c);
  if (words === undefined) return null;
  for (const w of words) if (head.endsWith(w)) return w;
  return null;
}

const TITLE_INDEX = suffixIndex(TITLES);
/**
 * Endings of a verb or of a particle other than a subject's: a token that ends with one of them is not a bare noun of
 * the phrase (the walk-back stops there). Looked up by the token's last character (as /(?:다|고|…)$/u would find it,
 * without trying the alternatives at every position of the token).
 */
const VERBAL_END = suffixIndex(['다', '고', '며', '서', '면', '지만', '는데', '던', '할', '된', '될', '한', '했', '하는', '에서', '에게', '으로', '로', '를', '을', '와', '과', '에', '도', '만', '까지', '부터', '처럼', '보다', '는', '은',
  // 질문이 나오자, 대학가에서 만난 한 학생: a connective in …자 and participles of meeting and stepping up.
  '나오자', '끝나자', '묻자', '이어지자', '만난', '나선', '찾은']);
const SOURCE_INDEX = suffixIndex(SOURCE_NOUNS);

/**
 * Does the word end like a verb form or with a particle (VERBAL_END)? Not a noun in …과 after an open syllable
 * (감염내과, 소아과, 치과: the particle 과 follows a closed one, 와 an open one).
 */
function verbalEnd(w: string): boolean {
  const e = longestSuffix(VERBAL_END, w);
  if (e === null) return false;
  if (e === '과' && w.length >= 2 && finalOf(w.charCodeAt(w.length - 2)) === 0) return false;
  return true;
}

function titleSuffix(head: string): string | null {
  return longestSuffix(TITLE_INDEX, head);
}

function sourceNounSuffix(head: string): string | null {
  return longestSuffix(SOURCE_INDEX, head);
}

/** 씨 측, 측 after a name: the side of that person (B씨 측 변호인). */
const SIDE_OF = /^(?:씨)?\s?(?:[\p{Script=Hangul}]{1,6}\s)?측\s/u;
function sideOf(text: string, end: number, limit: number): boolean {
  // (A 측 in the next ten characters first, read in place: no search through the rest of a long article.)
  const stop = Math.min(limit, end + 10);
  let k = end;
  while (k < stop && text.charCodeAt(k) !== 0xce21 /* 측 */) k++;
  return k < stop && SIDE_OF.test(text.slice(end, Math.min(limit, end + 12)));
}

function mentionIn(doc: Doc, s: number, e: number): EntityMentionRaw | null {
  let person: EntityMentionRaw | null = null;
  let org: EntityMentionRaw | null = null;
  let place: EntityMentionRaw | null = null;
  let first = true;
  // The mentions that lie inside [s, e) (as itemsWithin lists them, without the array).
  const mentions = doc.mentions;
  for (let k = lowerBound(mentions, s); k < mentions.length && mentions[k].start < e; k++) {
    const m = mentions[k];
    if (m.end > e) continue;
    // Mentions inside parentheses are asides (법무법인 율촌(대표변호사 강석훈)은): not the speaker.
    // … and a possessor (권순우의 여자친구 유빈) is not the speaker either.
    if (insideParens(doc.text, s, m.start) || doc.text.charCodeAt(m.end) === 0xc758 /* 의 */) continue;
    // … nor is a person named with a title in the genitive (김철수 의원의 보좌관 최민호 씨: the aide speaks).
    if (m.type === 'person' && titledPossessor(doc.text, m.end, e)) continue;
    // … nor one whose side another person speaks for (B씨 측 법률대리인인 정유진 변호사: the lawyer speaks).
    if (m.type === 'person' && sideOf(doc.text, m.end, e)) continue;
    // NAME ORG TITLE (김동엽 경남대 교수, 노민호 법무법인 태평양 변호사): a person that opens the phrase is the speaker.
    if (first && m.start === s && m.type === 'person') return m;
    first = false;
    // Otherwise the person closest to the head (오픈AI 올트먼 CEO), else the first organization (롯데 구단: 롯데).
    if (m.type === 'person') person = m;
    // The named organization: the one at the head (미술투자서비스기업 피카프로젝트는), unless the head is a generic noun
    // (롯데 구단은: 롯데).
    else if (m.type === 'organization' && (!org || (m.end === e && !GENERIC_ORG.test(doc.text.slice(m.start, m.end))))) org = m;
    // A place can speak as its government (인천시는 … 밝혔다).
    else if (m.type === 'place' && m.end === e) place = { ...m, type: 'organization' };
  }
  return person ?? org ?? place;
}

/**
 * Is the word after a name, before `e`, a title in the genitive (김철수 의원의, 올트먼 CEO의; or 씨의 written on: A씨의)?
 * The name then belongs to the possessor of what follows (his aide, her husband), not to the head of the phrase.
 */
const isUpperLatin = (x: number) => x >= 65 && x <= 90;
function titledPossessor(text: string, at: number, e: number): boolean {
  // A씨의 변호인, 김모씨의 아들 (the mention is 김): 씨 written on, then the genitive.
  let p = text.charCodeAt(at) === 0xbaa8 /* 모 */ ? at + 1 : at;
  // 김모(45)씨의 동생: an age may stand between.
  // (The close is looked for in the next 8 characters only: an unclosed parenthesis must not send a search through a
  // long article.)
  if (p > at && text.charCodeAt(p) === 40 /* ( */) {
    let close = p + 1;
    while (close < e && close <= p + 8 && text.charCodeAt(close) !== 41 /* ) */) close++;
    if (close < e && close <= p + 8 && text.charCodeAt(close) === 41) p = close + 1;
  }
  // (D군의 어머니, A양의 아버지: a letter's 군 or 양 as 씨.)
  const mark = text.charCodeAt(p);
  if (mark === 0xc528 /* 씨 */ || ((mark === 0xad70 /* 군 */ || mark === 0xc591 /* 양 */) && p > 0 && isUpperLatin(text.charCodeAt(p - 1)))) {
    if (p + 1 < e && text.charCodeAt(p + 1) === 0xc758 /* 의 */) return true;
    // A씨 변호인, 김모씨 어머니: the one who stands for or is close to the person, without the genitive.
    if (text.charCodeAt(p + 1) !== 32) return false;
    let end = p + 2;
    while (end < e && text.charCodeAt(end) !== 32) end++;
    return end === e && RELATION_NOUNS.has(text.slice(p + 2, end));
  }
  if (text.charCodeAt(at) !== 32) return false;
  // 윤석열 전 대통령의 변호인단: 'former' or 'current' may stand before the title.
  const c = text.charCodeAt(at + 1);
  if ((c === 0xc804 /* 전 */ || c === 0xd604 /* 현 */) && text.charCodeAt(at + 2) === 32) at += 2;
  let end = at + 1;
  while (end < e && text.charCodeAt(end) !== 32) end++;
  if (end >= e || end - at <= 2 || text.charCodeAt(end - 1) !== 0xc758 /* 의 */) return false;
  // (a title as the whole word: the longest title ending it is the word itself; or a group of the person's, 웨이드
  // 캠프의 라이언 콜트 대변인: the campaign's spokesman speaks)
  const word = text.slice(at + 1, end - 1);
  return titleSuffix(word) === word || PERSONS_GROUPS.has(word);
}
/** A person's own group or circle, in the genitive before someone of it (웨이드 캠프의, 김 의원 측근의). */
const PERSONS_GROUPS = new Set(['캠프', '선거캠프', '측근', '가족', '유족', '지지자', '지지자들', '변호인단', '대리인단', '참모', '참모진', '비서실', '보좌진', '팬클럽']);

/** Does an entity mention start in [s, e)? */
function mentionStartsIn(doc: Doc, s: number, e: number): boolean {
  const k = lowerBound(doc.mentions, s);
  return k < doc.mentions.length && doc.mentions[k].start < e;
}

/** Is pos inside a parenthesis opened after s? */
function insideParens(text: string, s: number, pos: number): boolean {
  let depth = 0;
  for (let k = s; k < pos; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 0xff08) depth++;
    else if ((c === 41 || c === 0xff09) && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Read the speaker phrase whose head is tokens[i] (which carries the particle). Returns null when the phrase does
 * not name a plausible source.
 */

export interface PhraseOptions {
  /** Accept a topic that nothing else marks as a source (X는 right before a quote). */
  topicSpeaks?: boolean;
  /**
   * Read the token as if it ended in this particle, after dropping `strip` characters: a source written without a
   * particle (외교부, "…"), before 에 따르면 (경찰에 → 경찰는), or before a detached 역시 / 측은.
   */
  as?: { particle: string; strip?: number };
}

/** The options of a plain reading (one object for all calls without options; never written to). */
const PLAIN: PhraseOptions = Object.freeze({});

export function speakerPhraseAt(doc: Doc, tokens: Token[], i: number, opts: PhraseOptions = PLAIN): SpeakerPhrase | null {
  const t = tokens[i];
  if (opts.as) return readPhrase(doc, tokens, i, opts);
  // Only a token ending like a subject/topic particle (or 역시, 또한, 마저) can end a speaker phrase.
  if (!PHRASE_LAST.has(t.last)) return null;
  // Results are kept on the token (tokens of a sentence are cached, so several stages ask about the same word).
  const hit = (opts.topicSpeaks ? t.topicPhrase : t.phrase) as SpeakerPhrase | null | undefined;
  if (hit !== undefined) return hit;
  const found = readPhrase(doc, tokens, i, opts);
  if (opts.topicSpeaks) t.topicPhrase = found;
  else t.phrase = found;
  return found;
}

function readPhrase(doc: Doc, tokens: Token[], i: number, opts: PhraseOptions): SpeakerPhrase | null {
  const t = tokens[i];
  const core = opts.as ? t.core.slice(0, t.core.length - (opts.as.strip ?? 0)) + opts.as.particle : t.core;
  // Only a token ending like a subject/topic particle (or 역시, 또한, 마저) can end a speaker phrase.
  if (!endsWithIn(PHRASE_LAST, core)) return null;
  const text = doc.text;
  // "X 역시", "X 측은": the particle stands apart from the head; read X as if it carried it.
  if (!opts.as && i > 0 && DETACHED_FIRST.has(core.charCodeAt(0)) && DETACHED.test(core) && tokens[i - 1].coreEnd === tokens[i - 1].end) {
    const side = core.startsWith('측');
    const ph = speakerPhraseAt(doc, tokens, i - 1, { ...opts, as: { particle: side ? core.slice(1) : '도' } });
    return ph && side ? { ...ph, topic: /[은는]$/.test(core) } : ph;
  }
  const particle = subjectParticle(core);
  if (particle === null) return null;
  const headText = core.slice(0, core.length - particle.length);
  if (!headText) return null;
  // 양측은, 사측이, 노측도 (both sides, management, labour): a party, a group; not a surname 양 before a detached
  // particle (관측도, 예측은 are nouns: only the listed sides).
  if (headText.length === 1 && particle.charCodeAt(0) === 0xce21 /* 측 */ && SIDE_WORDS.has(core.slice(0, 2))) {
    const side = { start: t.start, end: t.start + 2 };
    return phraseOf(side, side, 'group', null, null, null, particle === '측은', false);
  }
  const headEnd = t.start + headText.length;
  // 정다은 과장은, 김하은 사무관이: a name ending like a particle (은, 이) right before its title is the name, not a
  // topic or subject of its own.
  if (!opts.as && i + 1 < tokens.length && t.coreEnd === t.end && headText.length === 2 && KOREAN_NAME.test(core) && tokens[i + 1].start === t.end + 1) {
    const nt = tokens[i + 1].core;
    const m = matchTitleAt(nt, 0);
    if (m && (m.end === nt.length || subjectParticle(nt.slice(m.end)) === nt.slice(m.end))) return null;
  }
  // Most words ending like a particle name nobody. Every phrase below needs one of: a pronoun, …씨, a title or
  // source noun at the head, a surname token before it, or an entity mention inside the (at most 5 tokens long)
  // phrase; without any of them the answer is null, found here before the walk-back.
  // The title and source noun at the head, looked up once (the filter below and the reading of the phrase use them).
  const title = titleSuffix(headText);
  const src = sourceNounSuffix(headText);
  const pronoun = PRONOUN_FIRST.has(headText.charCodeAt(0)) && PRONOUNS.has(headText);
  if (
    !opts.topicSpeaks && !pronoun && !headText.endsWith('씨') && !title && !src &&
    !(i > 0 && SURNAME.test(tokens[i - 1].core)) && !mentionStartsIn(doc, tokens[Math.max(0, i - 5)].start, headEnd)
  ) {
    return null;
  }
  const head: Range = { start: t.start, end: headEnd };
  // Walk back over bare nouns: names, organizations, surnames, determiners (한), genitives (X의).
  let startIdx = i;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const p = tokens[k];
    if (p.coreEnd < p.end && hasCharIn(text, p.coreEnd, p.end, CLAUSE_PUNCT)) break; // a comma or a period closes the phrase
    const c = p.core;
    const c0 = c.charCodeAt(0);
    if ((CONNECTIVE_OR_STOP_FIRST.has(c0) && (CONNECTIVES.has(c) || STOP_WORDS.has(c))) || (isDigitCode(c0) && DATE_TOKEN.test(c))) break;
    // The opening mark of a name in quote marks that the head's word closes, the entity stage's mention covering it
    // (시민단체 '안전한 거리'는): the name is part of the phrase.
    if (OPEN_QUOTES.has(text.charCodeAt(p.start)) && !hasCharIn(text, p.start + 1, p.end, OPEN_QUOTES) && !hasCharIn(text, p.start + 1, p.end, CLOSE_QUOTES) &&
      hasCharIn(text, t.start, headEnd + 1, CLOSE_QUOTES) &&
      itemCovering(doc.mentions, p.start + 1, p.coreEnd) !== null) {
      startIdx = k;
      continue;
    }
    // A byline (서울=뉴시스, 홍길동 기자 =), a bracketed dateline or a quote mark ends the phrase.
    if (c === '기자' || hasCharIn(text, p.start, p.end, PHRASE_BREAK)) break;
    if (endsWithIn(REPORTED_LAST, c) && /(?:다고|라고|냐고|자고|다며|라며|다는|라는)$/u.test(c)) break; // the end of a reported clause, never a name
    // A word with a verbal or particle ending stops the walk, unless an entity mention covers it (the mention is
    // looked up only for such a word: most words before a head end otherwise).
    // (신경과 전문의, 경제학과 교수: a department right before the title, not 'and'.)
    const department = k === i - 1 && title !== null && c.length >= 2 && c.endsWith('과');
    if (c !== '한' && !c.endsWith('의') && !(k === i - 1 && SURNAME.test(c)) && !department && verbalEnd(c) && itemCovering(doc.mentions, p.start, p.coreEnd) === null) break;
    startIdx = k;
  }
  const range: Range = { start: tokens[startIdx].start, end: headEnd };
  const phraseText = text.slice(range.start, range.end);
  if (!phraseText) return null;
  const topic = particle === '은' || particle === '는' || particle === '께서는' || particle === '측은' || particle === '에서는';

  // 그는 (also after words the walk-back took along: 서면으로 만난 그는): the pronoun alone is the phrase.
  if (pronoun) {
    return phraseOf({ start: t.start, end: headEnd }, head, 'pronoun', null, null, null, topic, false);
  }
  if (headText.endsWith('씨') && PSEUDONYM.test(phraseText.replace(/^한\s/, ''))) {
    const mention = mentionIn(doc, range.start, range.end);
    return phraseOf(range, head, mention ? 'entity' : 'pseudonym', mention, null, null, topic, false);
  }
  // 한빛시민연대 등 12개 시민단체: a list closed by 등 before a source noun is the group, not its first member.
  if (src && phraseText.includes(' 등 ')) return phraseOf(range, head, 'group', null, null, null, topic, false);
  let mention = mentionIn(doc, range.start, range.end);
  // 김성조 공사 사장: a Korean name opening the phrase names the speaker even when the entity stage missed it.
  const firstTok = tokens[startIdx];
  // (Not when the mention is itself a person: 배우 이아현 씨, where the first word is the occupation.)
  if (title && mention && mention.type !== 'person' && startIdx < i && mention.start > firstTok.start && mention.end <= t.start && KOREAN_NAME.test(firstTok.core) && !itemCovering(doc.mentions, firstTok.start, firstTok.coreEnd)) {
    mention = null;
  }
  // 미술투자서비스기업 피카프로젝트는: a descriptor, then a name the entity stage did not know: the name speaks.
  // (Not a count: 외교위원회 소속 의원 6명은 is the members, not a body named 6명.)
  if (!title && mention && mention.type === 'organization' && mention.end <= t.start && allCodePoints(headText, isNameChar, 2) && !src && !GENERIC_ORG.test(headText) && !COUNT_HEAD.test(headText)) {
    const own = { start: t.start, end: headEnd };
    return phraseOf(own, own, 'group', null, null, null, topic, false);
  }
  // 외교위원회 소속 의원 6명은, 한빛노조 소속 조합원들은: people who belong to the body, not the body.
  if (mention && mention.type !== 'person' && mention.end <= t.start && / 소속 /u.test(text.slice(mention.end, t.start + 1))) {
    return phraseOf(range, head, 'group', null, null, null, topic, false);
  }
  // 육군은, 해군은: an organization (or place) the entity stage found over the whole head word is no surname and
  // title (육 + 군 'young man').
  if (mention && mention.type !== 'person' && mention.start <= t.start && mention.end >= headEnd) {
    return phraseOf(range, head, 'entity', mention, null, null, topic, false);
  }
  // 외교부 당국자, 경찰 관계자: a body and a source noun at the head, an official of the body (a described source).
  if (src && !title && mention && mention.type !== 'person' && mention.end <= t.start && INDIVIDUAL_SOURCES.has(src)) return phraseOf(range, head, 'group', null, null, null, topic, false);
  if (mention && (mention.type === 'person' || !title)) {
    return phraseOf(range, head, 'entity', mention, title, null, topic, false);
  }
  if (title) {
    // 김 대표, 이 의원: a surname token right before the title.
    const before = headText.slice(0, headText.length - title.length);
    if (before === '' && startIdx < i) {
      const prev = tokens[i - 1].core;
      // 이 관계자는: 이 is "this" before a source noun that is only a weak title (a surname before a title: 이 의원,
      // 이 대변인).
      const demonstrative = prev === '이' && src !== null && WEAK_TITLES.has(title);
      if (SURNAME.test(prev) && i - 1 === startIdx && !demonstrative) return phraseOf(range, head, 'surname-title', null, title, prev, topic, false);
    }
    if (SURNAME.test(before)) return phraseOf(range, head, 'surname-title', null, title, before, topic, false);
    if (src || mention) return phraseOf(range, head, 'group', mention, title, null, topic, false);
    return phraseOf(range, head, startIdx === i && before === '' ? 'title' : 'group', mention, title, null, topic, false);
  }
  if (src) return phraseOf(range, head, 'group', mention, null, null, topic, false);
  // 이 대행은, 문 특검보는: a surname and a role word the lexicon does not list (checked against the article later).
  if (startIdx === i - 1 && SURNAME.test(tokens[i - 1].core) && /^\p{Script=Hangul}{1,5}$/u.test(headText)) {
    return phraseOf({ start: tokens[i - 1].start, end: headEnd }, head, 'surname-title', null, headText, tokens[i - 1].core, topic, true);
  }
  if (mention) return phraseOf(range, head, 'entity', mention, null, null, topic, false);
  // The topic of a sentence whose predicate is a speech verb speaks, even when nothing marks it as a source
  // (투어링 데이터는 …다고 알렸다): callers ask for this only in that position.
  // (한은 "…": a name the entity stage found over the whole word, 한은 for 한국은행, is no 한 with a topic's 은.)
  if (opts.topicSpeaks && topic && !opts.as && itemCovering(doc.mentions, t.start, t.coreEnd) !== null) return null;
  if (opts.topicSpeaks && topic && someCodePoint(headText, isLetterCp) && particle !== '에서는' && (!ADVERBIAL_HEAD.test(headText) || nounInGo(headText)) && !TIME_WORD.test(headText) && !VERB_STEM_END.test(headText) && !(headText.length === 1 && ADNOMINAL_STEMS.has(headText)) && !passiveInRi(headText) && !/['‘’"“”]/u.test(phraseText)) {
    return phraseOf(range, head, 'group', null, null, null, topic, false);
  }
  return null;
}

/**
 * The source written right before a speech noun with the copula (…다는 게 김민수 대표의 설명이다, … 회사 측 입장이다,
 * … 업계의 주장이다; after a quote, "…" 정다은 차관의 말이다): the tokens from `from` (after 게, or the sentence's
 * first; one at least before the noun) to the noun, the last read without its genitive 의 as if it carried 는; null
 * when nothing there names a source (a title, a source noun, a known name: 대체적인 관측이다).
 */
export function sourceOfNoun(doc: Doc, tokens: Token[], from: number, cueIdx: number): SpeakerPhrase | null {
  const t = tokens[cueIdx - 1];
  if (t.coreEnd !== t.end) return null;
  const strip = t.core.endsWith('의') ? 1 : 0;
  // (Read among the tokens from `from` only: the phrase must not reach back into the content. A phrase read `as` is
  // not kept on its token, so the slice leaves the tokens' memos alone.)
  const within = tokens.slice(from, cueIdx);
  return speakerPhraseAt(doc, within, within.length - 1, { as: { particle: '는', strip } });
}

/** A described source (업계 관계자, 네티즌들, a report's maker) read as a topic: the shape every phrase has. */
export function groupPhrase(range: Range, head: Range): SpeakerPhrase {
  return phraseOf(range, head, 'group', null, null, null, true, false);
}

/** Headlines' one-character names of sources (與, 北, 중) → [full name, kind of source] (speech.json). */
export const HEADLINE_ABBREVIATIONS: Record<string, string[]> = speech.headlineAbbreviations;

/** A headline's one-character name of a source (與, 北, 중: see HEADLINE_ABBREVIATIONS). */
export function abbreviationPhrase(range: Range): SpeakerPhrase {
  return phraseOf(range, range, 'abbreviation', null, null, null, true, false);
}

/** Every phrase is made here: one object shape (property order) for all of them. */
function phraseOf(range: Range, head: Range, kind: PhraseKind, mention: EntityMentionRaw | null, title: string | null, surname: string | null, topic: boolean, roleOnly: boolean): SpeakerPhrase {
  return { range, head, kind, mention, title, surname, topic, roleOnly };
}
