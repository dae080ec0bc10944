/** A subject inside reported content is neither its source nor the topic later elided sources go back to. */
import { extract } from '../src';
import { spanProblems } from './helpers/schema';

const PUB = '2024-03-15';
const run = (text: string) => {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
};

describe('a person named inside reported content', () => {
  test('…에서 X가 …했다고도 부연했다: the source carries on from before, not X', () => {
    const t = '미국 음악 매체 빌보드는 이번 공연이 올해 최고 기록이라고 보도했다. ' +
      '지난해 영국 런던에서 폴 사이먼이 네 차례 공연을 열어 기록을 세운 이후 가장 높은 수익이라고도 부연했다. ' +
      '빌보드는 공연의 규모에 주목했다. 그러면서 "세계적인 인기가 문을 더 넓게 열었다"라고 전했다.';
    const doc = run(t);
    const person = doc.entities.find((e) => e.type === 'person');
    expect(person).toMatchObject({ name: '폴 사이먼' });
    const second = doc.quotes[1];
    expect(second.kind).toBe('indirect');
    expect(second.speaker?.name).toBe('빌보드');
    const last = doc.quotes[doc.quotes.length - 1];
    expect(last.kind).toBe('direct');
    expect(last.speaker?.name).toBe('빌보드');
  });
});

describe('sources named again', () => {
  test('이 관계자는 and 그 관계자는 point back to the described source that spoke', () => {
    const t = '한빛 구단 관계자는 "선수들의 몸 상태가 좋다"고 전했다. 이 관계자는 구단이 팬들에게 기념품을 나눠줄 예정이라고 덧붙였다. ' +
      '박민재 감독은 "우승이 목표"라고 말했다. 그 관계자는 "표가 모두 팔렸다"고 말했다.';
    const doc = run(t);
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention, q.speaker?.resolvedBy])).toEqual([
      ['한빛 구단 관계자', at('한빛 구단 관계자'), 'explicit'],
      ['한빛 구단 관계자', at('이 관계자'), 'pronoun'],
      ['박민재', at('박민재 감독'), 'explicit'],
      ['한빛 구단 관계자', at('그 관계자'), 'pronoun'],
    ]);
  });
  test('with no such source before, 이 관계자 stands as written', () => {
    const doc = run('이 관계자는 "곧 발표하겠다"고 말했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '이 관계자', type: 'group', resolvedBy: 'explicit' });
  });
  test('a body\'s name of several words in quote marks, after its kind, speaks (straight and curly marks)', () => {
    for (const [open, close] of [["'", "'"], ['‘', '’']]) {
      const t = `시민단체 ${open}안전한 밤길${close}은 성명을 내고 "단속을 강화하라"고 촉구했다.`;
      const doc = run(t);
      expect(doc.quotes[0].speaker).toMatchObject({ name: '안전한 밤길', type: 'organization', mention: { start: 0, end: 13, text: `시민단체 ${open}안전한 밤길${close}` } });
      expect(doc.entities.find((e) => e.name === '안전한 밤길')).toMatchObject({ type: 'organization', mentions: [{ start: 6, end: 12, text: '안전한 밤길' }] });
    }
  });
  test('a full name whose surname is 한 before a title (지부장, 시의원) is a person, and 한 지부장 is that person', () => {
    const t = '한상우 지부장은 "정당한 몫을 받겠다"고 말했다. 한 지부장은 파업도 불사하겠다고 밝혔다. 송인석 시의원은 "예산이 부족하다"고 말했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['한상우', '한상우', '송인석']);
  });
});

describe('그는 after a report without a quote, and after a described person', () => {
  test('a person whose own sentence reports what they said (진단을 내놨다) is the 그 that follows', () => {
    const t = '한빛증권 박지훈 연구원은 "검증이 길어지고 있다"고 말했다. 그는 목표주가를 낮췄다. ' +
      '새봄증권 최소영 연구원도 비슷한 진단을 내놨다. 그는 메모리 가격 하락이 부담 요인이라고 분석했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['박지훈', '최소영']);
  });
  test('one described person who spoke last is the 그 that follows; not when that sentence points to another as 그', () => {
    const t = '정하윤 교수는 "금리가 곧 내릴 것"이라고 말했다. 한 시중은행 여신 담당 임원은 "대출 수요가 많다"고 말했다. ' +
      '그는 은행들이 금리를 낮추기 어렵다고 전했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['정하윤', '한 시중은행 여신 담당 임원', '한 시중은행 여신 담당 임원']);
    const u = '무용수 한지아는 지난달 차별 사례를 폭로했다. 한 단원 관계자는 그에게 "너는 빠져라"고 말하기도 했다. ' +
      '그는 "내 존재를 부정당한 느낌이었다"고 밝혔다.';
    expect(run(u).quotes.map((q) => q.speaker?.name)).toEqual(['한 단원 관계자', '한지아']);
  });
});

