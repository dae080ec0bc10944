/**
 * Which language path an article takes. Its own module: the English path (src/en/index.ts, compromise) is loaded only
 * for English text.
 */

/** 'en' when Hangul syllables are rare and Latin letters dominate the first ~4,000 characters. */
export function detectLanguage(text: string): 'ko' | 'en' {
  const n = Math.min(text.length, 4000);
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) {
      hangul++;
      // Decided: even if every character left were a Latin letter, hangul * 20 < latin could not hold. A Korean
      // article is known after its first few dozen characters instead of the first 4,000 (this runs on every one).
      if (hangul * 20 >= latin + (n - i - 1)) return 'ko';
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin >= 20 && hangul * 20 < latin ? 'en' : 'ko';
}
