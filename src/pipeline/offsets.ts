/**
 * Conversion between UTF-16 code-unit offsets (JavaScript string indices, what the stages use) and Unicode
 * code-point offsets (what the output contract, the evaluation and KLUE use). Built once per text; the identity
 * when the text has no astral character.
 */
export interface CodePointMap {
  /** Number of code points in the text. */
  readonly length: number;
  /** UTF-16 offset -> code-point offset (an offset inside a surrogate pair maps to that pair). */
  toCp(u16: number): number;
  /** Code-point offset -> UTF-16 offset (clamped to the text). */
  toU16(cp: number): number;
  /** The text between two code-point offsets. */
  slice(startCp: number, endCp: number): string;
}

/**
 * A high surrogate, the first half of an astral character. A regular-expression search (native code; without the u
 * flag it reads UTF-16 units) instead of a JavaScript test of every character: every article is searched through.
 */
const HIGH_SURROGATE = /[\ud800-\udbff]/;

export function codePointMap(text: string): CodePointMap {
  if (!HIGH_SURROGATE.test(text)) {
    const n = text.length;
    const clamp = (x: number) => (x < 0 ? 0 : x > n ? n : x);
    return {
      length: n,
      toCp: clamp,
      toU16: clamp,
      slice: (s, e) => text.slice(clamp(s), clamp(e)),
    };
  }
  const u16ToCp = new Uint32Array(text.length + 1);
  const cpToU16: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; ) {
    cpToU16.push(i);
    const c = text.charCodeAt(i);
    const pair =
      c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    u16ToCp[i] = cp;
    if (pair) u16ToCp[i + 1] = cp;
    i += pair ? 2 : 1;
    cp++;
  }
  u16ToCp[text.length] = cp;
  cpToU16.push(text.length);
  const n = cp;
  const toU16 = (x: number) => cpToU16[x < 0 ? 0 : x > n ? n : x];
  return {
    length: n,
    toCp: (x) => u16ToCp[x < 0 ? 0 : x > text.length ? text.length : x],
    toU16,
    slice: (s, e) => text.slice(toU16(s), toU16(e)),
  };
}
