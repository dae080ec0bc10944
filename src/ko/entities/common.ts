/** Shared pieces of the Korean entity stages: lexicons, the word tokenizer, particle stripping, candidate type. */
import type { EntityType } from '../../types';
import { isSyllableWord, CodeSet, codeSetOf, norm } from '../chars';
import { changeFieldsAtLoad } from '../../pipeline/shapes';
import { WordMap, WordSet, type Words } from '../word-sets';
import knownJson from '../lexicon/known-entities.json';
import worldPlacesJson from '../lexicon/world-places.json';
import stateBodiesJson from '../lexicon/state-bodies.json';
import japaneseJson from '../lexicon/japanese-surnames.json';
import particlesJson from '../lexicon/particles.json';
import orgJson from '../lexicon/org-suffixes.json';
import namesJson from '../lexicon/names.json';
import commonJson from '../lexicon/common-words.json';

/** (norm lives in chars.ts with the other character tests; the entity stages import it from here.) */
export { norm };

export interface LexEntry {
  id: number;
  name: string;
  canonical: string;
  type: EntityType;
  aliases: string[];
}

const TYPE_CODE: Record<string, EntityType> = { o: 'organization', l: 'place', p: 'person', r: 'product', e: 'event' };

export const LEXICON: LexEntry[] = [];
/** Normalized (spaces removed) name or alias → entry. */
export const LEX_INDEX = new WordMap<LexEntry>();
for (const row of (knownJson as { entries: unknown[][] }).entries) addEntry(row, false);
// The further lexicons (world places, state bodies) complete classes; a name known-entities.json lists keeps its entry.
for (const json of [worldPlacesJson, stateBodiesJson]) for (const row of (json as { entries: unknown[][] }).entries) addEntry(row, true);

function addEntry(row: unknown[], keep: boolean): void {
  const [name, canonical, code, aliases] = row as [string, string, string, string[] | undefined];
  if (keep && LEX_INDEX.has(norm(name))) return;
  const e: LexEntry = { id: LEXICON.length, name, canonical, type: TYPE_CODE[code], aliases: (aliases ?? []).filter((a) => !keep || !LEX_INDEX.has(norm(a))) };
  LEXICON.push(e);
  for (const n of [name, ...e.aliases]) {
    const k = norm(n);
    if (!LEX_INDEX.has(k) || n === name) LEX_INDEX.set(k, e);
  }
}

/** Normalized names and aliases that are written in several words in the lexicon (유엔안보리 for 유엔 안보리). */
export const LEX_SPACED = new WordSet();
/** First words of lexicon names and aliases written in several words (유엔 안보리, 샘 올트먼). */
export const LEX_FIRST_WORDS = new WordSet();
for (const e of LEXICON) {
  for (const n of [e.name, ...e.aliases]) {
    const sp = n.indexOf(' ');
    if (sp < 0) continue;
    LEX_SPACED.add(norm(n));
    LEX_FIRST_WORDS.add(n.slice(0, sp));
  }
}

/** Normalized names and aliases longer than two characters, by their first two characters. */
const LEX_BY_FIRST_TWO = new WordMap<string[]>();
for (const k of LEX_INDEX.keys()) {
  if (k.length <= 2) continue;
  const first = k.slice(0, 2);
  const list = LEX_BY_FIRST_TWO.get(first);
  if (list) list.push(k);
  else LEX_BY_FIRST_TWO.set(first, [k]);
}
/**
 * Proper prefixes (two characters at least) of the normalized names and aliases: a name written in several words may
 * go on (워싱턴 포스트). Answered from the names by their first two characters; a set of every prefix answers the same
 * but costs start-up time to build.
 */
export const LEX_PREFIXES = {
  has(s: string): boolean {
    if (s.length < 2 || !LEX_BY_FIRST_TWO.mayHaveSlice(s, 0, 2)) return false;
    const list = LEX_BY_FIRST_TWO.get(s.slice(0, 2));
    if (!list) return false;
    for (const k of list) if (k.length > s.length && k.startsWith(s)) return true;
    return false;
  },
};

