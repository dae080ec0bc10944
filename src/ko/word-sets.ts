/**
 * Sets and maps of words for the look-ups the Korean stages make for nearly every word they read, most of which find
 * nothing (is this word a listed name, a title?). The words asked about are mostly new strings (slices of the
 * article, or words not met before), and a Map or Set must first compute a new string's hash, then probe a table
 * spread over memory. Here a bit table keyed by the word's length and its first and last UTF-16 units answers "not
 * a member" for most of them from three character reads and one array read; only the others are looked up.
 * The bit for a key is set when the key is added, so a member is never refused (no false negative).
 */

/** The bit of a word of length `len` whose first and last units are `first` and `last`: 16 bits. */
function bitOf(len: number, first: number, last: number): number {
  return (Math.imul(first, 0x9e37) ^ Math.imul(last, 0x85eb) ^ Math.imul(len, 0xc2b3)) >>> 16;
}

/** What the stages ask of a set of words: a Set<string> or a WordSet. */
export interface Words extends Iterable<string> {
  has(s: string): boolean;
}

/** A Map from words to values, with the filter before each look-up (the Map methods the stages use). */
export class WordMap<V> {
  private readonly map = new Map<string, V>();
  private readonly bits = new Uint32Array(2048);

  get size(): number {
    return this.map.size;
  }

  /** Might `s` be a key? (false: it is not) */
  mayHave(s: string): boolean {
    // (A caller may ask about w[k] past the end of a word: undefined, never a key, as in a Map.)
    if (typeof s !== 'string') return false;
    const n = s.length;
    if (n === 0) return this.map.has(s);
    const b = bitOf(n, s.charCodeAt(0), s.charCodeAt(n - 1));
    return ((this.bits[b >>> 5] >>> (b & 31)) & 1) === 1;
  }

  /** mayHave for text.slice(start, end), without making the slice (end > start). */
  mayHaveSlice(text: string, start: number, end: number): boolean {
    const b = bitOf(end - start, text.charCodeAt(start), text.charCodeAt(end - 1));
    return ((this.bits[b >>> 5] >>> (b & 31)) & 1) === 1;
  }

  get(s: string): V | undefined {
    return this.mayHave(s) ? this.map.get(s) : undefined;
  }

  has(s: string): boolean {
    return this.mayHave(s) && this.map.has(s);
  }

  set(s: string, v: V): this {
    const n = s.length;
    if (n > 0) {
      const b = bitOf(n, s.charCodeAt(0), s.charCodeAt(n - 1));
      this.bits[b >>> 5] |= 1 << (b & 31);
    }
    this.map.set(s, v);
    return this;
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
