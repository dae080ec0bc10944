import { findDates } from '../src/ko/dates';
import { findDateline } from '../src/ko/dateline';
import { splitParagraphs } from '../src/ko/paragraphs';
import { findQuoteMarks } from '../src/ko/quote-marks';
import { splitSentences } from '../src/ko/sentences';
import type { DateMention } from '../src/types';

function run(text: string, published: string | null): DateMention[] {
  const paras = splitParagraphs(text);
  return findDates(text, splitSentences(text, paras, findQuoteMarks(text, paras)), published);
}

/** Expected mentions as [text, value], located in the text in order of occurrence. */
function expectDates(text: string, published: string | null, expected: [string, string | null][]): DateMention[] {
  const got = run(text, published);
  let pos = 0;
  const want = expected.map(([t, value]) => {
    const start = text.indexOf(t, pos);
    if (start < 0) throw new Error(`test bug: "${t}" not in text`);
    pos = start + t.length;
    return { start, end: start + t.length, text: t, value };
  });
  expect(got.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value }))).toEqual(want);
  for (const d of got) expect(text.slice(d.start, d.end)).toBe(d.text);
  return got;
}

const PUB = '2023-06-09'; // a Friday, ISO week 2023-W23

describe('day numbers', () => {
  test('bare N일 in a past sentence is the latest day N on or before publication', () => {
    expectDates('시청은 9일 새 정책을 발표했다.', PUB, [['9일', '2023-06-09']]);
    expectDates('협회는 7일 총회를 열었다.', PUB, [['7일', '2023-06-07']]);
    expectDates('공단은 28일 조사 결과를 공개했다.', '2023-07-02', [['28일', '2023-06-28']]);
  });
  test('bare N일 in a future sentence is the next day N', () => {
    expectDates('위원회는 15일 회의를 열 예정이다.', PUB, [['15일', '2023-06-15']]);
    expectDates('박람회는 5일 개막한다.', '2023-08-29', [['5일', '2023-09-05']]);
  });
  test('오는 / 지난 force the direction and stay in the span', () => {
    expectDates('결과는 오는 15일 나온다.', PUB, [['오는 15일', '2023-06-15']]);
    expectDates('그는 지난 2일 귀국했다.', PUB, [['지난 2일', '2023-06-02']]);
  });
  test('month and day, full date, dotted and ISO forms', () => {
    const got = expectDates('공사는 2022년 3월 4일 시작해 9월 1일 끝났다. 사진은 2023.6.9 촬영. 문서 날짜 2023-06-08.', PUB, [
      ['2022년 3월 4일', '2022-03-04'],
      ['9월 1일', '2023-09-01'],
      ['2023.6.9', '2023-06-09'],
      ['2023-06-08', '2023-06-08'],
    ]);
    expect(got[0].relative).toBe(false);
    expect(got[0].granularity).toBe('day');
    expect(got[1].relative).toBe(true);
  });
  test('a bare day after a full day takes its month (9월 1일부터 10일까지)', () => {
    expectDates('전시는 9월 1일부터 10일까지 열린다.', '2023-08-20', [
      ['9월 1일', '2023-09-01'],
      ['10일', '2023-09-10'],
    ]);
  });
  test('spans leave out particles and (현지시간)', () => {
    expectDates('대표단은 9일(현지시간) 워싱턴에 도착했다.', PUB, [['9일', '2023-06-09']]);
    expectDates('판매는 지난 3월에 시작됐다.', PUB, [['지난 3월', '2023-03']]);
  });
});