export const PARTICLES = new WordSet((particlesJson as { particles: string[] }).particles);
const MAX_P = Math.max(...[...PARTICLES].map((p) => p.length));
if (MAX_P > 30) throw new Error('particles: one longer than particleTails can mark in 32 bits');
/** Last characters of the particles: a word ending otherwise ends in none (computeStems). */
const PARTICLE_LAST = new CodeSet([...PARTICLES].map((p) => p.charCodeAt(p.length - 1)));
/** Strong organization heads (…전자, …은행): looked up by suffix length (endingIn), longest first. */
export const STRONG_ORG_SET = new WordSet((orgJson as { strong: string[] }).strong);
export const STRONG_ORG_MAX = Math.max(...[...STRONG_ORG_SET].map((x) => x.length));
export const WEAK_ORG = new WordSet((orgJson as { weak: string[] }).weak);
export const GENERIC_ORG = new WordSet((orgJson as { generic: string[] }).generic);
/** Generic bodies that name one only with what qualifies them (미국 수사 당국, 1심 법원, 축구 대표팀): bare, they are the kind. */
export const GENERIC_QUALIFIED = new WordSet((orgJson as { genericQualified: string[] }).genericQualified);
/** Surnames (one or two syllables) → their usual English spelling. */
export const SURNAMES = new WordMap<string>(Object.entries((namesJson as { surnames: Record<string, string> }).surnames));
const SURNAME_CODES = new CodeSet([...SURNAMES.keys()].filter((k) => k.length === 1).map((k) => k.charCodeAt(0)));
/** Usual given-name syllables, by code (a test of w.charCodeAt(k) makes no one-character string, as w[k] does). */
export const GIVEN_CODES = codeSetOf((namesJson as { givenSyllables: string }).givenSyllables);
/** Every character of w from `from` on is a usual given-name syllable. */
export function allGivenFrom(w: string, from: number): boolean {
  for (let k = from; k < w.length; k++) if (!GIVEN_CODES.has(w.charCodeAt(k))) return false;
  return true;
}
/** Common Japanese surnames in Hangul (기시다, 하야시): the first word of a Japanese name, written surname first. */
export const JAPANESE_SURNAMES = new Set((japaneseJson as { surnames: string[] }).surnames);
/** Common foreign given names in Hangul (크리스, 올리비아): the first word of a two-word foreign name. */
export const FOREIGN_GIVEN = new WordSet(Object.keys((namesJson as { foreignGiven: Record<string, string> }).foreignGiven));
const common = commonJson as {
  notOrg: string; notPerson: string; placeHeads: string[]; countries: string; otherRegions: string; placeBeforePlaceOnly: string; chainHeads: string; provinces: string; chainAreaWords: string; weatherAreas: string; weatherDirections: string;
  platforms: string; platformUses: string; stateActions: string; leagues: string; competitionWords: string; companyKinds: string; companyKindHeads: string; koreanGenericBodies: string; foreignGenericBodies: string; sports: string; sportPrefixes: string;
};
/** 주 'stationed in' (駐) and the one-syllable country abbreviations written fused to it (주미 'in the US', 주한 …),
 *  and 주유엔: before a diplomat's title (주미 대사) or a mission's name (주미 일본대사관). */
export const STATIONED_IN = new Set(['주', '駐', '주미', '주한', '주일', '주중', '주러', '주영', '주독', '주불', '주북', '주유엔']);
/**
 * Heads of event names (festivals, fairs, shows, awards, conferences, games): 부산국제영화제, 런던올림픽, 뮤직 어워드.
 */
export const EVENT_HEADS = new WordSet(('영화제 국제영화제 올림픽 동계올림픽 패럴림픽 축제 페스티벌 엑스포 모터쇼 박람회 전시회 비엔날레 마라톤 선수권 ' +
  '선수권대회 월드컵 아시안게임 가요제 국제도서전 포럼 어워드 어워즈 시상식 콘퍼런스 컨퍼런스 서밋').split(' '));
