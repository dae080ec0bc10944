/**
 * Letter and number tests by code point, for the Korean stages. `\p{L}` and `\p{N}` regular expressions are exact
 * but each costs ~0.5–1.5 ms to compile, paid by every process that meets one (start-up is a target): the common
 * ranges are answered here directly, and the regular expressions are compiled only for a code point outside them.
 * Exactly the answers of /\p{L}/u, /[\p{L}\p{N}]/u, /\p{Script=Han}/u and /\p{Script=Hangul}/u (checked over the whole BMP in
 * __tests__/chars.test.ts).
 */
let letterRe: RegExp | null = null;
let letterOrNumberRe: RegExp | null = null;
let hanRe: RegExp | null = null;
let hangulRe: RegExp | null = null;

/** 1: letter, 2: number, 0: neither, 3: ask the regular expression. */
function quickClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return 1;
    return cp >= 48 && cp <= 57 ? 2 : 0;
  }
  if (cp >= 0xac00 && cp <= 0xd7a3) return 1; // Hangul syllables
  if (cp >= 0x3131 && cp <= 0x318e) return 1; // Hangul compatibility jamo
  if (cp >= 0x4e00 && cp <= 0x9fef) return 1; // CJK unified ideographs
  if (cp >= 0x2000 && cp <= 0x206f) return 0; // general punctuation: spaces, dashes, quote marks
  return 3;
}

/** /\p{L}/u for one code point. */
export function isLetterCp(cp: number): boolean {
  const q = quickClass(cp);
  if (q !== 3) return q === 1;
  return (letterRe ??= /\p{L}/u).test(String.fromCodePoint(cp));
}

/** /[\p{L}\p{N}]/u for one code point. */
export function isLetterOrNumberCp(cp: number): boolean {
  const q = quickClass(cp);
  if (q !== 3) return q !== 0;
  return (letterOrNumberRe ??= /[\p{L}\p{N}]/u).test(String.fromCodePoint(cp));
}

/** /\p{Script=Han}/u for one code point (Hanja). */
export function isHanCp(cp: number): boolean {
  if (cp < 0x2e80 || (cp >= 0xac00 && cp <= 0xd7a3)) return false; // ASCII … Hangul jamo; Hangul syllables
  if ((cp >= 0x4e00 && cp <= 0x9fef) || (cp >= 0x3400 && cp <= 0x4db5)) return true; // CJK unified ideographs, ext. A
  return (hanRe ??= /\p{Script=Han}/u).test(String.fromCodePoint(cp));
}

/** A precomposed Hangul syllable (가–힣), not a jamo. */
export function isSyllableCp(cp: number): boolean {
  return cp >= 0xac00 && cp <= 0xd7a3;
}

/** The final consonant (받침) index of a syllable: 0 for an open syllable (가), 4 for ㄴ, 20 for ㅆ …; -1 for anything else. */
export function finalOf(cp: number): number {
  const c = cp - 0xac00;
  return c >= 0 && c < 11172 ? c % 28 : -1;
}

/** The initial consonant (초성) index of a syllable: 0 for ㄱ, 1 for ㄲ, 11 for ㅇ …; -1 for anything else. */
export function onsetOf(cp: number): number {
  const c = cp - 0xac00;
  return c >= 0 && c < 11172 ? (c / 588) | 0 : -1;
}

/** The vowel (중성) index of a syllable: 0 for ㅏ, 4 for ㅓ, 9 for ㅘ, 20 for ㅣ …; -1 for anything else. */
export function vowelOf(cp: number): number {
  const c = cp - 0xac00;
  return c >= 0 && c < 11172 ? ((c % 588) / 28) | 0 : -1;
}

/** How many characters of s are open syllables (no final consonant: 바, 리). */
export function openSyllables(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (finalOf(s.charCodeAt(k)) === 0) n++;
  return n;
}

