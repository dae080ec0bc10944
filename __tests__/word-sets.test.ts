/** WordMap and WordSet answer as a Map and a Set of the same words do: the filter before each look-up refuses no member. */
import { WordMap, WordSet } from '../src/ko/word-sets';
import { LEX_INDEX, NOT_PERSON, PARTICLES } from '../src/ko/entities/common';
import { matchTitleAt } from '../src/ko/titles';
import { recognizeEntities } from '../src/ko/entities';

test('every key of the lexicon index and of the word lists is found, with its value', () => {
  const missing: string[] = [];
  for (const [k, e] of LEX_INDEX.entries()) if (LEX_INDEX.get(k) !== e || !LEX_INDEX.has(k)) missing.push(k);
  for (const set of [NOT_PERSON, PARTICLES]) for (const w of set) if (!set.has(w)) missing.push(w);
  expect(missing).toEqual([]);
  expect(LEX_INDEX.size).toBeGreaterThan(1000);
});

test('a word that is not a key is not found, whatever the filter lets through', () => {
  const m = new WordMap<number>();
  m.set('오픈AI', 1).set('가', 2).set('', 3);
  expect([m.get('오픈AI'), m.get('가'), m.get(''), m.get('오픈'), m.get('나'), m.get('오픈AI는')]).toEqual([1, 2, 3, undefined, undefined, undefined]);
  // The same first and last units and length as a key, another word: the filter may let it through, the map answers.
  expect(m.has('오랜AI')).toBe(false);
  // A caller asking about a character past the end of a word gets false, as from a Set.
  const s = new WordSet(['대표', '회장']);
  expect(s.has('대표'.charAt(5) || (undefined as unknown as string))).toBe(false);
  expect(s.has(undefined as unknown as string)).toBe(false);
  expect([...s].sort()).toEqual(['대표', '회장']);
  expect(s.add('총장').has('총장')).toBe(true);
  expect(s.size).toBe(3);
});

test('mayHaveSlice answers for a slice as mayHave does for the sliced word', () => {
  const m = new WordMap<boolean>();
  for (const w of ['대표', '최고경영자', 'CEO']) m.set(w, true);
  const text = '김 대표와 최고경영자(CEO)가';
  for (let a = 0; a < text.length; a++) {
    for (let b = a + 1; b <= text.length; b++) expect([a, b, m.mayHaveSlice(text, a, b)]).toEqual([a, b, m.mayHave(text.slice(a, b))]);
  }
  expect(m.mayHaveSlice(text, 2, 4)).toBe(true);
});

test('titles are matched through the filtered table (a title and its particle, not a word going on)', () => {
  const text = '김 대표는 CEOs와 최고경영자님은';
  expect(matchTitleAt(text, 2)).toEqual({ end: 4, title: '대표', canonical: expect.any(String) });
  expect(matchTitleAt(text, 6)).toBeNull(); // CEO followed by a Latin letter
  expect(matchTitleAt(text, 12)?.title).toBe('최고경영자');
  expect(matchTitleAt(text, text.length)).toBeNull();
});

test('a listed person fused with a government word is found through the skipped searches (트럼프행정부, 바이든정부)', () => {
  const spans = (t: string) => recognizeEntities(t, [{ start: 0, end: t.length }]).mentions.map((m) => [t.slice(m.start, m.end), m.type, m.start, m.end]);
  expect(spans('트럼프행정부는 새 관세를 발표했다.')).toEqual([['트럼프', 'person', 0, 3]]);
  expect(spans('바이든정부의 정책이 바뀌었다.')).toEqual([['바이든', 'person', 0, 3]]);
  // 정부 at the start of the word is the government itself, not a fused one.
  expect(spans('정부는 새 관세를 발표했다.')).toEqual([['정부', 'organization', 0, 2]]);
});

test('WordMap answers as a Map for random words and slices (seeded): members, non-members, growth', () => {
  let seed = 12345;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
  const alphabet = ['가', '나', '다', '김', '박', '회', '장', 'A', 'b', '1', ' ', '😀', '\ud800'];
  const word = () => Array.from({ length: 1 + rand(5) }, () => alphabet[rand(alphabet.length)]).join('');
  const m = new WordMap<number>();
  const ref = new Map<string, number>();
  for (let i = 0; i < 3000; i++) {
    const w = word();
    m.set(w, i);
    ref.set(w, i);
    if (i % 100 === 0) expect(m.size).toBe(ref.size); // the filter grows as keys come
  }
  const wrong: string[] = [];
  for (let i = 0; i < 20000; i++) {
    const w = word();
    if (m.get(w) !== ref.get(w) || m.has(w) !== ref.has(w)) wrong.push(w);
    const text = `${word()}${w}${word()}`;
    const a = text.indexOf(w);
    if (ref.has(w) && !m.mayHaveSlice(text, a, a + w.length)) wrong.push(`slice ${w}`);
  }
  expect(wrong).toEqual([]);
});