export const EVENT_MAX = Math.max(...[...EVENT_HEADS].map((x) => x.length));
/** Professional sports leagues (메이저리그, MLB): the competition, not the body, before a word of competition. */
export const LEAGUES = new WordSet(common.leagues.split(/\s+/));
/** Words of competition after a league (데뷔, 첫, 홈, 경기, 시즌 …). */
export const COMPETITION_WORDS = new WordSet(common.competitionWords.split(/\s+/));
/** What a state does (도발, 폭격, 반발, 승리): a country before them with 의 or 에 is the state acting (북한의 도발). */
export const STATE_ACTIONS = new WordSet(common.stateActions.split(/\s+/));
/** Social networks and video sites (페이스북, 유튜브): the medium where something is posted, not the company, in context. */
export const PLATFORMS = new WordSet(common.platforms.split(/\s+/));
/** What is posted on a platform, written after its name (트위터 계정, 유튜브 영상). */
export const PLATFORM_USES = new WordSet(common.platformUses.split(/\s+/));
/** Place names that are also common words: places only before another place or in a ·-list (경기 용인시). */
export const PLACE_BEFORE_PLACE_ONLY = new WordSet(common.placeBeforePlaceOnly.split(/\s+/));
export const NOT_ORG = new WordSet(common.notOrg.split(/\s+/));
/** Heads of facilities and sites that name a place after a place (대전 국립현충원). */
export const CHAIN_HEADS = new WordSet(common.chainHeads.split(/\s+/));
export const CHAIN_HEAD_MAX = Math.max(...[...CHAIN_HEADS].map((x) => x.length));
/** Korean provinces: a bare two-syllable word after them names a city or county (경기도 양평). */
export const PROVINCES = new WordSet(common.provinces.split(/\s+/));
/** Countries (and territories such as 홍콩): as a subject they act as their state (미국이 → United States). */
export const COUNTRIES = new WordSet(common.countries.split(/\s+/));
/** Countries, Korean provinces and other regions (제주도, US states): a place after them is inside them (중국 광둥성). */
export const REGIONS = new WordSet([...COUNTRIES, ...PROVINCES, ...common.otherRegions.split(/\s+/)]);
const GOV_BY_CANON = new Map<string, LexEntry>();
/**
 * The government of a country as an organization entry of its own (not in the lexicon index), with the country's
 * English name: 미국이 (the US acting), 북측, 한미 (see abbreviations.ts).
 */
export function governmentEntry(canonical: string, name: string): LexEntry {
  return retypedEntry(canonical, name, 'organization');
}
/** A listed name read as another type (a country's government, a city's team): an entry of its own per type. */
export function retypedEntry(canonical: string, name: string, type: EntityType): LexEntry {
  const key = `${type}:${canonical}`;
  let e = GOV_BY_CANON.get(key);
  if (!e) { e = { id: -1 - GOV_BY_CANON.size, name, canonical, type, aliases: [] }; GOV_BY_CANON.set(key, e); }
  return e;
}
/** Area and direction words that are not a city or county after a province (경기도 일대). */
export const CHAIN_AREA_WORDS = new WordSet(common.chainAreaWords.split(/\s+/));
/** Parts of a region named in weather reports after it (강원 영서, 충청 이남), and directions before 산간 (경북 북동 산간). */
export const WEATHER_AREAS = new WordSet(common.weatherAreas.split(/\s+/));
export const WEATHER_DIRECTIONS = new WordSet(common.weatherDirections.split(/\s+/));
/**
 * Sports, alone and after the words that make a league or a class of them (프로야구, 여자배구, 아이스하키 선수): the
 * field of the person after them (선수, 감독), never the name before a title (a name may begin like one: 유도율).
 */