describe('article day: 이날, 당일, 전날, 다음날, 이튿날', () => {
  test('이날 is the last explicit day mentioned, else the publication date', () => {
    expectDates('이날 행사에는 주민 200명이 참석했다.', PUB, [['이날', '2023-06-09']]);
    expectDates('구청은 7일 설명회를 열었다. 이날 주민들은 반대 의견을 냈다. 당일 비가 내렸다.', PUB, [
      ['7일', '2023-06-07'],
      ['이날', '2023-06-07'],
      ['당일', '2023-06-07'],
    ]);
  });
  test('N일제, N년제 (a system of N days, years) are no dates', () => {
    expectDates('주 4일제 도입과 4년제 대학 지원을 5일 발표했다.', PUB, [['5일', '2023-06-05']]);
  });
  test('the ends of a span (…부터 …까지) are not the day being reported', () => {
    expectDates('5월 1일부터 이달 7일까지 신고된 환자는 300명이었다. 정부는 이날 회의를 열었다.', PUB, [
      ['5월 1일', '2023-05-01'],
      ['이달 7일', '2023-06-07'],
      ['이날', '2023-06-09'],
    ]);
  });
  test('전날 is one day before, 다음날/이튿날 one day after', () => {
    expectDates('경찰은 8일 현장을 조사했다. 전날 불이 났다. 다음날 감식이 이어졌고 이튿날 결과가 나왔다.', PUB, [
      ['8일', '2023-06-08'],
      ['전날', '2023-06-07'],
      ['다음날', '2023-06-09'],
      ['이튿날', '2023-06-09'],
    ]);
  });
  test('a scheduled future day does not become the article day', () => {
    expectDates('시는 9일 오는 20일 축제를 연다고 밝혔다. 이날 시장은 계획을 설명했다.', PUB, [
      ['9일', '2023-06-09'],
      ['오는 20일', '2023-06-20'],
      ['이날', '2023-06-09'],
    ]);
  });
  test('오늘, 어제, 내일 count from publication', () => {
    expectDates('그는 "오늘 결정하고 내일 발표한다"며 어제 회의 내용을 전했다.', PUB, [
      ['오늘', '2023-06-09'],
      ['내일', '2023-06-10'],
      ['어제', '2023-06-08'],
    ]);
  });
});

describe('weeks, months, years', () => {
  test('weeks are ISO weeks', () => {
    const got = expectDates('그는 지난주 유럽을 방문했고 이번 주 귀국했으며 다음 주 미국에 간다.', PUB, [
      ['지난주', '2023-W22'],
      ['이번 주', '2023-W23'],
      ['다음 주', '2023-W24'],
    ]);
    expect(got[0].granularity).toBe('week');
  });
  test('month words and month with day', () => {
    expectDates('가격은 지난달 올랐고 이달 안정됐으며 다음 달 다시 오를 전망이다.', PUB, [
      ['지난달', '2023-05'],
      ['이달', '2023-06'],
      ['다음 달', '2023-07'],
    ]);
    expectDates('공장은 지난달 27일 멈췄고 다음 달 1일 재가동한다.', PUB, [
      ['지난달 27일', '2023-05-27'],
      ['다음 달 1일', '2023-07-01'],
    ]);
  });
  test('year words', () => {
    const got = expectDates('올해 매출은 지난해보다 늘었고 작년 수준을 넘었다. 재작년에 비해서도 많다. 내년 목표는 더 높다.', PUB, [
      ['올해', '2023'],
      ['지난해', '2022'],
      ['작년', '2022'],
      ['재작년', '2021'],
      ['내년', '2024'],
    ]);
    expect(got.every((d) => d.granularity === 'year' && d.relative)).toBe(true);
  });
  test('a bare month resolves its year; a written year is not relative', () => {
    const got = expectDates('매장은 3월 문을 열었다. 공장은 2019년 지어졌다.', PUB, [
      ['3월', '2023-03'],
      ['2019년', '2019'],
    ]);
    expect(got[0].relative).toBe(true);
    expect(got[1].relative).toBe(false);
  });
  test('a bare month just across the year boundary in a past sentence is last year', () => {
    expectDates('조사는 12월 끝났다.', '2024-01-05', [['12월', '2023-12']]);
  });
});

