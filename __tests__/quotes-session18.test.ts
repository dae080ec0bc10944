/** Quote forms found by the error analysis of session 18, on articles written for it (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

const segmentsOf = (t: string) => run(t).quotes.map((q) => q.segments);

describe('the occasion of a saying is not part of what was said', () => {
  test('이 자리에서, 그 자리에서: a demonstrative before the venue', () => {
    const t = '최 대표는 이 자리에서 내년에 충북에 새 연구소를 연다고 밝혔다. 박 의원은 그 자리에서 법안을 다시 내겠다고 말했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '내년에 충북에 새 연구소를 연다')], [at(t, '법안을 다시 내겠다')]]);
  });
  test('재판 과정에서: the course of a venue; 상담 과정에서 stays, as it is often what was said', () => {
    const t = '김씨 측 변호인은 재판 과정에서 경기 침체로 대금을 돌려주지 못했을 뿐이라고 주장했다. 상담원은 상담 과정에서 잘못된 안내가 있었다고 인정했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '경기 침체로 대금을 돌려주지 못했을 뿐이라')], [at(t, '상담 과정에서 잘못된 안내가 있었다')]]);
  });
  test('선고 직후 변호인을 통해: the moment and the channel of the statement', () => {
    const t = '이씨는 선고 직후 변호인을 통해 항소하겠다는 뜻을 밝혔다. 가수 한별은 소속사를 통해 활동을 잠시 멈추겠다고 전했다.';
    expect(segmentsOf(t)).toEqual([[at(t, '항소하겠다')], [at(t, '활동을 잠시 멈추겠다')]]);
  });
});

describe('a city or province named again by its kind (시, 도)', () => {
  test('시는, 시에 따르면: the city named before; 도는, 도에 따르면: the province, though typed a place', () => {
    const t = '광주시는 20일 도시철도 2호선 공사비가 늘었다고 밝혔다. 시에 따르면 총공사비는 2조원을 넘었다. 시는 내년 개통을 목표로 한다고 덧붙였다.\n\n' +
      '전북도는 이날 귀농 지원책을 내놨다. 도에 따르면 지난해 귀농 가구는 3천여 가구였다. 도는 지원금을 늘리겠다고 말했다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.mention?.text, q.speaker?.resolvedBy])).toEqual([
      ['도시철도 2호선 공사비가 늘었다', '광주시', '광주시', 'explicit'],
      ['총공사비는 2조원을 넘었다', '광주시', '시', 'title'],
      ['내년 개통을 목표로 한다', '광주시', '시', 'title'],
      ['지난해 귀농 가구는 3천여 가구였다', '전북도', '도', 'title'],
      ['지원금을 늘리겠다', '전북도', '도', 'title'],
    ]);
  });
  test('a country ending in 도 (인도) is no province', () => {
    const t = '인도 정부는 20일 수출 규제를 풀었다. 도는 지원금을 늘리겠다고 말했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).not.toContain('인도');
  });
});

describe('에 따르면 with a field (축구계) or a monitoring system (감시체계) as its source', () => {
  test('축구계에 따르면: the football world speaks, as 법조계 does', () => {
    const t = '축구계에 따르면 이적료는 약 50억원 수준인 것으로 알려졌다.';
    expect(run(t).quotes.map((q) => [q.segments, q.speaker?.name])).toEqual([[[at(t, '이적료는 약 50억원 수준인 것으로 알려졌다')], '축구계']]);
  });
  test('질병관리청 감시체계에 따르면: the body that keeps the system speaks', () => {
    const t = '질병관리청 온열질환 감시체계에 따르면 올해 온열질환자는 300명으로 집계됐다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['질병관리청']);
  });
});

describe('a title that opens with its topic and a comma (박정우, …行…"…")', () => {
  test('the topic speaks the title\'s quote after a clause closed by an ellipsis, though the quote ends as a sentence', () => {
    const t = "'국가대표 수비수' 박정우, 독일 마인츠行…\"새로운 도전에 설렌다\"\n\n" +
      '(서울=한빛뉴스) 김철수 기자 = 국가대표 수비수 박정우가 독일 마인츠로 이적한다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.speaker?.mention]).toEqual([[at(t, '새로운 도전에 설렌다')], '박정우', at(t, '박정우')]);
  });
  test('…but a quote in the article that it echoes names its source first', () => {
    const t = '수성구, 도서관 3년 휴관에 주민 반발…"대체 공간도 없어"\n\n' +
      '(대구=한빛뉴스) 김철수 기자 = 대구 수성구가 도서관을 3년간 닫기로 했다. 주민들은 "대체 공간도 없어 답답하다"고 말했다.';
    expect(run(t).quotes[0].speaker?.name).toBe('주민들');
  });
  test('only the title: a body line opening with a name and a comma gives it no quote', () => {
    const t = '도서관 휴관 논란\n\n김민수, 이 일을 어찌하나…"대체 공간도 없어"';
    expect(run(t).quotes.map((q) => q.speaker?.name ?? null)).not.toContain('김민수');
  });
});

describe('A는 …했고, B는 …다고 밝혔다: the speech verb is the last clause\'s', () => {
  test('the second clause\'s topic speaks, and what it says starts after it', () => {
    const t = '여당은 예산안 단독 처리를 예고했고, 야당은 표결에 참여하지 않겠다고 밝혔다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.speaker?.mention]).toEqual([[at(t, '표결에 참여하지 않겠다')], '야당', at(t, '야당')]);
  });
  test('one topic, two clauses: the topic speaks (the first clause stays as before)', () => {
    const t = '김 대표는 회의를 주재했고, 투자를 늘리겠다고 밝혔다.';
    expect(run(t).quotes.map((q) => q.speaker?.mention?.text)).toEqual(['김 대표']);
  });
});

describe('a body, 한 and a title: one of its members, unnamed', () => {
  test('민주당 한 재선 의원 is a described source, not a person named 민주당', () => {
    const t = '민주당 한 재선 의원은 "이번 주 안에 간극이 좁혀지겠느냐"고 말했다.';
    const d = run(t);
    expect([d.quotes[0].speaker?.name, d.quotes[0].speaker?.type]).toEqual(['민주당 한 재선 의원', 'group']);
    expect(d.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });
});

describe('a direct quote nested in a reported clause is part of it (GOLD-FORMAT: a nested quote belongs to the outer one)', () => {
  test('재판부는 A씨가 … "…"이라며 …했다고 지적했다: one indirect quote, the topic\'s', () => {
    const t = '재판부는 B씨가 잘못을 인정하지 않았고, 법정에서도 "경기 탓"이라며 책임을 미루는 태도를 보였다고 지적했다.';
    expect(run(t).quotes.map((q) => [q.kind, q.speaker?.name, q.segments])).toEqual([
      ['indirect', '재판부', [at(t, 'B씨가 잘못을 인정하지 않았고, 법정에서도 "경기 탓"이라며 책임을 미루는 태도를 보였다')]],
    ]);
  });
  test('김 대표는 "…"라며 …다고 말했다: the speaker\'s own two quotes stay two', () => {
    const t = '김 대표는 "위기는 곧 기회"라며 투자를 늘리겠다고 말했다.';
    expect(run(t).quotes.map((q) => [q.kind, q.segments])).toEqual([['direct', [at(t, '위기는 곧 기회')]], ['indirect', [at(t, '투자를 늘리겠다')]]]);
  });
});

describe('a long source after the reported clause', () => {
  test('…보고했다고 정보위 여당 간사인 국민의힘 유재훈 의원이 전했다: seven words between the clause and the verb', () => {
    const t = '국방부는 14일 북한이 추가 파병을 준비하는 정황이 있다고 보고했다고 국방위 야당 간사인 민주당 김민호 의원이 전했다.';
    const q = run(t).quotes[0];
    expect([q.speaker?.name, q.segments]).toEqual(['김민호', [at(t, '국방부는 14일 북한이 추가 파병을 준비하는 정황이 있다고 보고했다')]]);
  });
});

describe('unions and companies named by their kind (노조, 회사, 그룹)', () => {
  const speakers = (t: string) => run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name]);
  test('회사 측은 after a union named with its company: the company, never the union', () => {
    const t = '한빛중공업 노동조합이 파업을 예고했다. 노조는 "회사가 약속을 어겼다"고 주장했다. 회사 측은 "요구를 받아들이기 어렵다"고 반박했다.';
    expect(speakers(t)).toEqual([['회사가 약속을 어겼다', '한빛중공업 노동조합'], ['요구를 받아들이기 어렵다', '한빛중공업']]);
  });
  test('노조 and 노동조합 are one body; 노조에 따르면 (not a law: 제5조에 따르면 is); a union branch (…지부) is a 노조', () => {
    const t = '한빛중공업 노조 "약속 지켜라"\n\n한빛중공업 노동조합이 파업을 예고했다. 노조에 따르면 조합원 6천여명이 찬성했다. ' +
      '근로기준법 제5조에 따르면 사용자는 근로조건을 지켜야 한다.';
    expect(speakers(t)).toEqual([['약속 지켜라', '한빛중공업 노동조합'], ['조합원 6천여명이 찬성했다', '한빛중공업 노동조합']]);
    const b = '금속노조 한빛전자지부는 반발했다. 노조는 "인력 감축이 우려된다"고 밝혔다.';
    expect(speakers(b)).toEqual([['인력 감축이 우려된다', '금속노조 한빛전자지부']]);
  });
  test('그룹에 따르면: the group named before', () => {
    const t = '한빛그룹은 20일 투자 계획을 발표했다. 그룹에 따르면 올해 투자액은 12조원이다.';
    expect(speakers(t)).toEqual([['올해 투자액은 12조원이다', '한빛그룹']]);
  });
});

describe('cue forms', () => {
  test('…라면서도 …다고 내다봤다: two reported parts, as with 라며', () => {
    const t = '이 연구위원은 투자 확대는 긍정적이라면서도 환율이 높으면 집행률은 낮을 수 있다고 내다봤다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([[at(t, '투자 확대는 긍정적이라'), at(t, '환율이 높으면 집행률은 낮을 수 있다')]]);
  });
  test('an idiom in the present tense (입을 모은다, 목소리를 높인다)', () => {
    const t = '전문가들은 불에 강한 도시를 만들어야 한다고 입을 모은다. 시민단체들은 예산을 늘려야 한다고 목소리를 높인다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.cue?.text])).toEqual([
      ['불에 강한 도시를 만들어야 한다', '입을 모은다'], ['예산을 늘려야 한다', '목소리를 높인다'],
    ]);
  });
});

describe('이 신문은 after a foreign newspaper', () => {
  test('a newspaper known by its English name (The New York Times) is what 신문 means', () => {
    const t = '뉴욕타임스는 이 소식을 전했다. 이 신문은 "상처가 깊다"고 진단했다. 신문은 "복구에 수년이 걸린다"고 전망했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention])).toEqual([
      ['뉴욕타임스', at(t, '이 신문')], ['뉴욕타임스', { start: t.lastIndexOf('신문'), end: t.lastIndexOf('신문') + 2, text: '신문' }],
    ]);
  });
});

describe('군은: the county named as a subject before, else the armed forces as written', () => {
  test('곡성군은 … 군은, 군에 따르면: the county', () => {
    const t = '곡성군은 20일 귀농 지원을 늘린다고 밝혔다. 군은 "청년 유입이 목표"라고 말했다. 군에 따르면 지원금은 2천만원이다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['곡성군', '곡성군', '곡성군']);
  });
  test('a county only mentioned in passing: 군 stays the armed forces', () => {
    const t = '국방부는 20일 훈련을 발표했다. 훈련은 연천군 일대에서 진행된다. 군은 "안전에 유의하겠다"고 말했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['군']);
  });
});

describe('more occasions of a saying', () => {
  test('면담에서, 업무보고에서, 전날 배포한 자료에서 are left out; 전날 alone stays', () => {
    const t = '김 장관은 면담에서 지원을 늘리겠다고 말했다. 시는 시의회 업무보고에서 착공을 미루겠다고 밝혔다. ' +
      '행정안전부는 전날 배포한 자료에서 시스템 612개가 정상화됐다고 밝혔다. 그는 전날 사고가 났다고 말했다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([
      [at(t, '지원을 늘리겠다')], [at(t, '착공을 미루겠다')], [at(t, '시스템 612개가 정상화됐다')], [at(t, '전날 사고가 났다')],
    ]);
  });
});

describe('more speaker forms', () => {
  test('그러자 and 직후 before a source are no part of it', () => {
    const t = '그러자 도널드 트럼프 미국 대통령은 "관세를 올리겠다"고 말했다. 선고 직후 B씨의 유족은 "억울하다"고 말했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text])).toEqual([
      ['도널드 트럼프', '도널드 트럼프 미국 대통령'], ['B씨의 유족', 'B씨의 유족'],
    ]);
  });
  test('A씨(67)는: the name keeps its 씨, without the age', () => {
    const t = '피해자 A씨(67)는 "노후자금을 잃었다"고 말했다.';
    expect(run(t).quotes[0].speaker?.name).toBe('A씨');
  });
  test('회사 측은 after a company named once in the sentence right before, rather than a body quoted earlier', () => {
    const t = '금융시장이 출렁였다.\n\n한국거래소에 따르면 코스피는 2% 내렸다.\n\n중견 건설사 한결건설 주가는 8% 급락했다. 회사 측은 "재무 구조는 탄탄하다"고 해명했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['한국거래소', '한결건설']);
  });
});

describe('이날 after a past day in a relative clause (지난 15일 발표된 대책)', () => {
  test('the day the article reports', () => {
    const t = '코스피가 20일 급락했다. 지난 15일 발표된 대책으로 투자 심리가 얼어붙었다. 한국거래소에 따르면 이날 외국인은 1조원을 팔았다.';
    expect(run(t).dates.map((d) => [d.text, d.value])).toEqual([['20일', '2024-09-20'], ['지난 15일', '2024-09-15'], ['이날', '2024-09-20']]);
  });
});

describe('sources found by the second held-out rounds', () => {
  test('양국 정상은 … 공동성명에서 "…": the leaders, a group', () => {
    const t = '한국과 인도 정상이 8일 회담했다. 양국 정상은 회담 직후 발표한 공동성명에서 "관계를 강화한다"고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['양국 정상', 'group']]);
  });
  test('검찰 공소장에 따르면: the document\'s maker (공소장 is no surname 공 and title 소장)', () => {
    const t = '검찰 공소장에 따르면 A씨는 2023년부터 회삿돈을 빼돌렸다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['검찰']);
  });
  test('…에 대해서는 …라고 전했다, its subject elided: the frame (with a clause modifying its noun) is no part of what was said', () => {
    const t = '배우 김하늘은 인터뷰에서 작품 이야기를 했다. 상대역을 맡은 선배 배우 윤채아에 대해서는 현장에서 가장 많이 의지한 사람이라고 고마움을 전했다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([[at(t, '현장에서 가장 많이 의지한 사람이라')]]);
  });
});

describe('two sources and quotes on one headline line, one word between them', () => {
  test('與 "…" 野 "…": both quotes, each with its source', () => {
    const t = '與 "이번 주 처리" 野 "감액 없인 합의 없다"\n\n국회는 2일 예산안을 논의했다.';
    expect(run(t).quotes.map((q) => [q.segments, q.speaker?.name])).toEqual([[[at(t, '이번 주 처리')], '여당'], [[at(t, '감액 없인 합의 없다')], '야당']]);
  });
});

describe('이 대표는 with nobody named 이', () => {
  test('this 대표: the described source with that title who spoke last; with 이재명 대표 named, the surname', () => {
    const t = '윤서진 대표는 "투자하겠다"고 말했다. 한 협력업체 대표는 "납품이 줄었다"고 말했다. 이 대표는 "버티기 어렵다"고 덧붙였다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['윤서진', '한 협력업체 대표', '한 협력업체 대표']);
    const u = '이재명 대표는 "좋다"고 말했다. 한 협력업체 대표는 "싫다"고 말했다. 이 대표는 "다시 보자"고 말했다.';
    expect(run(u).quotes.map((q) => q.speaker?.name)).toEqual(['이재명', '한 협력업체 대표', '이재명']);
  });
});
