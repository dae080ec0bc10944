/** The code-point letter tests give exactly what the \p{…} regular expressions give, over the whole BMP and beyond. */
import { CodeSet, allCodePoints, codeSetOf, isHanCp, isHangulCp, isLetterCp, isLetterOrNumberCp, someCodePoint } from '../src/ko/chars';
import { hanja } from '../src/ko/entities/aliases';
import { norm, tokenize, wordInfo } from '../src/ko/entities/common';

test('the code-point tests agree with their \\p{…} regular expressions on every BMP code point', () => {
  const L = /\p{L}/u;
  const LN = /[\p{L}\p{N}]/u;
  const HAN = /\p{Script=Han}/u;
  const HANGUL = /\p{Script=Hangul}/u;
  const wrong: string[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates
    const ch = String.fromCodePoint(cp);
    if (isLetterCp(cp) !== L.test(ch) || isLetterOrNumberCp(cp) !== LN.test(ch) || isHanCp(cp) !== HAN.test(ch) || isHangulCp(cp) !== HANGUL.test(ch)) {
      wrong.push(cp.toString(16));
    }
  }
  expect(wrong).toEqual([]);
  // and outside it: a mathematical letter, an emoji, a CJK extension B ideograph
  for (const ch of ['𝐀', '😀', '𠀀']) {
    expect([ch, isLetterCp(ch.codePointAt(0)!), isHanCp(ch.codePointAt(0)!)]).toEqual([ch, L.test(ch), HAN.test(ch)]);
  }
});

test('allCodePoints and someCodePoint count code points, not UTF-16 units', () => {
  const nameChar = (cp: number) => cp === 0xb7 || isLetterOrNumberCp(cp);
  expect(allCodePoints('피카프로젝트', nameChar, 2)).toBe(true);
  expect(allCodePoints('가', nameChar, 2)).toBe(false);
  expect(allCodePoints('𠀀𠀀', nameChar, 2)).toBe(true); // two code points, four units
  expect(allCodePoints('𠀀', nameChar, 2)).toBe(false); // one code point, two units
  expect(allCodePoints('한국·미국', nameChar)).toBe(true);
  expect(allCodePoints('한국, 미국', nameChar)).toBe(false);
  expect(allCodePoints('', nameChar)).toBe(false);
  expect(someCodePoint('2023', isLetterCp)).toBe(false);
  expect(someCodePoint('2023년', isLetterCp)).toBe(true);
});

test('hanja(s, min, max) is /^\\p{Script=Han}{min,max}$/u', () => {
  const re = /^\p{Script=Han}{2,4}$/u;
  for (const s of ['胡錦濤', '習近平', '中', '中國人民', '中國人民共', '胡Hu', '𠀀𠀀', '𠀀𠀀𠀀𠀀𠀀', '', '한국']) {
    expect([s, hanja(s, 2, 4)]).toEqual([s, re.test(s)]);
  }
});

test('a CodeSet holds exactly its code units, over the whole BMP, and never NaN or out-of-range numbers', () => {
  const members = [0, 31, 32, 0x41, 0xac00, 0xd7a3, 0xffff, 0x3131];
  const set = new CodeSet(members);
  const reference = new Set(members);
  const wrong: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (set.has(c) !== reference.has(c)) wrong.push(c);
  expect(wrong).toEqual([]);
  for (const x of [NaN, -1, 0x10000, 0x1f600]) expect(set.has(x)).toBe(false);
  // past the end of a string: charCodeAt gives NaN
  expect(codeSetOf('은는').has('은'.charCodeAt(5))).toBe(false);
  expect(codeSetOf('은는').has('는'.charCodeAt(0))).toBe(true);
  expect(codeSetOf('은는').has('을'.charCodeAt(0))).toBe(false);
});

test('a CodeSet spanning part of the BMP (syllables only, one code, none) answers for every code outside it too', () => {
  for (const members of [[0xac01, 0xac3f, 0xb2d8, 0xd7a3], [0xc740], [], [33, 0xfffe]]) {
    const set = new CodeSet(members);
    const reference = new Set(members);
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (set.has(c) !== reference.has(c)) wrong.push(c);
    expect([members, wrong]).toEqual([members, []]);
    for (const x of [NaN, -1, 0x10000, -0xac00]) expect(set.has(x)).toBe(false);
  }
});

test('norm removes exactly what /\\s+/g removes, for every UTF-16 unit', () => {
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = `가${String.fromCharCode(c)}나 다`;
    if (norm(s) !== s.replace(/\s+/g, '')) wrong.push(c.toString(16));
  }
  expect(wrong).toEqual([]);
  expect(norm('오픈AI')).toBe('오픈AI');
});

test('the entity tokenizer: words, their spans, and one shared record per distinct word', () => {
  const text = '샘 올트먼 오픈AI CEO는 GPT-4. 2.0 버전과 韓國 --- 올트먼은 "A-" 말했다.';
  const toks = tokenize(text);
  // A reference: runs of word characters (- and . inside a word only), Hanja runs apart.
  const ref = [...text.matchAll(/[\p{Script=Hangul}A-Za-z0-9&]+(?:[-.]+[\p{Script=Hangul}A-Za-z0-9&]+)*|\p{Script=Han}+/gu)].map((m) => [m.index!, m.index! + m[0].length, m[0]]);
  expect(toks.map((t) => [t.start, t.end, t.text])).toEqual(ref);
  for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  // The same word twice: the same record, the one wordInfo finds from the word alone.
  const a = toks.find((t) => t.text === 'GPT-4')!;
  expect(wordInfo({ start: 0, end: 5, text: 'GPT-4' })).toBe(a.info);
  const again = tokenize('GPT-4 올트먼은');
  expect(again[0].info).toBe(a.info);
  expect(again[1].info).toBe(toks.find((t) => t.text === '올트먼은')!.info);
});

test('the word table, once full, keeps the words met often and forgets the ones met once', () => {
  const often = tokenize('말했다')[0].info;
  const once = tokenize('한번본낱말')[0].info;
  // 30,000 new words (more than the table holds), with the frequent word met between them.
  const syllables = '가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노';
  for (let i = 0; i < 30000; i++) {
    const w = syllables[i % 30] + syllables[Math.floor(i / 30) % 30] + syllables[Math.floor(i / 900) % 30] + '씨';
    tokenize(i % 10 === 0 ? `${w} 말했다` : w);
  }
  expect(tokenize('말했다')[0].info).toBe(often);
  expect(tokenize('한번본낱말')[0].info).not.toBe(once);
  // The table still answers: the same record for the same word.
  expect(tokenize('말했다 한번본낱말')[1].info).toBe(tokenize('한번본낱말')[0].info);
});
