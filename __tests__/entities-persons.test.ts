/** Korean persons: surname-only forms, kin and rank titles, names coordinated or glossed (sentences written for these tests). */
import { recognizeEntities } from '../src/ko/entities';
import { extract } from '../src';

/** [start, end, text] of the first occurrence of `name` in `text`. */
function sp(text: string, name: string, from = 0) {
  const s = text.indexOf(name, from);
  return [s, s + name.length, name];
}

function run(text: string) {
  const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
  const persons = r.mentions.filter((m) => m.type === 'person').map((m) => [m.start, m.end, text.slice(m.start, m.end)]);
  return { ...r, persons };
}

describe('a surname standing for an unnamed person', () => {
  test('fused 군 and 양 after a surname, with or without an age', () => {
    const text = '경찰은 박군이 쓰던 가방을 찾았고, 최양은 귀가했다. 정모(17)군이 구조됐다.';
    expect(run(text).persons).toEqual([[4, 5, '박'], [20, 21, '최'], [30, 31, '정']]);
  });
  test('words of a surname syllable and 군 or 양 are not names', () => {
    for (const text of ['장군은 부대를 시찰했다.', '공군이 훈련을 했다.', '서양의 음식이 들어왔다.', '권한 이양이 늦어졌다.', '신군부가 집권했다.']) {
      expect(run(text).persons).toEqual([]);
    }
  });
  test('an auxiliary police rank after 모', () => {
    expect(run('한모 상경이 다쳤다.').persons).toEqual([[0, 1, '한']]);
  });
});

describe('kin and rank titles', () => {
  test('할머니 after a surname or a full name, even one ending like a neighbourhood (…동)', () => {
    expect(run('윤 할머니는 그날을 기억했다.').persons).toEqual([[0, 1, '윤']]);
    expect(run('정말동 할머니가 증언했다.').persons).toEqual([[0, 3, '정말동']]);
  });
  test('한 before 할머니 is "one", not a surname', () => {
    expect(run('한 할머니가 길을 물었다.').persons).toEqual([]);
  });
  test('a Go rank after a name; a stage count is not a title', () => {
    expect(run('박정우 9단은 첫 대국에서 이겼다.').persons).toEqual([[0, 3, '박정우']]);
    expect(run('2단 로켓이 분리됐다.').persons).toEqual([]);
  });
});

test('Chinese names in Hangul with syllables of Chinese transliteration (린젠, 겅솽) before a title; 젠더 is no name', () => {
  const text = '린젠 중국 외교부 대변인은 답했다. 겅솽 대변인도 말했다. 젠더 갈등이 커졌다.';
  expect(run(text).persons).toEqual([[0, 2, '린젠'], [20, 22, '겅솽']]);
});

test('common words of a name\'s shape are no names (기대치를, 기다리던, 느낀 작가는, 유화지만)', () => {
  expect(run('실적이 시장 기대치를 웃돌았다. 그를 기다리던 가족이 울었다.').persons).toEqual([]);
  // A verb form before a title (자유로움을 느낀 작가는: ㄲ is never written in a transliteration) and …지만 'but'.
  expect(run('자유로움을 느낀 작가는 그룹을 만들었다. 그림들은 대부분 유화지만 기름은 적게 썼다.').persons).toEqual([]);
  expect(run('이날 최운정은 우승했다.').persons).toEqual([[3, 6, '최운정']]);
});