const SPORTS = common.sports.split(/\s+/);
export const SPORT_WORDS = new WordSet(SPORTS.concat(common.sportPrefixes.split(/\s+/).flatMap((p) => SPORTS.map((s) => p + s))));
/** Kinds of company (증권사, 소속사, 제약사 …): written before a company's name (소속사 어도어), never a person's name. */
const COMPANY_KIND_WORDS = common.companyKinds.split(/\s+/);
export const COMPANY_KINDS = new WordSet(COMPANY_KIND_WORDS);
/** Korea's bodies named as other states name theirs (외교부, 정부): after a foreign country, that country's. */
export const KOREAN_GENERIC_BODIES = new WordSet(common.koreanGenericBodies.split(/\s+/));
/** Generic ministries that are no Korean body's name (외무부, 보건부): after any place, that place's (가자지구 보건부). */
export const FOREIGN_GENERIC_BODIES = new WordSet(common.foreignGenericBodies.split(/\s+/));
const COMPANY_KIND_HEADS: string[] = common.companyKindHeads.split(/\s+/);
/**
 * A word that names a kind of company or body before its name (소속사 어도어, 금융정보업체 에프앤가이드, 조사기관
 * 한빛리서치): a listed kind, or a compound ending in a kind's head (…업체, …기관: the head alone is no compound).
 */
export function isCompanyKind(w: string): boolean {
  return COMPANY_KINDS.has(w) || COMPANY_KIND_HEADS.some((h) => w.length > h.length && w.endsWith(h));
}
export const NOT_PERSON = new WordSet(common.notPerson.split(/\s+/).concat(COMPANY_KIND_WORDS));
export const PLACE_HEAD_SET = new WordSet(common.placeHeads);
export const PLACE_HEAD_MAX = Math.max(...common.placeHeads.map((x) => x.length));

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** What is known of the word, shared by all tokens of the same text (see wordInfo). */
  info?: WordInfo;
}

/** Facts about one word that depend on its text only, computed once per distinct word by the stages that need them. */
export interface WordInfo {
  stems: string[];
  /** Title filling the word (personal stage); null when none. */
  title?: { title: string } | null;
  /** Organization named by its head: length, priority, source (org stage); null when none. */
  org?: { len: number; priority: number; source: string } | null;
  /** Length of the place named by its head (place stage), 0 when none. */
  place?: number;
  /** Single-word lexicon hit (lexicon stage): length and entry; null when none. */
  lex?: { len: number; entry: LexEntry } | null;
  /** Stand-alone Korean full name (person stage). */
  standalone?: boolean;
  /** The word without its particle, stem of two characters at least (tokStrip). */
  strip2?: string;
  /** Organization-context flags (organization stage): see orgFlagsOf in org-suffixes.ts. */
  orgFlags?: number;
  /** The word may open a lexicon name written in several words (lexicon stage). */
  opensLex?: boolean;
  /** Length of the transliterated name the word holds before a person's particle, 0 when none (person context stage). */
  ctxStem?: number;
  /**
   * Yes-or-no tests on the word alone, answered once per distinct word: the entry tests of the stages that loop over
   * every word (can the stage start here?) and tests persons.ts makes on the words around a title. Each test has a bit
   * saying it was made and a bit with its answer (see GATE_*). Most words start nothing, and a bit test is cheaper than
   * the string tests (set look-ups, indexOf, regular expressions) repeated for every token.
   */
  gates: number;
}

/** Bits of WordInfo.gates: KNOWN once the stage's entry test is made, then the answer. */
export const GATE_TITLED_KNOWN = 1;
export const GATE_TITLED = 2;
export const GATE_PRE_KNOWN = 4;
export const GATE_PRE = 8;
export const GATE_HYPHEN_KNOWN = 16;
export const GATE_HYPHEN = 32;
export const GATE_FOREIGN_KNOWN = 64;
export const GATE_FOREIGN = 128;
/** Tests of persons.ts on the words before a title (isOrgLike, titleSlotKoreanName, isNameToken's four cases). */
export const GATE_ORGLIKE_KNOWN = 1 << 8;
export const GATE_ORGLIKE = 1 << 9;
export const GATE_SLOT_KNOWN = 1 << 10;
export const GATE_SLOT = 1 << 11;
/** isNameToken(word, allowForeign, ssi): the KNOWN bit is GATE_NAME_KNOWN << 2 * case, the answer GATE_NAME << 2 * case. */
export const GATE_NAME_KNOWN = 1 << 12;
export const GATE_NAME = 1 << 13;
/** (GATE_NAME's cases take the bits up to 1 << 19.) The word alone may be an unlisted organization before a name (persons.ts). */
export const GATE_ORGWORD_KNOWN = 1 << 20;
export const GATE_ORGWORD = 1 << 21;
/** The word is a surname and 모 (김모, A모: an unnamed person, persons.ts). */
export const GATE_MO_KNOWN = 1 << 22;
export const GATE_MO = 1 << 23;
/** The word may be one half of a transliterated name (translitWord, persons.ts), and it has a syllable of transliteration. */
export const GATE_TRANSLIT_KNOWN = 1 << 24;
export const GATE_TRANSLIT = 1 << 25;
export const GATE_LOAN_KNOWN = 1 << 26;
export const GATE_LOAN = 1 << 27;

