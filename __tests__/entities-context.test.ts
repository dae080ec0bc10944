/** Korean entities: context rules added for KLUE-style spans (place chains, 씨 forms, role words before names). */
import { recognizeEntities, canonicalName } from '../src/ko/entities';
import { tokenize } from '../src/ko/entities/common';
import { matchTitleAt } from '../src/ko/titles';

function run(text: string) {
  const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
  const list = r.mentions.map((m) => [text.slice(m.start, m.end), m.type]);
  const at = (s: string, from = 0) => r.mentions.find((m) => m.start === text.indexOf(s, from) && m.end === text.indexOf(s, from) + s.length);
  return { ...r, list, at };
}

describe('place chains', () => {
  test('a country before an unlisted place or an organization names one span', () => {
    const t = run('행사는 중국 창사시에서 열렸고, 일본 정부는 우려를 표했다.');
    expect(t.at('중국 창사시')).toMatchObject({ type: 'place' });
    expect(t.at('일본 정부')).toMatchObject({ type: 'organization' });
    expect(t.list).not.toContainEqual(['중국', 'place']);
  });
  test('a country before a listed city is one place, two listed cities stay apart', () => {
    const t = run('그는 미국 시카고에 살다가 서울 여의도로 옮겼다.');
    expect(t.at('미국 시카고')).toMatchObject({ type: 'place' });
    expect(t.at('서울')).toMatchObject({ type: 'place' });
    expect(t.at('여의도')).toMatchObject({ type: 'place' });
  });
  test('an organization followed by a unit named by its head is one organization', () => {
    const t = run('보고서는 국회 예산정책처가 냈다.');
    expect(t.at('국회 예산정책처')).toMatchObject({ type: 'organization' });
  });
  test('a city or county acting, and fused local government bodies, are organizations', () => {
    const t = run('한빛시는 5일 계획을 발표했고 한빛군 관계자는 동의했다. 한빛시의회도 찬성했다. 한빛구에서 행사가 열린다.');
    expect(t.at('한빛시')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛군')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛시의회')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛구')).toMatchObject({ type: 'place' });
  });
  test('경기 is Gyeonggi only before a place; the game otherwise', () => {
    const a = run('경기 용인시에서 사고가 났다.');
    expect(a.at('경기 용인시')).toMatchObject({ type: 'place' });
    const b = run('어제 경기에서 그는 두 골을 넣었다. 경기 침체가 이어졌다.');
    expect(b.list).toEqual([]);
  });
  test('time-zone words and fused nouns keep the place name', () => {
    const t = run('경기는 5일(한국시각) 열렸고 부산시민들이 응원했다.');
    expect(t.at('한국')).toMatchObject({ type: 'place' });
    expect(t.at('부산')).toMatchObject({ type: 'place' });
  });
});

describe('persons from context', () => {
  test('spaced and fused 씨, 군 and 양 after a letter or a bare given name', () => {
    const t = run('경찰은 B 씨를 불러 조사했다. C군은 귀가했다. 마리코씨가 먼저 도착했고 유키 씨는 늦었다.');
    expect(t.at('B')).toMatchObject({ type: 'person', title: '씨' });
    expect(t.at('C')).toMatchObject({ type: 'person', title: '군' });
    expect(t.at('마리코')).toMatchObject({ type: 'person' });
    expect(t.at('유키')).toMatchObject({ type: 'person' });
  });
  test('words ending in 씨 are not names', () => {
    expect(run('아가씨가 날씨를 물었다.').list).toEqual([]);
  });
  test('a role word before a name, and a title with the copula 인 before a foreign name', () => {
    const t = run('가수 하늘별의 새 앨범이 나왔다. 회사 CEO인 톰 브래들리는 말했다.');
    expect(t.at('하늘별')).toMatchObject({ type: 'person', title: '가수' });
    expect(t.at('톰 브래들리')).toMatchObject({ type: 'person', title: 'CEO' });
    expect(run('배우 활동을 시작했다.').list).toEqual([]);
  });
  test('a parenthesized age between a name and a spaced title', () => {
    const t = run('김민서(52) 작가는 전시를 열었다.');
    expect(t.at('김민서')).toMatchObject({ type: 'person', title: '작가' });
  });
  test('a listed person before a fused government word', () => {
    const t = run('문재인정부에서 추진한 정책이다.');
    expect(t.at('문재인')).toMatchObject({ type: 'person' });
  });
  test('an ordinary noun before a compound like 주차장 is not a titled person', () => {
    expect(run('음식점 주차장에 차를 세웠다.').list.filter((x) => x[1] === 'person')).toEqual([]);
  });
});