describe('a transliterated name standing alone, read by what the sentence says of it', () => {
  const at = (text: string, name: string) => {
    const s = text.indexOf(name);
    return [s, s + name.length, name];
  };
  test('a kinship, body or life-event noun after its genitive', () => {
    const text = '경찰은 브리엘라의 남편을 불러 조사했다.';
    expect(run(text).persons).toContainEqual(at(text, '브리엘라'));
  });
  test('a kinship word before it in apposition', () => {
    const text = '그는 지난해 아들 루카스를 얻었다.';
    expect(run(text).persons).toContainEqual(at(text, '루카스'));
  });
  test('a verb of a person\'s life later in its clause', () => {
    const text = '앞서 크레이턴은 지난 3월 병원에서 숨졌다.';
    expect(run(text).persons).toContainEqual(at(text, '크레이턴'));
  });
  test('coordinated with a known person', () => {
    const text = '배우 김민지와 오스트린은 함께 무대에 올랐다.';
    expect(run(text).persons).toContainEqual(at(text, '오스트린'));
  });
  test('not a common loanword, a verb form or a word with a locative particle', () => {
    for (const text of ['스마트폰의 얼굴 인식 기능이 나왔다.', '영향을 미치는 요인은 다양했다고 말했다.', '업계에서는 그가 숨졌다고 봤다.', '데이터는 그가 말했다.']) {
      expect(run(text).persons).toEqual([]);
    }
  });
  test('a Korean given name alone after a named person\'s kinship noun (김태민의 여자친구 다은도)', () => {
    const text = '경기를 지켜본 김태민의 여자친구 다은도 소감을 남겼다. 이도현의 아내 서연은 웃었다.';
    expect(run(text).persons).toEqual([at(text, '김태민'), at(text, '다은'), at(text, '이도현'), at(text, '서연')]);
    // Not without the named owner, nor a common word after the kinship noun.
    for (const t of ['그의 여자친구 다은도 웃었다.', '김태민의 아내 역시 웃었다.', '김태민의 아들 세대는 다르다.', '이도현의 아내 사진이 공개됐다.']) {
      expect(run(t).persons.filter((p) => p[2] !== '김태민' && p[2] !== '이도현')).toEqual([]);
    }
  });
  test('hyphenated foreign names: 클로에 로페스-고메스, 장-뤼크 고다르; not a hyphenated title or a route', () => {
    const text = '발레리나 클로에 로페스-고메스는 무대에 섰다. 감독 장-뤼크 고다르의 영화와 마리아 가르시아-로페스 의원.';
    expect(run(text).persons).toEqual([at(text, '클로에 로페스-고메스'), at(text, '장-뤼크 고다르'), at(text, '마리아 가르시아-로페스')]);
    for (const t of ["전시 '헨릭 빕스코브-패션과 예술, 경계를 허무는 아티스트'가 열렸다.", '이번 아시아-태평양 회의와 서울-부산 노선.']) {
      expect(run(t).persons.filter((p) => String(p[2]).includes('-'))).toEqual([]);
    }
  });
  test('without such a cue, a transliterated topic stays unnamed', () => {
    expect(run('크레이턴은 새 제품을 공개했다.').persons).toEqual([]);
  });
});

describe('a one-syllable surname after a listed foreign given name', () => {
  test('before a title', () => {
    expect(run('마이클 첸 상원의원이 법안을 냈다.').persons).toEqual([[0, 5, '마이클 첸']]);
  });
  test('with the particle a person takes, after a given name of two syllables or more', () => {
    expect(run('제시카 판은 우승했고 대니 오와 함께 웃었다.').persons).toEqual([[0, 5, '제시카 판'], [12, 16, '대니 오']]);
  });
  test('a one-syllable given name does not vouch for a one-syllable word', () => {
    expect(run('짐 수를 세었다.').persons).toEqual([]);
  });
});

describe('a country between a name and its title', () => {
  test('is the affiliation hop, not the end of the name', () => {
    const text = '그는 파리드 알하키미 시리아 외무장관과 만났다.';
    const r = run(text);
    expect(r.persons).toEqual([[3, 11, '파리드 알하키미']]);
    expect(r.mentions.find((m) => text.slice(m.start, m.end) === '시리아')).toMatchObject({ type: 'place' });
  });
});

describe('a name glossed in parentheses', () => {
  test('by the body or team it plays for, with a person\'s particle after', () => {
    const text = '결승에서 한수진(대한체육회)이 이겼고 모랄레스(바르셀로나FC)가 골을 넣었다.';
    const r = run(text);
    expect(r.persons).toContainEqual([5, 8, '한수진']);
    expect(r.persons).toContainEqual(sp(text, '모랄레스'));
  });
  test('by the actor who plays it or by the real name', () => {
    const text = '극 중 오태석(김민호)의 선택, 래퍼 비트킹(본명 이정우)이 노래했다.';
    const r = run(text);
    expect(r.persons).toContainEqual([4, 7, '오태석']);
    expect(r.persons).toContainEqual(sp(text, '비트킹'));
  });
  test('not a word spelled out in Latin letters, nor a city glossed by its country', () => {
    const text = '페트병(PET)을 담은 상자를 카라보스(베네수엘라)에 보냈다.';
    expect(run(text).persons).toEqual([]);
  });
});

