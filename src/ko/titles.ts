/**
 * Titles and role words (대표, 회장, 장관, CEO, 씨 …) with an English equivalent. matchTitleAt finds the longest title
 * starting at a position; the title must end at a word boundary or be followed by a particle (대표는, 회장이).
 */
import titlesJson from './lexicon/titles.json';
import particlesJson from './lexicon/particles.json';
import { codeSetOf, isHanCp, isHangulCp } from './chars';
import { WordMap } from './word-sets';

const TITLES: Record<string, string> = (titlesJson as { titles: Record<string, string> }).titles;
/** The titles for look-up (most slices asked about are none: the filter answers first). */
const TITLE_MAP = new WordMap<string>();
for (const [k, v] of Object.entries(TITLES)) TITLE_MAP.set(k, v);
const KEYS = Object.keys(TITLES).filter((k) => !k.includes('(') && !k.includes(' '));
const MAX_LEN = Math.max(...KEYS.map((k) => k.length));
const FIRST_CHARS = codeSetOf(KEYS.map((k) => k[0]).join(''));
/**
 * The lengths (up to MAX_LEN) of the titles starting with each first character, longest first: only those are looked
 * up. All titles count, those written with a space or a bracket too (전 대통령): a slice of the text can be one.
 */
const LENGTHS_BY_FIRST = new Map<number, number[]>();
for (const k of Object.keys(TITLES)) {
  if (k.length > MAX_LEN) continue;
  const c = k.charCodeAt(0);
  const lengths = LENGTHS_BY_FIRST.get(c);
  if (!lengths) LENGTHS_BY_FIRST.set(c, [k.length]);
  else if (!lengths.includes(k.length)) lengths.push(k.length);
}
for (const lengths of LENGTHS_BY_FIRST.values()) lengths.sort((a, b) => b - a);
const PARTICLES = new Set<string>((particlesJson as { particles: string[] }).particles);
const MAX_P = Math.max(...[...PARTICLES].map((p) => p.length));

/** Title words whose bare form does not by itself make the token before it a person (needs a name-like shape). */
export const WEAK_TITLES = new Set<string>((titlesJson as { notAnchors: string[] }).notAnchors);
/** Weak titles that are also ordinary nouns heading compounds (시장 'market', 검사 'test'): see titles.json. */
export const NOUN_TITLES = new Set<string>((titlesJson as { nounTitles: string[] }).nounTitles);
/** Honorifics written after a name, whatever the person's role (씨, 여사, 님 …). */
const HONORIFICS = new Set<string>((titlesJson as { honorifics: string[] }).honorifics);

/**
 * Do two titles name two different roles (김 장관 and 김민수 부장판사)? Not when one contains the other (대표이사 and
 * 대표, 부장검사 and 검사) or either is an honorific, which goes with any role (박승희 할머니 … 박 씨).
 */
export function titlesConflict(a: string, b: string): boolean {
  return a !== b && !a.includes(b) && !b.includes(a) && !HONORIFICS.has(a) && !HONORIFICS.has(b) && !acronymOf(a, b) && !acronymOf(b, a);
}

/** Is `short` the Latin acronym of the English name of `long` (CPO, 최고제품책임자: Chief Product Officer)? */
function acronymOf(short: string, long: string): boolean {
  const c = short.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || short.length > 5) return false;
  const en = Object.prototype.hasOwnProperty.call(TITLES, long) ? TITLES[long] : undefined;
  if (!en) return false;
  let initials = '';
  for (const w of en.split(/\s+/)) if (w) initials += w[0].toUpperCase();
  return initials === short;
}

/** Is the title an honorific (씨, 여사, 님 …), not a role? */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title);
}

/** A letter, digit, Hangul or Hanja unit (false for NaN, past the end of the text). */
function isWordCode(x: number): boolean {
  if ((x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122)) return true;
  if (!(x >= 0x1100)) return false;
  return isHangulCp(x) || isHanCp(x);
}

function isLatinLetter(x: number): boolean {
  return (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
}

/** Length of a particle (or particle chain) filling exactly text[pos, end), 0 when empty; -1 when not a particle. */
function particleRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && end - pos <= MAX_P && isHangulCp(text.charCodeAt(end))) end++;
  if (end === pos) return 0;
  if (end - pos > MAX_P) return -1;
  return PARTICLES.has(text.slice(pos, end)) ? end - pos : -1;
}

export function matchTitleAt(text: string, pos: number): { end: number; title: string; canonical: string } | null {
  // (Most positions start no title: the bit test first, then the rest; a length is sliced and looked up only when
  // the title table's filter lets it through.)
  const c0 = text.charCodeAt(pos);
  if (!FIRST_CHARS.has(c0)) return null;
  if (pos > 0 && isLatinLetter(c0) && isLatinLetter(text.charCodeAt(pos - 1))) return null;
  const lengths = LENGTHS_BY_FIRST.get(c0)!;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i];
    if (len > text.length - pos || !TITLE_MAP.mayHaveSlice(text, pos, pos + len)) continue;
    const w = text.slice(pos, pos + len);
    const canonical = TITLE_MAP.get(w);
    if (canonical === undefined) continue;
    const after = text.charCodeAt(pos + len);
    if (isLatinLetter(w.charCodeAt(len - 1)) && (isLatinLetter(after) || (after >= 48 && after <= 57))) continue;
    // 교수님, 경장님은: the honorific 님 after a title, then a particle.
    if (isWordCode(after) && particleRun(text, pos + len) < 0 && !(after === 0xb2d8 /* 님 */ && w !== '님' && particleRun(text, pos + len + 1) >= 0)) continue;
    return { end: pos + len, title: w, canonical };
  }
  return null;
}