describe('lexicon', () => {
  test('a listed name written in two words with a particle (sports team)', () => {
    const t = run('시카고 불스가 보스턴 셀틱스를 이겼다.');
    expect(t.at('시카고 불스')).toMatchObject({ type: 'organization' });
    expect(t.at('보스턴 셀틱스')).toMatchObject({ type: 'organization' });
    const e = t.entities[t.at('시카고 불스')!.entity!];
    expect(e.canonical).toBe('Chicago Bulls');
  });
  test('titles the speaker stage needs are listed', () => {
    for (const w of ['대행', '감독대행', '특검', '특검보', '작가', '변호사', '대표변호사', '부장판사', '판사', '검사', '기자', '회장', '선수', '코치', '감독', '평론가', '연구위원', '교수', '소장', '원장']) {
      expect(matchTitleAt(w, 0)?.title).toBe(w);
    }
  });
});

describe('tokenizer', () => {
  test('words, inner - and ., Hanja runs apart', () => {
    const text = 'GPT-4와 오픈AI(吳鐘), 2.0 버전.';
    expect(tokenize(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['GPT-4와', 'GPT-4와'], ['오픈AI', '오픈AI'], ['吳鐘', '吳鐘'], ['2.0', '2.0'], ['버전', '버전'],
    ]);
  });
});

describe('address chains and sites after a place', () => {
  test('administrative units, districts and sites after a place are one place span', () => {
    const text = '사고는 경기 한빛시 수지구 아파트에서 났다. 그는 대전 국립현충원을 찾았다. 불은 한빛시 중구 대신동 골목에서 시작됐다.';
    const t = run(text);
    expect(t.at('경기 한빛시 수지구')).toMatchObject({ type: 'place', start: 4, end: 14 });
    expect(t.at('대전 국립현충원')).toMatchObject({ type: 'place' });
    expect(t.at('한빛시 중구 대신동')).toMatchObject({ type: 'place' });
  });
  test('after a province a bare two-syllable name is the city or county; area words and objects stay out', () => {
    const t = run('그는 경기도 양평에서 살았다. 경기도 일대에 비가 내렸다. 강원도 북동 지역이 추웠다.');
    expect(t.at('경기도 양평')).toMatchObject({ type: 'place' });
    expect(t.at('경기도', 10)).toMatchObject({ type: 'place' });
    expect(t.list).not.toContainEqual(['경기도 일대', 'place']);
    expect(t.list).not.toContainEqual(['강원도 북동', 'place']);
  });
  test('a title after a place is not a site', () => {
    const t = run('서울 부시장은 이날 회의를 열었다.');
    expect(t.list).not.toContainEqual(['서울 부시장', 'place']);
  });
});

describe('a listed place opening a compound', () => {
  test('events held there and roles based there name the place', () => {
    const text = '부산국제영화제가 개막했다. 그는 도쿄특파원을 지냈고 런던올림픽에 나갔다. 분당주민들이 모였다.';
    const t = run(text);
    expect(t.at('부산')).toMatchObject({ type: 'place', start: 0, end: 2 });
    expect(t.at('도쿄')).toMatchObject({ type: 'place' });
    expect(t.at('런던')).toMatchObject({ type: 'place' });
    expect(t.list).not.toContainEqual(['부산국제영화제', 'place']);
  });
});

describe('more listed places', () => {
  test('Korean cities and counties, Chinese provinces, seas and rivers', () => {
    const text = '그는 김해에서 태어나 광둥성으로 건너갔고 한강과 지중해를 그렸다.';
    const t = run(text);
    expect(t.at('김해')).toMatchObject({ type: 'place', start: 3, end: 5 });
    expect(t.at('광둥성')).toMatchObject({ type: 'place' });
    expect(t.at('한강')).toMatchObject({ type: 'place' });
    expect(t.at('지중해')).toMatchObject({ type: 'place' });
    expect(canonicalName('광둥성')).toBe('Guangdong Province');
  });
  test('a place opening an event name does not join the country before it; a team after its city is an organization', () => {
    const t = run('그는 2013년 우즈베키스탄 아시아선수권에서 우승했다. 피츠버그 파이어리츠가 이겼다.');
    expect(t.at('우즈베키스탄')).toMatchObject({ type: 'place' });
    expect(t.at('피츠버그 파이어리츠')).toMatchObject({ type: 'organization' });
  });
});

describe('more titles', () => {
  test('candidates, the Speaker, prosecutors and chefs', () => {
    const text = '박한솔 후보와 정민구 국회의장, 최도윤 서울남부지검장, 이연희 셰프가 참석했다. 정상급 후보는 없었다.';
    const t = run(text);
    expect(t.at('박한솔')).toMatchObject({ type: 'person', start: 0, end: 3, title: '후보' });
    expect(t.at('정민구')).toMatchObject({ type: 'person', title: '국회의장' });
    expect(t.at('최도윤')).toMatchObject({ type: 'person' });
    expect(t.at('이연희')).toMatchObject({ type: 'person', title: '셰프' });
    expect(t.list).not.toContainEqual(['정상급', 'person']);
  });
});