describe('quarters, halves and parts of periods', () => {
  test('halves and quarters', () => {
    const got = expectDates('신차는 내년 상반기 나오고 하반기 수출된다. 1분기 실적은 좋았다.', PUB, [
      ['내년 상반기', '2024-H1'],
      ['하반기', '2023-H2'],
      ['1분기', '2023-Q1'],
    ]);
    expect(got.map((d) => d.granularity)).toEqual(['half', 'half', 'quarter']);
  });
  test('다음 달 2일 개막해 11일까지: a later day until which, a few words on, ends the span the date before opens', () => {
    expectDates('영화제는 다음 달 2일 개막해 11일까지 열린다. 그는 3일 공연한 뒤 11일 떠났다.', '2024-09-20', [
      ['다음 달 2일', '2024-10-02'],
      ['11일', '2024-10-11'],
      ['3일', '2024-09-03'],
      ['11일', '2024-09-11'],
    ]);
  });
  test('매주 수요일과 토요일, 매주 월·수·금요일: every weekday of a recurring list is generic, no date', () => {
    expectDates('관람은 매주 수요일과 토요일에 가능하다. 매주 월·수·금요일 운영한다. 지난 토요일 문을 열었다.', '2024-09-20', [
      ['지난 토요일', '2024-09-14'],
    ]);
  });
  test('카카오는 20일, 네오는 5일: a word ending in 오는 or 지난 before a day is no modifier, and the day stands', () => {
    expectDates('카카오는 20일 새 서비스를 공개했다. 네오는 5일 발표했고 행사는 오는 25일 열린다.', '2024-09-20', [
      ['20일', '2024-09-20'],
      ['5일', '2024-09-05'],
      ['오는 25일', '2024-09-25'],
    ]);
  });
  test('9월 셋째 주, 이달 첫째 주, 지난달 마지막 주: the ISO week, weeks belonging to the month of their Thursday', () => {
    // (Published 2024-09-20: September 2024 starts on a Sunday, its first Thursday is the 5th.)
    expectDates('9월 셋째 주 아파트값이 올랐다. 다음 달 첫째 주에 발표한다. 지난달 마지막 주 거래가 늘었다. 9월 첫 주말에 쉰다.', '2024-09-20', [
      ['9월 셋째 주', '2024-W38'],
      ['다음 달 첫째 주', '2024-W40'],
      ['지난달 마지막 주', '2024-W35'],
      ['9월', '2024-09'],
    ]);
    // (At the end of the text too.)
    expectDates('통계는 이달 셋째 주', '2024-09-20', [['이달 셋째 주', '2024-W38']]);
    // (February 2023 has four Thursdays: no fifth week.)
    expectDates('2023년 12월 넷째 주 통계와 2023년 2월 다섯째 주는 다르다.', '2024-09-20', [
      ['2023년 12월 넷째 주', '2023-W52'],
      ['2023년 2월 다섯째 주', null],
    ]);
  });
  test('연말, 연초, 연내, 올해 말 keep the year; 초순/중순/하순/말 keep the month', () => {
    expectDates('연말까지 공사를 마치고 연초에 개통한다.', PUB, [
      ['연말', '2023'],
      ['연초', '2023'],
    ]);
    // 연내 'within the year': the year of publication (not 연내외).
    expectDates('정부는 연내 법안을 처리하고 올해 연내 착공한다. 연내외 시장은 다르다.', PUB, [
      ['연내', '2023'],
      ['올해 연내', '2023'],
    ]);
    expectDates('계약은 7월 초순 맺고 8월 중순 착공해 9월 하순 점검하며 10월 말 끝낸다.', PUB, [
      ['7월 초순', '2023-07'],
      ['8월 중순', '2023-08'],
      ['9월 하순', '2023-09'],
      ['10월 말', '2023-10'],
    ]);
  });
  test('올해 말 and a year with a month', () => {
    expectDates('올해 말 완공되는 건물은 2021년 11월 착공했다.', PUB, [
      ['올해 말', '2023'],
      ['2021년 11월', '2021-11'],
    ]);
  });
  test('"3월 말했다" is not a month end', () => {
    expectDates('그는 3월 말했다.', PUB, [['3월', '2023-03']]);
  });
});

