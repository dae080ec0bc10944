/** Eojeol (space-separated word) tokens with offsets, and small helpers shared by the Korean stages. */
import { isSpaceCode, type CodeSet } from './chars';
/**
 * An eojeol token. `core` (the word without trailing punctuation) is sliced from the text on first use: most tokens
 * are asked only about their last character (`last`: is it a particle, a quotative ending?), and the slices were
 * a third of the tokenizer's time.
 */
export class Token {
  // Declared, not class fields: a class field is first defined as undefined on every instance, then assigned.
  declare readonly start: number;
  declare readonly end: number;
  /** End of the core: the token without trailing punctuation (, . ! ? ) ] ” etc.). */
  declare readonly coreEnd: number;
  /** The code of the core's last character; -1 for an empty core (a token of punctuation only). */
  declare readonly last: number;
  /** The token contains a double quote mark (“ ” " 「 」 『 』). */
  declare readonly mark: boolean;
  /**
   * Memo of the speaker-phrase stage (speaker-phrase.ts): the phrase this token heads, read plainly and with
   * topicSpeaks; undefined until asked. Kept on the token (tokens of a sentence are cached per document) so that
   * the stages asking about the same word share one answer.
   */
  declare phrase: unknown;
  declare topicPhrase: unknown;
  declare private readonly text: string;
  declare private coreText: string | undefined;

  constructor(text: string, start: number, end: number, coreEnd: number, mark: boolean) {
    this.start = start;
    this.end = end;
    this.coreEnd = coreEnd;
    this.last = coreEnd > start ? text.charCodeAt(coreEnd - 1) : -1;
    this.mark = mark;
    this.phrase = undefined;
    this.topicPhrase = undefined;
    this.text = text;
    this.coreText = undefined;
  }

  /** The token without trailing punctuation. */
  get core(): string {
    if (this.coreText === undefined) this.coreText = this.text.slice(this.start, this.coreEnd);
    return this.coreText;
  }
}

// One flag table for the BMP: 1 = white space, 2 = double quote mark, 4 = trailing punctuation.
const FLAGS = new Uint8Array(0x10000);
for (const c of [32, 10, 13, 9, 0xa0, 0x3000, 12, 11, 0x2028, 0x2029, 0xfeff]) FLAGS[c] |= 1;
for (let c = 0x2000; c <= 0x200b; c++) FLAGS[c] |= 1;
for (const ch of '"“”「」『』') FLAGS[ch.charCodeAt(0)] |= 2;
for (const ch of ',.!?;:·…)]}>"\'“”‘’」』') FLAGS[ch.charCodeAt(0)] |= 4;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && FLAGS[text.charCodeAt(i)] & 1) i++;
    if (i >= end) break;
    const s = i;
    let mark = false;
    let f: number;
    while (i < end && !((f = FLAGS[text.charCodeAt(i)]) & 1)) {
      if (f & 2) mark = true;
      i++;
    }
    // Trailing punctuation is not part of the word's core.
    let ce = i;
    while (ce > s && FLAGS[text.charCodeAt(ce - 1)] & 4) ce--;
    out.push(new Token(text, s, i, ce, mark));
  }
  return out;
}


/** True when the token ends with punctuation that closes a clause (comma, period). */
export function endsClause(text: string, t: Token): boolean {
  return t.coreEnd < t.end && /[,.!?;]/.test(text.slice(t.coreEnd, t.end));
}

/** Does the string end with a character of the set (chars.codeSetOf)? (false for an empty string) */
export function endsWithIn(set: CodeSet, s: string): boolean {
  return s.length > 0 && set.has(s.charCodeAt(s.length - 1));
}

/**
 * [...name.replace(/\s/g, '')].length >= 2 without the copy and the array: at least two code points besides white
 * space. Three or more units hold at least two code points; two units hold one only as a surrogate pair (joined even
 * across removed white space, as in the copy).
 */
export function twoOrMoreCodePoints(name: string): boolean {
  let n = 0;
  let first = 0;
  let second = 0;
  for (let k = 0; k < name.length && n < 3; k++) {
    const c = name.charCodeAt(k);
    if (isSpaceCode(c)) continue;
    if (n === 0) first = c;
    else if (n === 1) second = c;
    n++;
  }
  if (n !== 2) return n > 2;
  return !(first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff);
}