/**
 * The words seen so far (at most WORD_MAX), in an open-addressing table keyed by a hash of their UTF-16 units: the
 * tokenizer finds a word's record from the text itself, without slicing a new string and hashing it for a Map, and
 * hands every stage the same string (its hash computed once for all their set look-ups).
 */
const WORD_MAX = 20000;
/**
 * When the table is full, the words met most often since the last time are kept, at most this many (see
 * keepFrequentWords), and the others forgotten.
 */
const WORD_KEEP = WORD_MAX / 2;
/** Slots: twice the words at least (grown as they come: a single article needs few, and start-up time counts). */
let wordSlots = 1 << 10;
let wordKeys: (string | undefined)[] = new Array(wordSlots).fill(undefined);
let wordInfos: (WordInfo | undefined)[] = new Array(wordSlots).fill(undefined);
/** Times each word was met again since it was added or last kept. */
let wordHits = new Int32Array(wordSlots);
let wordCount = 0;

/** Put the words back into tables of wordSlots slots, those with `keep(slot)` only, with their hits (or 0). */
function rehashWords(keep: ((k: number) => boolean) | null): void {
  const keys = wordKeys;
  const infos = wordInfos;
  const hits = wordHits;
  wordKeys = new Array(wordSlots).fill(undefined);
  wordInfos = new Array(wordSlots).fill(undefined);
  wordHits = new Int32Array(wordSlots);
  wordCount = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key === undefined || (keep && !keep(k))) continue;
    const slot = wordSlot(key, 0, key.length, hashOf(key, 0, key.length));
    wordKeys[slot] = key;
    wordInfos[slot] = infos[k];
    wordHits[slot] = keep ? 0 : hits[k];
    wordCount++;
  }
}

function growWords(): void {
  wordSlots *= 2;
  rehashWords(null);
}

/**
 * The table is full. News keeps meeting names it has not seen (most occur in one article), among words it meets in
 * every article (particles, verbs of speech, stock phrases); forgetting them all would have every stage work out the
 * frequent words again. Kept: the words met again at least t times since the last time, t the smallest of 1, 2, 4 …
 * that keeps at most WORD_KEEP; their counts start again from 0.
 */
function keepFrequentWords(): void {
  let t = 1;
  for (;;) {
    let n = 0;
    for (let k = 0; k < wordSlots; k++) if (wordKeys[k] !== undefined && wordHits[k] >= t) n++;
    if (n <= WORD_KEEP) break;
    t *= 2;
  }
  const hits = wordHits;
  rehashWords((k) => hits[k] >= t);
}

function newWordInfo(word: string): WordInfo {
  // Every field set up front: all word records share one shape (fast property access in every stage).
  return { stems: computeStems(word, 1), title: undefined, org: undefined, place: undefined, lex: undefined, standalone: undefined, strip2: undefined, orgFlags: undefined, opensLex: undefined, ctxStem: undefined, gates: 0 };
}

/** FNV-1a hash of text[start, end) (the tokenizer computes the same while it scans the word). */
const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The slot of text[start, end) of hash h (found, or the empty one where it goes). */
function wordSlot(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  const mask = wordSlots - 1;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const key = wordKeys[k];
    if (key === undefined) return k;
    if (key.length !== len) continue;
    let i = 0;
    while (i < len && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === len) return k;
  }
}

