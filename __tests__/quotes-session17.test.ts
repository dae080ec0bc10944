/** Quote forms found by the error analysis of session 17, on articles written for it (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

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
  test('a group before a headline quote speaks though nothing else marks it (어민들, 친윤계, 은행권); a word of another kind does not', () => {
    const t = '어민들 "바다 생계 위협"…송전선로 갈등\n\n친윤계 "당 대표가 월권"\n\n은행권 "실수요자 피해 우려"';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name ?? null])).toEqual([
      ['바다 생계 위협', '어민들'], ['당 대표가 월권', '친윤계'], ['실수요자 피해 우려', '은행권'],
    ]);
    expect(run('간부 질책 "인민 앞에 죄 짓는 것"').quotes.map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
  test('한은 "…": a known name ending like a topic\'s particle (한은 for 한국은행) speaks whole, not as 한', () => {
    const t = '한은 "가계부채 증가세 여전히 높아"\n\n한국은행은 20일 가계부채가 늘었다고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention])).toEqual([['한국은행', at(t, '한은')], ['한국은행', at(t, '한국은행')]]);
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
  test('…the bench named as the subject, not the court the case was sent back to; 대법 "…" in a headline is 대법원', () => {
    const t = '대법 "배달기사도 근로자"\n\n대법원 2부(주심 서민아 대법관)는 20일 원심을 깨고 사건을 서울고법에 돌려보냈다. ' +
      '재판부는 "플랫폼이 업무를 통제했다면 근로자로 봐야 한다"고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['배달기사도 근로자', '대법원'],
      ['플랫폼이 업무를 통제했다면 근로자로 봐야 한다', '대법원 2부'],
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

describe('who speaks', () => {
  test('같은 X, 넣은 X: a one-syllable stem before 은 modifies the noun after it and is no topic that speaks', () => {
    const t = '배수진은 "마지막 홀까지 집중했다"고 말했다. 긴 퍼트를 넣은 장면에 대해서는 "그 퍼트가 승부를 갈랐다"고 돌아봤다. ' +
      '같은 위원회 박정우 의원도 예산을 삭감해야 한다는 의견을 냈다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.segments[0].text])).toEqual([
      ['배수진', '마지막 홀까지 집중했다'],
      ['배수진', '그 퍼트가 승부를 갈랐다'],
      ['박정우', '예산을 삭감해야 한다'],
    ]);
  });
  test('…시는, 군은, 당은: one-syllable topics that do speak still do', () => {
    const t = '시는 20일 응급 복구를 마치겠다고 밝혔다. 당은 유감을 표명한다고 밝혔다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['시', '당']);
  });
  test('…라고 소속사 측이 전했다, …라고 소속사는 밝혔다: the subject between the quotative and the verb speaks; the topic before is part of what was said', () => {
    const t = '가수 한유리는 오는 12월 단독 콘서트를 열 계획이라고 소속사 측이 20일 전했다. 한유리는 새 앨범도 낼 예정이라고 소속사는 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.speaker?.mention, q.cue])).toEqual([
      [[at(t, '가수 한유리는 오는 12월 단독 콘서트를 열 계획이라')], '소속사 측', at(t, '소속사 측'), at(t, '전했다')],
      [[at(t, '한유리는 새 앨범도 낼 예정이라')], '소속사', at(t, '소속사', t.indexOf('소속사는')), at(t, '밝혔다')],
    ]);
    // (측이 before a day and 전했다 is no news outlet, as 신화넷이 16일 전했다 is.)
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual([['한유리', 'person']]);
  });
  test('이 단체는: the association named before (a name ending in 연대, 연합, 모임 …)', () => {
    const t = '시민단체인 한빛참여연대는 논평을 내고 판결을 환영했다. 이 단체는 "항소심까지 지켜보겠다"고 주장했다.';
    const q = run(t).quotes[0];
    expect([q.speaker?.name, q.speaker?.type, q.speaker?.mention]).toEqual(['한빛참여연대', 'organization', at(t, '이 단체')]);
  });
});

describe('what was said, and what was not', () => {
  test('“…”는 기존 입장을 유지했다: a determiner noun between 는 and the speech noun', () => {
    const t = '한빛건설 측은 "당시 기준에 맞춰 시공했다"는 기존 입장을 유지했다.';
    const q = run(t).quotes[0];
    expect([q.segments, q.speaker?.name, q.cue]).toEqual([[at(t, '당시 기준에 맞춰 시공했다')], '한빛건설', at(t, '입장을 유지했다')]);
  });
  test('the occasion of the statement is no part of it: 지난 13일 홈페이지에 공고를 내고, 공지를 통해, 최종변론에서, …심리로 열린 결심공판에서', () => {
    const t = '수성구는 지난 13일 구청 홈페이지에 공고를 내고 도서관을 휴관한다고 알렸다. ' +
      '한빛마켓은 지난 9일 판매자 공지를 통해 수수료를 올린다고 밝혔다. ' +
      '변호인은 최종변론에서 회사가 장치를 교체했다고 말했다. ' +
      '검찰은 19일 창원지법 형사3단독 박민규 판사 심리로 열린 김모(61)씨의 결심공판에서 징역 3년을 선고해 달라고 요청했다. ' +
      "검찰은 같은 법원 박민규 판사 심리로 열린 제조업체 '한빛정밀' 대표 이모(55)씨의 결심공판에서 벌금형을 구해 달라고 요청했다.";
    expect(run(t).quotes.map((q) => q.segments)).toEqual([
      [at(t, '도서관을 휴관한다')],
      [at(t, '수수료를 올린다')],
      [at(t, '회사가 장치를 교체했다')],
      [at(t, '징역 3년을 선고해 달라')],
      [at(t, '벌금형을 구해 달라')],
    ]);
  });
});

describe('where what was said begins', () => {
  test('a topic the statement is about, opening the content, is no part of it: …에 대해서는, …와 관련해, …에 대한 질문에', () => {
    const t = '정하늘은 향후 계획에 대해서는 지도자의 길을 걷겠다고 밝혔다. 한 원장도 작년 7월 잇단 사고와 관련해 개선 방안을 마련하겠다고 밝혔다. ' +
      '그는 거취에 대한 질문에 아직 정하지 않았다고 답했다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([
      [at(t, '지도자의 길을 걷겠다')], [at(t, '개선 방안을 마련하겠다')], [at(t, '아직 정하지 않았다')],
    ]);
  });
  test('…but not a topic inside the content, after its own subject (정부가 이 문제에 대해 사과해야 한다)', () => {
    const t = '시민단체는 정부가 이 문제에 대해 사과해야 한다고 주장했다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([[at(t, '정부가 이 문제에 대해 사과해야 한다')]]);
  });
  test('지난 10일 기자간담회에서: a past day before the occasion is no part of it; 지난 10일 alone stays (it may be the day of what was said)', () => {
    const t = '김형준 정책관은 지난 10일 기자간담회에서 집값이 오를 수 있다고 경고했다. 경찰은 지난 10일 A씨를 체포했다고 밝혔다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([[at(t, '집값이 오를 수 있다')], [at(t, '지난 10일 A씨를 체포했다')]]);
  });
  test('우 CPO는 after 카카오 우지현 최고제품책임자(CPO); 박 직무대행은: titles, and an acronym of a title\'s English name is that title', () => {
    const t = '카카오 우지현 최고제품책임자(CPO)는 신기능을 소개했다. 우 CPO는 "이용자 1천만명을 확보하겠다"고 말했다. ' +
      '박도윤 집행위원장 직무대행은 개막을 알렸다. 박 직무대행은 "뼈아프게 생각한다"고 말했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([['우지현', 'surname'], ['박도윤', 'surname']]);
  });
  test('유 부총재는 after 유상현 한국은행 부총재: the title 부총재 (not 부 as a given name)', () => {
    const t = '유상현 한국은행 부총재는 금리를 논의했다. 유 부총재는 "물가가 안정되고 있다"고 말했다.';
    const q = run(t).quotes[0];
    expect([q.speaker?.name, q.speaker?.mention, q.speaker?.resolvedBy]).toEqual(['유상현', at(t, '유 부총재'), 'surname']);
  });
  test('방문 결과를 설명하며 …: what the source set out while saying it is the occasion, not what was said', () => {
    const t = '대통령실은 20일 체코 공식 방문 결과를 설명하며 원전 협력이 실질적인 단계로 접어들었다고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.segments])).toEqual([['대통령실', [at(t, '원전 협력이 실질적인 단계로 접어들었다')]]]);
  });
  test('19일 오전 기준 and 또 다른 belong to the content; 19일 오전 기자회견에서 does not', () => {
    const t = '위원회는 19일 오전 기준 사망자가 83명으로 집계됐다고 밝혔다. 기상청은 또 다른 저기압이 접근할 수 있다고 밝혔다. ' +
      '위원회는 19일 오전 기자회견에서 피해가 크다고 밝혔다.';
    expect(run(t).quotes.map((q) => q.segments)).toEqual([
      [at(t, '19일 오전 기준 사망자가 83명으로 집계됐다')], [at(t, '또 다른 저기압이 접근할 수 있다')], [at(t, '피해가 크다')],
    ]);
  });
});

describe('bodies of a government after a place', () => {
  test('경남도, 전남도: a province named short with 도 is the province (a place), and speaks as its government', () => {
    const t = '경남도 재난안전대책본부는 피해를 집계했다고 밝혔다. 전남도는 공청회를 열겠다고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['경남도 재난안전대책본부', '전남도']);
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual([['경남도 재난안전대책본부', 'organization'], ['전남도', 'place']]);
  });
  test('이스라엘 총리실은, 가자지구 보건부에 따르면: a ministry or office after any place it governs is one organization and speaks', () => {
    const t = '이스라엘 총리실은 19일 성명을 내고 "구호 인력을 추가로 파견한다"고 밝혔다. 가자지구 보건부에 따르면 지난 24시간 동안 30명이 숨졌다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.type])).toEqual([
      ['구호 인력을 추가로 파견한다', '이스라엘 총리실', 'organization'],
      ['지난 24시간 동안 30명이 숨졌다', '가자지구 보건부', 'organization'],
    ]);
  });
});

describe('an earlier quote of another kind does not hide one', () => {
  test('after an X에 따르면 quote, “…다며 "…"고 강조했다” still gives the indirect part before the direct one', () => {
    const t = '경찰에 따르면 30명이 숨졌다.\n\n한빛시는 복구 지원을 환영한다며 "모든 기관이 힘을 모아야 한다"고 강조했다.';
    expect(run(t).quotes.map((q) => [q.kind, q.segments[0].text, q.speaker?.name])).toEqual([
      ['indirect', '30명이 숨졌다', '경찰'],
      ['indirect', '복구 지원을 환영한다', '한빛시'],
      ['direct', '모든 기관이 힘을 모아야 한다', '한빛시'],
    ]);
  });
});

describe('the person a phrase names, not the one it belongs to', () => {
  test('X의 [foreign name] [title]: the name after the genitive body speaks (요헨 자이델, 아부 칼릴), a person', () => {
    const t = '한빛FC의 요헨 자이델 단장은 "미드필더가 필요하다"고 말했다. 하마스 정치국의 아부 칼릴 대변인은 "협상을 이용하고 있다"고 비판했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention?.text])).toEqual([
      ['요헨 자이델', 'person', '한빛FC의 요헨 자이델 단장'],
      ['아부 칼릴', 'person', '하마스 정치국의 아부 칼릴 대변인'],
    ]);
  });
  test('…but a description after the genitive names no one (서울의 한 대학병원 교수)', () => {
    const t = '서울의 한 대학병원 교수는 "인력이 부족하다"고 말했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['서울의 한 대학병원 교수', 'group']]);
  });
  test('웨이드 캠프의 라이언 콜트 대변인: the campaign\'s spokesman speaks, not the candidate', () => {
    const t = '더글러스 웨이드 후보는 유세를 이어갔다. 웨이드 캠프의 라이언 콜트 대변인은 상대 후보가 거짓말을 하고 있다고 주장했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['라이언 콜트', 'person']]);
  });
  test('독일 내무부 장관은: the minister of a body the lexicon knows, no person named 내무부 or 독일 내무부', () => {
    const t = '독일 내무부 장관은 "국경 통제를 강화한다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['독일 내무부 장관', 'group']]);
    expect(doc.entities.map((e) => [e.name, e.type, e.canonical])).toEqual([['독일 내무부', 'organization', null]]);
  });
  test('외교위원회 소속 의원 6명은: the members, not the committee, nor a body named 6명', () => {
    const t = '미국 하원 외교위원회 소속 의원 6명은 다음 주 대만을 방문할 예정이라고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['미국 하원 외교위원회 소속 의원 6명', 'group']]);
  });
});

describe('the verb that reports', () => {
  test('…라고 못 박았다, …고 못을 박았다: an idiom of speech; 못 박은 액자 is none', () => {
    const t = '정부는 증원 규모를 조정하지 않겠다고 못 박았다. 김 대표는 "더는 양보 없다"고 못을 박았다. 그는 못 박은 액자를 걸었다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.cue?.text])).toEqual([
      ['증원 규모를 조정하지 않겠다', '못 박았다'],
      ['더는 양보 없다', '못을 박았다'],
    ]);
  });
  test('A는 …다고 했고, B는 "…"라고 맞받았다: B speaks the second; Japanese ministers\' titles (담당상, 외무상) make A a person', () => {
    const t = '고바야시 다카시 전 경제재생담당상과 야마모토 에리 전 외무상이 토론했다. ' +
      '고바야시 전 담당상은 일본은행이 금리 인상을 서두르면 안 된다고 했고, 야마모토 전 외무상은 "물가를 잡는 것이 우선"이라고 맞받았다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['일본은행이 금리 인상을 서두르면 안 된다', '고바야시 다카시'],
      ['물가를 잡는 것이 우선', '야마모토 에리'],
    ]);
  });
  test('“…”며 X가 …지 않았다고 말했다: a verb before a negation is no cue, and X is the reported clause\'s subject', () => {
    const t = '한 학부모는 "아이가 사흘째 아프다"며 학교가 제대로 알리지 않았다고 분통을 터뜨렸다.';
    expect(run(t).quotes.map((q) => [q.kind, q.segments[0].text, q.speaker?.name, q.cue?.text])).toEqual([
      ['direct', '아이가 사흘째 아프다', '한 학부모', '분통을 터뜨렸다'],
      ['indirect', '학교가 제대로 알리지 않았다', '한 학부모', '분통을 터뜨렸다'],
    ]);
  });
});

describe('more sources and non-sources', () => {
  test('…다는 목소리가 일부 나오는 것으로 알려졌다: hearsay, though words of degree stand before its predicate', () => {
    expect(run('여당 내부에서도 속도 조절이 필요하다는 목소리가 일부 나오는 것으로 알려졌다.').quotes).toEqual([]);
  });
  test('교보문고는 "…": a name ending in 고 (a bookstore, a school) is a topic that speaks, not a verb\'s 하고는', () => {
    const t = '교보문고는 "올해 가장 많이 팔린 책"이라고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.mention])).toEqual([['교보문고', at(t, '교보문고')]]);
  });
  test('X에 따르면: a body named by its head (시교육청, 박물관) and a document made by the body before it (…이 발표한 동향)', () => {
    const t = '한국부동산원이 19일 발표한 주간 아파트 가격 동향에 따르면 서울 아파트값은 0.1% 올랐다. 시교육청에 따르면 올해 늘봄학교는 412곳이다. ' +
      '박물관에 따르면 관람객은 30만 명을 넘었다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.segments[0].text])).toEqual([
      ['한국부동산원', '서울 아파트값은 0.1% 올랐다'],
      ['시교육청', '올해 늘봄학교는 412곳이다'],
      ['박물관', '관람객은 30만 명을 넘었다'],
    ]);
  });
  test('권 후보자 after 권태식 고용노동부 장관 후보자: the role after the title is part of it', () => {
    const t = '권태식 고용노동부 장관 후보자는 청문회에 출석했다. 권 후보자는 "성실히 답하겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([['권태식', 'surname']]);
    expect(doc.entities.find((e) => e.name === '권태식')?.title).toBe('장관 후보자');
  });
});

describe('described sources', () => {
  test('D군의 어머니, A군 어머니: the mother speaks, not D; a clause before the title is no name (치료 중인 … 전문의)', () => {
    const t = 'D군의 어머니는 "아이가 많이 놀랐다"고 말했다. A군 어머니는 "아들이 폭력을 당했다"고 말했다. ' +
      '입원한 학생을 치료 중인 강릉아산병원 감염내과 전문의는 "대부분 회복 중"이라고 말했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['D군의 어머니', 'group'], ['A군 어머니', 'group'], ['치료 중인 강릉아산병원 감염내과 전문의', 'group'],
    ]);
  });
});
