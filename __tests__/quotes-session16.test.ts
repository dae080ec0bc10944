/** Quote forms found by the error analysis of session 16, on articles written for it (sentences written for these tests). */
import { extract } from '../src';
import { spanProblems } from './helpers/schema';

const PUB = '2024-09-20';
const run = (text: string) => {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
};
const at = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

describe('one quote around its source', () => {
  test('“A”라며 X는 “B”고 강조했다: one quote, two segments, X speaks', () => {
    const t = '“특검은 정치가 아니라 진실의 문제”라며 박수진 원내대표는 “진실 앞에 여야가 따로 없다”고 강조했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.speaker?.mention, q.cue])).toEqual([
      [[at(t, '특검은 정치가 아니라 진실의 문제'), at(t, '진실 앞에 여야가 따로 없다')], '박수진', at(t, '박수진 원내대표'), at(t, '강조했다')],
    ]);
  });
});

describe('a body named by its kind alone', () => {
  test('회사 측은, 병원 측은: the company and the hospital named before; not a body of the state, nor one inside a quote', () => {
    const t = '"특검은 필요 없다"고 한 의원이 말했다. 한빛전자는 신제품을 공개했다. 금융위원회는 제재를 예고했다. ' +
      '회사 측은 "성실히 소명하겠다"고 밝혔다. 서울한빛병원 의료진은 수술을 마쳤다. 병원 측은 "환자는 안정적"이라고 말했다.';
    const doc = run(t);
    expect(doc.quotes.slice(1).map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention])).toEqual([
      ['한빛전자', 'organization', at(t, '회사')],
      ['서울한빛병원', 'organization', at(t, '병원', t.indexOf('병원 측'))],
    ]);
  });
  test('with no body of that kind before, the kind stands as written', () => {
    const doc = run('회사는 "재발 방지책을 마련하겠다"고 약속했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '회사' });
  });
});

describe('words in marks that nobody is said to say', () => {
  test('slogans chanted or written on signs (등의 구호, 라고 적힌 현수막, 팻말을 들고)', () => {
    const t = '참가자들은 “최저임금 쟁취하라”, “노조법 개정하라” 등의 구호를 외쳤다. 무대 뒤에는 “노동자가 멈추면 세상이 멈춘다”라고 적힌 현수막이 걸렸다. ' +
      '주민들이 “소각장 백지화” 팻말을 들고 행진했다. 위원장은 “끝까지 싸우겠다”고 말했다.';
    expect(run(t).quotes.map((q) => [q.segments, q.speaker?.name])).toEqual([[[at(t, '끝까지 싸우겠다')], '위원장']]);
  });
  test('words under a condition (…라고 요청하면, 만약 … 말한다면)', () => {
    const t = '만약 사용자가 “주식 종목을 추천해줘”라고 요청하면 답변을 거절하도록 설계됐다. 만약 누군가 “노력하면 다 된다”고 말한다면 의심해야 한다. ' +
      '개발팀은 “안전장치를 두 겹으로 뒀다”고 설명했다.';
    expect(run(t).quotes.map((q) => q.segments[0].text)).toEqual(['안전장치를 두 겹으로 뒀다']);
  });
  test('the headlines of other articles listed under ☞ 관련기사', () => {
    const t = '감독은 “관객이 만든 기적”이라고 말했다.\n\n☞ 관련기사\n· “천만 돌파”…배급사 “관객 덕분”\n· “속편 계획 없다”…감독 인터뷰';
    expect(run(t).quotes.map((q) => q.segments[0].text)).toEqual(['관객이 만든 기적']);
  });
  test('impersonal hearsay in marks, unless its source is named in parentheses', () => {
    const t = '영화 팬들 사이에서는 “올해 최고의 영화”라는 평가가 나온다. “요금 구조부터 바꿔야 한다”(박수연 교수)는 지적도 있다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([['요금 구조부터 바꿔야 한다', '박수연']]);
  });
});
