/** Regular expressions built from word lists of the lexicons (longest first, escaped). */
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the words, longest first (so that 조사결과 wins over 조사). */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
}

/** A word equal to one of the list, starting with one, or ending with one. */
export function wordsRegex(words: readonly string[], where: 'whole' | 'start' | 'end'): RegExp {
  const alt = `(?:${alternation(words)})`;
  return new RegExp(where === 'whole' ? `^${alt}$` : where === 'start' ? `^${alt}` : `${alt}$`, 'u');
}