describe('who a long or described subject is', () => {
  test('a name, a listed city with its unit, and the title: the name (정현석 부산시 국장), the city its affiliation', () => {
    const t = '정현석 부산시 관광마이스국장은 "사고는 한 건도 없었다"고 설명했다.';
    const doc = run(t);
    expect(doc.quotes[0].speaker).toMatchObject({ name: '정현석', type: 'person' });
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual([['정현석', 'person'], ['부산시', 'organization']]);
  });
  test('a place in the genitive opens a description, not a name (서울의 한 대학병원 … 교수)', () => {
    const doc = run('서울의 한 대학병원 응급의학과 교수는 "대책이 체감되지 않는다"고 꼬집었다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '서울의 한 대학병원 응급의학과 교수', type: 'group' });
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
  test('a subject of seven words opening the sentence is the source of the reported clause', () => {
    const t = '미국 반도체 장비업체 노바리스의 데이비드 하트먼 최고경영자(CEO)가 한국 투자를 늘리겠다고 밝혔다. ' +
      '하트먼 CEO는 "한국은 핵심 시장"이라고 말했다.';
    const doc = run(t);
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name])).toEqual([
      [[at('한국 투자를 늘리겠다')], '데이비드 하트먼'],
      [[at('한국은 핵심 시장')], '데이비드 하트먼'],
    ]);
    // The surname alone joins the full name, though its first syllable is a Korean surname's (하).
    expect(doc.entities.find((e) => e.name === '데이비드 하트먼')).toMatchObject({ aliases: ['하트먼'], canonical: null });
  });
  test('A씨 변호인, 김모씨 어머니: the one who stands for the person speaks, not the person', () => {
    const doc = run('A씨 변호인은 "의뢰인이 깊이 반성하고 있다"고 밝혔다. A씨는 "몰랐다"고 말했다.');
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['A씨 변호인', 'group'], ['A씨', 'person']]);
  });
});

describe('relays, conditions, occasions and counted groups', () => {
  test('"…"이라고 X가 말했다고 AP통신이 전했다: one quote, X\'s; the relay is no second quote', () => {
    const doc = run('"셔틀외교의 복원은 양국 모두에 이익"이라고 다나카 외무상이 말했다고 AP통신이 전했다.');
    expect(doc.quotes.map((q) => [q.kind, q.segments[0].text, q.speaker?.name])).toEqual([['direct', '셔틀외교의 복원은 양국 모두에 이익', '다나카']]);
  });
  test('a condition (…라고 통보한다면) reports nothing said', () => {
    const doc = run('만약 고객사가 "품질 기준 미달"이라고 통보한다면 주가는 더 떨어질 수 있다.');
    expect(doc.quotes.every((q) => q.cue === null)).toBe(true);
  });
  test('the day (같은 날) and the occasion (성명을 내고, 반대신문에서) stay out of the content', () => {
    const t = '한빛교원노조도 같은 날 성명을 내고 새 평가제가 현장을 외면했다고 비판했다. 변호인은 반대신문에서 증인이 허위 진술을 하고 있다고 주장했다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['새 평가제가 현장을 외면했다', '한빛교원노조'],
      ['증인이 허위 진술을 하고 있다', '변호인'],
    ]);
  });
  test('counted bodies (12개 시민단체는 …) are what 이들은 means next', () => {
    const t = '한빛시민연대 등 12개 시민단체는 이날 기자회견을 열고 개편안 철회를 요구했다. 이들은 "부담을 떠넘기고 있다"고 비판했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['한빛시민연대 등 12개 시민단체']);
  });
});