describe('ago and ranges', () => {
  test('N일 전, N년 전', () => {
    expectDates('그는 3일 전 입국했고 10년 전 이곳을 떠났다.', PUB, [
      ['3일 전', '2023-06-06'],
      ['10년 전', '2013'],
    ]);
  });
  test('day and month ranges are one mention with an interval value', () => {
    const got = expectDates('회의는 지난달 27~28일 열렸고 공사는 4∼5월 진행됐다.', PUB, [
      ['지난달 27~28일', '2023-05-27/2023-05-28'],
      ['4∼5월', '2023-04/2023-05'],
    ]);
    expect(got[1].granularity).toBe('month');
  });
  test('year ranges give one mention per year', () => {
    expectDates('그는 2002~2010년 구청장을 지냈다.', PUB, [
      ['2002', '2002'],
      ['2010년', '2010'],
    ]);
  });
});

describe('not dates', () => {
  test('durations, counts, ages, event names, stages and vague words', () => {
    const text =
      '그는 3년간 일했고 10년 만에 돌아왔다. 2주 동안 쉬고 3개월 뒤 복귀한다. 회사는 25주년을 맞았다. 3회 우승했다. ' +
      '30세 남성과 20대 여성이 왔다. 2024 부산 국제영화제가 열린다. 1단계 사업이 끝났다. 현재 지금 과거 미래 최근 모두 그렇다.';
    expect(run(text, PUB)).toEqual([]);
  });
  test('times are not mentions but attach to the day of the sentence', () => {
    const got = expectDates('회의는 9일 오후 3시 열렸다. 사고는 8일 새벽 2시 30분 났다. 발표는 7일 10:30 있었다.', PUB, [
      ['9일', '2023-06-09'],
      ['8일', '2023-06-08'],
      ['7일', '2023-06-07'],
    ]);
    expect(got.map((d) => d.time)).toEqual(['15:00', '02:30', '10:30']);
  });
  test('recurring days (매주, 매년) are not dates', () => {
    expect(run('방송은 매주 목요일 나간다.', PUB)).toEqual([]);
  });
});

describe('no publication date', () => {
  test('keeps what the text states, X for the rest, null for pure relatives', () => {
    const got = expectDates('협회는 9일 총회를 열었다. 이날 회장이 뽑혔다. 그는 지난주 출국했다. 개장은 3월이다. 2021년 5월 2일 창립했다.', null, [
      ['9일', 'XXXX-XX-09'],
      ['이날', 'XXXX-XX-09'],
      ['지난주', null],
      ['3월', 'XXXX-03'],
      ['2021년 5월 2일', '2021-05-02'],
    ]);
    expect(got[0].relative).toBe(true);
    expect(got[4].relative).toBe(false);
  });
  test('relative words without any reference are null', () => {
    expectDates('이날 행사가 열렸고 지난해보다 관객이 늘었다.', null, [
      ['이날', null],
      ['지난해', null],
    ]);
  });
});

describe('holidays and election names', () => {
  test('지난 추석 and 올해 크리스마스', () => {
    expectDates('지난 추석 귀성객이 늘었다. 올해 크리스마스에는 공연이 없다.', '2025-11-01', [
      ['지난 추석', '2025-10-06'],
      ['올해 크리스마스', '2025-12-25'],
    ]);
  });
  test('an election name after a year is a day', () => {
    expectDates('그는 2022년 6·1 지방선거에 나섰다.', PUB, [['2022년 6·1', '2022-06-01']]);
  });
});

