/** Eojeol (space-separated word) tokens with offsets, and small helpers shared by the Korean stages. */
export interface Token {
  start: number;
  end: number;
  /** The token without trailing punctuation (, . ! ? ) ] ” etc.). */
  core: string;
  coreEnd: number;
  /** The token contains a double quote mark (“ ” " 「 」 『 』). */
  mark: boolean;
}

const MARK_CODES = new Set([...'"“”「」『』'].map((c) => c.charCodeAt(0)));
const TRAIL_CODES = new Set([...',.!?;:·…)]}>"\'“”‘’」』'].map((c) => c.charCodeAt(0)));

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    let mark = false;
    while (i < end && !isSpaceCode(text.charCodeAt(i))) {
      if (MARK_CODES.has(text.charCodeAt(i))) mark = true;
      i++;
    }
    // Trailing punctuation is not part of the word's core.
    let ce = i;
    while (ce > s && TRAIL_CODES.has(text.charCodeAt(ce - 1))) ce--;
    out.push({ start: s, end: i, core: text.slice(s, ce), coreEnd: ce, mark });
  }
  return out;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x3000 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

export const HANGUL = /\p{Script=Hangul}/u;

/** True when the token ends with punctuation that closes a clause (comma, period). */
export function endsClause(text: string, t: Token): boolean {
  return t.coreEnd < t.end && /[,.!?;]/.test(text.slice(t.coreEnd, t.end));
}
