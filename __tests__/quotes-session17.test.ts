/** Quote forms found by the error analysis of session 17, on articles written for it (sentences written for these tests). */
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

describe('headline quotes', () => {
  test('X “…”…another clause: the source before the quote speaks, though the line goes on', () => {
    const t = '국방부 “확전 원치 않아”…항공모함 추가 배치 검토\n\n' +
      '(서울=한빛뉴스) 김철수 기자 = 합동참모본부는 20일 경계 태세를 높였다고 밝혔다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.speaker?.mention, q.speaker?.resolvedBy]).toEqual([
      [at(t, '확전 원치 않아')], '국방부', at(t, '국방부'), 'explicit',
    ]);
  });
  test('a body paragraph that ends as a sentence does is no headline: no source is read before its quote that way', () => {
    const t = '정부는 긴장했다.\n\n시민단체 “정부 믿을 수 없어”…그러나 정부는 대화를 제안했다.';
    const q = run(t).quotes.find((x) => x.segments[0].text === '정부 믿을 수 없어');
    expect(q?.speaker?.name).not.toBe('시민단체');
  });
  test('a headline title without a name (英 총리, 감독) is the one person the article names with it', () => {
    const t = '英 총리 “공공의료 개혁 없인 미래 없다”…구조조정 예고\n\n' +
      '(런던=한빛뉴스) 박소라 특파원 = 제임스 하트웰 영국 총리는 19일 연설에서 "개혁 없이는 미래도 없다"고 말했다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.speaker?.type, q.speaker?.mention, q.speaker?.resolvedBy]).toEqual([
      [at(t, '공공의료 개혁 없인 미래 없다')], '제임스 하트웰', 'person', at(t, '英 총리'), 'title',
    ]);
  });
  test('…unless two people have that title: then the title stays as written', () => {
    const t = '감독 “끝까지 싸우겠다”\n\n김민호 한빛FC 감독은 "끝까지 싸우겠다"고 말했다. 상대 팀 박정수 감독은 "준비가 부족했다"고 말했다.';
    const q = run(t).quotes[0];
    expect([q.speaker?.name, q.speaker?.type]).toEqual(['감독', 'group']);
  });
});

describe('재판부: the court named before', () => {
  test('재판부는 after a bench of a court is that bench; a ministry ending in 부 is no court', () => {
    const t = '수원지법 형사11부(한지수 부장판사)는 20일 사기 혐의로 기소된 B(52)씨에게 징역 7년을 선고했다. ' +
      '법무부는 별도로 제도 개선을 추진하고 있다. 재판부는 "피해 회복을 위한 노력이 없었다"고 밝혔다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.speaker?.type, q.speaker?.mention]).toEqual([
      [at(t, '피해 회복을 위한 노력이 없었다')], '수원지법 형사11부', 'organization', at(t, '재판부'),
    ]);
  });
  test('with no court named, 재판부 stays as written', () => {
    const t = '재판부는 "증거가 부족하다"고 밝혔다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['재판부']);
  });
});

describe('X에 따르면 with a sector for source', () => {
  test('법조계에 따르면, 정치권에 따르면: the sector is the source (a group), without the day before it; 정치권 is no person', () => {
    const t = '20일 법조계에 따르면 서울고법은 시공사가 입주민들에게 배상해야 한다고 판결했다. 정치권에 따르면 여야는 다음 주 협상을 재개한다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention, q.segments[0].text.slice(0, 4)])).toEqual([
      ['법조계', 'group', at(t, '법조계'), '서울고법'],
      ['정치권', 'group', at(t, '정치권'), '여야는 '],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});