describe('seed article fixture', () => {
  const fs = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const file = path.join(__dirname, '..', 'fixtures', '000_859f743c03300ee1.txt');
  test('published 2023-06-09', () => {
    const text = fs.readFileSync(file, 'utf8');
    expect(run(text, '2023-06-09').map((d) => [d.text, d.value])).toEqual([
      ['9일', '2023-06-09'],
      ['이날', '2023-06-09'],
      ['지난주', '2023-W22'],
      ['이날', '2023-06-09'],
      ['지난 3월', '2023-03'],
    ]);
  });
  test('no published date', () => {
    const text = fs.readFileSync(file, 'utf8');
    const first = run(text, null)[0];
    expect([first.start, first.end, first.text, first.value, first.relative]).toEqual([0, 2, '9일', 'XXXX-XX-09', true]);
  });
});

describe('findDateline', () => {
  test('reads the usual dateline forms from the first lines', () => {
    expect(findDateline('입력 2023-06-09 10:30\n본문이 이어진다.')).toBe('2023-06-09');
    expect(findDateline('[한국일보]\n2023.06.09\n본문')).toBe('2023-06-09');
    expect(findDateline('2023년 6월 9일\n본문이 이어진다.')).toBe('2023-06-09');
  });
  test('no dateline', () => {
    expect(findDateline('시청은 9일 새 정책을 발표했다.\n둘째 줄.')).toBeNull();
  });
  test('without one, a wire photo credit line anywhere (date and e-mail on a line of their own)', () => {
    const text = '첫 문장.\n둘째 문장.\n셋째.\n넷째.\n\n행사장 전경\n\n2019.4.12 photo@hanbit.co.kr\n\n시는 12일 행사를 열었다.';
    expect(findDateline(text)).toBe('2019-04-12');
    // A date in running text, or with an address that is not alone on its line, is no credit.
    expect(findDateline('첫 문장.\n둘째 문장.\n셋째.\n넷째.\n\n시는 2019.4.12 행사를 열었다. 문의 info@hanbit.co.kr')).toBeNull();
  });
});

describe('seasons and decades', () => {
  test('a season after a year word, a year, 지난/오는, or fused with 올/지난 (ISO 8601-2 season codes)', () => {
    const got = expectDates('올해 여름은 더웠고 지난 겨울은 추웠다. 올봄 출시된 제품은 2022년 가을 처음 공개됐고 후속작은 오는 겨울 나온다. 지난겨울 한파도 있었다.', PUB, [
      ['올해 여름', '2023-SU'],
      ['지난 겨울', '2022-WI'],
      ['올봄', '2023-SP'],
      ['2022년 가을', '2022-FA'],
      ['오는 겨울', '2023-WI'],
      ['지난겨울', '2022-WI'],
    ]);
    expect(got.every((d) => d.granularity === 'season')).toBe(true);
  });
  test('a season standing alone or inside a word is not a date', () => {
    expectDates('여름 휴가철을 앞두고 겨울방학 계획도 나왔다.', PUB, []);
  });
  test('decades, with their part, and two-digit decades by the publication year', () => {
    const got = expectDates('1990년대 초반 외환위기 전에는 80년대 가요가 인기였고, 2000년대 말 금융위기가 왔다. 90년대생은 다르다.', PUB, [
      ['1990년대 초반', '199X'],
      ['80년대', '198X'],
      ['2000년대 말', '200X'],
    ]);
    expect(got.map((d) => [d.granularity, d.relative])).toEqual([['decade', false], ['decade', true], ['decade', false]]);
    expectDates('10년대 들어 바뀌었다.', '2023-06-09', [['10년대', '201X']]);
  });
  test('a month fused with a noun names something else; a decimal after a year is not a day', () => {
    expectDates('사단법인 4월회는 성명을 냈다. 2000년 1.8cm의 눈이 내렸고 4월말까지 이어졌다.', PUB, [
      ['2000년', '2000'],
      ['4월말', '2023-04'],
    ]);
  });
});