/** Is every UTF-16 unit of s a precomposed Hangul syllable? (true for ''; callers check lengths first) */
export function isSyllableWord(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSyllableCp(s.charCodeAt(k))) return false;
  return true;
}

/** /\p{Script=Hangul}/u for one code point. */
export function isHangulCp(cp: number): boolean {
  if (cp < 0x1100) return false;
  if ((cp >= 0xac00 && cp <= 0xd7a3) || cp <= 0x11ff || (cp >= 0x3131 && cp <= 0x318e)) return true; // syllables, jamo
  if (cp >= 0x4e00 && cp <= 0x9fef) return false; // CJK unified ideographs
  return (hangulRe ??= /\p{Script=Hangul}/u).test(String.fromCodePoint(cp));
}

/** Does every code point of s satisfy the test, and are there at least `min` of them? */
export function allCodePoints(s: string, test: (cp: number) => boolean, min = 1): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!test(cp)) return false;
    n++;
  }
  return n >= min;
}

/** Does some code point of s satisfy the test? */
export function someCodePoint(s: string, test: (cp: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (test(cp)) return true;
  }
  return false;
}

/**
 * A set of UTF-16 code units as a bit table (8 KB): `has` is one array read where a Set<number> hashes its key and a
 * Set of one-character strings makes a string. The Korean stages ask such sets (first or last syllables of listed
 * words, particles and endings, punctuation, separators in dates) for nearly every word or text position. NaN
 * (charCodeAt past the end) is never a member.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(2048);
  constructor(codes: Iterable<number>) {
    for (const c of codes) if (c >= 0 && c < 0x10000) this.bits[c >>> 5] |= 1 << (c & 31);
  }
  has(c: number): boolean {
    return c >= 0 && c < 0x10000 && ((this.bits[c >>> 5] >>> (c & 31)) & 1) === 1;
  }
}

/** The CodeSet of the characters of a string (one UTF-16 unit each). */
export function codeSetOf(chars: string): CodeSet {
  const codes: number[] = [];
  for (let i = 0; i < chars.length; i++) codes.push(chars.charCodeAt(i));
  return new CodeSet(codes);
}

/** The subject's and topic's particles of one syllable (은, 는, 이, 가), by the code of their character. */
export const SUBJECT_PARTICLE_CHARS = codeSetOf('은는이가');

/** Quote marks that open a quoted name or quote, single or double, straight or curly (straight ones close too). */
export const OPEN_QUOTES = codeSetOf('\'‘"“');
/** Quote marks that close one. */
export const CLOSE_QUOTES = codeSetOf('\'’"”');

/**
 * The characters of /\s/ (WhiteSpace and LineTerminator: tab, line feed, vertical tab, form feed, carriage return,
 * the Zs spaces, U+2028, U+2029, U+FEFF), for tests of one character by its code without a string per character
 * (checked against /\s/ over the BMP in __tests__/tokens.test.ts).
 */
const SPACE = new CodeSet([9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);

/** /\s/ for one UTF-16 unit (false for NaN, past the end of a string). */
export function isSpaceCode(c: number): boolean {
  return SPACE.has(c);
}

/** The string without white space: s.replace(/\s+/g, ''). */
export function norm(s: string): string {
  // A loop over the few characters of a name, cheaper than a regular-expression test per call (norm runs for every
  // mention).
  for (let i = 0; i < s.length; i++) if (SPACE.has(s.charCodeAt(i))) return s.replace(/\s+/g, '');
  return s;
}

/**
 * The positions of the UTF-16 units of `text` that `re` matches, in order. `re` is a global regular expression of one
 * character class without the u flag (each match is one unit). One search through the text in native code, whatever
 * tier the JavaScript around it runs in: for characters that are few in a text (quote marks, sentence ends), cheaper
 * than a look at every character.
 */
export function unitPositions(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  while (re.test(text)) out.push(re.lastIndex - 1);
  return out;
}
