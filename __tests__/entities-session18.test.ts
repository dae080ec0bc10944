/** Entity forms found by the error analysis of session 18 (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

describe('a particle agrees with the syllable before it', () => {
  test('리웨이 대변인: 웨 has no final consonant, so its 이 is the name\'s, not the subject\'s particle', () => {
    const t = '리웨이 대변인은 13일 정례 브리핑에서 "대화를 원한다"고 말했다.';
    const p = run(t).entities.filter((e) => e.type === 'person');
    expect(p.map((e) => [e.name, e.mentions[0]])).toEqual([['리웨이', at(t, '리웨이')]]);
  });
  test('홀러웨이 교수: the same for a name of several words', () => {
    const t = '에드워드 M. 홀러웨이 교수는 "결국 투표율이 승부를 가를 것"이라고 말했다.';
    expect(run(t).entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['에드워드 M. 홀러웨이']);
  });
});

describe('dates found by the error analysis of session 18', () => {
  const dates = (t: string) => run(t).dates.map((d) => [d.text, d.start, d.value]);
  test('a period with the copula after it (내년 상반기다)', () => {
    const t = '첫 가동 목표 시점은 내년 상반기다.';
    expect(dates(t)).toEqual([['내년 상반기', at(t, '내년 상반기').start, '2025-H1']]);
  });
  test('the start, middle or end of a week (다음 주 초, 이번 주 중반), not 초안', () => {
    const t = '정부는 다음 주 초 대책을 내놓는다. 이번 주 중반에는 비가 온다. 다음 주 초안을 공개한다.';
    expect(dates(t)).toEqual([
      ['다음 주 초', at(t, '다음 주 초').start, '2024-W39'],
      ['이번 주 중반', at(t, '이번 주 중반').start, '2024-W38'],
      ['다음 주', t.lastIndexOf('다음 주'), '2024-W39'],
    ]);
  });
  test('an academic year (2026학년도) is that year', () => {
    const t = '2026학년도 대학 입시는 다음 달 시작된다.';
    expect(dates(t)[0]).toEqual(['2026학년도', 0, '2026']);
  });
});

describe('a company named right after its kind (소속사 하이웨이뮤직)', () => {
  test('a loanword name (웨, 뮤) is the company, and 소속사 측 later means it', () => {
    const t = '가수 한별의 소속사 하이웨이뮤직은 보도자료를 통해 "깊이 사과드린다"고 밝혔다. 경찰은 조사를 이어갔다. 소속사 측은 공연도 취소했다고 전했다.';
    const d = run(t);
    expect(d.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toContain('하이웨이뮤직');
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['하이웨이뮤직', '하이웨이뮤직']);
  });
});

describe('a team named by its first word alone (한화 after 한화 이글스)', () => {
  test('one entity, the team; 구단에 따르면 then means it, not the other side', () => {
    const t = 'LG 트윈스가 kt 위즈를 꺾었다. 김경태 LG 감독은 "선수들이 잘했다"고 말했다. LG는 3연승을 달렸다. kt 위즈는 4연패에 빠졌다. 구단에 따르면 한지석은 오는 19일 복귀한다.';
    const d = run(t);
    const lg = d.entities.find((e) => e.name === 'LG 트윈스');
    const lgAt = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + 2, text: 'LG' });
    expect(lg?.mentions).toEqual([at(t, 'LG 트윈스'), lgAt('LG 감독'), lgAt('LG는')]);
    expect(d.quotes[1].speaker?.name).toBe('LG 트윈스');
  });
});

describe('이날 after a day marked past (지난 3일, 지난달 3일)', () => {
  const days = (t: string) => run(t).dates.filter((d) => /이날|같은 날/u.test(d.text)).map((d) => d.value);
  test('two sentences on, the day the article reports (written bare, 20일) again', () => {
    const t = '경찰은 20일 가수 A씨를 불러 조사했다. A씨는 지난달 3일 자택에서 체포됐다. 경찰은 당시 증거를 확보했다. A씨의 구속 여부는 이날 밤늦게 결정된다.';
    expect(days(t)).toEqual(['2024-09-20']);
  });
  test('in its sentence or the next, and on from there, the marked day', () => {
    const t = '정부는 20일 대책을 냈다. 공업부는 지난달 29일 목록을 발표했다. 이날 오전까지만 해도 5개 차종이 있었다. 그러나 공업부는 같은 날 오후 목록을 바꿨다.';
    expect(days(t)).toEqual(['2024-08-29', '2024-08-29']);
  });
});

describe('a team named by its city and 구단 (포항 구단 after 포항 스틸러스)', () => {
  test('one entity with the team', () => {
    const t = '포항 스틸러스는 8일 이적을 발표했다. 포항 구단은 "최종 합의했다"고 밝혔다.';
    const d = run(t);
    expect(d.quotes[0].speaker?.name).toBe('포항 스틸러스');
    expect(d.entities.find((e) => e.name === '포항 스틸러스')?.mentions).toEqual([at(t, '포항 스틸러스'), at(t, '포항 구단')]);
  });
});

describe('a university before an admissions title (국립대 입학처장)', () => {
  test('the university is the affiliation, and 한 지방 … is a described source, not a person named 지방', () => {
    const t = '한 지방 국립대 입학처장은 "신입생을 다 못 채울 것"이라고 우려했다. 김민수 한빛대 입학처장은 "경쟁률이 올랐다"고 말했다.';
    const d = run(t);
    expect(d.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['한 지방 국립대 입학처장', 'group'], ['김민수', 'person']]);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['김민수']);
  });
});

describe('Chinese names before a title (왕레이, 쑤창핑)', () => {
  test('a surname the Chinese share and a transliterated syllable (레), or ㅆ before ㅜ (쑤): the name, and its surname later', () => {
    const t = '왕레이 중국 외교부 대변인은 "검토하고 있다"고 말했다. 쑤창핑 상무부 대변인은 "대화의 문은 열려 있다"고 말했다. 왕 대변인은 "정해진 것은 없다"고 덧붙였다.';
    const d = run(t);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions[0]])).toEqual([['왕레이', at(t, '왕레이')], ['쑤창핑', at(t, '쑤창핑')]]);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['왕레이', '쑤창핑', '왕레이']);
  });
});

describe('foreign names of two words with uncommon given names before a title', () => {
  test('잉리드 베르게 대변인, 오스윈 테를린덴 위원장, 카롤리나 페헤이라 대변인: the whole name; not 그는 조용하게 대변인에게', () => {
    const t = '잉리드 베르게 대변인은 "우려한다"고 말했다. 오스윈 테를린덴 위원장은 "검토하겠다"고 말했다. 카롤리나 페헤이라 대변인은 "늦었다"고 말했다. 그는 조용하게 대변인에게 말했다.';
    const d = run(t);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions[0]])).toEqual([
      ['잉리드 베르게', at(t, '잉리드 베르게')], ['오스윈 테를린덴', at(t, '오스윈 테를린덴')], ['카롤리나 페헤이라', at(t, '카롤리나 페헤이라')],
    ]);
  });
});

describe('a surname of two syllables alone (남궁 본부장 after 남궁현)', () => {
  test('is that person', () => {
    const t = '남궁현 통상교섭본부장은 "협의하겠다"고 말했다. 남궁 본부장은 "유지해 달라"고 요청했다.';
    const d = run(t);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions])).toEqual([
      ['남궁현', [at(t, '남궁현'), { start: t.indexOf('남궁 본부장'), end: t.indexOf('남궁 본부장') + 2, text: '남궁' }]],
    ]);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['남궁현', '남궁현']);
  });
});

describe('a committee cut short (금통위, 정보위, 비대위)', () => {
  test('is the committee named in full before', () => {
    const t = '한국은행 금융통화위원회는 기준금리를 동결했다. 금통위는 "물가가 안정됐다"고 밝혔다. 국회 정보위원회가 열렸다. 정보위는 "보고를 받았다"고 밝혔다. 정무위는 "보류한다"고 밝혔다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['한국은행 금융통화위원회', '국회 정보위원회', '정무위']);
  });
});

describe('more names from the last held-out rounds', () => {
  test('a Japanese given name after a listed surname (기무라 노리히로), ㅑ after ㅅ (린샤오펑), a discipline before 교수 (경제학)', () => {
    const t = '기무라 노리히로 관방장관은 "유감"이라고 말했다. 린샤오펑 대변인은 "반대한다"고 말했다. 김민수 경제학 교수는 "어렵다"고 말했다.';
    expect(run(t).entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['기무라 노리히로', '린샤오펑', '김민수']);
  });
  test('구는, 구에 따르면: the district named as a subject before', () => {
    const t = '서울 마포구는 20일 주차장을 짓겠다고 밝혔다. 구에 따르면 사업비는 300억원이다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['서울 마포구', '서울 마포구']);
  });
});