describe('an initial standing for an unnamed person', () => {
  test('a capital letter before a title, weak ones included', () => {
    const text = '검찰은 C 기자를 불렀고 D 일병은 휴가를 갔다.';
    expect(run(text).persons).toEqual([sp(text, 'C'), sp(text, 'D')]);
  });
  test('before an age or a school year and a fused 군 or 양', () => {
    const text = '경찰은 E(16)군과 F(고2)양을 귀가시켰다.';
    expect(run(text).persons).toEqual([sp(text, 'E'), sp(text, 'F')]);
  });
  test('an initial with 모 before a title is that person, and the word before is not a name', () => {
    const text = '그의 여자친구 J모 기자가 입장을 냈다.';
    expect(run(text).persons).toEqual([sp(text, 'J')]);
  });
});

describe('a surname before 전 ("former") and a title', () => {
  test('곽 전 교육감, and the surname 전 before 전', () => {
    const text = '곽 전 교육감은 항소했고, 전 전 대통령의 측근도 나왔다.';
    expect(run(text).persons).toEqual([sp(text, '곽'), [15, 16, '전']]);
  });
  test('전 before a role word that is not a title stays "all"', () => {
    expect(run('이번 행사는 전 전 직원이 함께했다.').persons).toEqual([]);
  });
});

describe('lists of names', () => {
  test('three items or more with one known person make the other name-like items persons', () => {
    const text = '무대에는 손흥민, 정대인, 박우진 등이 올랐다.';
    const r = run(text);
    expect(r.persons).toEqual([sp(text, '손흥민'), sp(text, '정대인'), sp(text, '박우진')]);
  });
  test('a list of three Korean full names of usual syllables', () => {
    const text = '회의에는 김대인, 이동인, 박상인이 참석했다.';
    expect(run(text).persons).toEqual([sp(text, '김대인'), sp(text, '이동인'), sp(text, '박상인')]);
  });
  test('places in a list with a person stay places', () => {
    const text = '서울, 김정호, 대구 순으로 돌았다.';
    const r = run(text);
    expect(r.mentions.find((m) => text.slice(m.start, m.end) === '대구')).toMatchObject({ type: 'place' });
  });
});

describe('name forms', () => {
  test('a title with the honorific 님 and a particle', () => {
    const text = '글에는 강남경찰서 정우철 경장님이라는 말이 있었다.';
    expect(run(text).persons).toEqual([sp(text, '정우철')]);
  });
  test('a full name ending in a particle-like syllable is whole when a particle follows', () => {
    const text = '그날 김경도는 시야가 넓었다.';
    expect(run(text).persons).toEqual([sp(text, '김경도')]);
  });
});

describe('the word before a foreign surname and its title', () => {
  test('is not taken as a given name when it carries a particle or the copula 인', () => {
    const text = '일간지는 포르셀 총리가 사임한다고 전했고, 제자인 보로디나 교수도 입장을 냈다.';
    expect(run(text).persons).toEqual([sp(text, '포르셀'), sp(text, '보로디나')]);
  });
  test('a listed given name ending in 인 still starts the name', () => {
    const text = '제인 구달리 박사가 강연했다.';
    expect(run(text).persons).toEqual([sp(text, '제인 구달리')]);
  });
});

describe('a parenthesized spelling after a name of two words', () => {
  test('is an alias of the whole name', () => {
    const text = '요시다 겐타(吉田健太) 대표가 방한했다.';
    const r = run(text);
    expect(r.persons).toEqual([sp(text, '요시다 겐타'), sp(text, '吉田健太')]);
    const e = r.entities.find((x) => x.name === '요시다 겐타');
    expect(e?.aliases).toContain('吉田健太');
  });
});