describe('associations, cultural bodies and ensembles', () => {
  test('named by their head', () => {
    const text = '행사는 한빛문화원과 참전유공자회가 열었고 한빛필하모닉이 연주했다.';
    const t = run(text);
    expect(t.at('한빛문화원')).toMatchObject({ type: 'organization', start: 4, end: 9 });
    expect(t.at('참전유공자회')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛필하모닉')).toMatchObject({ type: 'organization' });
  });
});

describe('names before a spaced 씨', () => {
  test('given names and full names with any usual given-name syllables', () => {
    const text = '그룹 멤버 다희 씨가 먼저 왔고 이수로 씨는 늦었다.';
    const t = run(text);
    expect(t.at('다희')).toMatchObject({ type: 'person', start: 6, end: 8, title: '씨' });
    expect(t.at('이수로')).toMatchObject({ type: 'person', title: '씨' });
    expect(t.list).not.toContainEqual(['멤버 다희', 'person']);
  });
});

describe('a listed organization fused with a title', () => {
  test('the organization is named, the person keeps the title', () => {
    const text = '김철호 노동당위원장이 연설했다.';
    const t = run(text);
    expect(t.at('노동당')).toMatchObject({ type: 'organization', start: 4, end: 7 });
    expect(t.at('김철호')).toMatchObject({ type: 'person' });
  });
});

describe('one-syllable country abbreviations', () => {
  test('pairs, dotted pairs and the sides of a talk name the governments', () => {
    const text = '남북 회담에서 북측은 한·일 협력과 한미 훈련을 문제 삼았다.';
    const t = run(text);
    expect(t.list.filter(([, type]) => type === 'organization')).toEqual([
      ['남', 'organization'], ['북', 'organization'], ['북', 'organization'], ['한', 'organization'], ['일', 'organization'], ['한', 'organization'], ['미', 'organization'],
    ]);
    expect(t.at('북', 8)).toMatchObject({ start: 8, end: 9 });
    const north = t.entities.find((e) => e.canonical === 'North Korea');
    expect(north?.mentions).toHaveLength(2);
  });
  test('North and South America and ordinary words stay out', () => {
    const t = run('북미 시장과 남미 시장이 커졌다. 한편 중요한 일이다.');
    expect(t.list.filter(([, type]) => type === 'organization')).toEqual([]);
  });
});

describe('sites named by their head', () => {
  test('stations, bridges, stadiums and rest areas', () => {
    const text = '사고는 한빛대입구역과 한빛대교 사이에서 났고 팬들은 한빛스타디움에 모였다. 안방극장을 사로잡았다.';
    const t = run(text);
    expect(t.at('한빛대입구역')).toMatchObject({ type: 'place', start: 4, end: 10 });
    expect(t.at('한빛대교')).toMatchObject({ type: 'place' });
    expect(t.at('한빛스타디움')).toMatchObject({ type: 'place' });
    expect(t.list).not.toContainEqual(['안방극장', 'place']);
  });
});

describe('a country acting', () => {
  test('a country as the subject is the state (an organization with the country\'s name); elsewhere a place', () => {
    const text = '한빛일보는 미국이 제재를 풀었다고 전했다. 회의는 미국에서 열렸다.';
    const t = run(text);
    expect(t.at('미국')).toMatchObject({ type: 'organization', start: 6, end: 8 });
    expect(t.at('미국', 20)).toMatchObject({ type: 'place' });
    const state = t.entities.find((e) => e.type === 'organization' && e.name === '미국');
    expect(state?.canonical).toBe('United States');
  });
});

describe('tighter and wider place chains', () => {
  test('a province abroad or a country written in Latin letters contains the listed city after it', () => {
    const t = run('배는 랴오닝성 다롄을 떠났고 선수들은 UAE 두바이에서 뛰었다.');
    expect(t.at('랴오닝성 다롄')).toMatchObject({ type: 'place', start: 3, end: 10 });
    expect(t.at('UAE 두바이')).toMatchObject({ type: 'place' });
  });
  test('common nouns ending like a unit and words ending in the particle 도 do not extend a country', () => {
    const t = run('한국 여자배구의 주포가 왔다. 캄보디아 식당에서도 팔렸다.');
    expect(t.list).toEqual([['한국', 'place'], ['캄보디아', 'place']]);
  });
});

describe('words that end like places', () => {
  test('nationalities, origins, when- and as-forms, syndromes and electoral districts are not places', () => {
    const t = run('중국인 관광객이 일본산 원료로 만든 제품을 샀다. 비상시 계획대로 움직였고 증후군 환자가 지역구에 있었다.');
    expect(t.list.filter(([, type]) => type === 'place')).toEqual([]);
  });
});

describe('person precision', () => {
  test('agent nouns, adjective forms, genres before a role and the military are not names', () => {
    const t = run('양국 지도자가 만났다. 새로운 총리 후보가 나왔다. 뮤지컬 배우들이 왔다. 추격에 나선 중국 군이 붙잡았다.');
    expect(t.list.filter(([, type]) => type === 'person')).toEqual([]);
  });
  test('a name before 군 stays a name', () => {
    const t = run('김하준 군은 귀가했다.');
    expect(t.at('김하준')).toMatchObject({ type: 'person', start: 0, end: 3, title: '군' });
  });
});

describe('units of an organization', () => {
  test('departments, branches, benches and unions written after it', () => {
    const text = '한빛대학교 수의학과와 한빛지법 형사3단독, 한빛일보 노조가 참여했다.';
    const t = run(text);
    expect(t.at('한빛대학교 수의학과')).toMatchObject({ type: 'organization', start: 0, end: 10 });
    expect(t.at('한빛지법 형사3단독')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛일보 노조')).toMatchObject({ type: 'organization' });
  });
});

describe('경기 before a local body', () => {
  test('경기 before a police station is the province; the game before a common noun', () => {
    const t = run('경기 한빛경찰서는 수사에 나섰다. 경기 결과가 나왔다.');
    expect(t.at('경기 한빛경찰서')).toMatchObject({ type: 'organization', start: 0, end: 8 });
    expect(t.list).toHaveLength(1);
  });
});

describe('a team or party in a parenthesis after a name', () => {
  test('is an organization and the person\'s affiliation; an actor\'s name or an age is not', () => {
    const text = '감독은 김하준(한빛유나이티드)과 이도윤(부산)을 뽑았다. 주인공 유재학(박민수)이 웃었다.';
    const t = run(text);
    expect(t.at('한빛유나이티드')).toMatchObject({ type: 'organization', start: 8, end: 15 });
    expect(t.at('부산')).toMatchObject({ type: 'organization' });
    expect(t.at('박민수')).toMatchObject({ type: 'person' });
    const kim = t.entities.find((e) => e.name === '김하준');
    expect(kim?.affiliation).not.toBeNull();
    expect(t.entities[kim!.affiliation!].name).toBe('한빛유나이티드');
  });
});

describe('a place followed by a body it names', () => {
  test('bare heads and hospital names join the place; weak heads do not', () => {
    const t = run('미국 의회가 승인했다. 부상자는 강릉 한빛병원으로 옮겨졌다. 한국 기업들이 참여했다.');
    expect(t.at('미국 의회')).toMatchObject({ type: 'organization', start: 0, end: 5 });
    expect(t.at('강릉 한빛병원')).toMatchObject({ type: 'organization' });
    expect(t.at('한국')).toMatchObject({ type: 'place' });
  });
});

describe('two-word foreign names before a title', () => {
  test('the first word is part of the name, not a firm before it', () => {
    const t = run('연구는 라두 스토레아 박사가 이끌었다. 조종사 마즈 카사스베 중위가 붙잡혔다. 김성훈 업스테이지 대표는 웃었다.');
    expect(t.at('라두 스토레아')).toMatchObject({ type: 'person', start: 4, end: 11 });
    expect(t.at('마즈 카사스베')).toMatchObject({ type: 'person' });
    expect(t.at('업스테이지')).toMatchObject({ type: 'organization' });
  });
});

describe('a number before an organization head', () => {
  test('119구조대 is a name; years and counts are not', () => {
    const t = run('주민이 119구조대에 신고했다. 2015년에는 3부작으로 방송됐다.');
    expect(t.at('119구조대')).toMatchObject({ type: 'organization', start: 4, end: 10 });
    expect(t.list).toHaveLength(1);
  });
});

describe('US states and descent', () => {
  test('a state written with 주 is one place; 한국계 names the country', () => {
    const t = run('그는 캘리포니아주에서 자란 한국계 미국인이다.');
    expect(t.at('캘리포니아주')).toMatchObject({ type: 'place', start: 3, end: 9 });
    expect(t.at('한국')).toMatchObject({ type: 'place' });
    expect(canonicalName('캘리포니아주')).toBe('California');
  });
});

describe('a quoted name after the kind of body', () => {
  test('업체 \'…\', 전문점 \'…\', 전문매체인 \'…\' name organizations; a title in quotes does not', () => {
    const text = "제품은 펀딩 업체 '한빛펀드'에서 팔렸고 전문매체인 '한빛리포트'가 전했다. 업체 '관계자'가 말했다.";
    const t = run(text);
    expect(t.at('한빛펀드')).toMatchObject({ type: 'organization', start: 11, end: 15 });
    expect(t.at('한빛리포트')).toMatchObject({ type: 'organization' });
    expect(t.list).not.toContainEqual(['관계자', 'organization']);
  });
});

describe('a two-syllable surname before an organization head', () => {
  test('is a firm, not a person before a title', () => {
    const t = run('그는 전 황보건설 대표로부터 돈을 받았다. 남궁민수 대표는 부인했다.');
    expect(t.at('황보건설')).toMatchObject({ type: 'organization', start: 5, end: 9 });
    expect(t.at('남궁민수')).toMatchObject({ type: 'person' });
  });
});

describe('a listed city with its unit', () => {
  test('is a place even when its last syllables spell a word (여수시: 수시)', () => {
    const t = run('사고는 전남 여수시 묘도동에서 났다.');
    expect(t.at('전남 여수시 묘도동')).toMatchObject({ type: 'place', start: 4, end: 14 });
  });
});

describe('a bare site after a place', () => {
  test('공항 after a city is its airport; 시장 after a country is a market, not a site', () => {
    const t = run('여객기는 도쿄 공항에 내렸다. 한국 시장에서 팔린다.');
    expect(t.at('도쿄 공항')).toMatchObject({ type: 'place', start: 5, end: 10 });
    expect(t.at('한국')).toMatchObject({ type: 'place' });
  });
});

describe('foreign names of two words (listed given name, or Japanese surname, first; regnal numbers)', () => {
  test('given name and surname, the particle and the title left out', () => {
    const t = run('배우 크리스 에번스는 새 영화에 출연한다고 밝혔다. 세르게이 라브로프 외무장관은 회담을 마쳤다.');
    expect(t.at('크리스 에번스')).toMatchObject({ type: 'person' });
    expect(t.at('세르게이 라브로프')).toMatchObject({ type: 'person' });
    expect(t.list).not.toContainEqual(['크리스 에번스는', 'person']);
  });
  test('a Japanese name, surname first, before its title', () => {
    const t = run('기시다 후미오 총리가 기자회견을 열었다.');
    expect(t.at('기시다 후미오')).toMatchObject({ type: 'person' });
  });
  test('surnames that end like a particle; a one-syllable word with a particle chain is left alone', () => {
    const t = run('브랜드는 필립 림과의 협업이 화제다. 마크 러팔로, 톰 하디 등이 출연했다.');
    expect(t.at('마크 러팔로')).toMatchObject({ type: 'person' });
    expect(t.at('톰 하디')).toMatchObject({ type: 'person' });
    expect(t.list).not.toContainEqual(['필립 림과', 'person']);
  });
  test('a titled surname takes the given name before it, the listed full name too', () => {
    const t = run('에마뉘엘 마크롱 프랑스 대통령과 올라프 숄츠 독일 총리가 만났다.');
    expect(t.at('에마뉘엘 마크롱')).toMatchObject({ type: 'person', title: '대통령' });
    expect(t.at('올라프 숄츠')).toMatchObject({ type: 'person', title: '총리' });
    expect(canonicalName('에마뉘엘 마크롱')).toBe('Emmanuel Macron');
  });
  test('a regnal number is part of the name; a number before Hangul is not an organization', () => {
    const t = run('찰스 3세 국왕은 연설했고 교황 베네딕토 16세가 축사를 보냈다. 3세 경영 승계가 화제다.');
    expect(t.at('찰스 3세')).toMatchObject({ type: 'person' });
    expect(t.at('베네딕토 16세')).toMatchObject({ type: 'person' });
    expect(t.list.filter(([, type]) => type === 'organization')).toEqual([]);
  });
  test('a listed first word before a title, a common word or a listed place is not a two-word name', () => {
    const t = run('마리아 시장은 이날 회견에서 계획을 발표했다. 조지 정부의 방침은 바뀌지 않았다.');
    expect(t.list).not.toContainEqual(['마리아 시장', 'person']);
    expect(t.list).not.toContainEqual(['조지 정부', 'person']);
  });
});

describe('particle chains ending in the genitive', () => {
  test('과의, 와의, 으로의, 에서의 leave the name bare, a title too', () => {
    const t = run('미국과의 협상, 한빛전자와의 협력, 중국으로의 수출, 서울에서의 회담, 김민수 대표와의 만남이 이어졌다.');
    expect(t.at('미국')).toMatchObject({ type: 'place' });
    expect(t.at('중국')).toMatchObject({ type: 'place' });
    expect(t.at('서울')).toMatchObject({ type: 'place' });
    expect(t.at('한빛전자')).toMatchObject({ type: 'organization' });
    expect(t.at('김민수')).toMatchObject({ type: 'person', title: '대표' });
  });
});

describe('a common noun is not a listed name read with a particle', () => {
  test('고양이 (cat) is not 고양 (the city) with 이; the city still is', () => {
    expect(run('그는 고양이 두 마리를 키운다.').list).toEqual([]);
    expect(run('행사는 고양에서 열렸다.').at('고양')).toMatchObject({ type: 'place' });
  });
});

describe('words that look like organizations', () => {
  test('laws ending like a district court, a legal status in parentheses, 등 after a kind of outlet', () => {
    expect(run('검찰은 아동복지법 위반 혐의를 적용했다.').list).not.toContainEqual(['아동복지법', 'organization']);
    const t = run('수원지법은 이날 판결했다. 김민준(구속기소) 전 대표가 출석했다. 국회, 정당, 언론사 등에 배치했다.');
    expect(t.at('수원지법')).toMatchObject({ type: 'organization' });
    expect(t.at('김민준')).toMatchObject({ type: 'person' });
    expect(t.list).not.toContainEqual(['구속기소', 'organization']);
    expect(t.list).not.toContainEqual(['등에', 'organization']);
  });
  test('a title that ends like a body is the title (원로신부: 부), religious titles', () => {
    const t = run('천주교 박민수 원로신부의 발언과 정성호 대주교의 강론이 화제다.');
    expect(t.at('박민수')).toMatchObject({ type: 'person', title: '원로신부' });
    expect(t.at('정성호')).toMatchObject({ type: 'person', title: '대주교' });
    expect(t.list).not.toContainEqual(['원로신부', 'organization']);
  });
});

describe('schools named short before their people', () => {
  test('…고, …여고, …중 before 학생, 교사, 학부모 are schools; a word in 고 is not one by itself', () => {
    const t = run('한빛고 학생들과 새솔여고 교사들, 대치중 학부모들이 모였다. 사상 최고 학생 수다.');
    expect(t.at('한빛고')).toMatchObject({ type: 'organization' });
    expect(t.at('새솔여고')).toMatchObject({ type: 'organization' });
    expect(t.at('대치중')).toMatchObject({ type: 'organization' });
    expect(t.list).not.toContainEqual(['최고', 'organization']);
  });
  test('a university named short (three syllables in 대) before its people or parts: 한림대 교수, 한빛대 연구팀; not 세대 or 최대', () => {
    const t = run('한림대 교수는 말했다. 한빛대 연구팀은 밝혔다. 이번 세대 학생들은 다르다. 국내 최대 병원이다. 연령대 학생들이 많다.');
    expect(t.at('한림대')).toMatchObject({ type: 'organization' });
    expect(t.at('한빛대')).toMatchObject({ type: 'organization' });
    expect(t.list.filter(([, type]) => type === 'organization')).toEqual([['한림대', 'organization'], ['한빛대', 'organization']]);
  });
});

describe('platforms as the medium', () => {
  test('a social network where something is posted, or before what is posted, is no organization mention', () => {
    const text = '배우 김하늘 씨는 자신의 인스타그램에 사진을 올렸고, 유튜브 영상과 트위터 계정도 화제다. 트위터는 새 기능을 내놨다.';
    const t = run(text);
    expect(t.list).not.toContainEqual(['인스타그램', 'organization']);
    expect(t.list).not.toContainEqual(['유튜브', 'organization']);
    const s = text.lastIndexOf('트위터는');
    const m = t.mentions.filter((x) => x.type === 'organization').map((x) => ({ start: x.start, end: x.end, text: text.slice(x.start, x.end) }));
    expect(m).toEqual([{ start: s, end: s + 3, text: '트위터' }]);
  });
  test('the company acting or named by its head stays an organization (트위터를 통해, 유튜브 CEO)', () => {
    const text = '소속사는 트위터를 통해 입장을 밝혔고 유튜브 CEO도 참석했다.';
    const t = run(text);
    const a = text.indexOf('트위터');
    const b = text.indexOf('유튜브');
    expect(t.at('트위터')).toMatchObject({ start: a, end: a + 3, type: 'organization' });
    expect(t.at('유튜브')).toMatchObject({ start: b, end: b + 3, type: 'organization' });
  });
});

describe('enumerations with two-word items', () => {
  test('an item of two words inside a list of organizations is one organization', () => {
    const text = '한빛마트, 새솔상회, 푸른 베이커리, 다온제과 등 업체들이 참여했다.';
    const t = run(text);
    const s = text.indexOf('푸른 베이커리');
    expect(t.at('푸른 베이커리')).toMatchObject({ start: s, end: s + 7, type: 'organization' });
    expect(t.list).not.toContainEqual(['베이커리', 'organization']);
  });
  test('the last item may be two words; the first item stays one word', () => {
    const text = '그는 소식지에 미리내, 카카오, 별빛 서점 등의 이름을 적었다.';
    const t = run(text);
    const s = text.indexOf('별빛 서점');
    const m = text.indexOf('미리내');
    expect(t.at('별빛 서점')).toMatchObject({ start: s, end: s + 5, type: 'organization' });
    expect(t.at('미리내')).toMatchObject({ start: m, end: m + 3, type: 'organization' });
    expect(t.list).not.toContainEqual(['소식지에 미리내', 'organization']);
  });
});

describe('companies named after their kind', () => {
  test('a foreign-looking name right after 소속사, 제작사, 자회사인 is an organization, without its particle or 측', () => {
    const text = '가수 이별님은 소속사 스타플렉스와 재계약했고, 캐릭터 제작사 미니툰즈(02-000-0000)도 참여했다. 소속사인 루미너스측의 설명이다.';
    const t = run(text);
    for (const name of ['스타플렉스', '미니툰즈', '루미너스']) {
      const s = text.indexOf(name);
      expect(t.at(name)).toMatchObject({ start: s, end: s + name.length, type: 'organization' });
    }
  });
  test('a Sino-Korean common noun after the kind is no name (소속사 관계자, 업체 직원)', () => {
    const t = run('소속사 관계자는 업체 직원 두 명이 다쳤다고 말했다.');
    expect(t.list.filter((x) => x[1] === 'organization')).toEqual([]);
  });
});

describe('diplomatic missions', () => {
  test('주 and 주미, 주한 … before an embassy or consulate are part of its name', () => {
    const text = '주한 브라질대사관은 성명을 냈고 주 부산 일본총영사관도 입장을 밝혔다. 그는 주 3회 대사관을 찾았다.';
    const t = run(text);
    const a = text.indexOf('주한 브라질대사관');
    const b = text.indexOf('주 부산 일본총영사관');
    expect(t.at('주한 브라질대사관')).toMatchObject({ start: a, end: a + 9, type: 'organization' });
    expect(t.at('주 부산 일본총영사관')).toMatchObject({ start: b, end: b + 11, type: 'organization' });
    expect(t.list).not.toContainEqual(['주 3회 대사관', 'organization']);
  });
});

describe('outlets as the topic of 보도했다', () => {
  /** Sentences split after each period, as the pipeline gives them. */
  function runSentences(text: string) {
    const sentences: { start: number; end: number }[] = [];
    let from = 0;
    for (let k = text.indexOf('. '); k >= 0; k = text.indexOf('. ', k + 1)) { sentences.push({ start: from, end: k + 1 }); from = k + 2; }
    sentences.push({ start: from, end: text.length });
    const r = recognizeEntities(text, sentences);
    return r.mentions.filter((m) => m.type === 'organization').map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
  }
  test('the topic opening a sentence that ends in 보도했다 is a news outlet, after a date or a connective', () => {
    const text = '새벽뉴스룸은 시장이 사퇴할 것이라고 16일 보도했다. 이에 지난 9일 한빛데일리는 현장을 찾아 사실이라고 보도했습니다.';
    const a = text.indexOf('새벽뉴스룸');
    const b = text.indexOf('한빛데일리');
    expect(runSentences(text)).toEqual([{ start: a, end: a + 5, text: '새벽뉴스룸' }, { start: b, end: b + 5, text: '한빛데일리' }]);
  });
  test('a common noun, a person or a sentence going on after 보도했다 gives no outlet', () => {
    expect(runSentences('외신들은 이를 크게 보도했다. 김민준은 이 사실을 보도했다. 새벽뉴스룸은 이를 보도했고 다른 곳도 따랐다.')).toEqual([]);
  });
});

describe('buildings of bodies', () => {
  test('a body followed by its government building or a hospital by its emergency room names a place', () => {
    const text = '시위대는 서울중앙지검 청사 앞에 모였고, 부상자는 새솔대학교 병원 응급실로 옮겨졌다. 새솔대학교 병원 관계자가 밝혔다.';
    const t = run(text);
    const a = text.indexOf('서울중앙지검 청사');
    const b = text.indexOf('새솔대학교 병원 응급실');
    expect(t.at('서울중앙지검 청사')).toMatchObject({ start: a, end: a + 9, type: 'place' });
    expect(t.at('새솔대학교 병원 응급실')).toMatchObject({ start: b, end: b + 12, type: 'place' });
    const c = text.lastIndexOf('새솔대학교');
    expect(t.at('새솔대학교', c)).toMatchObject({ start: c, end: c + 5, type: 'organization' });
  });
});

describe('the side met in a match', () => {
  test('a name before 와의/과의 and a match word is a team; a Korean player is not', () => {
    const text = '그는 지난달 라이노스와의 원정경기와 새솔 유스팀과의 예선전에 나섰고, 김민수와의 경기에서는 졌다.';
    const t = run(text);
    const a = text.indexOf('라이노스');
    expect(t.at('라이노스')).toMatchObject({ start: a, end: a + 4, type: 'organization' });
    expect(t.list).toContainEqual(['유스팀', 'organization']);
    expect(t.list).not.toContainEqual(['김민수', 'organization']);
  });
});

describe('the sides of a score', () => {
  test('in a sentence about a team game, the object before a score and the subject of that clause are teams', () => {
    const text = '홈런 두 방을 친 김하늘의 활약으로, 라이노스는 스톰즈를 7-2로 꺾었다.';
    const t = run(text);
    const a = text.indexOf('라이노스');
    const b = text.indexOf('스톰즈');
    expect(t.at('라이노스')).toMatchObject({ start: a, end: a + 4, type: 'organization' });
    expect(t.at('스톰즈')).toMatchObject({ start: b, end: b + 3, type: 'organization' });
    expect(t.list).not.toContainEqual(['김하늘', 'organization']);
  });
  test('without team-game words, or for a Korean player, no team', () => {
    const a = run('라이노스는 스톰즈를 7-2로 꺾었다.');
    expect(a.list.filter((x) => x[1] === 'organization')).toEqual([]);
    const b = run('이번 시즌 김민수는 박지훈을 3-1로 이겼다.');
    expect(b.list.filter((x) => x[1] === 'organization')).toEqual([]);
  });
});

describe('countries acting as states', () => {
  test('a country before what a state does, with 의 or 에, is the state; before other nouns it stays the place', () => {
    const text = '정부는 북한의 추가도발과 이스라엘의 폭격을 우려했다. 일본의 한 고등학생이 상을 받았다. 이란에 군사지원을 요청했다. 칠레에 도착했다.';
    const t = run(text);
    const c = text.indexOf('이란');
    expect(t.at('이란')).toMatchObject({ start: c, end: c + 2, type: 'organization' });
    expect(t.at('칠레')).toMatchObject({ type: 'place' });
    const a = text.indexOf('북한');
    const b = text.indexOf('이스라엘');
    expect(t.at('북한')).toMatchObject({ start: a, end: a + 2, type: 'organization' });
    expect(t.at('이스라엘')).toMatchObject({ start: b, end: b + 4, type: 'organization' });
    expect(t.at('일본')).toMatchObject({ type: 'place' });
  });
  test('a country joined by 과/와 to a state acting, and two countries before 양국, are states', () => {
    const text = '중국과 일본의 대립이 깊어졌고, 한국과 프랑스 양국은 조약을 맺었다. 그는 독일과 스페인을 여행했다.';
    const t = run(text);
    for (const n of ['중국', '일본', '한국', '프랑스']) {
      const s = text.indexOf(n);
      expect(t.at(n)).toMatchObject({ start: s, end: s + n.length, type: 'organization' });
    }
    expect(t.at('독일')).toMatchObject({ type: 'place' });
    expect(t.at('스페인')).toMatchObject({ type: 'place' });
  });
});

describe('bodies of a state after its country', () => {
  test('after a country, a word ending in a short body head (부, 국, 청, 처, 재판소) is one organization with it', () => {
    const text = '북한 보위부는 부인했고 미국 지질조사국과 일본 최고재판소도 나섰다. 미국 남부와 일본 내부는 조용했다.';
    const t = run(text);
    for (const n of ['북한 보위부', '미국 지질조사국', '일본 최고재판소']) {
      const s = text.indexOf(n);
      expect(t.at(n)).toMatchObject({ start: s, end: s + n.length, type: 'organization' });
    }
    expect(t.list).not.toContainEqual(['미국 남부', 'organization']);
    expect(t.list).not.toContainEqual(['일본 내부', 'organization']);
  });
});

describe('leagues as the competition', () => {
  test('a league before a word of competition, a team or a place, or closing a quoted event name, is no organization', () => {
    const text = "그는 메이저리그 첫 경기에서 MLB 데뷔를 했고, 프리미어리그 리버풀 경기와 '2016 메이저리그' 개막전, 미국프로풋볼(NFL) 애리조나 구단도 봤다.";
    const t = run(text);
    expect(t.list.filter((x) => ['메이저리그', 'MLB', '프리미어리그', '미국프로풋볼', 'NFL'].includes(x[0] as string))).toEqual([]);
  });
  test('the league acting is an organization (메이저리그 사무국은, NFL은)', () => {
    const text = 'NFL은 징계를 발표했고 메이저리그는 규정을 바꿨다.';
    const t = run(text);
    const a = text.indexOf('NFL');
    const b = text.indexOf('메이저리그');
    expect(t.at('NFL')).toMatchObject({ start: a, end: a + 3, type: 'organization' });
    expect(t.at('메이저리그')).toMatchObject({ start: b, end: b + 5, type: 'organization' });
  });
});

describe('acronyms of events', () => {
  test('an acronym spelled out by the name of an event is the event, not an organization', () => {
    const text = '그는 아시아 뮤직 어워드(AMX)와 국제가구박람회(IFF)에 참석했고, 국제축구연맹(FIFA)은 환영했다.';
    const t = run(text);
    const a = text.indexOf('AMX');
    const f = text.indexOf('FIFA');
    expect(t.at('AMX')).toMatchObject({ start: a, end: a + 3, type: 'event' });
    expect(t.list).not.toContainEqual(['IFF', 'organization']);
    expect(t.at('FIFA')).toMatchObject({ start: f, end: f + 4, type: 'organization' });
  });
});

describe('words joined by hyphens', () => {
  test('the parts of a hyphenated word are looked up one by one; two countries so joined are the sides', () => {
    const text = '미국-중국 관계가 나빠졌고 사고는 신촌역-이대역-아현역에서 이어졌다.';
    const t = run(text);
    const a = text.indexOf('미국');
    const b = text.indexOf('중국');
    expect(t.at('미국')).toMatchObject({ start: a, end: a + 2, type: 'organization' });
    expect(t.at('중국')).toMatchObject({ start: b, end: b + 2, type: 'organization' });
    for (const n of ['신촌역', '이대역', '아현역']) {
      const s = text.indexOf(n);
      expect(t.at(n)).toMatchObject({ start: s, end: s + 3, type: 'place' });
    }
  });
});

describe('one-syllable country abbreviations before a body', () => {
  test('미, 북 … written alone before an organization are part of its name; 중 (during) is not', () => {
    const text = '미 공군 전투사령부는 북 국방위원회의 성명을 분석했다. 경기 중 첼시 선수가 다쳤다.';
    const t = run(text);
    const a = text.indexOf('미 공군 전투사령부');
    const b = text.indexOf('북 국방위원회');
    expect(t.at('미 공군 전투사령부')).toMatchObject({ start: a, end: a + 10, type: 'organization' });
    expect(t.at('북 국방위원회')).toMatchObject({ start: b, end: b + 7, type: 'organization' });
    expect(t.list.some((x) => (x[0] as string).startsWith('중 '))).toBe(false);
  });
});
