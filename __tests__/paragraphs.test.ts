/** Paragraphs: one per non-empty line (breaks \n, \r, U+2029), trimmed of white space; spans exact. */
import { splitParagraphs } from '../src/ko/paragraphs';

const spans = (text: string) => splitParagraphs(text).map((p) => [p.start, p.end, text.slice(p.start, p.end)]);

describe('splitParagraphs', () => {
  test('line breaks of every kind, blank lines and white space around the lines', () => {
    const text = '  첫 문단이다. \r\n\r\n둘째 문단\u2029\u3000셋째\u00a0\n \t \n넷째 \r다섯째';
    expect(spans(text)).toEqual([
      [2, 9, '첫 문단이다.'],
      [14, 19, '둘째 문단'],
      [21, 23, '셋째'],
      [29, 31, '넷째'],
      [33, 36, '다섯째'],
    ]);
  });
  test('no break, nothing but white space, empty, and a break at either end', () => {
    expect(spans('한 줄뿐이다')).toEqual([[0, 6, '한 줄뿐이다']]);
    expect(spans(' \n\u2028\n ')).toEqual([]);
    expect(spans('')).toEqual([]);
    expect(spans('\n가\n')).toEqual([[1, 2, '가']]);
  });
  test('40,000 one-line paragraphs', () => {
    const text = Array(40000).fill(' 줄 ').join('\n');
    const got = splitParagraphs(text);
    expect(got.length).toBe(40000);
    expect(got[39999]).toEqual({ start: 39999 * 4 + 1, end: 39999 * 4 + 2 });
  });
});
