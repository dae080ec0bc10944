/** Korean entities: person precision in name slots, evidence-based person recall, legal forms and place chains. */
import { recognizeEntities } from '../src/ko/entities';

function run(text: string) {
  const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
  const list = r.mentions.map((m) => [text.slice(m.start, m.end), m.type]);
  const at = (s: string, from = 0) => r.mentions.find((m) => m.start === text.indexOf(s, from) && m.end === text.indexOf(s, from) + s.length);
  const persons = r.mentions.filter((m) => m.type === 'person').map((m) => text.slice(m.start, m.end));
  return { ...r, list, at, persons };
}

describe('nouns shaped like a name standing alone', () => {
  test('-화 (-ization), -작 (a work), -변 (a bank), -군 (a force) end nouns, not names: a word so ending stands for a person only before 은, 는, 이, 가 or 의 (-화), or not at all', () => {
    const t = run('북한은 핵무력 고도화를 추진하고 있다. 기업과 고객의 공진화"라는 말이 나왔다. 이번 전시작을 모두 공개했다. 금강변에 작품이 섰다.');
    expect(t.persons).toEqual([]);
    expect(run('최정화는 결승에 올랐다. 김은화의 기록은 깨지지 않았다.').persons).toEqual(['최정화', '김은화']);
  });
});

describe('words before a title are not names', () => {
  test('verb and adjective forms, particles and common nouns before a title', () => {
    const t = run('허술한 감독 체계가 문제였다. 그림에 집중하기 시작한 작가는 새 작품을 냈다. 결국 기존의 선수들이 뛰었다.');
    expect(t.persons).toEqual([]);
  });
  test('a word in …대 before an academic title is the university (한빛대 교수로)', () => {
    const t = run('그는 1999년 한빛대 교수로 임용돼 재직 중이다. 정민호 한빛대 총장은 축사를 했다.');
    expect(t.persons).toEqual(['정민호']);
  });
  test('a two-syllable common noun before a title', () => {
    const t = run('과거 작가와 함께한 전시가 열렸다. 대학 시절 시장을 찾았다.');
    expect(t.persons).toEqual([]);
    expect(run('사진 기자와 취재 기자가 왔다. 현역 선수와 신인 선수가 뛰었다.').persons).toEqual([]);
    expect(run('취재 기자 박서연은 설명했다.').persons).toEqual(['박서연']);
  });
  test('before a title that is also an ordinary noun (시장 market, 검사 test, 대사 metabolism), a compound is not a name', () => {
    const t = run('전기차 배터리 시장은 커졌다. 채권 시장이 흔들렸고 조선 시장도 회복했다. 유전자 검사를 받았다. 기초 대사가 떨어졌다. 부동산 시장과 석유화학 시장은 식었다.');
    expect(t.persons).toEqual([]);
    expect(t.list.filter(([, type]) => type === 'organization')).toEqual([]);
  });
  test('role nouns shaped like names before 측 are not names (피해자 측, 피고인 측, 소비자 측)', () => {
    const t = run('피해자 측은 반박했다. 피고인 측과 채권자 측이 만났다. 소비자 측도 나섰다. 채무자 측은 울었다.');
    expect(t.persons).toEqual([]);
  });
  test('the same titles after a full name or a surname alone still make a person', () => {
    const text = '오세훈 시장은 말했다. 김민수 검사가 답했다. 오 시장은 덧붙였다.';
    const t = run(text);
    expect(t.at('오세훈')).toMatchObject({ type: 'person', title: '시장' });
    expect(t.at('김민수')).toMatchObject({ type: 'person', title: '검사' });
    expect(t.at('오', text.indexOf('오 시장'))).toMatchObject({ start: 26, end: 27, type: 'person' });
    expect(t.persons).toEqual(['오세훈', '김민수', '오']);
    // 김모 검사: an unnamed person's surname and 모, two syllables, before such a title.
    const mo = '김모 검사는 수사를 지휘했다.';
    expect(run(mo).at('김')).toMatchObject({ start: 0, end: 1, type: 'person', title: '검사' });
  });
  test('a title with its particle is not a name (원장은 … 대표)', () => {
    const t = run('박민호 원장은 당시 협회 대표였다.');
    expect(t.persons).toEqual(['박민호']);
  });
  test('a word ending in a title is not a title (주차장)', () => {
    const t = run('복도와 지하주차장의 조명을 바꿨다.');
    expect(t.persons).toEqual([]);
  });
});

