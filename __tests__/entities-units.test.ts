/** Korean entities: boundary rules for KLUE-style spans (units of organizations, …). Sentences written for the tests. */
import { recognizeEntities } from '../src/ko/entities';

function run(text: string) {
  const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
  const spans = r.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type }));
  /** The span of `s` (its first occurrence at or after `from`) as start/end/text. */
  const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
  return { spans, span };
}

describe('units of an organization', () => {
  test('a department whose head ends like a particle (…학과) joins its university', () => {
    const t = run('김하늘 부산대 수의학과 교수와 박민수 부산대 무용학과 학생이 참석했다.');
    expect(t.spans).toContainEqual({ ...t.span('부산대 수의학과'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('부산대 무용학과'), type: 'organization' });
    expect(t.spans).not.toContainEqual({ ...t.span('부산대'), type: 'organization' });
  });
  test('a committee cut short to …위 and a numbered office join their body', () => {
    const t = run('국회 정보위 소속 의원들은 충남소방본부 119상황실에 들렀다.');
    expect(t.spans).toContainEqual({ ...t.span('국회 정보위'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('충남소방본부 119상황실'), type: 'organization' });
  });
  test('a title after an organization is not a unit of it', () => {
    const t = run('국방부 장관과 국회 의원들이 만났다.');
    expect(t.spans).toContainEqual({ ...t.span('국방부'), type: 'organization' });
    expect(t.spans.some((s) => s.text.startsWith('국방부 장관'))).toBe(false);
  });
});

describe('a body after an address', () => {
  test('is the site where something happens or where someone is taken (에서, 으로, 앞)', () => {
    const t = run('회견은 부산 연제구 거제동 부산지방법원에서 열렸고, 부상자는 대전 서구 둔산동 을지대학교병원으로 옮겨졌다.');
    expect(t.spans).toContainEqual({ ...t.span('부산 연제구 거제동 부산지방법원'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('대전 서구 둔산동 을지대학교병원'), type: 'place' });
    const u = run('시위대는 청주시 상당구 한빛중학교 앞에 모였다.');
    expect(u.spans).toContainEqual({ ...u.span('청주시 상당구 한빛중학교'), type: 'place' });
  });
  test('stays the organization when it acts', () => {
    const t = run('대전 서구 둔산동 을지대학교병원은 새 병동을 열었다고 밝혔다.');
    expect(t.spans).toContainEqual({ ...t.span('대전 서구 둔산동 을지대학교병원'), type: 'organization' });
  });
});

describe('generic bodies that need a qualifier', () => {
  test('take the place they belong to, over the nouns between', () => {
    const t = run('캐나다 농구 대표팀이 이겼고 일본 보건 당국은 경보를 내렸다.');
    expect(t.spans).toContainEqual({ ...t.span('캐나다 농구 대표팀'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('일본 보건 당국'), type: 'organization' });
  });
  test('written with a space, a listed body is one name (군 당국)', () => {
    const t = run('군 당국과 해경은 수색을 이어갔다.');
    expect(t.spans).toContainEqual({ ...t.span('군 당국'), type: 'organization' });
  });
  test('bare, they are the kind and not a name', () => {
    const t = run('당국은 조사에 나섰고 법원은 영장을 기각했다. 대표팀은 귀국했다.');
    expect(t.spans.filter((s) => s.type === 'organization')).toEqual([]);
  });
});

describe('an acronym spelled out by a term', () => {
  test('is not an organization, nor is the term, nor the acronym repeated', () => {
    const t = run('회사는 순자산가치(NAV)를 공개했다. NAV는 12억원이었다.');
    expect(t.spans.filter((s) => s.type === 'organization')).toEqual([]);
    const u = run('그는 자유계약선수(FA)로 이적했다. FA 시장은 뜨거웠다.');
    expect(u.spans.filter((s) => s.type === 'organization')).toEqual([]);
  });
  test('spelled out by a transliterated name, it stays the body it names', () => {
    const t = run('남자프로테니스(ATP)는 새 규정을 발표했다.');
    expect(t.spans).toContainEqual({ ...t.span('남자프로테니스'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('ATP'), type: 'organization' });
  });
});

describe('a transliterated name before a bare site head', () => {
  test('names the site (광장, 공항, 스타디움)', () => {
    const t = run('관광객들은 몽마르트르 광장에 모였고, 여객기는 오헤어 공항에 내렸다. 경기는 에티하드 스타디움에서 열린다.');
    expect(t.spans).toContainEqual({ ...t.span('몽마르트르 광장'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('오헤어 공항'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('에티하드 스타디움'), type: 'place' });
  });
  test('not after a verb form, a role noun or a Korean unit', () => {
    const t = run('그는 강변에 위치한 호텔에 묵었고 전사자 묘역을 참배했다. 사건은 경기 용인시 수지구 아파트에서 일어났다.');
    expect(t.spans.some((s) => s.text.endsWith('호텔') || s.text.endsWith('묘역') || s.text.endsWith('아파트'))).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('경기 용인시 수지구'), type: 'place' });
  });
});

describe('weather-report areas after a region', () => {
  test('join the region (영서, 이남, a direction before 산간)', () => {
    const t = run('내일 강원 영서와 충청 이남에는 비가 오겠고, 경남 북서 산간은 눈이 내리겠다.');
    expect(t.spans).toContainEqual({ ...t.span('강원 영서'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('충청 이남'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('경남 북서 산간'), type: 'place' });
  });
  test('a direction alone does not', () => {
    const t = run('경남 북서 지역에 비가 내렸다.');
    expect(t.spans).toContainEqual({ ...t.span('경남'), type: 'place' });
  });
});

describe('short names of bodies', () => {
  test('a committee cut short to …위 is an organization; …더위, …순위 are words', () => {
    const t = run('당 비대위는 회의를 열었고 선대위도 의견을 냈다. 불볕더위 속에 최상위 팀이 이겼다.');
    expect(t.spans).toContainEqual({ ...t.span('비대위'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('선대위'), type: 'organization' });
    expect(t.spans.some((s) => s.text.includes('더위') || s.text.includes('최상위'))).toBe(false);
  });
  test('a university hospital named by the short university name', () => {
    const t = run('환자들은 충남대병원과 조선대병원으로 나뉘어 옮겨졌다.');
    expect(t.spans).toContainEqual({ ...t.span('충남대병원'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('조선대병원'), type: 'organization' });
  });
});

describe('news outlets named by their report', () => {
  test('the subject of 전했다 or 보도했다 with the date between, the bare name before 보도에 따르면, the name before its edition', () => {
    const t = run('사고 소식은 봉황넷이 12일 전했다. 환구넷 보도에 따르면 피해가 컸다. 가디언 인터넷판이 3일 보도했다.');
    expect(t.spans).toContainEqual({ ...t.span('봉황넷'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('환구넷'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('가디언'), type: 'organization' });
    expect(t.spans.some((s) => s.text.includes('인터넷판'))).toBe(false);
  });
  test('a person who relays something is not an outlet', () => {
    const t = run('김민수 씨는 12일 소식을 전했다. 2015년 보도에 따르면 피해가 컸다.');
    expect(t.spans.filter((s) => s.type === 'organization')).toEqual([]);
  });
});

describe('a bare unit before a body head', () => {
  test('is the kind of body (시·도교육청), a named one stays', () => {
    const t = run('교육부는 전국 시·도교육청에 공문을 보냈고 경기도교육청은 반발했다.');
    expect(t.spans.some((s) => s.text === '도교육청')).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('경기도교육청'), type: 'organization' });
  });
});

describe('sites and islands after a place', () => {
  test('a listed place followed by a site in it is one place; two listed places alone stay apart', () => {
    const t = run('피서객들이 부산 해운대 해수욕장에 몰렸다. 그는 서울 여의도에서 일한다.');
    expect(t.spans).toContainEqual({ ...t.span('부산 해운대 해수욕장'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('서울'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('여의도'), type: 'place' });
  });
  test('a continent with 대륙, an island (…도) in the unit before it', () => {
    const t = run('화산은 아프리카 대륙에서 가장 높다. 배는 전남 신안군 흑산면 가거도 인근에서 멈췄다.');
    expect(t.spans).toContainEqual({ ...t.span('아프리카 대륙'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('전남 신안군 흑산면 가거도'), type: 'place' });
  });
});

describe('a two-word site after a place', () => {
  test('a bare name and a site head after the place it is in join it', () => {
    const t = run('대표단은 북한 창광 호텔에 묵었다. 그는 서울에 호텔을 지었다.');
    expect(t.spans).toContainEqual({ ...t.span('북한 창광 호텔'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('서울'), type: 'place' });
    expect(t.spans.some((s) => s.text.startsWith('서울에'))).toBe(false);
  });
});

describe('아나운서 after a name', () => {
  test('is a title', () => {
    const t = run('이날 방송은 김동훈 아나운서가 진행했다.');
    expect(t.spans).toContainEqual({ ...t.span('김동훈'), type: 'person' });
  });
});

describe('a list joined by middle dots', () => {
  test('an unknown item among known places is a place', () => {
    const t = run('그는 충북 청주·충주·제천·보은에서 유세를 펼쳤다.');
    expect(t.spans).toContainEqual({ ...t.span('보은'), type: 'place' });
  });
  test('not when an item is known as something else', () => {
    const t = run('서울·부산·삼성·한빛에서 행사가 열렸다.');
    expect(t.spans.some((s) => s.text === '한빛')).toBe(false);
  });
});

describe('countries in a match report', () => {
  test('stand for their national teams when they act or are met', () => {
    const t = run('브라질은 전반 12분 선제골을 넣었고, 칠레(승점 4·골득실 2)가 뒤를 이었다.');
    expect(t.spans).toContainEqual({ ...t.span('브라질'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('칠레'), type: 'organization' });
  });
  test('stay places outside a match report or as the host (에)', () => {
    const text = '브라질은 커피 수출을 늘렸다. 대표팀은 전반 12분 골을 넣은 뒤 브라질에 머물렀다.';
    const cut = text.indexOf('.') + 1;
    const r = recognizeEntities(text, [{ start: 0, end: cut }, { start: cut + 1, end: text.length }]);
    const spans = r.mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type }));
    expect(spans).toContainEqual({ start: 0, end: 3, text: '브라질', type: 'place' });
    const second = text.indexOf('브라질', 3);
    expect(spans).toContainEqual({ start: second, end: second + 3, text: '브라질', type: 'place' });
  });
});

describe('a country and 군', () => {
  test('name its armed forces, not a county', () => {
    const t = run('일본군 위안부 피해자들과 이스라엘군의 공습, 고성군 주민들.');
    expect(t.spans).toContainEqual({ ...t.span('일본군'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('이스라엘군'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('고성군'), type: 'place' });
  });
});

describe('North Korean provinces', () => {
  test('are provinces: a bare city or county after one is inside it', () => {
    const t = run('미사일은 평안북도 구성에서 발사됐고, 함경북도 길주군 풍계리에서 핵실험이 있었다.');
    expect(t.spans).toContainEqual({ ...t.span('평안북도 구성'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('함경북도 길주군 풍계리'), type: 'place' });
  });
});

describe('a place named as one side', () => {
  test('with 측 is the body acting for it', () => {
    const t = run('정부는 일본측과 협의했고 에버랜드 측은 입장을 밝혔다. 회담은 일본에서 열렸다.');
    expect(t.spans).toContainEqual({ ...t.span('일본'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('에버랜드'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('일본', 20), type: 'place' });
  });
});

describe('two-word foreign names', () => {
  test('a common foreign given name and a transliterated surname are a person', () => {
    const t = run('이날 공연에는 폴 사이먼과 제니퍼 로페즈가 나왔고, 경기에서는 크리스 에반스에게 패했다. 로버트 다우니 주니어, 헐크 역의 배우도 참석했다.');
    expect(t.spans).toContainEqual({ ...t.span('폴 사이먼'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('제니퍼 로페즈'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('크리스 에반스'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('로버트 다우니 주니어'), type: 'person' });
  });
  test('not before a title, a listed name or a Sino-Korean word', () => {
    const t = run('마크 위원장과 해리 왕자에게 인사했다.');
    expect(t.spans.some((s) => s.text === '마크 위원장' || s.text.startsWith('해리 왕자'))).toBe(false);
  });
});

describe('given names ending like verbs or nouns', () => {
  test('before a title, usual name syllables make a name (…만, …운, …국)', () => {
    const t = run('이성만 위원장과 박재운 감독, 최영국 점장이 참석했다.');
    expect(t.spans).toContainEqual({ ...t.span('이성만'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('박재운'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('최영국'), type: 'person' });
  });
  test('adjectives in …운 and nouns in …국 are not names', () => {
    const t = run('반가운 감독의 인사와 방송국 국장의 발언이 있었다.');
    expect(t.spans.filter((s) => s.type === 'person')).toEqual([]);
  });
});

describe('a foreign given name before a person found by the surname', () => {
  test('is part of the name, with a middle initial', () => {
    const t = run('조지 W. 부시 전 대통령과 더글러스 맥아더 장군의 사진.');
    expect(t.spans).toContainEqual({ ...t.span('조지 W. 부시'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('더글러스 맥아더'), type: 'person' });
  });
});

describe('an organization whose head is written apart, between a name and a title', () => {
  test('is the affiliation; the name before it is the person', () => {
    const t = run('김민수 CJ제일 홀딩스 부사장이 참석했다.');
    expect(t.spans).toContainEqual({ ...t.span('김민수'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('CJ제일 홀딩스'), type: 'organization' });
  });
});

describe('ports (…항)', () => {
  test('a name and 항 is a place; 사항, 조항 and the like are words', () => {
    const t = run('화물선은 다롄항에 도착했고 승객들은 주의사항과 관련 조항을 확인했다.');
    expect(t.spans).toContainEqual({ ...t.span('다롄항'), type: 'place' });
    expect(t.spans.some((s) => s.text.endsWith('사항') || s.text.endsWith('조항'))).toBe(false);
  });
});

describe('islands with long names', () => {
  test('a name of up to six syllables in 섬 is a place', () => {
    const t = run('지진은 보르네오섬에서 일어났다.');
    expect(t.spans).toContainEqual({ ...t.span('보르네오섬'), type: 'place' });
  });
});

describe('more body heads', () => {
  test('…장학회, …진흥회, …중앙회, …과학원 name organizations', () => {
    const t = run('한빛장학회와 지역문화진흥회, 한국농업중앙회, 국립해양과학원이 협약을 맺었다.');
    for (const n of ['한빛장학회', '지역문화진흥회', '한국농업중앙회', '국립해양과학원']) expect(t.spans).toContainEqual({ ...t.span(n), type: 'organization' });
  });
});

describe('weather areas fused to their province', () => {
  test('province, direction and area written as one word are a place', () => {
    const t = run('충북남부내륙과 강원산간에는 눈이 오겠다.');
    expect(t.spans).toContainEqual({ ...t.span('충북남부내륙'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('강원산간'), type: 'place' });
  });
});

describe('two-word foreign names, looser surnames', () => {
  test('a surname with half its syllables open follows a given name (실바, 릴리); 로 ends names', () => {
    const t = run('경기에서 앤더슨 실바는 졌고, 토니 릴리와 마크 러팔로도 왔다.');
    expect(t.spans).toContainEqual({ ...t.span('앤더슨 실바'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('토니 릴리'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('마크 러팔로'), type: 'person' });
  });
  test('not a common word after a given-name-like word, nor a one-syllable word with a particle after a one-syllable given name', () => {
    const t = run('남자 팀 추월 경기와 짐 수를 셌다.');
    expect(t.spans.filter((s) => s.type === 'person')).toEqual([]);
  });
});

describe('weak titles fused to a department', () => {
  test('name the post (선전부장, 이대총장)', () => {
    const t = run('박성호 홍보부장과 정미경 전 이대총장이 참석했다.');
    expect(t.spans).toContainEqual({ ...t.span('박성호'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('정미경'), type: 'person' });
  });
});

describe('a transliterated name before a parenthesized country or team', () => {
  test('is a person; the country alone there stays a place (nationality)', () => {
    const t = run('결승에서 카롤리나 플리스코바(체코)를 꺾었다.');
    expect(t.spans).toContainEqual({ ...t.span('카롤리나 플리스코바'), type: 'person' });
    expect(t.spans).toContainEqual({ ...t.span('체코'), type: 'place' });
  });
  test('not two names, the first with its particle', () => {
    const t = run('스미스는 마르티네스(스페인)에게 졌다.');
    expect(t.spans.some((s) => s.text.startsWith('스미스는'))).toBe(false);
  });
});

describe('a company named by a capital letter', () => {
  test('A사, B사는 are organizations', () => {
    const t = run('A사와 B사는 합의했다.');
    expect(t.spans).toContainEqual({ ...t.span('A사'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('B사'), type: 'organization' });
  });
});

describe('organization heads', () => {
  test('a numbered division is a unit even though 사단 alone is a common word', () => {
    const t = run('국방부는 17사단 장병의 사고 경위를 조사했다.');
    expect(t.spans).toContainEqual({ ...t.span('17사단'), type: 'organization' });
  });
  test('police boxes and stations, councils, national teams and schools by their head', () => {
    const t = run('새솔파출소 소속 경찰관과 한빛지구대 직원들, 유럽의회 의원들, 배구대표팀 선수들이 새빛학교를 찾았다.');
    for (const n of ['새솔파출소', '한빛지구대', '유럽의회', '배구대표팀', '새빛학교']) expect(t.spans).toContainEqual({ ...t.span(n), type: 'organization' });
  });
  test('the kinds of schools named bare are not organizations', () => {
    const t = run('반경 500m 안에 초등학교와 중학교, 고등학교, 대안학교가 있다.');
    expect(t.spans.filter((s) => s.type === 'organization')).toEqual([]);
  });
});

describe('words ending like a station', () => {
  test('무기징역, 예비역, 병역 are common nouns; 전주역, 원주역 are stations', () => {
    const text = '예비역 장교인 그는 병역 문제로 무기징역을 선고받고 전주역과 원주역을 거쳤다.';
    const t = run(text);
    expect(t.spans.filter((s) => s.type === 'place')).toEqual([{ ...t.span('전주역'), type: 'place' }, { ...t.span('원주역'), type: 'place' }]);
  });
});

describe('broadcast channels', () => {
  test('a listed broadcaster and its channel number (KBS2) names the broadcaster; other letters and digits stay products', () => {
    const t = run("지난 13일 방송된 KBS2 '해피투게더'에는 GPT4 개발자가 나왔다.");
    expect(t.spans).toContainEqual({ ...t.span('KBS'), type: 'organization' });
    expect(t.spans).not.toContainEqual({ ...t.span('KBS2'), type: 'product' });
    expect(t.spans).toContainEqual({ ...t.span('GPT4'), type: 'product' });
  });
});

describe('한화 as the currency', () => {
  test('한화 before an amount is the Korean won; the company and its team stay organizations', () => {
    const t = run('가격은 49달러(한화 약 5만 8천원)이고 총액은 한화로 약 3억원이다. 한화와 두산이 맞붙었다.');
    const orgs = t.spans.filter((s) => s.type === 'organization');
    expect(orgs).toContainEqual({ ...t.span('한화', t.span('한화와').start), type: 'organization' });
    expect(orgs.filter((s) => s.text === '한화')).toHaveLength(1);
  });
});

describe('common nouns ending like organizations', () => {
  test('주무부처, 관계부처 (ministries concerned) and kinds of insurance (책임보험, 건강보험) are not organizations', () => {
    const t = run('주무부처와 관계부처는 책임보험과 건강보험 제도를 손봤고, 새솔화재보험은 반발했다.');
    expect(t.spans.filter((s) => s.type === 'organization')).toEqual([{ ...t.span('새솔화재보험'), type: 'organization' }]);
  });
});

describe('names listed as one word, written in two', () => {
  test('two Korean common words do not make a name listed as one word (한국 경제); foreign-looking words or a head do', () => {
    const t = run('한국 경제가 흔들리자 워싱턴 포스트와 SK 텔레콤이 주목했다.');
    expect(t.spans.some((s) => s.text === '한국 경제')).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('워싱턴 포스트'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('SK 텔레콤'), type: 'organization' });
  });
});

describe('common acronyms', () => {
  test('loan ratios, price indexes and medical tests (DSR, LTV, CPI, MRI, EKG) are terms, not organizations', () => {
    const t = run('당국은 DSR과 LTV 규제를 풀었고 CPI가 올랐다. 환자는 MRI와 EKG 검사를 받았고 KB국민은행이 발표했다.');
    expect(t.spans.filter((s) => s.type === 'organization').map((s) => s.text)).toEqual(['KB국민은행']);
  });
});

describe('short forms of state bodies and associations (lexicon/state-bodies.json)', () => {
  test('a ministry, a foreign congress, a Buddhist order and an employers’ federation by their short forms', () => {
    const t = run('행자부는 예산을 배정했고 전인대는 헌법을 개정했다. 조계종과 경총도 입장을 냈다.');
    for (const s of ['행자부', '전인대', '조계종', '경총']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
    expect(t.spans.some((s) => s.type === 'person')).toBe(false);
  });
  test('a listed committee after the Assembly is its committee, one name', () => {
    const t = run('국회 법사위는 법안을 넘겼고 의원들은 국회 예산결산특별위원회에 출석했다.');
    expect(t.spans).toContainEqual({ ...t.span('국회 법사위'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('국회 예산결산특별위원회'), type: 'organization' });
  });
});

describe('world places (lexicon/world-places.json)', () => {
  test('capitals and a US state with 주', () => {
    const t = run('대표단은 타슈켄트와 몬테비데오를 거쳐 미국 아칸소주에 도착했다.');
    expect(t.spans).toContainEqual({ ...t.span('타슈켄트'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('몬테비데오'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('미국 아칸소주'), type: 'place' });
  });
  test('Japanese prefectures without 현 and foreign cities', () => {
    const t = run('태풍은 가고시마를 지나 시즈오카로 향했고, 선수단은 뒤셀도르프에서 훈련했다.');
    for (const s of ['가고시마', '시즈오카', '뒤셀도르프']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'place' });
  });
});

describe('a lawmaker’s party and seat in parentheses', () => {
  test('(공화·켄터키): the party cut to one word is an organization, the state a place', () => {
    const t = run('찰스 슈머(민주·뉴욕) 원내대표와 마이클 그린(공화ᆞ앨라배마)이 만났다.');
    expect(t.spans).toContainEqual({ ...t.span('민주'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('뉴욕'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('공화'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('앨라배마'), type: 'place' });
  });
});

describe('ensembles after their city and builders in …토건', () => {
  test('a place before a bare ensemble head names the ensemble', () => {
    const t = run('베를린 필하모닉과 스코틀랜드 발레단, 서울 합창단이 함께 공연했다.');
    for (const s of ['베를린 필하모닉', '스코틀랜드 발레단', '서울 합창단']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
  test('a construction firm named by …토건, not the common noun', () => {
    const t = run('대원토건은 대형토건 위주의 정책을 비판했다.');
    expect(t.spans).toContainEqual({ ...t.span('대원토건'), type: 'organization' });
    expect(t.spans.some((s) => s.text === '대형토건')).toBe(false);
  });
});

describe('bodies named after a dated event', () => {
  test('month·day, up to three words and an association head make one name', () => {
    const t = run('6·25 참전 유공자회와 3·1 독립운동 기념사업회, 4·3 희생자 유족회가 성명을 냈다.');
    for (const s of ['6·25 참전 유공자회', '3·1 독립운동 기념사업회', '4·3 희생자 유족회']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
  test('a bare head after the event, and not an event in …회', () => {
    const t = run('5·18 부상자회는 5·18 기념 마라톤대회에 불참했다.');
    expect(t.spans).toContainEqual({ ...t.span('5·18 부상자회'), type: 'organization' });
    expect(t.spans.some((s) => s.text.includes('마라톤대회'))).toBe(false);
  });
  test('people’s associations in …자회 and …인회', () => {
    const t = run('재향군인회와 구속피해자회는 반발했다.');
    expect(t.spans).toContainEqual({ ...t.span('재향군인회'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('구속피해자회'), type: 'organization' });
  });
});

describe('short forms of parties and union confederations', () => {
  test('민노총, 새민련, 통진당, 민평당 are organizations', () => {
    const t = run('민노총과 새민련, 통진당은 집회를 열었고 민평당도 동참했다.');
    for (const s of ['민노총', '새민련', '통진당', '민평당']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
});

describe('a listed organization fused to a common noun', () => {
  test('유네스코세계문화유산, 유엔회원국들, 나토가입: the organization alone is named', () => {
    const t = run('유네스코세계문화유산 등재 뒤 유엔회원국들은 나토가입을 논의했다.');
    for (const s of ['유네스코', '유엔', '나토']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
});

describe('a common loanword after a city is no team', () => {
  test('런던 시내버스 is the city and a bus; 피츠버그 파이어리츠 stays a team', () => {
    const t = run('런던 시내버스 요금이 올랐고 피츠버그 파이어리츠가 이겼다.');
    expect(t.spans).toContainEqual({ ...t.span('런던'), type: 'place' });
    expect(t.spans.some((s) => s.text.includes('시내버스'))).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('피츠버그 파이어리츠'), type: 'organization' });
  });
});

describe('common nouns that end in an organization head', () => {
  test('걸그룹, 퇴근시간대, 놀이기구, 인터넷은행, 건강식품 name no body', () => {
    const t = run('걸그룹 멤버는 퇴근시간대에 놀이기구를 탔고 인터넷은행에서 건강식품을 샀다. 솔빛저축은행은 문을 닫았다.');
    for (const w of ['걸그룹', '퇴근시간대', '놀이기구', '인터넷은행', '건강식품']) expect(t.spans.some((s) => s.text.includes(w))).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('솔빛저축은행'), type: 'organization' });
  });
});

describe('인도 that is not India', () => {
  test('handing over (범죄인 인도, 신병 인도를 요청) and the sidewalk (인도와 차도) are no place; India stays', () => {
    const t = run('그는 범죄인 인도 대상이고, 경찰은 신병 인도를 요청했다. 사고는 인도와 차도 사이에서 났다. 인도 대표단이 도착했다.');
    const india = t.span('인도 대표단').start;
    expect(t.spans.filter((s) => s.text === '인도')).toEqual([{ start: india, end: india + 2, text: '인도', type: 'place' }]);
  });
});

describe('company marks and summit meetings', () => {
  test('(주)X, ㈜X and X㈜ are companies with their mark, without the particle', () => {
    const t = run('시는 (주)솔바람한테 부지를 빌려줬고 ㈜한빛소프트와 대원㈜이 계약했다.');
    for (const s of ['(주)솔바람', '㈜한빛소프트', '대원㈜']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
  test('정상회의 is a meeting, not a store (…상회) read with 의', () => {
    const t = run('정상들은 정상회의 직전 만났다.');
    expect(t.spans.some((s) => s.text.startsWith('정상회'))).toBe(false);
  });
});

describe('a city police department', () => {
  test('경찰국 after a city or fused to it is the department', () => {
    const t = run('런던 경찰국 대변인과 시카고경찰국 관계자가 말했다.');
    expect(t.spans).toContainEqual({ ...t.span('런던 경찰국'), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('시카고경찰국'), type: 'organization' });
  });
});

describe('a city after its US state or Japanese prefecture', () => {
  test('one place, as after a country or a Chinese province', () => {
    const t = run('대회는 조지아주 애틀랜타에서, 예선은 오하이오 콜럼버스와 아이치현 도요타시에서 열렸다.');
    expect(t.spans).toContainEqual({ ...t.span('조지아주 애틀랜타'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('오하이오 콜럼버스'), type: 'place' });
    expect(t.spans).toContainEqual({ ...t.span('아이치현 도요타시'), type: 'place' });
  });
  test('adjective and common-noun readings are no state bodies (환경성 질환)', () => {
    const t = run('환경성 질환이 늘자 일본 환경성은 조사에 나섰다.');
    expect(t.spans.some((s) => s.text === '환경성')).toBe(false);
    expect(t.spans).toContainEqual({ ...t.span('일본 환경성'), type: 'organization' });
  });
});

describe('KBO clubs by their sponsor or nickname alone', () => {
  test('넥센, 키움, 이글스, 다이노스 are the clubs', () => {
    const t = run('넥센은 다이노스에 졌고 키움은 이글스를 이겼다.');
    for (const s of ['넥센', '다이노스', '키움', '이글스']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
});

describe('every state acts as a state', () => {
  test('countries beyond the largest: a match-up by hyphen and a subject are the states or teams', () => {
    const t = run('우루과이-파라과이의 경기가 열렸고 과테말라가 반발했다. 관광객은 몰타에 머물렀다.');
    for (const s of ['우루과이', '파라과이', '과테말라']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
    expect(t.spans).toContainEqual({ ...t.span('몰타'), type: 'place' });
  });
});

describe('offices and teams of an organization', () => {
  test('비서진, 감사관실, 특별수사팀 after their body are one name', () => {
    const t = run('청와대 비서진과 국방부 감사관실, 검찰 특별수사팀이 회의했다.');
    for (const s of ['청와대 비서진', '국방부 감사관실', '검찰 특별수사팀']) expect(t.spans).toContainEqual({ ...t.span(s), type: 'organization' });
  });
});

describe('common words that a listed name or a head would claim', () => {
  test('the adverb 암만 is no city, and a group of ministries (…부처) is no organization', () => {
    const t = run('암만 생각해도 모르겠다며 경제부처 장관들이 모였다.');
    expect(t.spans).toEqual([]);
  });
});

describe('particle stems (computeStems, stripParticle: one reading of the particle tails)', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { computeStems, stripParticle } = require('../src/ko/entities/common') as typeof import('../src/ko/entities/common');
  test('every stem, longest first, and the shortest as the stripped word', () => {
    expect(computeStems('정부에서는', 1)).toEqual(['정부에서는', '정부에서', '정부']);
    expect(stripParticle('정부에서는')).toBe('정부');
    expect(computeStems('학교에서도', 1)).toEqual(['학교에서도', '학교에서', '학교']);
    expect(stripParticle('학교에서도', 3)).toBe('학교에서'); // a stem keeps minStem characters
    expect(computeStems('김철수', 1)).toEqual(['김철수']);
    expect(stripParticle('김철수')).toBe('김철수');
    expect(stripParticle('OpenAI가')).toBe('OpenAI');
  });
});
