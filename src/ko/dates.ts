/**
 * Stage: Korean calendar expressions (dates, weeks, months, quarters, halves, years), normalized against the
 * publication date. Clock times are recognized and attached to the day mentioned in the same sentence.
 *
 * The scanner tries a small parser at every word start (first character filtered) with sticky regexes of bounded
 * length, so the work is linear in the text length.
 *
 * Conventions (chosen from the ko-dev gold):
 * - a day or month range written once ("27~28일", "4∼5월", "이달 1~2일") is ONE mention whose value is an ISO 8601
 *   interval "start/end"; a year range ("2002~2010년", "1914~1974") gives one mention per year.
 * - parts of a period keep the period's granularity: "9월 말" → month, "올해 말"/"연말" → year; "상반기" → H1.
 * - spans never include particles; "지난"/"오는" are part of the span ("지난 3월").
 */
import type { DateMention, Granularity } from '../types';
import lex from './lexicon/dates.json';
import { civil, dayNumber, daysInMonth, p2, validDay, validMonth, validYear, weekday, Ymd } from './calendar';
import { CodeSet, codeSetOf, finalOf, isHangulCp } from './chars';
import { changeFieldsAtLoad } from '../pipeline/shapes';

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers (UTC day numbers)

function fmtDay(x: Ymd): string {
  return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
}
function fmtMonth(y: number, m: number): string {
  return `${y}-${p2(m)}`;
}
function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}
/** ISO week "YYYY-Www" of a day number. */
function isoWeek(n: number): string {
  const thursday = n - weekday(n) + 3;
  const ty = civil(thursday).y;
  const week = Math.floor((thursday - dayNumber(ty, 1, 1)) / 7) + 1;
  return `${ty}-W${p2(week)}`;
}
/** The number written by the n ASCII digits at i, -1 when one of them is not a digit. */
function digitsAt(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k);
    if (!(c >= 48 && c <= 57)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}
/** /^(\d{4})-(\d{2})-(\d{2})/ read by char code (this runs for every day found). */
function parseYmd(s: string | null): Ymd | null {
  if (!s || s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  return y < 0 || m < 0 || d < 0 ? null : { y, m, d };
}
/** /^\d{4}-\d{2}-\d{2}$/: a full day value. */
function isFullDay(s: string): boolean {
  return s.length === 10 && parseYmd(s) !== null;
}
/** /^\d{4}$/: a year value. */
function isYearValue(s: string): boolean {
  return s.length === 4 && digitsAt(s, 0, 4) >= 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

type Dir = -1 | 0 | 1;
const YEAR_WORDS = lex.yearWords as Record<string, number | string>;
const MONTH_WORDS = lex.monthWords as Record<string, number>;
const WEEK_WORDS = lex.weekWords as Record<string, number>;
const DAY_WORDS = lex.dayWords as Record<string, number>;
const FROM_PUBLISHED = new Set(lex.dayWordsFromPublished);
const FROM_PREVIOUS = new Set(lex.dayWordsFromPrevious);
const FIXED_HOLIDAYS = lex.fixedHolidays as Record<string, string>;
const LUNAR = lex.lunarHolidays as Record<string, Record<string, string>>;
const HOLIDAY_ALIASES = lex.holidayAliases as Record<string, string>;
/** Counts in native numerals (나흘, 넉 달): with 전 after them they are dates, as N일 전 is. */
const NATIVE_COUNTS = lex.nativeCounts as unknown as Record<string, [number, 'day' | 'month']>;
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const YEAR_KEYS = Object.keys(YEAR_WORDS).sort(byLengthDesc);
const MONTH_KEYS = Object.keys(MONTH_WORDS).sort(byLengthDesc);
const WEEK_KEYS = Object.keys(WEEK_WORDS).sort(byLengthDesc);
const DAY_KEYS = Object.keys(DAY_WORDS).sort(byLengthDesc);
const HOLIDAY_KEYS = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(LUNAR), ...Object.keys(HOLIDAY_ALIASES)].sort(byLengthDesc);

/** Keys grouped by their first UTF-16 unit, order kept (longest first): a look-up tries only the keys that can match. */
interface KeyIndex {
  /** The first units, asked before the Map (most places start with none of them). */
  first: CodeSet;
  byFirst: Map<number, string[]>;
}
function keyIndex(keys: string[]): KeyIndex {
  const byFirst = new Map<number, string[]>();
  for (const k of keys) {
    const c = k.charCodeAt(0);
    const list = byFirst.get(c);
    if (list) list.push(k);
    else byFirst.set(c, [k]);
  }
  return { first: new CodeSet(byFirst.keys()), byFirst };
}
/** The keys that start with the unit c, in their order (undefined when none does). */
function keysAt(idx: KeyIndex, c: number): string[] | undefined {
  return idx.first.has(c) ? idx.byFirst.get(c) : undefined;
}
const YEAR_IDX = keyIndex(YEAR_KEYS);
const MONTH_IDX = keyIndex(MONTH_KEYS);
const WEEK_IDX = keyIndex(WEEK_KEYS);
const DAY_IDX = keyIndex(DAY_KEYS);
const HOLIDAY_IDX = keyIndex(HOLIDAY_KEYS);
const NATIVE_IDX = keyIndex(Object.keys(NATIVE_COUNTS).sort(byLengthDesc));

/** Seasons after a year (올해 여름, 2016년 봄, 지난 겨울), fused with 올 (올여름): ISO 8601-2 / TIMEX3 season codes. */
const SEASONS: Record<string, string> = { 봄: 'SP', 여름: 'SU', 가을: 'FA', 겨울: 'WI' };

/** Hangul syllables and jamo (the ranges \p{Script=Hangul} covers in news text), tested by code for speed. */
function isHangulCode(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xd7b0 && c <= 0xd7ff);
}
function isHangul(ch: string | undefined): boolean {
  return ch !== undefined && isHangulCode(ch.charCodeAt(0));
}

/**
 * The scan's table, one entry a character (in the pipeline, after the entity stage, the scan's tables are mostly out
 * of the cache: one line a character, and no Map look-up at a word start):
 * - bits 0-1, the start class. Characters a candidate can start with: 1 for digits, 3 for the first character of a
 *   one-character word (올, 설), 2 for the first syllable of longer words only. Every way parseAt reads a candidate
 *   that does not start with a digit begins with one of these words or a native count (이틀, 열흘), or is 올 or 지난
 *   fused with a season (올여름): at a 2 the second character must be one of theirs (SECONDS), and at a 3 either that
 *   or a word end must follow (every word is read up to a word end), so most word starts with a common syllable (수
 *   있다, 전날 but 전문가, 한 …, 설명) are ruled out without parsing;
 * - bit 2 (WORD_BIT), a word character: ASCII letters and digits, and the Hangul of isHangulCode;
 * - bits 3-15, the index in SECONDS of the second characters of the words that start with the character (0: none).
 */
const SCAN = new Uint16Array(65536);
const WORD_BIT = 4;
for (const [a, b] of [[48, 57], [65, 90], [97, 122], [0xac00, 0xd7a3], [0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xd7b0, 0xd7ff]]) SCAN.fill(WORD_BIT, a, b + 1);
for (let c = 48; c <= 57; c++) SCAN[c] |= 1;
const OTHER_WORDS = [...YEAR_KEYS, ...MONTH_KEYS, ...WEEK_KEYS, ...DAY_KEYS, ...HOLIDAY_KEYS, '지난', '오는', '상반기', '하반기', '연말', '연초', '연내', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'];
const NATIVE_KEYS = Object.keys(NATIVE_COUNTS);
const FUSED_SEASONS = Object.keys(SEASONS).flatMap((w) => ['올' + w, '지난' + w]);
const SECOND_CHARS = new Map<number, string>();
for (const k of [...OTHER_WORDS, ...NATIVE_KEYS, ...FUSED_SEASONS]) {
  const c = k.charCodeAt(0);
  if (k.length === 1) SCAN[c] |= 3;
  else {
    if ((SCAN[c] & 3) === 0) SCAN[c] |= 2;
    SECOND_CHARS.set(c, (SECOND_CHARS.get(c) ?? '') + k[1]);
  }
}
/** SECONDS[SCAN[c] >> 3]: the second characters of the words that start with c ('' for none). */
const SECONDS: string[] = [''];
for (const [c, seconds] of SECOND_CHARS) {
  if (SECONDS.length > 0x1fff) throw new Error('dates: more first characters than SCAN can index');
  SCAN[c] |= SECONDS.length << 3;
  SECONDS.push(seconds);
}
/** Can a word of the lexicon that starts with the character at p (start class 2 or 3) start here? */
function secondCharOk(text: string, p: number, seconds: string): boolean {
  const d = text.charCodeAt(p + 1);
  for (let k = 0; k < seconds.length; k++) if (seconds.charCodeAt(k) === d) return true;
  return false;
}

/** First syllables that start only a native count (사흘, 넉 달): nothing else is tried there. */
const NATIVE_ONLY = new Uint8Array(65536);
for (const k of NATIVE_KEYS) NATIVE_ONLY[k.charCodeAt(0)] = 1;
for (const k of OTHER_WORDS) NATIVE_ONLY[k.charCodeAt(0)] = 0;

// At a digit parseAt reads the numbers only: no word that wordsAt looks up before the numbers starts with one (the
// holidays, read after them, are not concerned).
if ([...YEAR_KEYS, ...MONTH_KEYS, ...WEEK_KEYS, ...DAY_KEYS, ...NATIVE_KEYS].some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57)) {
  throw new Error('dates: a date word starts with a digit, and parseAt reads the numbers first');
}