describe('organizations in name slots', () => {
  test('a law firm after 법무법인 is an organization, the lawyer is the name before it', () => {
    const text = '정하늘(31기) 법무법인 한결 변호사는 설명했다.';
    const t = run(text);
    expect(t.at('법무법인 한결')).toMatchObject({ type: 'organization' });
    expect(t.at('정하늘')).toMatchObject({ type: 'person', title: '변호사' });
    expect(t.persons).toEqual(['정하늘']);
  });
  test('a university named by a listed place and 대 is not a person', () => {
    const t = run('최도윤 경남대 극동연구소 교수는 말했다.');
    expect(t.persons).toEqual(['최도윤']);
    expect(t.list).not.toContainEqual(['경남대', 'person']);
  });
  test('a public corporation named before a common-noun head (공사)', () => {
    const t = run('한국가스안전공사는 점검을 마쳤다. 도로 보수공사가 끝났다.');
    expect(t.at('한국가스안전공사')).toMatchObject({ type: 'organization' });
    expect(t.list).not.toContainEqual(['보수공사', 'organization']);
  });
});

describe('persons from evidence', () => {
  test('a stand-alone name needs a name slot (particle or punctuation)', () => {
    const t = run('최민혁은 결승에서 이겼다. 지하철 4호선 운행이 멈췄다.');
    expect(t.persons).toEqual(['최민혁']);
  });
  test('names listed with a titled person are persons', () => {
    const text = '회의에는 김서준, 박도윤, 이하준 의원이 참석했다.';
    const t = run(text);
    expect(t.persons).toEqual(['김서준', '박도윤', '이하준']);
    const text2 = '박서연·한지우 기자';
    expect(run(text2).persons).toEqual(['박서연', '한지우']);
  });
  test('a name before a parenthesized age or life years', () => {
    const text = '조말순(69·여)씨가 입원했다. 독립운동가 한봉수(1888~1952)를 기렸다.';
    const t = run(text);
    expect(t.at('조말순')).toMatchObject({ type: 'person' });
    expect(t.at('한봉수')).toMatchObject({ type: 'person' });
  });
  test('unnamed persons: surname and 모', () => {
    const text = '경찰은 이모(55)씨와 윤 모씨를 조사했다. 박모 경위가 출동했다.';
    const t = run(text);
    expect(t.at('이')).toMatchObject({ type: 'person', title: '씨' });
    expect(t.at('윤')).toMatchObject({ type: 'person' });
    expect(t.at('박', 20)).toMatchObject({ type: 'person' });
    expect(t.persons).toEqual(['이', '윤', '박']);
  });
  test('names with their original spelling in parentheses before a title', () => {
    const text = '장관은 왕밍(王明) 외교부 부장조리와 만났다. 톰 리(Tom Lee) 구글 부사장은 말했다.';
    const t = run(text);
    expect(t.at('왕밍')).toMatchObject({ type: 'person' });
    expect(t.at('톰 리')).toMatchObject({ type: 'person' });
  });
  test('이 before a full title is a surname', () => {
    const t = run('이 의원은 반대했다.');
    expect(t.at('이')).toMatchObject({ type: 'person', title: '의원' });
  });
});

describe('places named after a listed place', () => {
  test('a transliterated city or a province after a country is one place', () => {
    const text = '그는 네덜란드 암스테르담을 떠나 중국 산시성에 닿았다. 울산 남구에서 열렸다.';
    const t = run(text);
    expect(t.at('네덜란드 암스테르담')).toMatchObject({ type: 'place' });
    expect(t.at('중국 산시성')).toMatchObject({ type: 'place' });
    expect(t.at('울산 남구')).toMatchObject({ type: 'place' });
  });
  test('a common word after a country stays out', () => {
    const t = run('중국 경제가 흔들렸다.');
    expect(t.list).toEqual([['중국', 'place']]);
  });
  test('a kind of station (지하철역, 기차역) is no place; a named one (강남역) is', () => {
    expect(run('지하철역까지 걸었다. 기차역 앞에서 만났다. 강남역 인근이다.').list).toEqual([['강남역', 'place']]);
  });
});

