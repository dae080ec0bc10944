/** The date scanner's shortcuts (digit-run length, first-character key index, in-place tense words, dateline
 *  scan of the first lines only) must find exactly what the full patterns find. */
import { findDates } from '../src/ko/dates';
import { findDateline } from '../src/ko/dateline';
import { splitParagraphs } from '../src/ko/paragraphs';
import { findQuoteMarks } from '../src/ko/quote-marks';
import { splitSentences } from '../src/ko/sentences';

const PUB = '2023-06-09';
const found = (text: string) => findDates(text, [], PUB).map((d) => [d.text, d.start, d.value, d.granularity]);
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

  test('native counts (이틀 전, 한 달 전) are tried only where their second character follows', () => {
    const text = '이틀 전 발표했고 사흘 전에도, 열흘 전, 한 달 전, 넉 달 전 일이다. 이틀간 회의, 이상 없음, 사건 현장, 한 관계자, 보름달, 하루 전날';
    expect(found(text)).toEqual([
      ['이틀 전', 0, '2023-06-07', 'day'],
      ['사흘 전', 10, '2023-06-06', 'day'],
      ['열흘 전', 18, '2023-05-30', 'day'],
      ['한 달 전', 24, '2023-05', 'month'],
      ['넉 달 전', 31, '2023-02', 'month'],
      ['전날', 79, '2023-06-08', 'day'],
    ]);
  });

  test('one-character words (설) are tried only before a word end or the second character of a longer word (설날)', () => {
    const text = '설 연휴에 설명했다. 설에 모였고 설날 아침, 설립자와 설 당일.';
    expect(found(text)).toEqual([
      ['설', 0, '2023-01-22', 'day'],
      ['설', 12, '2023-01-22', 'day'],
      ['설날', 19, '2023-01-22', 'day'],
      ['설', 31, '2023-01-22', 'day'],
      ['당일', 33, '2023-06-09', 'day'],
    ]);
  });

  test('올 alone, 올해, and 올 or 지난 fused with a season', () => {
    const text = '올해 매출과 올 들어 늘었다. 올 3월, 올여름, 지난겨울, 올림픽, 지난 겨울에.';
    expect(found(text)).toEqual([
      ['올해', 0, '2023', 'year'],
      ['올', 7, '2023', 'year'],
      ['올 3월', 17, '2023-03', 'month'],
      ['올여름', 23, '2023-SU', 'season'],
      ['지난겨울', 28, '2022-WI', 'season'],
      ['지난 겨울', 39, '2022-WI', 'season'],
    ]);
  });

  test('numbers whose next characters some pattern needs: elections, decades, ranges, dotted days, lists, seasons, titles', () => {
    const text = '4·7 재보궐선거, 1990년대 초반, 80년대생, 2020~2022년, 2021.3.4 공개, 2019, 2020년 시즌, 2019시즌, 그는 2019" 발표';
    expect(found(text)).toEqual([
      ['4·7', 0, '2023-04-07', 'day'],
      ['1990년대 초반', 11, '199X', 'decade'],
      ['2020', 29, '2020', 'year'],
      ['2022년', 34, '2022', 'year'],
      ['2021.3.4', 41, '2021-03-04', 'day'],
      ['2019', 54, '2019', 'year'],
      ['2020년 시즌', 60, '2020', 'year'],
      ['2019시즌', 70, '2019', 'year'],
      ['2019', 81, '2019', 'year'],
    ]);
  });

  test('numbers followed by nothing a pattern needs (counts, amounts, durations) are no dates', () => {
    const text = '3명, 100억원, 18% 늘었다, 9곳을 찾았다, 4년 동안, 7년 전, 12월 31일, 5~6월, 3~4일, 2분기, 5분 후, 123년 전, 1234년';
    expect(found(text)).toEqual([
      ['7년 전', 36, '2016', 'year'],
      ['12월 31일', 42, '2023-12-31', 'day'],
      ['5~6월', 51, '2023-05/2023-06', 'month'],
      ['3~4일', 57, '2023-06-03/2023-06-04', 'day'],
      ['2분기', 63, '2023-Q2', 'quarter'],
      ['123년 전', 74, '1900', 'year'],
      ['1234년', 82, '1234', 'year'],
    ]);
  });

  test('parts after a year, month or decade are looked up by first character, longest first (말께 before 말)', () => {
    const text = '9월 말께 발표, 3월 초순에, 올해 상반기에는, 2019년 한 해 동안, 1990년대 후반, 80년대 초, 지난해 연말, 상반기 정산, 하반기에도, 내년 초 시즌, 올해 이맘때';
    expect(found(text)).toEqual([
      ['9월 말께', 0, '2023-09', 'month'],
      ['3월 초순', 10, '2023-03', 'month'],
      ['올해 상반기', 18, '2023-H1', 'half'],
      ['2019년 한 해', 28, '2019', 'year'],
      ['1990년대 후반', 42, '199X', 'decade'],
      ['80년대 초', 53, '198X', 'decade'],
      ['지난해 연말', 61, '2022', 'year'],
      ['상반기', 69, '2023-H1', 'half'],
      ['하반기', 77, '2023-H2', 'half'],
      ['내년 초', 84, '2024', 'year'],
      ['올해 이맘때', 93, '2023-06', 'month'],
    ]);
  });

  test('what follows a number: particles, duration and count markers (looked up by first character), 전/후 after 지난/오는', () => {
    const text = '3일 동안, 3일간, 5일 만에, 10일째, 7월 사이, 4월회, 2020년 이후, 2021년부터, 지난 3일 전, 오는 5일 후, 2년 넘게, 3월 이상, 12월 말경, 6월 중순까지, 설 연휴 이후';
    expect(found(text)).toEqual([
      ['7월', 25, '2023-07', 'month'],
      ['2020년', 37, '2020', 'year'],
      ['2021년', 47, '2021', 'year'],
      ['지난 3일', 56, '2023-06-03', 'day'],
      ['오는 5일', 65, '2023-07-05', 'day'],
      ['12월 말경', 88, '2023-12', 'month'],
      ['6월 중순', 96, '2023-06', 'month'],
      ['설', 105, '2023-01-22', 'day'],
    ]);
  });

  test('candidates are word starts only: after a letter, digit or jamo nothing starts (그오늘, ㄱ2023년, 가작년)', () => {
    const text = '그오늘 만남, 오늘의 일정, (2023년) 발표, ㄱ2023년, 「올해」 계획, 작년에, 가작년, 3·1절 기념, 7월7일';
    expect(found(text)).toEqual([
      ['오늘', 8, '2023-06-09', 'day'],
      ['2023년', 17, '2023', 'year'],
      ['올해', 37, '2023', 'year'],
      ['작년', 45, '2022', 'year'],
      ['7월7일', 64, '2023-07-07', 'day'],
    ]);
  });

  test('the tense of the clause after each mention is read for that mention only (bare days, weekdays, holidays)', () => {
    const values = (text: string, published: string) => {
      const paras = splitParagraphs(text);
      return findDates(text, splitSentences(text, paras, findQuoteMarks(text, paras)), published).map((d) => [d.text, d.value]);
    };
    expect(values('2일 발표했고 2일 발표할 계획이다. 지난 목요일 만났다. 목요일 만날 것이다. 12월 열렸다. 1월 열린다.', '2023-01-05')).toEqual([
      ['2일', '2023-01-02'],
      ['2일', '2023-01-02'],
      ['지난 목요일', '2022-12-29'],
      ['목요일', '2023-01-05'],
      ['12월', '2022-12'],
      ['1월', '2023-01'],
    ]);
    expect(values('지난 겨울 추웠다. 오는 여름 덥겠다. 설에 만났다. 설에 만날 것이다.', '2023-06-09')).toEqual([
      ['지난 겨울', '2022-WI'],
      ['오는 여름', '2024-SU'],
      ['설', '2023-01-22'],
      ['설', '2024-02-10'],
    ]);
  });

  test('dateline: only the first four non-empty lines are read', () => {
    expect(findDateline('\n\n  가상일보  \n\n입력 2023.06.09 10:30\n본문이다.')).toBe('2023-06-09');
    expect(findDateline('가\n나\n다\n라\n입력 2023.06.09')).toBeNull();
  });
});