/**
 * The slot of the interned word text[start, end) of hash h, its key and record made on first sight (the slot, not an
 * object holding both: the tokenizer calls this for every word).
 */
function internWord(text: string, start: number, end: number, h: number): number {
  let k = wordSlot(text, start, end, h);
  if (wordKeys[k] !== undefined) wordHits[k]++;
  else {
    if (wordCount >= WORD_MAX) {
      keepFrequentWords();
      k = wordSlot(text, start, end, h);
    } else if (2 * (wordCount + 1) > wordSlots) {
      growWords();
      k = wordSlot(text, start, end, h);
    }
    // A copy, not a slice of the article (a long slice would keep the whole article alive while the word is known).
    const word = end - start >= 13 ? Array.from(text.slice(start, end)).join('') : text.slice(start, end);
    wordKeys[k] = word;
    wordInfos[k] = newWordInfo(word);
    wordCount++;
  }
  return k;
}

/**
 * A yes-or-no test of a token's word alone, made once per distinct word: WordInfo.gates keeps that it was made (bit
 * `known`) and its answer (bit `yes`). `test` is a module-level function, not a closure made per call.
 */
export function gated(t: Tok, known: number, yes: number, test: (t: Tok) => boolean): boolean {
  const inf = wordInfo(t);
  let g = inf.gates;
  if ((g & known) === 0) g = inf.gates = g | known | (test(t) ? yes : 0);
  return (g & yes) !== 0;
}

/** The shared facts of a token's word, found by the tokenizer (or here for a token made elsewhere). */
export function wordInfo(t: Tok): WordInfo {
  let w = t.info;
  if (w) return w;
  w = wordInfos[internWord(t.text, 0, t.text.length, hashOf(t.text, 0, t.text.length))]!;
  t.info = w;
  return w;
}

