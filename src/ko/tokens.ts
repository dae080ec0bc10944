/** Eojeol (space-separated word) tokens with offsets, and small helpers shared by the Korean stages. */
export interface Token {
  start: number;
  end: number;
  /** The token without trailing punctuation (, . ! ? ) ] ” etc.). */
  core: string;
  coreEnd: number;
}

const TRAIL = /[,.!?;:·…)\]}>"'“”‘’」』]+$/u;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s]+/gu;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = start + m.index;
    const raw = m[0];
    const core = raw.replace(TRAIL, '');
    out.push({ start: s, end: s + raw.length, core, coreEnd: s + core.length });
  }
  return out;
}

export const HANGUL = /\p{Script=Hangul}/u;

/** True when the token ends with punctuation that closes a clause (comma, period). */
export function endsClause(text: string, t: Token): boolean {
  return t.coreEnd < t.end && /[,.!?;]/.test(text.slice(t.coreEnd, t.end));
}
