/** Sentence splitting: spans over paragraphs, end marks, runs and quotes. */
import { splitParagraphs } from '../src/ko/paragraphs';
import { findQuoteMarks } from '../src/ko/quote-marks';
import { splitSentences } from '../src/ko/sentences';

function sentences(text: string): string[] {
  const paras = splitParagraphs(text);
  return splitSentences(text, paras, findQuoteMarks(text, paras)).map((s) => text.slice(s.start, s.end));
}

test('paragraphs without an end mark are sentences of their own, next to ones with several', () => {
  const text = '속보 정부 새 대책 발표\n\n경제 성장률 3.5% 전망\n\n김 대표는 "좋다. 정말?!" 하고 말했다. 그는 웃었다... 끝\n\n제목만 있는 줄';
  expect(sentences(text)).toEqual([
    '속보 정부 새 대책 발표',
    '경제 성장률 3.5% 전망',
    '김 대표는 "좋다. 정말?!" 하고 말했다.',
    '그는 웃었다...',
    '끝',
    '제목만 있는 줄',
  ]);
});

test('a space left out after 다. still ends the sentence; not inside numbers or abbreviations', () => {
  expect(sentences('연구진은 가능하다고 생각했다.이들은 곧 작업에 착수했다. 점유율은 3.5%다. 미.중 관계가 변수다.')).toEqual([
    '연구진은 가능하다고 생각했다.',
    '이들은 곧 작업에 착수했다.',
    '점유율은 3.5%다.',
    '미.중 관계가 변수다.',
  ]);
});

test('many short paragraphs without an end mark: one sentence each, spans exact', () => {
  const lines = Array.from({ length: 2000 }, (_, i) => `제목 ${i}번 소식`);
  const text = lines.join('\n\n') + '\n\n마지막 문장이다.';
  const paras = splitParagraphs(text);
  const got = splitSentences(text, paras, []);
  expect(got.length).toBe(2001);
  expect(got.map((s) => text.slice(s.start, s.end))).toEqual([...lines, '마지막 문장이다.']);
  expect(got.every((s, i) => s.paragraph === i)).toBe(true);
});

test('an end mark swallows the marks and closing marks after it; decimals and dotted dates do not end a sentence', () => {
  const text = '그는 "정말?!" 했다. 값은 3.5였다. 끝났다.) 다음 문장』 이다! 2023.6.9 발표';
  const paras = splitParagraphs(text);
  expect(splitSentences(text, paras, findQuoteMarks(text, paras)).map((s) => [s.start, s.end, text.slice(s.start, s.end)])).toEqual([
    [0, 13, '그는 "정말?!" 했다.'],
    [14, 23, '값은 3.5였다.'],
    [24, 29, '끝났다.)'],
    [30, 40, '다음 문장』 이다!'],
    [41, 52, '2023.6.9 발표'],
  ]);
});

test('a byline opening a paragraph (… 기자 =) is a sentence of its own; an = of the outlet or in the text is not one', () => {
  const text = '【서울=한빛일보】박지민 최유리 기자 = 북한 김정은 국무위원장은 1일 남북 관계가 최악이라고 주장했다. 그는 말을 아꼈다.\n\n(부산=한빛통신) 정하늘 특파원= 시장은 조용했다.\n\n환율은 1달러=1400원 선에서 움직였다.';
  expect(sentences(text)).toEqual([
    '【서울=한빛일보】박지민 최유리 기자 =',
    '북한 김정은 국무위원장은 1일 남북 관계가 최악이라고 주장했다.',
    '그는 말을 아꼈다.',
    '(부산=한빛통신) 정하늘 특파원=',
    '시장은 조용했다.',
    '환율은 1달러=1400원 선에서 움직였다.',
  ]);
});