describe('words before a title that are not names', () => {
  test('a postpositional verb before an affiliation (요청에 따라 … 의장)', () => {
    const text = '회원국 요청에 따라 안보리 의장이 회의를 열었다.';
    expect(run(text).persons).toEqual([]);
  });
  test('a word before a title that is a listed non-name and one more syllable (소속차 측)', () => {
    expect(run('방송사는 소속차 측 말을 전했다.').persons).toEqual([]);
  });
});

describe('characters before 역 (role)', () => {
  test('a quoted name, a transliterated name and a two-word character name', () => {
    const text = "그는 '도윤' 역을 맡았고, 토르만 역의 배우와 닥터 조 역의 배우가 함께했다.";
    const r = run(text);
    expect(r.persons).toEqual([sp(text, '도윤'), sp(text, '토르만'), sp(text, '닥터 조')]);
  });
  test('a role word or a common noun before 역 is no name, and 역 is no surname', () => {
    expect(run('그는 간호사 역으로 나왔고 악당 역도 했다.').persons).toEqual([]);
    const text = '이번에 주인공 제이크 역을 맡았다.';
    expect(run(text).persons).toEqual([sp(text, '제이크')]);
  });
});

describe('group members, kin titles after foreign names, real names', () => {
  test('a name after 멤버, and not a common word', () => {
    const text = '그룹 멤버 하린이 노래했고 멤버 교체는 없었다.';
    expect(run(text).persons).toEqual([sp(text, '하린')]);
  });
  test('a transliterated name before 할아버지', () => {
    const text = '1910년생인 톰슨 할아버지는 장수했다.';
    expect(run(text).persons).toEqual([sp(text, '톰슨')]);
  });
  test('the real name in parentheses is a person, not an affiliation', () => {
    const text = '멤버 도하(본명 곽려운)가 탈퇴했다.';
    const r = run(text);
    expect(r.persons).toEqual([sp(text, '도하'), sp(text, '곽려운')]);
    expect(r.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });
  test('a transliterated surname after a listed given name with a syllable Sino-Korean lacks (팅)', () => {
    const text = '종료 직전 피터 위팅엄이 골을 넣었다.';
    expect(run(text).persons).toEqual([sp(text, '피터 위팅엄')]);
  });
});

describe('players and mayors', () => {
  test('a two-word name after 선수 or a playing position, the first word shaped like a Korean name', () => {
    const text = '외국 선수 오마리 스펠먼이 합류했고 포워드 라우리 마카넨이 뛰었다.';
    expect(run(text).persons).toEqual([sp(text, '오마리 스펠먼'), sp(text, '라우리 마카넨')]);
  });
  test('not a common noun after 선수', () => {
    expect(run('후반에 선수 교체가 이뤄졌다.').persons).toEqual([]);
  });
  test('a listed city or province fused with 시장 or 지사 is the title, a market is not', () => {
    const text = '강민철 광주시장과 오세진 경기지사가 만났고 상인들은 전통시장을 지켰다.';
    expect(run(text).persons).toEqual([sp(text, '강민철'), sp(text, '오세진')]);
  });
});

describe('standalone Korean-shaped words that are common nouns', () => {
  test('finals rare in given names (표, 봉) keep milestone and baton words out', () => {
    expect(run('우리도 이정표를 세웠고 그가 지휘봉을 잡았다.').persons).toEqual([]);
  });
});

describe('whole foreign names', () => {
  test('given and middle names before a transliterated surname join it', () => {
    const text = '전임자인 헤르난 알베르토 카스테요스는 2010년 숨졌다.';
    expect(run(text).persons).toEqual([sp(text, '헤르난 알베르토 카스테요스')]);
  });
  test('a role word or a verb form before the name does not', () => {
    const text = '경찰에 따르면 유 씨는 귀가했고 걸그룹 멤버 알렉산드라가 노래했다.';
    expect(run(text).persons).toEqual([sp(text, '유'), sp(text, '알렉산드라')]);
  });
  test('the copula 다 after a name at the end of a sentence is not the name', () => {
    const text = "메시지는 '나는 고토 겐지다.'로 시작했다.";
    expect(run(text).persons).toEqual([sp(text, '고토 겐지')]);
  });
});

describe('bodies and places shaped like names', () => {
  test('a legislative chamber before a title, a province written short with 도, a common noun', () => {
    expect(run('그는 상원 원내대표를 지냈다.').persons).toEqual([]);
    expect(run('경남도가 예산을 늘렸고 신천지를 떠난 이들이 모였다.').persons).toEqual([]);
  });
});

describe('given names ending in 율', () => {
  test('a name in 율 before a title is a person (허재율 부사장, 구유율 위원장); rates in 율 are not (지지율, 이자율)', () => {
    const t = '허재율 나빛화학 부사장과 금융위원회 구유율 위원장이 만났다. 지지율 하락에 이자율 부담이 겹쳤다.';
    expect(run(t).persons).toEqual([sp(t, '허재율'), sp(t, '구유율')]);
  });
});

describe('the field before 선수', () => {
  test('a sport, alone or with its league or class (프로야구, 여자배구, 아이스하키, 국가대표), is no name before a title', () => {
    const t = '대만 프로야구 선수들보다 많다. 여자배구 선수들이 입국했다. 테니스 선수 정현이 이겼다. 아이스하키 선수로 뛰었다. 국가대표 선수들이 귀국했다.';
    const r = run(t);
    expect(r.persons).toEqual([sp(t, '정현')]);
    expect(r.mentions.map((m) => [t.slice(m.start, m.end), m.type])).toEqual([['대만', 'place'], ['정현', 'person']]);
  });
  test('a name that begins like a sport is still a name (유도율 장관)', () => {
    expect(run('유도율 장관은 말했다.').persons).toEqual([[0, 3, '유도율']]);
  });
});

describe('a surname alone joins a full name of that surname', () => {
  test('the same title before a nearer honorific; the nearest before; else the first after', () => {
    const t = '김민수 대표가 왔다. 김철수 씨도 왔다. 김 대표는 웃었다. 이 대표는 울었다. 이영희 대표가 떠났다. 박 대표도 떠났다. 박지성 감독이 왔다.';
    const r = recognizeEntities(t, [{ start: 0, end: t.length }]);
    const group = (name: string) => r.entities.find((e) => e.name === name)!.mentions.map((m) => [m.start, t.slice(m.start, m.end)]);
    expect(group('김민수')).toEqual([[0, '김민수'], [t.indexOf('김 대표'), '김']]);
    expect(group('김철수')).toEqual([[t.indexOf('김철수'), '김철수']]);
    expect(group('이영희')).toEqual([[t.indexOf('이 대표'), '이'], [t.indexOf('이영희'), '이영희']]);
    // (박 대표 … 박지성 감독: another title, another person)
    expect(group('박지성')).toEqual([[t.indexOf('박지성'), '박지성']]);
  });
});

describe('names before a title, with what stands between them', () => {
  test('a surname after a listed foreign given name is the name, not a firm', () => {
    const t = '마거릿 대처 전 총리와 제임스 엘리슨 교수가 만났다.';
    const r = run(t);
    expect(r.persons).toEqual([sp(t, '마거릿 대처'), sp(t, '제임스 엘리슨')]);
    expect(r.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });
  test('deputy heads of local governments are titles (부지사, 행정부시장, 부구청장)', () => {
    const t = '진성훈 행정부지사와 오태림 부시장, 남기옥 부구청장이 참석했다.';
    expect(run(t).persons).toEqual([sp(t, '진성훈'), sp(t, '오태림'), sp(t, '남기옥')]);
  });
  test('a firm whose name ends like a particle, between a full name and the title', () => {
    const t = '유지호 넥스트플레이 대표와 최가은 리벨로 대표가 손을 잡았다.';
    const r = run(t);
    expect(r.persons).toEqual([sp(t, '유지호'), sp(t, '최가은')]);
    expect(r.mentions.filter((m) => m.type === 'organization').map((m) => t.slice(m.start, m.end))).toEqual(['넥스트플레이', '리벨로']);
  });
  test('an adverb and a verb form before a title are neither name nor firm', () => {
    const t = '그는 삶과 예술이 정확히 일치하는 작가다.';
    const r = run(t);
    expect(r.persons).toEqual([]);
    expect(r.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });
});

describe('session 16: common words that are no persons, and what stands between a name and its title', () => {
  test('a syllable and a particle or the copula (주부터, 원이라), and common nouns (모임, 우승, 고수익, 주연) before a title', () => {
    for (const t of ['비축 물량을 다음 주부터 시장에 풀겠다.', '배추 한 포기에 9천 원이라는 가격표가 붙었다.', '고수익을 미끼로 투자자를 모았다.', '한빛은 올해 우승 후보로 꼽힌다.']) {
      expect(run(t).persons).toEqual([]);
    }
    const t = '피해자 모임 대표 정미숙(58)씨와 주연 배우 이정민이 참석했다.';
    expect(run(t).persons).toEqual([sp(t, '정미숙'), sp(t, '이정민')]);
  });
  test('전 or 현 after a Japanese surname is no given name; a name, 전, and a body before the title', () => {
    const t = '이시바 전 간사장과 김경지 전 금정구 지역위원장, 한연희 전 강화군 농업기술센터 소장이 만났다.';
    const r = run(t);
    expect(r.persons).toEqual([sp(t, '이시바'), sp(t, '김경지'), sp(t, '한연희')]);
  });
  test('북중미 and 중남미 are regions, not the abbreviated North Korea and China', () => {
    const r = run('2026 북중미 월드컵과 중남미 시장');
    expect(r.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });
});

describe('session 16: a foreign state\'s body named as Korea\'s', () => {
  test('중국 외교부 and 중국 정부 are China\'s, not Korea\'s 외교부 and 정부 (미국 국무부 keeps its entry)', () => {
    const doc = extract('외교부는 유감을 표했다. 중국 외교부는 반발했다. 중국 정부도 입장을 냈다. 미국 국무부는 우려를 표했다.', { published: '2024-09-20' });
    expect(doc.entities.map((e) => [e.name, e.canonical, e.aliases])).toEqual([
      ['외교부', 'Ministry of Foreign Affairs', []],
      ['중국 외교부', null, []],
      ['중국 정부', null, []],
      ['미국 국무부', 'U.S. Department of State', []],
    ]);
  });
});

describe('session 16: acts, units, venues, departments, and another state\'s bodies', () => {
  const ents = (t: string) => extract(t, { published: '2024-09-20' }).entities.map((e) => [e.name, e.type, e.canonical]);
  test('a musical act after its kind is an organization (걸그룹 \'루미나스\', 밴드 \'새벽 세시\')', () => {
    expect(ents("걸그룹 '루미나스'가 돌아온다. 밴드 '새벽 세시'가 공연한다.")).toEqual([['루미나스', 'organization', null], ['새벽 세시', 'organization', null]]);
  });
  test('a campus or a hospital of a university is part of its name; a venue after a sponsor\'s name is a place', () => {
    expect(ents('연세대 미래캠퍼스와 고려대 안암병원이 손잡았다. 결승은 독일 베를린 우버 아레나에서 열린다.')).toEqual([
      ['연세대 미래캠퍼스', 'organization', null], ['고려대 안암병원', 'organization', null], ['독일 베를린 우버 아레나', 'place', null],
    ]);
  });
  test('no persons: 12년 차 기자 (the Nth year), 정치부 기자, 간판 프로그램 진행자, 공소장', () => {
    const t = '입사 12년 차 기자 서유라를 발탁했다. 정치부 기자를 거쳐 간판 프로그램 진행자를 맡았다. 공소장에 따르면 그렇다.';
    expect(run(t).persons).toEqual([sp(t, '서유라')]);
  });
  test('a body after a country is not a third state\'s (중국 상무부 is not the U.S. Department of Commerce)', () => {
    expect(ents('중국 상무부는 반발했다. 미국 상무부는 환영했다. 일본 공정거래위원회도 나섰다.')).toEqual([
      ['중국 상무부', 'organization', null], ['미국 상무부', 'organization', 'U.S. Department of Commerce'], ['일본 공정거래위원회', 'organization', null],
    ]);
  });
});
