/** Clock times are read only in the sentences that mention a day (the only ones where a time can attach), and attach
 *  there as a scan of the whole text would attach them. */
import { findDates } from '../src/ko/dates';
import { splitParagraphs } from '../src/ko/paragraphs';
import { findQuoteMarks } from '../src/ko/quote-marks';
import { splitSentences } from '../src/ko/sentences';

const PUB = '2023-06-09';
function run(text: string) {
  const paras = splitParagraphs(text);
  return findDates(text, splitSentences(text, paras, findQuoteMarks(text, paras)), PUB).map((d) => [d.start, d.end, d.text, d.value, d.time]);
}

describe('clock times', () => {
  test('a time in a sentence without a day attaches to nothing; one in the sentence of a day attaches to it', () => {
    expect(run('행사는 오후 3시 시작했다. 개막식은 9일 오전 10시 30분 열렸다. 폐막은 저녁 7시였다.')).toEqual([[21, 23, '9일', '2023-06-09', '10:30']]);
  });
  test('the last day before the time, else the first after it; the first time a day gets is kept', () => {
    expect(run('정오에 모였고 8일 회의가 열렸다.')).toEqual([[8, 10, '8일', '2023-06-08', '12:00']]);
    expect(run('9일 오전 9시와 오후 2시 두 차례 열렸다.')).toEqual([[0, 2, '9일', '2023-06-09', '09:00']]);
    expect(run('첫 공연 10:30, 7일 오후 2시반 시작!\n8일\n오후 5시')).toEqual([
      [12, 14, '7일', '2023-06-07', '10:30'],
      [26, 28, '8일', '2023-06-08', undefined],
    ]);
  });
  test('a month or year in the sentence takes no time; a day in the next sentence does', () => {
    expect(run('회의는 2023년 올해 3월 저녁 8시 열렸다. 7일 밤 11시에 끝났다.')).toEqual([
      [4, 9, '2023년', '2023', undefined],
      [10, 15, '올해 3월', '2023-03', undefined],
      [27, 29, '7일', '2023-06-07', '23:00'],
    ]);
  });
  test('many one-line paragraphs with a day each: the time of the last one attaches to its day', () => {
    const text = Array(40000).fill('9일 회의').join('\n') + '\n10일 오후 3시 폐회';
    const got = run(text);
    expect(got.length).toBe(40001);
    expect(got[got.length - 1]).toEqual([240000, 240003, '10일', '2023-06-10', '15:00']);
    expect(got.filter((d) => d[4] !== undefined).length).toBe(1);
  });
});
