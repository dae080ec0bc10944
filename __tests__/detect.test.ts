/** detectLanguage stops as soon as the answer is decided: same answers as counting the first 4,000 characters. */
import { detectLanguage } from '../src/en/detect';

/** The full count, as detectLanguage did before it could stop early. */
function reference(text: string): 'ko' | 'en' {
  const n = Math.min(text.length, 4000);
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return latin >= 20 && hangul * 20 < latin ? 'en' : 'ko';
}

describe('detectLanguage', () => {
  test('mixes of Hangul, Latin letters and other characters, around the 1:20 ratio and the 4,000-character window', () => {
    let seed = 7;
    const rand = (k: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % k;
    };
    const mixed = ['가', '힣', '한국어', 'a', 'Z', 'word', ' ', '.', '1', '漢', 'ㄱ'];
    const latin = ['a', 'Z', 'word', 'words', ' ', '.', '가', '1'];
    let en = 0;
    for (let t = 0; t < 3000; t++) {
      // Runs of one piece, so long stretches of one script appear before or after the window's end.
      const parts: string[] = [];
      const len = rand(5000);
      for (let n = 0; n < len; ) {
        const pieces = t % 2 ? latin : mixed;
        const p = pieces[rand(pieces.length)];
        const run = 1 + rand(t % 3 === 0 ? 400 : 30);
        parts.push(p.repeat(run));
        n += p.length * run;
      }
      const text = parts.join('');
      const want = reference(text);
      if (want === 'en') en++;
      expect([text.length, detectLanguage(text)]).toEqual([text.length, want]);
    }
    expect(en).toBeGreaterThan(300);
  });
  test('the answer at the edge: one Hangul syllable to 20 Latin letters, and Latin letters after the window', () => {
    expect(detectLanguage('a'.repeat(40) + '가가')).toBe('ko');
    expect(detectLanguage('a'.repeat(41) + '가가')).toBe('en');
    expect(detectLanguage('가가' + 'a'.repeat(41))).toBe('en');
    // Within the first 4,000 characters: 190 syllables and 3,810 letters (en), 191 and 3,809 (ko).
    expect(detectLanguage('가'.repeat(190) + 'a'.repeat(5000))).toBe('en');
    expect(detectLanguage('가'.repeat(191) + 'a'.repeat(5000))).toBe('ko');
    expect(detectLanguage('a'.repeat(3810) + '가'.repeat(191))).toBe('en');
  });
});