describe('more context', () => {
  test('a news outlet after its kind or as the subject of 보도', () => {
    const text = '영국 일간지 런던타임라인의 보도에 따르면 사고가 났다. 이를 서울포커스가 보도했다. 그는 신문 배달을 했다.';
    const t = run(text);
    expect(t.at('런던타임라인')).toMatchObject({ type: 'organization' });
    expect(t.at('서울포커스')).toMatchObject({ type: 'organization' });
    expect(t.list).not.toContainEqual(['배달', 'organization']);
  });
  test('a player after a playing position; a two-word foreign name before a title', () => {
    const text = '포워드 마르코 벨리니가 득점했다. 로열 카터 감독은 웃었다.';
    const t = run(text);
    expect(t.at('마르코 벨리니')).toMatchObject({ type: 'person' });
    expect(t.at('로열 카터')).toMatchObject({ type: 'person', title: '감독' });
  });
  test('adverbs and verb forms do not start a foreign name', () => {
    const t = run('논란이 제기되자 카터 총리는 사과했다.');
    expect(t.at('카터')).toMatchObject({ type: 'person' });
    expect(t.persons).toEqual(['카터']);
  });
  test('roman numerals and English words in capitals are not organizations', () => {
    const t = run('앨범 LIVE TO DANCE 수록곡과 교향곡 XVI을 들었다.');
    expect(t.list.filter(([, ty]) => ty === 'organization')).toEqual([]);
  });
  test('capitalized words around an English function word are a title; capitals without one stay names', () => {
    const t = run("공연 'SUMMER NIGHT IN BUSAN' 무대에 선 뒤 LG CNS 직원들을 만났다.");
    expect(t.list.filter(([, ty]) => ty === 'organization').map(([n]) => n)).toEqual(['LG', 'CNS']); // the English title adds none
  });
});

describe('loanwords that end like a body', () => {
  test('…처 (-ture) and …랩 (-rap) loanwords are no organizations', () => {
    const t = run('재활용 원단에 더블 스트랩과 시그니처 파우치가 특징이다. 아키텍처를 바꾸고 어드벤처 게임을 냈다. 화면을 캡처했다.');
    expect(t.list).toEqual([]);
    // (a body in …처 is still one: 식품의약품안전처)
    expect(run('식품의약품안전처는 회수를 명령했다.').list).toEqual([['식품의약품안전처', 'organization']]);
  });
});

describe('common words shaped like names of places and bodies', () => {
  test('an amount range in …대 (수백억원대, 10억대) is no university; 강원대, 가천대, 인천대 are', () => {
    const t = run('일당은 수백억원대 사기를 벌였고 수천만원대 피해를 냈다. 10억대 아파트가 팔렸다. 강원대 교수와 가천대 연구팀, 인천대 학생들이 모였다.');
    expect(t.list).toEqual([
      ['강원대', 'organization'],
      ['가천대', 'organization'],
      ['인천대', 'organization'],
    ]);
  });
  test('상대역, 주연역 (a role) are no stations; 서울역 is one', () => {
    expect(run('그는 상대역 배우를 칭찬했고 주연역을 맡았다. 서울역 앞에서 만났다.').list).toEqual([['서울역', 'place']]);
  });
  test('수단 "means" is not Sudan: 모든 수단을 동원, 결제 수단, 수단과 방법; 수단 정부 is', () => {
    const t = run('모든 수단을 동원하겠다. 결제 수단이 늘었다. 수단과 방법을 가리지 않았다. 수단 정부는 휴전을 발표했다.');
    expect(t.list).toEqual([['수단 정부', 'organization']]);
  });
  test('크렘린궁 is the Kremlin, not part of the spokesman\'s name', () => {
    const t = run('드미트리 페스코프 크렘린궁 대변인은 비판했다.');
    expect(t.list).toEqual([
      ['드미트리 페스코프', 'person'],
      ['크렘린궁', 'organization'],
    ]);
  });
  test('a body written against its day (4·16재단, 5·18기념재단) is named whole', () => {
    expect(run('4·16재단 관계자는 밝혔다. 5·18기념재단은 성명을 냈다.').list).toEqual([
      ['4·16재단', 'organization'],
      ['5·18기념재단', 'organization'],
    ]);
  });
});

describe('common words in name slots (second round)', () => {
  test('화가 났다 (a verb after a role word), 이튿날, 전주 대비, 심사역, 운전자 name nothing; 전주 한옥마을 and 가수 린다 do', () => {
    const t = run('그는 화가 났다. 이튿날 기자들에게 말했다. 가격은 전주 대비 0.2% 올랐다. 그는 심사역 출신이다. 피해 차량 운전자는 말했다. 전주 한옥마을을 찾았다. 가수 린다가 왔다.');
    expect(t.list).toEqual([
      ['전주 한옥마을', 'place'],
      ['린다', 'person'],
    ]);
  });
});

describe('kinship and common nouns are no names (session 17)', () => {
  test('어머니, 지도자, 노림수, 이동량 near a person\'s verbs make no person', () => {
    const text = '영화는 치매를 앓는 어머니와 딸의 마지막 한 해를 그린다. 최정우는 "타석에서 노림수가 맞아떨어졌다"며 웃었다. 추석 연휴 이동량이 많았다. 지도자가 말했다.';
    expect(run(text).persons).toEqual(['최정우']);
  });
});
