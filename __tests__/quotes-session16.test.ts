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