/** Particles and copulas that may follow a date word directly. */
const PARTICLES = ['으로', '에서', '부터', '까지', '보다', '처럼', '이나', '이다', '입니다', '다', '이었', '이면', '이라', '이후', '이전', '대비', '들어', '에는', '에도', '엔', '은', '는', '이', '가', '을', '를', '에', '의', '도', '만', '께', '경', '쯤', '로', '과', '와', '나', '인', '였', '라', '중', '내', '안', '말', '초', '분'];
/** The particles by first unit (whether one of them starts at p does not depend on the order they are tried in). */
const PARTICLE_IDX = keyIndex(PARTICLES);
function wordEnd(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (!isHangulCode(c)) return true; // (NaN past the end)
  const words = keysAt(PARTICLE_IDX, c);
  if (words !== undefined) for (const w of words) if (text.startsWith(w, p)) return true;
  return false;
}

/** After a number + 일/월/년: markers that make it a duration, count or age rather than a date. */
const NUM_DIRECT_BAD = codeSetOf('간째여씩치대생차분급세제');
const NUM_FUSED_BAD = keyIndex(['동안', '만에', '만의', '만이', '이내', '내내', '짜리', '가량', '남짓']);
const NUM_AFTER_SPACE_BAD = keyIndex(['동안', '만에', '만의', '만이', '이내', '내내', '짜리', '가량', '정도', '이상', '이하', '연속', '남짓', '넘게', '뒤', '후', '사이', '만', '전']);
/** (Each word list is asked only for the words that start with the character there: the answer is whether any fits.) */
function numericEndOk(text: string, p: number, modded = false): boolean {
  const c = text.charCodeAt(p);
  if (NUM_DIRECT_BAD.has(c)) return false;
  const fused = keysAt(NUM_FUSED_BAD, c);
  if (fused !== undefined) for (const w of fused) if (text.startsWith(w, p)) return false;
  const q = c === 32 ? p + 1 : p;
  const after = keysAt(NUM_AFTER_SPACE_BAD, text.charCodeAt(q));
  if (after !== undefined) {
    for (const w of after) {
      // (19일 전 거래일: 전 there opens 'the previous trading day'.)
      if (text.startsWith(w, q) && wordEnd(text, q + w.length) && !(modded && (w === '전' || w === '후' || w === '뒤')) && !(w === '전' && text.startsWith(' 거래일', q + 1))) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

interface Expr {
  start: number;
  end: number;
  mod: Dir;
  yearAbs?: number;
  yearRel?: number;
  yearKey?: 'new' | 'prev' | 'next';
  monthAbs?: number;
  monthAbs2?: number;
  monthRel?: number;
  dayAbs?: number;
  dayAbs2?: number;
  dayWord?: string;
  weekRel?: number;
  weekday?: number;
  part?: string;
  /** 9월 셋째 주: the week of the month (1 … 5), or -1 for 마지막 주. */
  weekOfMonth?: number;
  holiday?: string;
  /** Season code (SP, SU, FA, WI) of 봄, 여름, 가을, 겨울 after a year word or 지난/오는. */
  season?: string;
  /** First year of a decade (1990년대 → 1990). */
  decade?: number;
  ago?: { n: number; unit: 'year' | 'month' | 'week' | 'day' };
}

/**
 * Every expression is made here with all its fields (unset ones undefined), in one order: one object shape for
 * parseAt, findDates and resolve to read. Fields added one by one as the parser found them gave expressions of
 * dozens of shapes, and property reads in resolve that no inline cache could keep monomorphic.
 */
function newExpr(start: number, end: number, yearAbs?: number): Expr {
  return {
    start,
    end,
    mod: 0,
    yearAbs,
    yearRel: undefined,
    yearKey: undefined,
    monthAbs: undefined,
    monthAbs2: undefined,
    monthRel: undefined,
    dayAbs: undefined,
    dayAbs2: undefined,
    dayWord: undefined,
    weekRel: undefined,
    weekday: undefined,
    part: undefined,
    holiday: undefined,
    season: undefined,
    decade: undefined,
    ago: undefined,
  };
}

// parseAt and resolve fill an expression's fields after making it, some first met far into a run (a season, a year
// key, a decade): every field written once at load with a value of its kind (see pipeline/shapes.ts).
changeFieldsAtLoad(() => {
  const e = newExpr(0, 1);
  e.start = 1;
  e.end = 2;
  e.mod = 1;
  e.yearAbs = 2000;
  e.yearRel = -1;
  e.yearKey = 'new';
  e.monthAbs = 1;
  e.monthAbs2 = 2;
  e.monthRel = -1;
  e.dayAbs = 1;
  e.dayAbs2 = 2;
  e.dayWord = '';
  e.weekRel = -1;
  e.weekday = 1;
  e.part = '';
  e.weekOfMonth = 1;
  e.holiday = '';
  e.season = 'SP';
  e.decade = 1990;
  e.ago = { n: 1, unit: 'year' };
});

const SP = '[ \\u00a0]?';
/**
 * Characters some patterns need at one place, each written once: in the patterns' character classes and in the sets
 * that test for them before a pattern runs (the guards below).
 */
const DASHES = '~∼〜-–—';
const MD_SEPS = '·‧ㆍ.';
const DOT_SEPS = './-';
const LIST_SEPS = ',·ㆍ';
const TITLE_CLOSES = '\'’"”」』';
const AGO_UNITS = ['년', '개월', '달', '주일', '주', '일'];
/** A regular-expression character class of these characters. */
const cls = (chars: string) => `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;
const RANGE_SEP = `${SP}${cls(DASHES)}${SP}`;
const re = (s: string) => new RegExp(s, 'uy');
const RE_AGO = re(`(\\d{1,4})${SP}(${AGO_UNITS.join('|')})${SP}전`);
const RE_YEAR_RANGE = re(`(\\d{4})(년)?(${RANGE_SEP})(\\d{4})(년(?:도)?)?(?!\\d)`);
const RE_YEAR_LIST = re(`(\\d{4})(?=${SP}${cls(LIST_SEPS)}${SP}\\d{4}년)`);
const RE_DOTTED = re(`(\\d{4})${SP}(${cls(DOT_SEPS)})${SP}(\\d{1,2})${SP}\\2${SP}(\\d{1,2})(?![\\d])`);
const RE_YEAR = re(`(\\d{4})${SP}년(도)?`);
const RE_YEAR_SEASON = re(`(\\d{4})${SP}시즌`);
/** An academic year (2026학년도): the school year that starts in that year, named by it. */
const RE_YEAR_ACADEMIC = re(`(\\d{4})${SP}학년도`);
const RE_YEAR_TITLE = re(`(\\d{4})(?=${cls(TITLE_CLOSES)})`);
const RE_MONTH_RANGE = re(`(\\d{1,2})${RANGE_SEP}(\\d{1,2})월`);
const RE_MONTH = re(`(\\d{1,2})월`);
const RE_DAY_RANGE = re(`(\\d{1,2})${RANGE_SEP}(\\d{1,2})일`);
const RE_DAY = re(`(\\d{1,2})일`);
const RE_MD_DOT = re(`(\\d{1,2})${cls(MD_SEPS)}(\\d{1,2})(?![\\d])`);
const RE_ELECTION = re(`(\\d{1,2})${cls(MD_SEPS)}(\\d{1,2})(?=[ ]?(?:재보궐선거|보궐선거|재보선|재보궐|보선|총선|지방선거|대선|선거|교육감선거))`);
const RE_MOD = re(`(지난|오는)[ \\u00a0]`);
const RE_WEEKDAY = re(`(월|화|수|목|금|토|일)요일`);
const RE_QUARTER = re(`([1-4])${SP}분기`);
const RE_GANJI = re(`[갑을병정무기경신임계][자축인묘진사오미신유술해]년(?:[ ]?새해)?`);
const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const RE_DECADE = re(`(\\d{4}|\\d{2})${SP}년대`);
const SEASON_WORDS = Object.keys(SEASONS);
const SEASON_IDX = keyIndex(SEASON_WORDS);
const DECADE_PARTS_IDX = keyIndex(['초반', '중반', '후반', '말', '초']);
const YEAR_PARTS_IDX = keyIndex(['상반기', '하반기', '연말', '연초', '연내', '말께', '말경', '말', '초', '중반', '초반', '후반', '이맘때', '첫날', '벽두', '시즌', '한 해']);
const MONTH_PARTS_IDX = keyIndex(['초순', '중순', '하순', '말께', '말경', '말', '초']);
const HALVES_IDX = keyIndex(['상반기', '하반기', '연말', '연초', '연내']);
const WEEK_PARTS_IDX = keyIndex(['초', '말', '중반']);
/** The next word is a verb modifying a noun (발표된, 열린, 발생한, 나온): the date before it is in a relative clause. */
const ADNOMINAL_NEXT = /^ \p{Script=Hangul}{1,5}(?:된|한|던|린|난|진|온|운|간|낸|친|인) \p{Script=Hangul}/u;
const WEEKDAYS = '월화수목금토일';

/** Characters that, right before a number, make it part of something else (3.5, 1,000, 10:30, A4, 1~2). */
const NUM_PREV_BAD = codeSetOf('0123456789.,:-/~∼〜–—·‧ㆍABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
/** Number of ASCII digits from p. */
function digitRun(text: string, p: number): number {
  let q = p;
  while (q < text.length) {
    const c = text.charCodeAt(q);
    if (c < 48 || c > 57) break;
    q++;
  }
  return q - p;
}
function exec(r: RegExp, text: string, p: number): RegExpExecArray | null {
  r.lastIndex = p;
  return r.exec(text);
}

/*
 * Guards before the sticky regular expressions. A regex call (and its match array) costs far more than a look at one
 * or two characters, and at most word starts the patterns cannot match: each exec below is preceded by a test of
 * the character(s) its pattern needs right after the digits (or at a fixed place), a necessary condition, so the
 * results are unchanged. Counted on 2,000 generated articles, these tests leave ~1 regex call in 8.
 */
/** The dash of RANGE_SEP. */
const RANGE_DASH = codeSetOf(DASHES);
/** The separator of RE_MD_DOT and RE_ELECTION. */
const MD_SEP = codeSetOf(MD_SEPS);
/** The first characters of RE_AGO's units. */
const AGO_UNIT = codeSetOf(AGO_UNITS.map((u) => u[0]).join(''));
/** The separator of RE_DOTTED. */
const DOT_SEP = codeSetOf(DOT_SEPS);
/** The separator of RE_YEAR_LIST. */
const LIST_SEP = codeSetOf(LIST_SEPS);
/** What RE_YEAR_TITLE looks for after a year. */
const TITLE_CLOSE = codeSetOf(TITLE_CLOSES);
const NYEON = '년'.charCodeAt(0);
const WOL = '월'.charCodeAt(0);
const IL = '일'.charCodeAt(0);
const BUN = '분'.charCodeAt(0);
const SI_ = '시'.charCodeAt(0);
const HAK = '학'.charCodeAt(0);
const YO = '요'.charCodeAt(0);
/** The char code at i, or at i + 1 when i holds the optional space of SP ([ \u00a0]?). */
function afterSp(text: string, i: number): number {
  return text.charCodeAt(skipSpace(text, i));
}
const DAE = '대'.charCodeAt(0);
/** Can RE_AGO's SP전 follow a unit (one or two characters: 년, 개월 …) that starts at u? */
function jeonAfterUnit(text: string, u: number): boolean {
  return text.charCodeAt(u + 1) === JEON || text.charCodeAt(u + 2) === JEON || text.charCodeAt(u + 3) === JEON;
}
/** Can ([1-4])SP분기 (RE_QUARTER) match at p? */
function quarterMayStart(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c >= 49 && c <= 52 && afterSp(text, p + 1) === BUN;
}
/** Can (월|화|수|목|금|토|일)요일 (RE_WEEKDAY) match at p? Its second character is always 요. */
function weekdayMayStart(text: string, p: number): boolean {
  return text.charCodeAt(p + 1) === YO;
}
function matchWord(text: string, p: number, idx: KeyIndex): string | null {
  const keys = keysAt(idx, text.charCodeAt(p));
  if (keys === undefined) return null;
  for (const k of keys) if (text.startsWith(k, p) && wordEnd(text, p + k.length)) return k;
  return null;
}
/** Optional single space then one of the words, followed by a word end. Returns [word, endPos]. */
function spaceWord(text: string, p: number, idx: KeyIndex): [string, number] | null {
  const q = skipSpace(text, p);
  // Only the words that start with the character at q can start there (their order kept: the first that fits).
  const words = keysAt(idx, text.charCodeAt(q));
  if (words !== undefined) for (const w of words) if (text.startsWith(w, q) && wordEnd(text, q + w.length)) return [w, q + w.length];
  return null;
}
/** Past the optional space of SP at p. */
function skipSpace(text: string, p: number): number {
  const c = text.charCodeAt(p);
  return c === 32 || c === 0xa0 ? p + 1 : p;
}

/** Holiday name at p (after an optional space), canonical name and end. */
function holidayAt(text: string, p: number): [string, number] | null {
  const r = spaceWord(text, p, HOLIDAY_IDX);
  if (!r) return null;
  const [w, end] = r;
  // (설 수 있었다 'could stand': 설 before a space is the holiday only before its words: 설 연휴, 설 대목.)
  if (w === '설' && !/^(?:[ ]?(?:연휴|당일|명절|전후|전날|다음날|이후|이전|대목|선물|차례|귀성|특수|성수품|물가|밥상|까지|부터|에|엔|을|이|은)|$|[^\p{Script=Hangul}\s])/u.test(text.slice(end, end + 4))) return null;
  return [HOLIDAY_ALIASES[w] ?? w, end];
}

/** Day (or day range) at p, validated. */
function dayAt(text: string, p: number, e: Expr): number | null {
  // Both patterns read a run of one or two digits, then SP and a dash (a range) or 일.
  const len = digitRun(text, p);
  if (len === 0 || len > 2) return null;
  let m = RANGE_DASH.has(afterSp(text, p + len)) ? exec(RE_DAY_RANGE, text, p) : null;
  if (m && validDay(+m[1]) && validDay(+m[2]) && +m[2] > +m[1] && numericEndOk(text, p + m[0].length, e.mod !== 0)) {
    e.dayAbs = +m[1];
    e.dayAbs2 = +m[2];
    return p + m[0].length;
  }
  m = text.charCodeAt(p + len) === IL ? exec(RE_DAY, text, p) : null;
  if (m && validDay(+m[1]) && numericEndOk(text, p + m[0].length, e.mod !== 0)) {
    e.dayAbs = +m[1];
    return p + m[0].length;
  }
  return null;
}
function monthAt(text: string, p: number, e: Expr): number | null {
  // As in dayAt: one or two digits, then SP and a dash (a range) or 월.
  const len = digitRun(text, p);
  if (len === 0 || len > 2) return null;
  let m = RANGE_DASH.has(afterSp(text, p + len)) ? exec(RE_MONTH_RANGE, text, p) : null;
  if (m && validMonth(+m[1]) && validMonth(+m[2]) && +m[2] > +m[1] && numericEndOk(text, p + m[0].length)) {
    e.monthAbs = +m[1];
    e.monthAbs2 = +m[2];
    return p + m[0].length;
  }
  m = text.charCodeAt(p + len) === WOL ? exec(RE_MONTH, text, p) : null;
  // 4월회, 6월항쟁: a month fused with a noun names something else. 1월 사이 (… and January) ends a span of months:
  // a month is no duration (that is 개월), so 사이 after it keeps the date.
  const q = m ? p + m[0].length : p;
  if (m && validMonth(+m[1]) && (text.startsWith('사이', q) || text.startsWith(' 사이', q) || (numericEndOk(text, q) && wordEnd(text, q)))) {
    e.monthAbs = +m[1];
    return p + m[0].length;
  }
  return null;
}
/** Trailing weekday ("9월 3일 목요일", "3일(목)" is left alone). */
function weekdayTail(text: string, p: number, e: Expr): number {
  const q = skipSpace(text, p);
  const m = weekdayMayStart(text, q) ? exec(RE_WEEKDAY, text, q) : null;
  if (m && wordEnd(text, q + m[0].length)) {
    e.weekday = WEEKDAYS.indexOf(m[1]);
    return q + m[0].length;
  }
  return p;
}
/** After a day or month: what follows the numeric part of the day. */
function afterDay(text: string, p: number, e: Expr): number {
  return weekdayTail(text, p, e);
}
function afterMonth(text: string, p: number, e: Expr): number {
  if (e.monthAbs2 === undefined) {
    const q = skipSpace(text, p);
    const d = dayAt(text, q, e);
    if (d !== null) return afterDay(text, d, e);
    const w = weekOfMonthAt(text, p, e);
    if (w !== null) return w;
  }
  const part = spaceWord(text, p, MONTH_PARTS_IDX);
  if (part) {
    e.part = part[0];
    return part[1];
  }
  return p;
}
const WEEK_ORDINALS: Record<string, number> = { 첫째: 1, 첫: 1, 둘째: 2, 셋째: 3, 넷째: 4, 다섯째: 5, 마지막: -1 };
/** 첫째 주, 셋째 주, 마지막 주 after a month: 주 at the end, before no Hangul or before a particle (not 첫 주말, 셋째 주간). */
const RE_WEEK_OF_MONTH = new RegExp(`[ ]?(${Object.keys(WEEK_ORDINALS).join('|')})[ ]?주(?=$|[^가-힣]|[에의는도를은와부까])`, 'uy');
/** The ordinals' first characters: most months are followed by something else, and the pattern is not run. */
const WEEK_ORDINAL_FIRST = codeSetOf(Object.keys(WEEK_ORDINALS).map((w) => w[0]).join(''));
/** The week of the month written at p (9월 셋째 주): its end, or null. */
function weekOfMonthAt(text: string, p: number, e: Expr): number | null {
  if (!WEEK_ORDINAL_FIRST.has(text.charCodeAt(text.charCodeAt(p) === 32 ? p + 1 : p))) return null;
  const m = exec(RE_WEEK_OF_MONTH, text, p);
  if (!m) return null;
  e.weekOfMonth = WEEK_ORDINALS[m[1]];
  return p + m[0].length;
}
function afterYear(text: string, p: number, e: Expr): number {
  const q = skipSpace(text, p);
  // month, M·D (election names "2021년 4‧7"), quarter, half, holiday
  const mr = monthAt(text, q, e);
  if (mr !== null) return afterMonth(text, mr, e);
  const mdLen = digitRun(text, q);
  const md = mdLen >= 1 && mdLen <= 2 && MD_SEP.has(text.charCodeAt(q + mdLen)) ? exec(RE_MD_DOT, text, q) : null;
  if (md && (e.yearAbs !== undefined || e.yearRel !== undefined) && validMonth(+md[1]) && validDay(+md[2]) && wordEnd(text, q + md[0].length) && !/[.%°℃A-Za-z]/.test(text[q + md[0].length] ?? '')) {
    e.monthAbs = +md[1];
    e.dayAbs = +md[2];
    return q + md[0].length;
  }
  const qm = quarterMayStart(text, q) ? exec(RE_QUARTER, text, q) : null;
  if (qm && wordEnd(text, q + qm[0].length)) {
    e.part = 'Q' + qm[1];
    return q + qm[0].length;
  }
  // "2017년 정유년 새해": the sexagenary name and 새해 belong to the same year.
  const gj = text.charCodeAt(q + 2) === NYEON ? exec(RE_GANJI, text, q) : null;
  if (gj && e.yearAbs !== undefined && wordEnd(text, q + gj[0].length)) return q + gj[0].length;
  const h = holidayAt(text, p);
  if (h) {
    e.holiday = h[0];
    return h[1];
  }
  const season = spaceWord(text, p, SEASON_IDX);
  if (season) {
    e.season = SEASONS[season[0]];
    return season[1];
  }
  const part = spaceWord(text, p, YEAR_PARTS_IDX);
  if (part && (part[0] !== '첫날' && part[0] !== '벽두' ? true : e.yearKey === 'new')) {
    e.part = part[0];
    return part[1];
  }
  return p;
}

/** Parse one expression starting at p; may return two (year ranges). */
function parseAt(text: string, p: number): Expr[] | null {
  const c = text.charCodeAt(p);
  if (c >= 48 && c <= 57) {
    if (NUM_PREV_BAD.has(text.charCodeAt(p - 1))) return null; // (NaN at 0: no member)
    // 매월 3일, 매년 5월 (a space optional), 오는 5일 / 지난 5일 (handled with their modifier)
    const k = text[p - 1] === ' ' ? p - 1 : p;
    if (k >= 2 && text[k - 2] === '매' && '월년주해일'.includes(text[k - 1])) return null;
    // (Not a word that ends so: 카카오는 20일, 네오는 5일 — the day stands alone.)
    if (k === p - 1 && p >= 3 && ((text[p - 3] === '오' && text[p - 2] === '는') || (text[p - 3] === '지' && text[p - 2] === '난')) && (SCAN[text.charCodeAt(p - 4)] & WORD_BIT) === 0) return null;
    // Every numeric pattern below wants a run of 1–2 digits (days, months, M·D, quarters) or exactly 4 (years),
    // or up to 4 (… 년 전): the length of the run rules most of them out without running the regex.
    const len = digitRun(text, p);
    if (len > 4) return null;
    // What follows the digits, right after them (a) and after SP (b): each pattern below needs a certain one.
    const a = text.charCodeAt(p + len);
    const b = afterSp(text, p + len);
    // Most numbers are followed by none of the characters the patterns below need (3명, 100억): nothing is made.
    if (!numberMayParse(text, p, len, a, b)) return null;
    const e = newExpr(p, p);
    // Decades: 1990년대, 80년대 (초반, 말 …); 90년대생 is a cohort, not a time.
    const dec = (len === 4 || len === 2) && b === NYEON && text.charCodeAt(skipSpace(text, p + len) + 1) === DAE ? exec(RE_DECADE, text, p) : null;
    if (dec && dec[1].length === len && +dec[1] % 10 === 0 && wordEnd(text, p + dec[0].length)) {
      e.decade = +dec[1];
      e.end = p + dec[0].length;
      const part = spaceWord(text, e.end, DECADE_PARTS_IDX);
      if (part) {
        e.part = part[0];
        e.end = part[1];
      }
      return [e];
    }
    // Election names: "4·24 재보궐선거", "6.1 지방선거" (other M·D event names such as 5·18 are not dates)
    const el = len <= 2 && MD_SEP.has(a) ? exec(RE_ELECTION, text, p) : null;
    if (el && validMonth(+el[1]) && validDay(+el[2])) {
      e.monthAbs = +el[1];
      e.dayAbs = +el[2];
      e.end = p + el[1].length + 1 + el[2].length;
      return [e];
    }
    let m = AGO_UNIT.has(b) && jeonAfterUnit(text, skipSpace(text, p + len)) ? exec(RE_AGO, text, p) : null;
    // (19일 전 거래일보다: 전 opens 'the previous trading day', and 19일 is a day.)
    if (m && wordEnd(text, p + m[0].length) && !/^(?:날|년|일)/.test(text.slice(p + m[0].length, p + m[0].length + 1)) && !text.startsWith(' 거래일', p + m[0].length)) {
      const unit = m[2] === '년' ? 'year' : m[2] === '개월' || m[2] === '달' ? 'month' : m[2] === '일' ? 'day' : 'week';
      e.ago = { n: +m[1], unit };
      e.end = p + m[0].length;
      return [e];
    }
    m = len === 4 && (a === NYEON ? RANGE_DASH.has(afterSp(text, p + len + 1)) : RANGE_DASH.has(b)) ? exec(RE_YEAR_RANGE, text, p) : null;
    if (m && validYear(+m[1]) && validYear(+m[4]) && +m[4] > +m[1] && (m[2] || m[5] || !m[3].includes('-'))) {
      const a = newExpr(p, p + m[1].length + (m[2] ? m[2].length : 0), +m[1]);
      const bStart = a.end + m[3].length;
      const b = newExpr(bStart, p + m[0].length, +m[4]);
      if (!numericEndOk(text, b.end)) return null;
      return [a, b];
    }
    m = len === 4 && DOT_SEP.has(b) ? exec(RE_DOTTED, text, p) : null;
    if (m && validYear(+m[1]) && validMonth(+m[3]) && validDay(+m[4]) && +m[4] <= daysInMonth(+m[1], +m[3])) {
      e.yearAbs = +m[1];
      e.monthAbs = +m[3];
      e.dayAbs = +m[4];
      e.end = p + m[0].length;
      return [e];
    }
    m = len === 4 && LIST_SEP.has(b) ? exec(RE_YEAR_LIST, text, p) : null;
    if (m && validYear(+m[1])) {
      e.yearAbs = +m[1];
      e.end = p + m[0].length;
      return [e];
    }
    // No word of the lexicon starts with a digit (checked at load): the numbers are read.
    return numberAt(text, p, e);
  }
  return wordsAt(text, p, newExpr(p, p));
}

/**
 * A necessary condition for the numeric patterns of parseAt (and numberAt at the same place, with no 지난/오는), from
 * the run of `len` digits at p and the characters after it (a, and b after an optional space): the union of the tests
 * that guard each pattern there. Numbers that are counts, amounts or parts of other numbers fail it.
 */
function numberMayParse(text: string, p: number, len: number, a: number, b: number): boolean {
  // N년 전 … (RE_AGO, 1 to 4 digits); its units include 년 and 일, so it covers 1990년대 and N일 too.
  if (AGO_UNIT.has(b)) return true;
  if (len <= 2) {
    // decades (b 년), M·D and elections (a a separator), months and days and their ranges, quarters (N분기)
    return b === NYEON || MD_SEP.has(a) || a === WOL || a === IL || RANGE_DASH.has(b) || (len === 1 && quarterMayStart(text, p));
  }
  if (len === 4) {
    // years and their ranges, dotted dates, lists of years, N시즌, N학년도, years in titles
    return a === NYEON || b === NYEON || RANGE_DASH.has(b) || DOT_SEP.has(b) || LIST_SEP.has(b) || b === SI_ || b === HAK || TITLE_CLOSE.has(a);
  }
  return false;
}

/** The rest of parseAt: the words (with 지난/오는 before them or before a number), then the numbers. */
function wordsAt(text: string, p: number, e: Expr): Expr[] | null {
  let q = p;
  // 나흘 전, 넉 달 전: a native count before 전 is a time ago (not 전날, 전년: another word).
  const nk = keysAt(NATIVE_IDX, text.charCodeAt(q));
  if (nk) {
    for (const k of nk) {
      if (!text.startsWith(k, q)) continue;
      const j = text[q + k.length] === ' ' ? q + k.length + 1 : q + k.length;
      if (text[j] !== '전' || !wordEnd(text, j + 1) || /^(?:날|년|일)/.test(text.slice(j + 1, j + 2))) continue;
      const [n, unit] = NATIVE_COUNTS[k];
      e.ago = { n, unit };
      e.end = j + 1;
      return [e];
    }
  }
  if (NATIVE_ONLY[text.charCodeAt(q)]) return null;
  // Words that carry their own reference.
  const dw = matchWord(text, q, DAY_IDX);
  if (dw && !(dw === '내일' && text[q + 2] === '의')) {
    e.dayWord = dw;
    e.end = q + dw.length;
    return [e];
  }
  const ww = matchWord(text, q, WEEK_IDX);
  if (ww) {
    e.weekRel = WEEK_WORDS[ww];
    // "이번 주말" names the weekend of that week: same ISO week, 말 inside the span
    let wEnd = text[q + ww.length] === '말' && wordEnd(text, q + ww.length + 1) ? q + ww.length + 1 : q + ww.length;
    // "다음 주 초", "이번 주 말": the start or the end of that week, inside the span (not 초안 'a draft').
    const part = wEnd === q + ww.length ? spaceWord(text, wEnd, WEEK_PARTS_IDX) : null;
    if (part && text[part[1]] !== '안') wEnd = part[1];
    e.end = weekdayTail(text, wEnd, e);
    return [e];
  }
  // 올여름, 지난겨울: a season fused with 올 or 지난.
  const fusedLen = text.startsWith('올', q) ? 1 : text.startsWith('지난', q) ? 2 : 0;
  const fused = fusedLen ? matchWord(text, q + fusedLen, SEASON_IDX) : null;
  if (fused) {
    if (fusedLen === 1) e.yearRel = 0;
    else e.mod = -1;
    e.season = SEASONS[fused];
    e.end = q + fusedLen + fused.length;
    return [e];
  }
  const yw = matchWord(text, q, YEAR_IDX);
  if (yw && (yw !== '올' || /^[ ]?(?:\d{1,2}월|[1-4][ ]?분기|상반기|하반기|시즌|들어|한 해|초|말|봄|여름|가을|겨울)/.test(text.slice(q + 1, q + 8)))) {
    const v = YEAR_WORDS[yw];
    if (typeof v === 'number') e.yearRel = v;
    else e.yearKey = v as 'new' | 'prev' | 'next';
    const after = afterYear(text, q + yw.length, e);
    e.end = after;
    if (yw === '올' && e.part === undefined && e.monthAbs === undefined && e.season === undefined) e.end = q + 1; // "올 들어"
    return [e];
  }
  const mw = matchWord(text, q, MONTH_IDX);
  if (mw) {
    e.monthRel = MONTH_WORDS[mw];
    const after = afterMonthWord(text, q + mw.length, e);
    e.end = after;
    return [e];
  }
  const mod = text.startsWith('지난', q) || text.startsWith('오는', q) ? exec(RE_MOD, text, q) : null;
  if (mod) {
    e.mod = mod[1] === '지난' ? -1 : 1;
    q += mod[0].length;
    if (!/[0-9]/.test(text[q] ?? '') && !isHangul(text[q])) return null;
  }
  const c2 = text[q];
  if (c2 >= '0' && c2 <= '9') return numberAt(text, q, e);
  const h = holidayAt(text, q);
  if (h && (e.mod !== 0 || LUNAR[h[0]] || !/^(?:크리스마스|성탄절|성탄)$/.test(text.slice(q, h[1])))) {
    e.holiday = h[0];
    e.end = h[1];
    return [e];
  }
  const wd = weekdayMayStart(text, q) ? exec(RE_WEEKDAY, text, q) : null;
  // (매주 수요일, 매달 마지막 수요일, 매월 둘째 주 화요일: a recurring day, not a date.)
  if (wd && wordEnd(text, q + wd[0].length) && !RECURRING_BEFORE.test(text.slice(Math.max(0, q - 24), q))) {
    e.weekday = WEEKDAYS.indexOf(wd[1]);
    e.end = q + wd[0].length;
    return [e];
  }
  if (e.mod !== 0) {
    // 지난 상반기, 오는 하반기
    const half = spaceWord(text, q, HALVES_IDX);
    if (half && (half[0] === '상반기' || half[0] === '하반기') && half[1] === q + 3) {
      e.part = half[0];
      e.end = half[1];
      return [e];
    }
    // 지난 겨울, 오는 봄
    const sw = matchWord(text, q, SEASON_IDX);
    if (!sw) return null;
    e.season = SEASONS[sw];
    e.end = q + sw.length;
    return [e];
  }
  const part = spaceWord(text, q, HALVES_IDX);
  if (part && !/^(?:정산|연시)/.test(text.slice(part[1], part[1] + 2))) {
    e.part = part[0];
    e.end = part[1];
    return [e];
  }
  return null;
}
/**
 * What makes a weekday after it recurring: 매주, 매달 (매월) with an ordinal or 마지막, perhaps 주; and other weekdays of
 * the same list before it (매주 수요일과 토요일, 매주 월·수·금요일).
 */
const RECURRING_BEFORE = /(?:매(?:주|週)|매(?:달|월)[ ]?(?:첫째|둘째|셋째|넷째|다섯째|첫|마지막)(?:[ ]?주)?)[ ]?(?:[월화수목금토일](?:요일)?(?:과|와|이나|,|·)[ ]?){0,6}$/u;
/** The numbers of parseAt at q (a digit), after 지난/오는 (e.mod) or none. */
function numberAt(text: string, q: number, e: Expr): Expr[] | null {
  const len = digitRun(text, q);
  if (len > 4) return null;
  if (len <= 2) {
    const mr = monthAt(text, q, e);
    if (mr !== null) {
      e.end = afterMonth(text, mr, e);
      return [e];
    }
    const dr = dayAt(text, q, e);
    if (dr !== null) {
      e.end = afterDay(text, dr, e);
      return [e];
    }
    const qm = len === 1 && quarterMayStart(text, q) ? exec(RE_QUARTER, text, q) : null;
    if (qm && wordEnd(text, q + qm[0].length)) {
      e.part = 'Q' + qm[1];
      e.end = q + qm[0].length;
      return [e];
    }
    return null;
  }
  if (len !== 4) return null;
  const b = afterSp(text, q + 4);
  let m = b === NYEON ? exec(RE_YEAR, text, q) : null;
  if (m && validYear(+m[1]) && numericEndOk(text, q + m[0].length)) {
    e.yearAbs = +m[1];
    e.end = afterYear(text, q + m[0].length, e);
    return [e];
  }
  m = b === HAK ? exec(RE_YEAR_ACADEMIC, text, q) : null;
  if (m && validYear(+m[1]) && numericEndOk(text, q + m[0].length)) {
    e.yearAbs = +m[1];
    e.end = q + m[0].length;
    return [e];
  }
  m = b === SI_ ? exec(RE_YEAR_SEASON, text, q) : null;
  if (m && validYear(+m[1])) {
    e.yearAbs = +m[1];
    e.end = q + m[0].length;
    return [e];
  }
  m = TITLE_CLOSE.has(text.charCodeAt(q + 4)) ? exec(RE_YEAR_TITLE, text, q) : null;
  if (m && e.mod === 0 && validYear(+m[1]) && text[q - 1] === ' ' && isHangul(text[q - 2])) {
    e.yearAbs = +m[1];
    e.end = q + m[0].length;
    return [e];
  }
  return null;
}
function afterMonthWord(text: string, p: number, e: Expr): number {
  const q = skipSpace(text, p);
  const d = dayAt(text, q, e);
  if (d !== null) return afterDay(text, d, e);
  const w = weekOfMonthAt(text, p, e);
  if (w !== null) return w;
  const part = spaceWord(text, p, MONTH_PARTS_IDX);
  if (part) {
    e.part = part[0];
    return part[1];
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Tense of the clause that follows a mention

/** The separators of /[\s"“”'‘’()]+/ (JS \s: ASCII and Unicode spaces, line terminators, BOM). */
function isTenseSep(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x29;
  return (
    c === 0xa0 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
const ISS = '있'.charCodeAt(0);
const DA = '다'.charCodeAt(0);
const NEUN = '는'.charCodeAt(0);
const GET = '겠'.charCodeAt(0);
const GEOT = '것'.charCodeAt(0);
/** The two-syllable words of the future (예정, 계획, 방침) and 전망, by char code. */
const YE = '예'.charCodeAt(0);
const JEONG = '정'.charCodeAt(0);
const GYE = '계'.charCodeAt(0);
const HOEK = '획'.charCodeAt(0);
const BANG = '방'.charCodeAt(0);
const CHIM = '침'.charCodeAt(0);
const JEON = '전'.charCodeAt(0);
const MANG = '망'.charCodeAt(0);
/** /예정|계획|방침/ at k (the pair must lie before e). */
function futurePairAt(text: string, k: number, e: number): boolean {
  if (k + 1 >= e) return false;
  const a = text.charCodeAt(k);
  const b = text.charCodeAt(k + 1);
  return (a === YE && b === JEONG) || (a === GYE && b === HOEK) || (a === BANG && b === CHIM);
}
/** -1 past, 1 future/present (scheduled), 0 unknown: the first predicate-like word after `from` decides. */
function tenseAfter(text: string, from: number, to: number): Dir {
  // The words of text[from, min(to, from + 300)) split at /[\s"“”'‘’()]+/ (as String.split: a leading separator
  // gives an empty first word), at most 25 of them, each without its trailing non-Hangul characters, read in place
  // by char code: this runs on up to 25 words per date.
  const lim = Math.min(to, from + 300);
  let prevJongL = false;
  let pos = from;
  for (let wi = 0; wi < 25 && pos <= lim; wi++) {
    const s = pos;
    let e = pos;
    while (e < lim && !isTenseSep(text.charCodeAt(e))) e++;
    pos = e;
    if (pos >= lim) pos = lim + 1; // the last word
    else while (pos < lim && isTenseSep(text.charCodeAt(pos))) pos++;
    // Trailing characters outside \p{Script=Hangul} are not part of the word (Hangul is all in the BMP).
    while (e > s && !isHangulCp(text.charCodeAt(e - 1))) e--;
    if (e === s) continue;
    // /예정|계획|방침|겠/ anywhere: future; else a syllable with final ㅆ other than 있: past.
    let future = false;
    let past = false;
    for (let k = s; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c === GET || futurePairAt(text, k, e)) {
        future = true;
        break;
      }
      if (!past && finalOf(c) === 20 && c !== ISS) past = true;
    }
    if (future) return 1;
    // …할 것, …할 예정, …할 계획, …할 전망
    if (prevJongL) {
      const a = text.charCodeAt(s);
      if (a === GEOT || futurePairAt(text, s, e) || (a === JEON && e - s >= 2 && text.charCodeAt(s + 1) === MANG)) return 1;
    }
    if (past) return -1;
    const last = text.charCodeAt(e - 1);
    if (e - s >= 2 && last === DA) {
      const beforeLast = text.charCodeAt(e - 2);
      if (finalOf(beforeLast) === 4 || beforeLast === NEUN) return 1;
    }
    prevJongL = finalOf(last) === 8;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution

interface Ctx {
  pub: Ymd | null;
  pubN: number | null;
  /** The day the article is talking about (last explicit full day), as a day number, or a partial value. */
  articleDay: number | null;
  /** The last day written bare (14일), not marked past (지난 3일, 지난달 3일), as a day number. */
  bareDay: number | null;
  /** The sentence of the last day marked past when it was the article's day set last, else -1. */
  markedSentence: number;
  articleDayPartial: string | null;
  lastYear: { year: number; sentence: number } | null;
}
interface Resolved {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
}

function holidayDate(name: string, y: number): Ymd | null {
  const f = FIXED_HOLIDAYS[name];
  const s = f ?? LUNAR[name]?.[String(y)];
  if (!s) return null;
  return { y, m: +s.slice(0, 2), d: +s.slice(3, 5) };
}

/** The latest candidate on or before pub, the earliest on or after it (undefined when there is none). */
function latestUpTo(cands: number[], pub: number): number | undefined {
  let best: number | undefined;
  for (const n of cands) if (n <= pub && (best === undefined || n > best)) best = n;
  return best;
}
function earliestFrom(cands: number[], pub: number): number | undefined {
  let best: number | undefined;
  for (const n of cands) if (n >= pub && (best === undefined || n < best)) best = n;
  return best;
}

function pickDay(ctx: Ctx, cands: number[], dir: Dir): number {
  // cands: day numbers; dir -1 latest <= pub, 1 earliest >= pub, 0 nearest (ties to the past)
  const pub = ctx.pubN!;
  const past = latestUpTo(cands, pub);
  const fut = earliestFrom(cands, pub);
  if (dir === -1 && past !== undefined) return past;
  if (dir === 1 && fut !== undefined) return fut;
  if (past === undefined) return fut as number; // (undefined when there is no candidate at all, as before)
  if (fut === undefined) return past;
  return pub - past <= fut - pub ? past : fut;
}

/**
 * Year of "N월 (N일)" written without a year. "지난" forces the latest one on or before publication, "오는" the next
 * one; otherwise news write the year out (or 지난해/내년) for other years, so the publication year is kept unless
 * the tense points across the year boundary within two months.
 */
function yearForMonth(month: number, day: number, pub: Ymd, mod: Dir, tenseOf: () => Dir): number {
  const after = month > pub.m || (month === pub.m && day > pub.d);
  const before = month < pub.m || (month === pub.m && day > 0 && day < pub.d);
  if (mod === -1) return after ? pub.y - 1 : pub.y;
  if (mod === 1) return before ? pub.y + 1 : pub.y;
  // Read only here, without a modifier and near the year's turn.
  if (!(after && pub.m + 12 - month <= 2) && !(before && month + 12 - pub.m <= 2)) return pub.y;
  const tense = tenseOf();
  if (tense === -1 && after && pub.m + 12 - month <= 2) return pub.y - 1;
  if (tense === 1 && before && month + 12 - pub.m <= 2) return pub.y + 1;
  return pub.y;
}

/** Bare "N일": the past candidate for past tense, the future one for future tense, unless that one is far (over
 * 20 days) and the other close (10 days or less); with no tense the nearer one. */
function pickBareDay(ctx: Ctx, cands: number[], tense: Dir): number {
  const pub = ctx.pubN!;
  const past = latestUpTo(cands, pub);
  const fut = earliestFrom(cands, pub);
  if (past === undefined) return fut as number; // (undefined when there is no candidate at all, as before)
  if (fut === undefined) return past;
  const dp = pub - past;
  const df = fut - pub;
  if (tense === -1) return dp > 20 && df <= 10 ? fut : past;
  if (tense === 1) return df > 20 && dp <= 10 ? past : fut;
  return dp <= df ? past : fut;
}

/**
 * The year of a season named with 지난/오는 (or the tense): the last one that has ended by publication, or the next
 * one to begin. A winter is the year it begins in (2013-WI: December 2013 to February 2014).
 */
function seasonYear(code: string, pub: Ymd, dir: Dir): number {
  const startMonth = SEASON_START_MONTH[code];
  const pubIndex = pub.y * 12 + pub.m - 1;
  const startOf = (y: number) => y * 12 + startMonth - 1;
  if (dir === 1) {
    let y = pub.y - 1;
    while (startOf(y) <= pubIndex) y++;
    return y;
  }
  // The latest whose three months are over, or (no direction) the latest that has begun.
  let y = pub.y + 1;
  while (dir === -1 ? startOf(y) + 3 > pubIndex : startOf(y) > pubIndex) y--;
  return y;
}

/**
 * The clause after the expression being resolved, text[clauseFrom, clauseTo) (resolve sets it, and is not re-entered),
 * and its tense once read: module state rather than two closures made at every resolve.
 */
let clauseText = '';
let clauseFrom = 0;
let clauseTo = 0;
let clauseTense: Dir | undefined;
/** The tense of the clause (tenseAfter), read on the first call for an expression. */
function tense(): Dir {
  return (clauseTense ??= tenseAfter(clauseText, clauseFrom, clauseTo));
}
/** 지난/오는 of the expression, else the tense of the clause. */
function dirOf(e: Expr): Dir {
  return e.mod !== 0 ? e.mod : tense();
}

/**
 * The value of an expression. The tense of the clause after it (tenseAfter over text[from, to)) is read only where
 * the value depends on it: most mentions (full dates, 오늘, 지난 3일, N년 전 …) resolve without it.
 */
function resolve(e: Expr, ctx: Ctx, text: string, from: number, to: number): Resolved {
  const pub = ctx.pub;
  clauseText = text;
  clauseFrom = from;
  clauseTo = to;
  clauseTense = undefined;
  if (e.ago) {
    const { n, unit } = e.ago;
    if (!pub) return { value: null, granularity: unit, relative: true };
    if (unit === 'year') return { value: String(pub.y - n), granularity: 'year', relative: true };
    if (unit === 'month') {
      const a = addMonths(pub.y, pub.m, -n);
      return { value: fmtMonth(a.y, a.m), granularity: 'month', relative: true };
    }
    if (unit === 'week') return { value: isoWeek(ctx.pubN! - 7 * n), granularity: 'week', relative: true };
    return { value: fmtDay(civil(ctx.pubN! - n)), granularity: 'day', relative: true };
  }
  if (e.decade !== undefined) {
    // Two digits (80년대): the latest such decade that has begun by publication (1900s when there is no date).
    let start = e.decade;
    const short = start < 100;
    if (short) start = pub && 2000 + start <= pub.y ? 2000 + start : 1900 + start;
    return { value: `${String(start).slice(0, 3)}X`, granularity: 'decade', relative: short };
  }
  if (e.dayWord !== undefined) {
    const off = DAY_WORDS[e.dayWord];
    const base = FROM_PUBLISHED.has(e.dayWord) ? ctx.pubN : ctx.articleDay ?? ctx.pubN;
    if (base === null) {
      if (!FROM_PUBLISHED.has(e.dayWord) && ctx.articleDayPartial && off === 0) return { value: ctx.articleDayPartial, granularity: 'day', relative: true };
      return { value: null, granularity: 'day', relative: true };
    }
    return { value: fmtDay(civil(base + off)), granularity: 'day', relative: true };
  }
  if (e.weekRel !== undefined) {
    if (ctx.pubN === null) return { value: null, granularity: e.weekday !== undefined ? 'day' : 'week', relative: true };
    const n = ctx.pubN + 7 * e.weekRel;
    if (e.weekday !== undefined) return { value: fmtDay(civil(n - weekday(n) + e.weekday)), granularity: 'day', relative: true };
    return { value: isoWeek(n), granularity: 'week', relative: true };
  }
  // Calendar composition
  let year: number | null = null;
  let relative = e.yearAbs === undefined;
  if (e.yearAbs !== undefined) year = e.yearAbs;
  else if (e.yearRel !== undefined) year = pub ? pub.y + e.yearRel : null;
  else if (e.yearKey) {
    if (!pub) year = null;
    else if (e.yearKey === 'new') year = pub.m >= 11 ? pub.y + 1 : pub.y;
    else {
      const base = ctx.lastYear ? ctx.lastYear.year : pub.y;
      year = e.yearKey === 'prev' ? base - 1 : base + 1;
    }
  }
  const hasYearComp = e.yearAbs !== undefined || e.yearRel !== undefined || e.yearKey !== undefined;
  if (e.season !== undefined) {
    if (year === null && !hasYearComp && pub) year = seasonYear(e.season, pub, dirOf(e));
    return { value: year !== null ? `${year}-${e.season}` : null, granularity: 'season', relative };
  }
  let month: number | null = null;
  if (e.monthRel !== undefined) {
    if (pub) {
      const a = addMonths(pub.y, pub.m, e.monthRel);
      year = a.y;
      month = a.m;
    }
  } else if (e.monthAbs !== undefined) month = e.monthAbs;

  // Weekday alone ("지난 목요일")
  if (e.weekday !== undefined && e.dayAbs === undefined) {
    const base = ctx.articleDay ?? ctx.pubN;
    if (base === null) return { value: null, granularity: 'day', relative: true };
    const wd = weekday(base);
    const back = base - ((wd - e.weekday + 7) % 7);
    const fwd = base + ((e.weekday - wd + 7) % 7);
    const d = dirOf(e);
    const n = d === 1 ? fwd : d === -1 ? back : base - back <= fwd - base ? back : fwd;
    return { value: fmtDay(civil(n)), granularity: 'day', relative: true };
  }
  // Holiday
  if (e.holiday) {
    if (year !== null) {
      const h = holidayDate(e.holiday, year);
      return { value: h ? fmtDay(h) : null, granularity: 'day', relative };
    }
    if (hasYearComp || !pub) {
      const f = FIXED_HOLIDAYS[e.holiday];
      return { value: f ? `XXXX-${f}` : null, granularity: 'day', relative: true };
    }
    const cands = [pub.y - 1, pub.y, pub.y + 1].map((y) => holidayDate(e.holiday!, y)).filter((x): x is Ymd => !!x).map((x) => dayNumber(x.y, x.m, x.d));
    if (!cands.length) return { value: null, granularity: 'day', relative: true };
    return { value: fmtDay(civil(pickDay(ctx, cands, dirOf(e)))), granularity: 'day', relative: true };
  }
  // Day (with or without month)
  if (e.dayAbs !== undefined) {
    const d1 = e.dayAbs;
    const d2 = e.dayAbs2;
    if (month === null && e.monthRel !== undefined) {
      return { value: `XXXX-XX-${p2(d1)}` + (d2 ? `/XXXX-XX-${p2(d2)}` : ''), granularity: 'day', relative: true };
    }
    if (month !== null && year === null && !hasYearComp && pub) {
      // year from tense
      year = yearForMonth(month, d1, pub, e.mod, tense);
    }
    if (month === null && pub) {
      const cands: number[] = [];
      for (let k = -2; k <= 2; k++) {
        const a = addMonths(pub.y, pub.m, k);
        if (d1 <= daysInMonth(a.y, a.m)) cands.push(dayNumber(a.y, a.m, d1));
      }
      const n = e.mod !== 0 ? pickDay(ctx, cands, e.mod) : pickBareDay(ctx, cands, tense());
      const x = civil(n);
      year = x.y;
      month = x.m;
    }
    const ys = year !== null ? String(year) : 'XXXX';
    const ms = month !== null ? p2(month) : 'XX';
    if (year !== null && month !== null && d1 > daysInMonth(year, month)) return { value: null, granularity: 'day', relative };
    let value = `${ys}-${ms}-${p2(d1)}`;
    if (d2 !== undefined) {
      value += `/${ys}-${ms}-${p2(d2)}`;
    }
    return { value, granularity: 'day', relative: relative || e.monthAbs === undefined };
  }
  // Month (or month range)
  if (month !== null) {
    if (year === null && !hasYearComp && pub && e.monthRel === undefined) year = yearForMonth(month, 0, pub, e.mod, tense);
    if (e.part === '이맘때' && year !== null && pub) return { value: fmtMonth(year, pub.m), granularity: 'month', relative };
    // 9월 셋째 주: weeks belong to the month of their Thursday (the first week holds the month's first Thursday).
    if (e.weekOfMonth !== undefined) {
      if (year === null) return { value: null, granularity: 'week', relative };
      const first = dayNumber(year, month, 1);
      const firstThursday = first + ((3 - weekday(first) + 7) % 7);
      const last = dayNumber(year, month, daysInMonth(year, month));
      const lastThursday = last - ((weekday(last) - 3 + 7) % 7);
      const thursday = e.weekOfMonth > 0 ? firstThursday + 7 * (e.weekOfMonth - 1) : lastThursday;
      if (thursday > lastThursday) return { value: null, granularity: 'week', relative };
      return { value: isoWeek(thursday), granularity: 'week', relative };
    }
    const ys = year !== null ? String(year) : 'XXXX';
    let value = `${ys}-${p2(month)}`;
    if (e.monthAbs2 !== undefined) value += `/${ys}-${p2(e.monthAbs2)}`;
    return { value, granularity: 'month', relative };
  }
  // Year-level, optionally with a part
  const part = e.part;
  if (part && /^Q|반기$/.test(part)) {
    const gran: Granularity = part[0] === 'Q' ? 'quarter' : 'half';
    const code = part[0] === 'Q' ? part : part === '상반기' ? 'H1' : 'H2';
    if (!hasYearComp && pub) {
      year = pub.y;
      const startMonth = code[0] === 'Q' ? (+code[1] - 1) * 3 + 1 : code === 'H1' ? 1 : 7;
      const endMonth = startMonth + (gran === 'quarter' ? 2 : 5);
      // 지난 하반기, said in September: the last one that has ended; 오는 2분기, said in the third: the next one.
      if (e.mod === -1 ? endMonth >= pub.m : dirOf(e) === -1 && startMonth > pub.m) year = pub.y - 1;
      else if (e.mod === 1 && endMonth < pub.m) year = pub.y + 1;
    }
    return { value: year !== null ? `${year}-${code}` : hasYearComp ? null : `XXXX-${code}`, granularity: gran, relative };
  }
  if (e.monthRel !== undefined) {
    return { value: null, granularity: 'month', relative: true };
  }
  if (part === '이맘때') return { value: year !== null && pub ? fmtMonth(year, pub.m) : null, granularity: 'month', relative };
  if (part === '첫날') return { value: year !== null ? `${year}-01-01` : null, granularity: 'day', relative };
  // (연내 'within the year': the year of publication, as 연말 and 연초 are.)
  if (!hasYearComp && (part === '연말' || part === '연초' || part === '연내')) year = pub ? pub.y : null;
  return { value: year !== null ? String(year) : null, granularity: 'year', relative };
}

// ---------------------------------------------------------------------------------------------------------------
// Clock times

/** Parts of the day before an hour (오전 9시), and the words that are a time by themselves. */
const DAY_PARTS = ['오전', '오후', '새벽', '아침', '저녁', '밤', '낮'];
const TIME_WORDS = ['정오', '자정'];
const RE_TIME = new RegExp(`(?:(${DAY_PARTS.join('|')})[ ]?)?(\\d{1,2})시(?:[ ]?(\\d{1,2})분|[ ]?(반))?|(${TIME_WORDS.join('|')})|(\\d{1,2}):(\\d{2})(?![\\d:])`, 'uy');
/**
 * Where RE_TIME is tried (sticky), as a global search would match: where its first characters can be, i.e. one or two
 * digits then 시 or :, or one of its words. A regular-expression search finds these few places in native code,
 * instead of a look-up of every character. Without the u flag it reads UTF-16 units (all these characters are in the
 * BMP).
 */
const TIME_CANDIDATE = new RegExp(`[0-9][0-9]?[시:]|${[...DAY_PARTS, ...TIME_WORDS].join('|')}`, 'g');
interface TimeHit {
  start: number;
  time: string;
}
/**
 * Attach the clock times of each sentence to the day mentioned in it (`out`: the mentions, in text order): the last
 * one before the time, else the first after. Only the sentences that mention a day are read (most of the text is
 * not). Each is scanned from its start, as a scan of the whole text would reach it: with sentences as splitSentences
 * makes them, white space or an end mark lies between two, and a time (digits, 시, 분, 반, :, a space, its words),
 * like the start of one that TIME_CANDIDATE looks for, contains neither: none runs from one sentence into the next.
 */
function attachTimes(text: string, sents: { start: number; end: number }[], out: DateMention[]): void {
  const times: TimeHit[] = [];
  let k = 0; // the first mention not starting before the sentence
  let pos = 0; // where the last scan stopped
  for (const sent of sents) {
    while (k < out.length && out[k].start < sent.start) k++;
    let end = k; // past the sentence's mentions
    let hasDay = false;
    for (; end < out.length && out[end].start < sent.end; end++) if (out[end].granularity === 'day') hasDay = true;
    if (!hasDay) continue;
    times.length = 0;
    pos = timesIn(text, Math.max(pos, sent.start), sent.end, times);
    for (const t of times) {
      let best: DateMention | null = null;
      for (let j = k; j < end; j++) {
        const d = out[j];
        if (d.granularity !== 'day') continue;
        if (d.end <= t.start) best = d;
        else {
          if (!best && d.start > t.start) best = d;
          break;
        }
      }
      if (best && best.time === undefined) best.time = t.time;
    }
  }
}
/** The clock times that start in text[from, to), added to out; returns where the scan stopped. */
function timesIn(text: string, from: number, to: number, out: TimeHit[]): number {
  // The search for candidates runs in the sentence as a string of its own (a slice: V8 shares the text's
  // characters), so it stops at the sentence end; RE_TIME then runs on the text, as it did on the whole text.
  const sentence = text.slice(from, to);
  let i = from;
  while (i < to) {
    TIME_CANDIDATE.lastIndex = i - from;
    const cand = TIME_CANDIDATE.exec(sentence);
    if (!cand) break;
    i = from + cand.index;
    RE_TIME.lastIndex = i;
    const m = RE_TIME.exec(text);
    if (!m) {
      i++;
      continue;
    }
    i = RE_TIME.lastIndex;
    const s = m.index;
    const prev = text[s - 1];
    if (m[5]) {
      out.push({ start: s, time: m[5] === '정오' ? '12:00' : '00:00' });
      continue;
    }
    if (prev !== undefined && /[0-9.:,]/.test(prev)) continue;
    if (m[6] !== undefined) {
      const h = +m[6];
      const mi = +m[7];
      if (h <= 24 && mi < 60) out.push({ start: s, time: `${p2(h % 24)}:${p2(mi)}` });
      continue;
    }
    const after = text[s + m[0].length];
    if (!m[3] && !m[4] && after !== undefined && /[간즌작장대청민점절]/.test(after)) continue;
    let h = +m[2];
    const mi = m[3] ? +m[3] : m[4] ? 30 : 0;
    if (h > 24 || mi >= 60) continue;
    const tod = m[1];
    if ((tod === '오후' || tod === '저녁') && h < 12) h += 12;
    else if (tod === '밤' && h >= 6 && h < 12) h += 12;
    else if (tod === '밤' && h === 12) h = 0;
    else if (tod === '낮' && h >= 1 && h <= 6) h += 12;
    else if ((tod === '오전' || tod === '새벽') && h === 12) h = 0;
    out.push({ start: s, time: `${p2(h % 24)}:${p2(mi)}` });
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/**
 * Find the dates of a text. `sentences` are the sentence ranges (used for tense and to attach clock times);
 * `published` is the reference "YYYY-MM-DD" or null. Offsets are UTF-16.
 */
export function findDates(text: string, sentences: { start: number; end: number }[], published: string | null): DateMention[] {
  const pub = parseYmd(published);
  const ctx: Ctx = { pub, pubN: pub ? dayNumber(pub.y, pub.m, pub.d) : null, articleDay: null, bareDay: null, markedSentence: -1, articleDayPartial: null, lastYear: null };
  const sents = sentences.length ? sentences : [{ start: 0, end: text.length }];
  const out: DateMention[] = [];
  const exprs: Expr[] = [];
  let si = 0;
  let i = 0;
  const n = text.length;
  let prevWord = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = SCAN[c];
    const word = (cls & WORD_BIT) !== 0;
    const starter = cls & 3;
    if (starter === 0 || prevWord) {
      prevWord = word;
      i++;
      continue;
    }
    prevWord = word;
    const found = starter === 1 || secondCharOk(text, i, SECONDS[cls >> 3]) || (starter === 3 && wordEnd(text, i + 1)) ? parseAt(text, i) : null;
    if (!found) {
      i++;
      continue;
    }
    for (const e of found) exprs.push(e);
    i = found[found.length - 1].end;
    prevWord = (SCAN[text.charCodeAt(i - 1)] & WORD_BIT) !== 0;
  }
  let prev: DateMention | null = null; // the mention before (its end is its expression's)
  for (const e of exprs) {
    while (si < sents.length - 1 && sents[si].end <= e.start) si++;
    const sent = sents[si];
    // "9월 1일부터 10일까지": a bare day right after a full day takes its month.
    if (prev && e.dayAbs !== undefined && e.monthAbs === undefined && e.monthRel === undefined && e.mod === 0 && prev.granularity === 'day' && prev.value && isFullDay(prev.value)) {
      const gap = text.slice(prev.end, e.start);
      // (다음 달 2일 개막해 11일까지: a later day 'until' which, a few words on in the same sentence, ends the span the
      // date before opens.)
      const until = text.startsWith('까지', e.end) && prev.end >= sent.start && e.start - prev.end <= 16 && !/[.!?]/.test(gap) && e.dayAbs > +prev.value.slice(8, 10);
      if (until || /^[ ]?(?:부터|에서|~|∼|-|–|,|과|와|및)?[ ]?$/.test(gap)) {
        const pv = parseYmd(prev.value)!;
        let y = pv.y;
        let m = pv.m;
        if (e.dayAbs < pv.d) ({ y, m } = addMonths(y, m, 1));
        e.yearAbs = undefined;
        e.monthAbs = m;
        e.yearRel = undefined;
        (e as Expr).yearAbs = y;
      }
    }
    if (prev && e.monthAbs !== undefined && e.dayAbs !== undefined && !e.yearAbs && e.yearRel === undefined && !e.yearKey && e.mod === 0 && prev.value && isFullDay(prev.value)) {
      const gap = text.slice(prev.end, e.start);
      if (/^[ ]?(?:부터|에서|~|∼|-|–|,|과|와|및)?[ ]?$/.test(gap)) {
        const pv = parseYmd(prev.value)!;
        e.yearAbs = e.monthAbs > pv.m || (e.monthAbs === pv.m && e.dayAbs >= pv.d) ? pv.y : pv.y + 1;
      }
    }
    if (ctx.lastYear && ctx.lastYear.sentence !== si) ctx.lastYear = null;
    // (A day marked past two sentences or more before: the article's day is the bare one before it again.)
    if (ctx.markedSentence >= 0 && si > ctx.markedSentence + 1 && ctx.bareDay !== null) {
      ctx.articleDay = ctx.bareDay;
      ctx.markedSentence = -1;
    }
    let r = resolve(e, ctx, text, e.end, Math.max(sent.end, e.end));
    // (이날 meaning that marked day carries it on: 같은 날 in the next sentence means it too.)
    if (ctx.markedSentence >= 0 && e.dayWord !== undefined && !FROM_PUBLISHED.has(e.dayWord)) ctx.markedSentence = si;
    // 그다음 날, 그 다음 날, 그 이튿날, 그 전날: the day after (before) the date just named, a day or a span's last (first)
    // day, not the article's day.
    if (e.dayWord !== undefined && prev && prev.value && DAY_WORDS[e.dayWord] !== 0 && !FROM_PUBLISHED.has(e.dayWord)) {
      const that = FROM_PREVIOUS.has(e.dayWord) || (e.start >= 2 && text.charCodeAt(e.start - 1) === 32 && text.charCodeAt(e.start - 2) === 0xadf8 /* 그 */ &&
        (e.start === 2 || !(SCAN[text.charCodeAt(e.start - 3)] & WORD_BIT)));
      const off = DAY_WORDS[e.dayWord];
      const slash = prev.value.indexOf('/');
      const base = parseYmd(slash < 0 ? prev.value : off > 0 ? prev.value.slice(slash + 1) : prev.value);
      if (that && base && (slash < 0 ? isFullDay(prev.value) : true)) {
        if (!FROM_PREVIOUS.has(e.dayWord)) e.start -= 2;
        r = { value: fmtDay(civil(dayNumber(base.y, base.m, base.d) + off)), granularity: 'day', relative: true };
      }
    }
    const m: DateMention = { start: e.start, end: e.end, text: text.slice(e.start, e.end), value: r.value, granularity: r.granularity, relative: r.relative };
    out.push(m);
    // Context updates
    if (e.dayAbs !== undefined && e.dayAbs2 === undefined && r.value) {
      const d = parseYmd(r.value);
      if (d && !r.value.includes('X')) {
        const dn = dayNumber(d.y, d.m, d.d);
        // 이날 is the day being reported: a past (or today's) day close to publication, not a scheduled one, nor the
        // end of a span (5월 20일부터 이달 18일까지 신고된 …).
        const spanEnd = /^ ?(?:부터|까지|~|∼)/u.test(text.slice(e.end, e.end + 3));
        // (A day marked past, 지난 3일 or 지난달 3일, is background to a day the article reports written bare, 14일:
        // 이날 in its sentence or the next means it, and later the bare day again; see below.)
        const pastMarked = e.mod < 0 || (e.monthRel !== undefined && e.monthRel < 0) || (e.yearRel !== undefined && e.yearRel < 0);
        // (지난 15일 발표된 대책, 지난 7일 열린 회의: a past day in a clause modifying a noun is background, never the day
        // 이날 means.)
        const background = pastMarked && ADNOMINAL_NEXT.test(text.slice(e.end, e.end + 12));
        if (!spanEnd && !background && (ctx.pubN === null || (dn <= ctx.pubN && ctx.pubN - dn <= 60))) {
          ctx.articleDay = dn;
          if (pastMarked) ctx.markedSentence = si;
          else {
            ctx.bareDay = dn;
            ctx.markedSentence = -1;
          }
        }
        if (ctx.articleDay === dn) ctx.articleDayPartial = null;
      } else if (ctx.articleDay === null) ctx.articleDayPartial = r.value;
    }
    if (r.granularity === 'year' && r.value && isYearValue(r.value)) ctx.lastYear = { year: +r.value, sentence: si };
    prev = m;
  }
  clauseText = ''; // (the text is not kept past the call)
  if (out.length) attachTimes(text, sents, out);
  return out;
}
