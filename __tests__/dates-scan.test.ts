/** The date scanner's shortcuts (digit-run length, first-character key index, in-place tense words, dateline
 *  scan of the first lines only) must find exactly what the full patterns find. */
import { findDates } from '../src/ko/dates';
import { findDateline } from '../src/ko/dateline';

const PUB = '2023-06-09';
const spans = (text: string) => findDates(text, [], PUB).map((d) => [text.slice(d.start, d.end), d.text, d.value, d.granularity]);

describe('date scanner shortcuts', () => {
  test('numbers of 1–2 and 4 digits are dates, longer runs and numbers inside other numbers are not', () => {
    const text = '매출은 12345억원이었다. 회사는 2023년 3월 5일 발표했고 오는 7일 다시 모인다. 1분기 실적은 3년 전보다 좋았다.';
    expect(spans(text)).toEqual([
      ['2023년 3월 5일', '2023년 3월 5일', '2023-03-05', 'day'],
      ['오는 7일', '오는 7일', '2023-07-07', 'day'],
      ['1분기', '1분기', '2023-Q1', 'quarter'],
      ['3년 전', '3년 전', '2020', 'year'],
    ]);
    expect(spans('버전 3.12일 배포, 매월 3일 점검, 20231년 기록')).toEqual([]);
  });

  test('word keys are looked up by first character, longest first (지난주, 지난달, 지난해)', () => {
    const text = '지난주 발표에 이어 지난달 계약을 맺었고 지난해 매출이 늘었다.';
    expect(spans(text).map((x) => [x[0], x[2]])).toEqual([
      ['지난주', '2023-W22'],
      ['지난달', '2023-05'],
      ['지난해', '2022'],
    ]);
  });

  test('dateline: only the first four non-empty lines are read', () => {
    expect(findDateline('\n\n  가상일보  \n\n입력 2023.06.09 10:30\n본문이다.')).toBe('2023-06-09');
    expect(findDateline('가\n나\n다\n라\n입력 2023.06.09')).toBeNull();
  });
});
