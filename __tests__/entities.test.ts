import { recognizeEntities, canonicalName } from '../src/ko/entities';
import { matchTitleAt } from '../src/ko/titles';

function run(text: string) {
  const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
  const byText = (s: string) => r.mentions.filter((m) => text.slice(m.start, m.end) === s);
  return { ...r, byText };
}

function span(text: string, s: string, from = 0) {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length };
}

describe('Korean entities', () => {
  test('title-anchored person with affiliation, surname mention clustered', () => {
    const text = '박지훈 한빛로보틱스 대표는 "내년에 공장을 짓겠다"고 말했다. 박 대표는 투자 계획도 밝혔다.';
    const r = run(text);
    const p = r.byText('박지훈');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ ...span(text, '박지훈'), type: 'person', title: '대표' });
    const org = r.byText('한빛로보틱스');
    expect(org[0]).toMatchObject({ ...span(text, '한빛로보틱스'), type: 'organization' });
    const ent = r.entities[p[0].entity!];
    expect(ent.name).toBe('박지훈');
    expect(ent.canonical).toBe('Park Ji-hun');
    expect(ent.title).toBe('대표');
    expect(ent.affiliation).toBe(org[0].entity);
    // "박 대표" joins 박지훈
    const short = r.mentions.find((m) => m.start === text.indexOf('박 대표'));
    expect(short).toBeDefined();
    expect(short!.end).toBe(short!.start + 1);
    expect(short!.entity).toBe(p[0].entity);
  });

  test('two people of one surname, each named again by surname and title, stay two entities', () => {
    const text = '이재훈 대변인은 검토를 약속했다. 이 대변인은 설명을 덧붙였다. 이민호 의원은 반대했다. 이 의원은 싸우겠다고 했다.';
    const r = run(text);
    const first = r.mentions.find((m) => m.start === text.indexOf('이 대변인'))!;
    const second = r.mentions.find((m) => m.start === text.indexOf('이 의원'))!;
    expect(first).toMatchObject({ end: first.start + 1, type: 'person' });
    expect(r.entities[first.entity!]).toMatchObject({ name: '이재훈', title: '대변인', aliases: ['이'] });
    expect(r.entities[second.entity!]).toMatchObject({ name: '이민호', title: '의원', aliases: ['이'] });
    expect(r.entities[second.entity!].mentions).toEqual([span(text, '이민호'), { start: second.start, end: second.start + 1 }]);
  });

  test('a surname with no full name of it in the article is one person, however often it comes', () => {
    const text = '김 대표는 웃었다. 김 대표는 다시 말했다.';
    const r = run(text);
    const kims = r.byText('김');
    expect(kims).toHaveLength(2);
    expect(kims[0].entity).toBe(kims[1].entity);
  });

  test('particles are stripped and names ending like particles are kept', () => {
    const text = '카카오와 구글이 인도에서 손을 잡았고, 삼성전자는 이를 지켜봤다.';
    const r = run(text);
    expect(r.byText('카카오')[0]).toMatchObject({ ...span(text, '카카오'), type: 'organization' });
    expect(r.byText('구글')[0]).toMatchObject({ ...span(text, '구글'), type: 'organization' });
    expect(r.byText('인도')[0]).toMatchObject({ ...span(text, '인도'), type: 'place' });
    expect(r.byText('삼성전자')[0]).toMatchObject({ ...span(text, '삼성전자'), type: 'organization' });
    expect(r.mentions.some((m) => /[와이는]$/.test(text.slice(m.start, m.end)))).toBe(false);
  });

  test('organization heads and enumerations', () => {
    const text = '푸른숲벤처스가 투자한 달빛코드, 모래시계, 오렌지팩토리 등 스타트업 세 곳이 상을 받았다. 해들마루은행도 참여했다.';
    const r = run(text);
    for (const n of ['푸른숲벤처스', '달빛코드', '모래시계', '오렌지팩토리', '해들마루은행']) {
      expect(r.byText(n)[0]).toMatchObject({ ...span(text, n), type: 'organization' });
    }
    expect(r.mentions.some((m) => text.slice(m.start, m.end) === '스타트업')).toBe(false);
  });

  test('parenthesized alias joins one entity with canonical name', () => {
    const text = '회의에는 아랍에미리트(UAE) 대표단이 참석했다. UAE는 협력을 약속했다.';
    const r = run(text);
    const a = r.byText('아랍에미리트')[0];
    const u = r.byText('UAE');
    expect(a).toMatchObject({ ...span(text, '아랍에미리트'), type: 'place' });
    expect(u).toHaveLength(2);
    expect(u[1]).toMatchObject({ ...span(text, 'UAE는'.slice(0, 3), 20), type: 'place' });
    expect(u.every((m) => m.entity === a.entity)).toBe(true);
    const e = r.entities[a.entity!];
    expect(e.canonical).toBe('United Arab Emirates');
    expect(e.aliases).toEqual(['UAE']);
  });

  test('unknown acronym in parentheses after an organization head', () => {
    const text = '세계해양탐사연맹(WOEF) 회장은 기자회견을 열었다.';
    const r = run(text);
    const o = r.byText('세계해양탐사연맹')[0];
    expect(o).toMatchObject({ start: 0, end: 8, type: 'organization' });
    expect(r.byText('WOEF')[0]).toMatchObject({ start: 9, end: 13, type: 'organization', entity: o.entity });
  });

  test('foreign person names: full name then surname with title', () => {
    const text = '마크 저커버그 메타 CEO가 방한했다. 저커버그 CEO는 "한국은 중요한 시장"이라고 말했다.';
    const r = run(text);
    const full = r.byText('마크 저커버그')[0];
    expect(full).toMatchObject({ start: 0, end: 7, type: 'person', title: 'CEO' });
    const short = r.byText('저커버그').find((m) => m.start > 10)!;
    expect(short.entity).toBe(full.entity);
    const e = r.entities[full.entity!];
    expect(e.canonical).toBe('Mark Zuckerberg');
    expect(r.entities[e.affiliation!].canonical).toBe('Meta');
  });

  test('unknown two-word foreign name before a title', () => {
    const text = '이날 토마스 베커 교수는 강연을 했다.';
    const r = run(text);
    expect(r.byText('토마스 베커')[0]).toMatchObject({ start: 3, end: 9, type: 'person', title: '교수' });
  });

  test('씨 forms: surname only for 김모씨, letters for A씨', () => {
    const text = '경찰은 김모(41)씨와 A씨를 불러 조사했다.';
    const r = run(text);
    expect(r.byText('김')[0]).toMatchObject({ start: 4, end: 5, type: 'person' });
    expect(r.byText('A')[0]).toMatchObject({ ...span(text, 'A씨'.slice(0, 1)), type: 'person' });
    expect(r.byText('경찰')[0]).toMatchObject({ start: 0, end: 2, type: 'organization' });
  });

  test('Latin names and products', () => {
    const text = 'NXQ가 새 모델 ZEN-5를 공개했고 AI 업계가 주목했다.';
    const r = run(text);
    expect(r.byText('NXQ')[0]).toMatchObject({ start: 0, end: 3, type: 'organization' });
    expect(r.byText('ZEN-5')[0]).toMatchObject({ ...span(text, 'ZEN-5'), type: 'product' });
    expect(r.byText('AI')).toHaveLength(0);
  });

  test('a product line takes the model written after it (갤럭시 Z 폴드7, 아이폰 16 프로), not a count (갤럭시 2대)', () => {
    const text = '삼성전자는 갤럭시 Z 폴드7과 갤럭시 S25 울트라를 공개했다. 아이폰 16 프로를 샀다. 갤럭시 2대를 샀다.';
    const r = run(text);
    expect(r.mentions.map((m) => [text.slice(m.start, m.end), m.type])).toEqual([
      ['삼성전자', 'organization'],
      ['갤럭시 Z 폴드7', 'product'],
      ['갤럭시 S25 울트라', 'product'],
      ['아이폰 16 프로', 'product'],
      ['갤럭시', 'product'],
    ]);
  });

  test('a stage name and its real name (아이유(본명 이지은)) are one person; a Latin stage name after a role (멤버 RM) is a person', () => {
    const text = '가수 아이유(본명 이지은)는 웃었다. 방탄소년단 멤버 RM은 돌아오겠다고 했다. 멤버 교체가 있었다.';
    const r = run(text);
    expect(r.mentions.map((m) => [text.slice(m.start, m.end), m.type])).toEqual([
      ['아이유', 'person'],
      ['이지은', 'person'],
      ['방탄소년단', 'organization'],
      ['RM', 'person'],
    ]);
    const iu = r.entities[r.byText('아이유')[0].entity!];
    expect([iu.name, iu.aliases]).toEqual(['아이유', ['이지은']]);
    expect(r.byText('이지은')[0].entity).toBe(r.byText('아이유')[0].entity);
  });

  test('a person\'s name spelled in Latin letters in parentheses (피터 리(Peter Lee)) is the person\'s alias and canonical name, not a body', () => {
    const text = '피터 리(Peter Lee) 한빛연구소 부사장과 로빈 페이지(Robin Page)는 웃었다. 기성용(스완지시티)은 뛰었다.';
    const r = run(text);
    expect(r.mentions.map((m) => [text.slice(m.start, m.end), m.type])).toEqual([
      ['피터 리', 'person'],
      ['Peter Lee', 'person'],
      ['한빛연구소', 'organization'],
      ['로빈 페이지', 'person'],
      ['Robin Page', 'person'],
      ['기성용', 'person'],
      ['스완지시티', 'organization'],
    ]);
    const peter = r.entities[r.byText('피터 리')[0].entity!];
    expect([peter.name, peter.aliases, peter.canonical]).toEqual(['피터 리', ['Peter Lee'], 'Peter Lee']);
    expect(r.byText('Robin Page')[0].entity).toBe(r.byText('로빈 페이지')[0].entity);
  });

  test('no entities from common words', () => {
    const text = '이번 조사에서 정부는 시장 상황을 살펴본 뒤 대책을 내놓겠다고 밝혔다.';
    const r = run(text);
    expect(r.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['정부']);
  });

  test('canonicalName', () => {
    expect(canonicalName('오픈AI')).toBe('OpenAI');
    expect(canonicalName('소프트뱅크벤처스')).toBe('SoftBank Ventures');
    expect(canonicalName('윤석열', 'person')).toBe('Yoon Suk Yeol');
    expect(canonicalName('최민서', 'person')).toBe('Choi Min-seo');
    expect(canonicalName('스캐터랩', 'organization')).toBeNull();
  });

  test('matchTitleAt', () => {
    const t = '김 대표는 회장이 아니다. 올트먼 CEO와 대표단';
    expect(matchTitleAt(t, 2)).toEqual({ end: 4, title: '대표', canonical: 'CEO' });
    expect(matchTitleAt(t, 6)).toEqual({ end: 8, title: '회장', canonical: 'Chairman' });
    expect(matchTitleAt(t, t.indexOf('CEO'))).toMatchObject({ title: 'CEO', end: t.indexOf('CEO') + 3 });
    expect(matchTitleAt(t, t.indexOf('대표단'))).toBeNull();
    expect(matchTitleAt(t, 0)).toBeNull();
  });
});

test('LEX_PREFIXES answers exactly "a proper prefix, two characters at least, of a listed name"', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { LEX_INDEX, LEX_PREFIXES } = require('../src/ko/entities/common') as typeof import('../src/ko/entities/common');
  const prefixes = new Set<string>();
  for (const k of LEX_INDEX.keys()) for (let l = 2; l < k.length; l++) prefixes.add(k.slice(0, l));
  const probes = new Set<string>(['', '오', '오픈', '오픈AI', '오픈AIX', '삼성', '삼성전', '삼성전자', '서울', '서울시청사']);
  for (const k of LEX_INDEX.keys()) for (let l = 0; l <= k.length + 1; l++) probes.add(k.slice(0, l) + (l > k.length ? '가' : ''));
  const wrong = [...probes].filter((p) => LEX_PREFIXES.has(p) !== prefixes.has(p));
  expect(wrong).toEqual([]);
  expect(prefixes.size).toBeGreaterThan(1000);
});