/** 1: starts and continues a word (Hangul, Latin, digit, ㈜, &); 2: continues only (- .); 3: Hanja. */
function charClass(x: number): number {
  if (x < 128) {
    if ((x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122) || x === 38) return 1;
    return x === 45 || x === 46 ? 2 : 0;
  }
  if ((x >= 0xac00 && x <= 0xd7a3) || (x >= 0x3131 && x <= 0x318e) || (x >= 0x1100 && x <= 0x11ff) || x === 0x3231 ||
    (x >= 0xa960 && x <= 0xa97c) || (x >= 0xd7b0 && x <= 0xd7fb) || (x >= 0x3200 && x <= 0x321e) || (x >= 0x3260 && x <= 0x327e) ||
    x === 0x302e || x === 0x302f || (x >= 0xffa0 && x <= 0xffdc)) return 1;
  if ((x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || (x >= 0xf900 && x <= 0xfaff) || x === 0x3005 || x === 0x3007) return 3;
  return 0;
}

/** Words of the text: runs of Hangul, Latin letters and digits (inner - and . kept: GPT-4, 2.0); Hanja runs apart. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = charClass(text.charCodeAt(i));
    if (c === 0 || c === 2) { i++; continue; }
    const start = i;
    // The word's hash (hashOf) is computed in the scan: its characters are read once.
    let h = Math.imul(FNV_SEED ^ text.charCodeAt(i), FNV_PRIME);
    i++;
    let end = i;
    let hEnd = h;
    if (c === 3) {
      for (let x: number; i < n && charClass((x = text.charCodeAt(i))) === 3; i++) h = Math.imul(h ^ x, FNV_PRIME);
      end = i;
      hEnd = h;
    } else {
      // A trailing - or . is not part of the word: the word and its hash end at the last other character.
      while (i < n) {
        const x = text.charCodeAt(i);
        const k = charClass(x);
        if (k !== 1 && k !== 2) break;
        h = Math.imul(h ^ x, FNV_PRIME);
        i++;
        if (k === 1) { end = i; hEnd = h; }
      }
    }
    const k = internWord(text, start, end, hEnd);
    out.push({ start, end, text: wordKeys[k]!, info: wordInfos[k] });
  }
  return out;
}

export const isHangul = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 0xac00 && x <= 0xd7a3) || (x >= 0x1100 && x <= 0x11ff) || (x >= 0x3130 && x <= 0x318f);
};

/** The longest entry of `set` (max length `maxLen`) that ends `w` and is shorter than it, or undefined. */
const LAST_CHARS = new WeakMap<Words, CodeSet>();
export function endingIn(w: string, set: Words, maxLen: number): string | undefined {
  let last = LAST_CHARS.get(set);
  if (!last) { last = new CodeSet([...set].map((x) => x.charCodeAt(x.length - 1))); LAST_CHARS.set(set, last); }
  if (w.length < 2 || !last.has(w.charCodeAt(w.length - 1))) return undefined;
  for (let l = Math.min(maxLen, w.length - 1); l >= 1; l--) {
    const tail = w.slice(w.length - l);
    if (set.has(tail)) return tail;
  }
  return undefined;
}
/** Syllables that mostly occur in transliterated foreign words (스, 르, 트 …). */
export const FOREIGN_SYL = codeSetOf('스르트크프즈드브츠그므느흐쉬슈셰쥐츄');

/** All stems of a token (minStem 1), computed once per token; callers skip stems shorter than they need. */
export function tokStems(t: Tok): string[] {
  return wordInfo(t).stems;
}

/**
 * The particle (chain) tails that end `word` and leave a stem of at least `minStem` characters, as a bit mask: bit l
 * set for the tail of length l (1 … MAX_P). The tails are tried from the shortest, up to the first that does not
 * start with Hangul. (A mask, not an array: computeStems and shortestStem read the same answer without allocating.)
 */
function particleTails(word: string, minStem: number): number {
  // Every tail tried below ends with the word's last character (done for every new word: most end in no particle).
  if (!PARTICLE_LAST.has(word.charCodeAt(word.length - 1))) return 0;
  let mask = 0;
  for (let l = 1; l <= MAX_P && word.length - l >= minStem; l++) {
    const tail = word.slice(word.length - l);
    if (!isHangul(tail[0])) break;
    if (PARTICLES.has(tail) && agreesWith(word.charCodeAt(word.length - l - 1), tail)) mask |= 1 << l;
  }
  return mask;
}

/**
 * Does a particle's form fit the syllable before it? Korean writes 이, 은, 을, 과 and 으로… after a syllable with a
 * final consonant and 가, 는, 를, 와 after one without (왕레이 대변인: 레 has none, so its 이 is part of the name, not
 * the subject's particle). Only for a Hangul syllable before the particle; the copula's forms (이다, 이라고) go either way.
 */
function agreesWith(before: number, tail: string): boolean {
  if (before < 0xac00 || before > 0xd7a3) return true;
  const final = (before - 0xac00) % 28 !== 0;
  const c = tail.charCodeAt(0);
  if (tail === '이' || c === 0xc740 /* 은 */ || c === 0xc744 /* 을 */ || c === 0xacfc /* 과 */ || c === 0xc73c /* 으 */) return final;
  if (tail === '가' || c === 0xb294 /* 는 */ || c === 0xb97c /* 를 */ || c === 0xc640 /* 와 */) return !final;
  return true;
}

/**
 * Possible stems of a word, longest first: the word itself, then the word without each particle (chain) that ends it.
 * A stem keeps at least `minStem` characters.
 */
export function computeStems(word: string, minStem: number): string[] {
  const out = [word];
  const mask = particleTails(word, minStem);
  for (let l = 1; mask >>> l !== 0; l++) if ((mask >>> l) & 1) out.push(word.slice(0, word.length - l));
  return out;
}

/** The word without its particle: the shortest particle-free reading when a particle ends it (stem ≥ minStem). */
export function stripParticle(word: string, minStem = 2): string {
  // Latin (or digits) followed by Hangul: the Hangul tail is a particle when it is one.
  const c0 = word.charCodeAt(0);
  const m = c0 < 0x1100 || c0 === 0x3231 ? /^([A-Za-z0-9㈜&\-.]+)(\p{Script=Hangul}+)$/u.exec(word) : null;
  if (m && PARTICLES.has(m[2])) return m[1];
  return shortestStem(word, minStem);
}

/**
 * The last of computeStems(word, minStem), without the array: the stem before the longest particle (chain) that ends
 * the word. (Computed each time: a cache of these answers, keyed by the strings asked about, mostly new, cost more in
 * look-ups than it saved.)
 */
function shortestStem(word: string, minStem: number): string {
  const mask = particleTails(word, minStem);
  return mask === 0 ? word : word.slice(0, word.length - (31 - Math.clz32(mask)));
}

/** stripParticle for a token, from its cached stems. */
export function tokStrip(t: Tok, minStem = 2): string {
  if (minStem === 2) {
    const inf = wordInfo(t);
    return inf.strip2 !== undefined ? inf.strip2 : (inf.strip2 = tokStripUncached(t, 2));
  }
  return tokStripUncached(t, minStem);
}

function tokStripUncached(t: Tok, minStem: number): string {
  const c0 = t.text.charCodeAt(0);
  if (c0 < 0x1100 || c0 === 0x3231) return stripParticle(t.text, minStem);
  const s = tokStems(t);
  for (let k = s.length - 1; k > 0; k--) if (s[k].length >= minStem) return s[k];
  return s[0];
}


/** A Korean personal name: known surname + 1–2 syllables (or 2-syllable surname + 1–2). */
export function koreanNameShape(w: string): boolean {
  if (w.length < 2 || w.length > 4) return false;
  if (!isSyllableWord(w)) return false;
  if (w.length === 4) { const s2 = SURNAMES.get(w.slice(0, 2)); return !!s2 && s2.length > 3; }
  return SURNAME_CODES.has(w.charCodeAt(0));
}

/** Korean-name shape with given-name syllables that are usual in names (to find names that stand alone). */
export function likelyKoreanName(w: string): boolean {
  if (w.length !== 3 || !koreanNameShape(w)) return false;
  if (!GIVEN_CODES.has(w.charCodeAt(1)) || !GIVEN_CODES.has(w.charCodeAt(2))) return false;
  if (NOT_PERSON.has(w) || NOT_PERSON.has(w.slice(0, 2)) || NOT_PERSON.has(w.slice(1))) return false;
  return true;
}

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins overlaps. */
  priority: number;
  source: string;
  lex?: LexEntry;
  title?: string;
  /** Span of the organization the person belongs to (apposition: 김성훈 업스테이지 대표). */
  affiliation?: { start: number; end: number };
}

