/**
 * Sets and maps of words for the look-ups the Korean stages make for nearly every word they read, most of which find
 * nothing (is this word a listed name, a title?). The words asked about are mostly new strings (slices of the
 * article, or words not met before), and a Map or Set must first compute a new string's hash, then probe a table
 * spread over memory. Here a bit table keyed by the word's length and its first and last UTF-16 units answers "not
 * a member" for most of them from three character reads and one array read; only the others are looked up.
 * The bit for a key is set when the key is added, so a member is never refused (no false negative).
 */

/** The hash of a word of length `len` whose first and last units are `first` and `last`: 16 bits. */
function bitOf(len: number, first: number, last: number): number {
  return (Math.imul(first, 0x9e37) ^ Math.imul(last, 0x85eb) ^ Math.imul(len, 0xc2b3)) >>> 16;
}

/** Bits of the filter per key (at most 1 in 16 bits set: a word not a key passes ~6 % of the time). */
const BITS_PER_KEY = 16;
/** Fewest bits of a filter (two 32-bit words): small sets keep small tables (they are part of the start-up heap). */
const MIN_BITS = 64;
/** Most bits (the hash has 16). */
const MAX_BITS = 1 << 16;

/** What the stages ask of a set of words: a Set<string> or a WordSet. */
export interface Words extends Iterable<string> {
  has(s: string): boolean;
}

/** A Map from words to values, with the filter before each look-up (the Map methods the stages use). */
export class WordMap<V> {
  private readonly map = new Map<string, V>();
  /** The filter: a bit per hash value (masked), set for every key; sized to the keys, grown as they are added. */
  private bits = new Uint32Array(MIN_BITS >>> 5);
  private mask = MIN_BITS - 1;

  constructor(entries: Iterable<[string, V]> = []) {
    for (const [k, v] of entries) this.set(k, v);
  }

  get size(): number {
    return this.map.size;
  }

  /** Might `s` be a key? (false: it is not) */
  mayHave(s: string): boolean {
    // (A caller may ask about w[k] past the end of a word: undefined, never a key, as in a Map.)
    if (typeof s !== 'string') return false;
    return s.length === 0 ? this.map.has(s) : this.mayHaveSlice(s, 0, s.length);
  }

  /** mayHave for text.slice(start, end), without making the slice (end > start). */
  mayHaveSlice(text: string, start: number, end: number): boolean {
    const b = this.bitAt(text, start, end);
    return ((this.bits[b >>> 5] >>> (b & 31)) & 1) === 1;
  }

  /** The filter's bit for the word text[start, end) (end > start). */
  private bitAt(text: string, start: number, end: number): number {
    return bitOf(end - start, text.charCodeAt(start), text.charCodeAt(end - 1)) & this.mask;
  }

  get(s: string): V | undefined {
    return this.mayHave(s) ? this.map.get(s) : undefined;
  }

  has(s: string): boolean {
    return this.mayHave(s) && this.map.has(s);
  }

  set(s: string, v: V): this {
    this.map.set(s, v);
    if (this.map.size * BITS_PER_KEY > this.mask + 1 && this.mask + 1 < MAX_BITS) {
      // Twice the bits, every key marked again.
      let size = this.mask + 1;
      while (this.map.size * BITS_PER_KEY > size && size < MAX_BITS) size *= 2;
      this.bits = new Uint32Array(size >>> 5);
      this.mask = size - 1;
      for (const k of this.map.keys()) this.mark(k);
    } else this.mark(s);
    return this;
  }

  private mark(s: string): void {
    if (s.length === 0) return; // (looked up in the map itself: see mayHave)
    const b = this.bitAt(s, 0, s.length);
    this.bits[b >>> 5] |= 1 << (b & 31);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }
}

/** A Set of words with the same filter. */
export class WordSet {
  private readonly words = new WordMap<true>();

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.words.set(w, true);
  }

  get size(): number {
    return this.words.size;
  }

  has(s: string): boolean {
    return this.words.has(s);
  }

  add(s: string): this {
    this.words.set(s, true);
    return this;
  }

  values(): IterableIterator<string> {
    return this.words.keys();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.words.keys();
  }
}