describe('months before 사이', () => {
  test('a month before 사이 (spaced or fused) ends a span of months and stays a date; days before 사이 stay durations', () => {
    expectDates('요금은 지난해 7월부터 올해 1월 사이 올랐고, 2021년 3월부터 2022년 2월사이 두 차례 바뀌었다. 3일 사이에 두 번 고쳤다.', PUB, [
      ['지난해 7월', '2022-07'],
      ['올해 1월', '2023-01'],
      ['2021년 3월', '2021-03'],
      ['2022년 2월', '2022-02'],
    ]);
  });
});

describe('native counts before 전', () => {
  test('나흘 전, 넉 달 전, 하루 전 are times ago like N일 전; a native count alone, or before 전날, is none', () => {
    expectDates('그는 나흘 전 귀국했고 넉 달 전부터 준비했다. 하루 전 회의가 열렸다. 사흘 동안 비가 왔고 이틀 전날은 맑았다.', PUB, [
      ['나흘 전', '2023-06-05'],
      ['넉 달 전', '2023-02'],
      ['하루 전', '2023-06-08'],
      ['전날', '2023-06-08'],
    ]);
  });
});

describe('session 16: days counted from the date just named, quarters and halves with 지난/오는, recurring weekdays', () => {
  test('그다음 날, 그 다음 날, 그 전날 count from the date (or span) just named, not the article\'s day', () => {
    expectDates('그는 3월 5~7일 세 차례 조사를 받았고 그 다음 날 구속됐다. 선고는 5월 2일이었고 그다음 날 항소했다. 1월 10일 그 전날 밤', PUB, [
      ['3월 5~7일', '2023-03-05/2023-03-07'], ['그 다음 날', '2023-03-08'], ['5월 2일', '2023-05-02'], ['그다음 날', '2023-05-03'],
      ['1월 10일', '2023-01-10'], ['그 전날', '2023-01-09'],
    ]);
  });
  test('어젯밤 and 간밤 are yesterday', () => {
    expectDates('대표팀은 어젯밤 이겼다. 간밤 눈이 내렸다.', PUB, [['어젯밤', '2023-06-08'], ['간밤', '2023-06-08']]);
  });
  test('N일 전 거래일: the day N, and 전 opens "the previous trading day"', () => {
    expectDates('코스피는 8일 전 거래일보다 1.2% 올랐다. 사흘 전 발표됐다.', PUB, [['8일', '2023-06-08'], ['사흘 전', '2023-06-06']]);
  });
  test('지난/오는 with a quarter or a half: the last one ended, the next one to come', () => {
    expectDates('지난 1분기 손실을 냈고 오는 3분기에 출시한다. 지난 2분기 공사는 오는 1분기에 끝난다. 지난 상반기, 오는 하반기, 지난 하반기', PUB, [
      ['지난 1분기', '2023-Q1'], ['오는 3분기', '2023-Q3'], ['지난 2분기', '2022-Q2'], ['오는 1분기', '2024-Q1'],
      ['지난 상반기', '2022-H1'], ['오는 하반기', '2023-H2'], ['지난 하반기', '2022-H2'],
    ]);
  });
  test('a weekday that recurs (매달 마지막 수요일, 매월 둘째 주 화요일) is no date', () => {
    expectDates("매달 마지막 수요일인 '문화가 있는 날'과 매월 둘째 주 화요일, 매주 금요일에 열린다. 지난 수요일 발표했다.", PUB, [['지난 수요일', '2023-06-07']]);
  });
});

describe('session 16: 설 before a space', () => {
  test('설 is the holiday before its own words (설 연휴, 설 대목), not the verb (설 수 있었다)', () => {
    expectDates('설 연휴에 떠났고 설 대목을 맞았다. 타석에 설 수 있었다.', '2024-02-20', [['설', '2024-02-10'], ['설', '2024-02-10']]);
  });
});