/**
 * A candidate, with every field present and always in this order: all candidates then share one object shape (hidden
 * class), so the resolver, the joins and clustering read their fields at one shape instead of the many that literals
 * with different optional fields made (V8 deoptimized recognizeEntities and cluster on a new shape and compiled them
 * again).
 */
export function cand(start: number, end: number, type: EntityType, priority: number, source: string, lex?: LexEntry, title?: string, affiliation?: { start: number; end: number }): Candidate {
  return { start, end, type, priority, source, lex, title, affiliation };
}

/** A copy of a candidate with some fields changed, of the same shape (a spread `{ ...c, start }` makes another). */
export function derive(c: Candidate, changes: Partial<Candidate>): Candidate {
  return Object.assign(cand(c.start, c.end, c.type, c.priority, c.source, c.lex, c.title, c.affiliation), changes);
}

// Changed after they are made: a lexicon entry and type found for a name (recognizeEntities), a start or source set by
// derive (see pipeline/shapes.ts).
changeFieldsAtLoad(() => {
  const c = cand(0, 1, 'person', 1, 'x');
  c.lex = { id: 0 } as LexEntry;
  c.type = 'place';
  derive(c, { start: 2, source: 'y', lex: undefined });
});

export interface StageInput {
  text: string;
  tokens: Tok[];
  sentences: { start: number; end: number }[];
}

/** Text between two tokens is only spaces (same phrase). */
export function spaced(text: string, a: Tok, b: Tok): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ') return false;
  return true;
}

/** Index of the first token that starts at or after `pos` (binary search), tokens.length when none. */
export function tokenIndexFrom(tokens: Tok[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
