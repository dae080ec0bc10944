/** Quote forms found by the error analysis of session 16, on articles written for it (sentences written for these tests). */
import { at, run } from './helpers/ko-run';

describe('one quote around its source', () => {
  test('“A”라며 X는 “B”고 강조했다: one quote, two segments, X speaks', () => {
    const t = '“특검은 정치가 아니라 진실의 문제”라며 박수진 원내대표는 “진실 앞에 여야가 따로 없다”고 강조했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.speaker?.mention, q.cue])).toEqual([
      [[at(t, '특검은 정치가 아니라 진실의 문제'), at(t, '진실 앞에 여야가 따로 없다')], '박수진', at(t, '박수진 원내대표'), at(t, '강조했다')],
    ]);
  });
});

describe('a body named by its kind alone', () => {
  test('회사 측은, 병원 측은: the company and the hospital named before; not a body of the state, nor one inside a quote', () => {
    const t = '"특검은 필요 없다"고 한 의원이 말했다. 한빛전자는 신제품을 공개했다. 금융위원회는 제재를 예고했다. ' +
      '회사 측은 "성실히 소명하겠다"고 밝혔다. 서울한빛병원 의료진은 수술을 마쳤다. 병원 측은 "환자는 안정적"이라고 말했다.';
    const doc = run(t);
    expect(doc.quotes.slice(1).map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention])).toEqual([
      ['한빛전자', 'organization', at(t, '회사')],
      ['서울한빛병원', 'organization', at(t, '병원', t.indexOf('병원 측'))],
    ]);
  });
  test('회사 is the article\'s company: not a firm named once in passing, nor the byline\'s outlet; 소속사 X … 소속사는 is X', () => {
    const t = '반도체 업체 실적 부진\n\n(서울=한빛뉴스) 김수연 기자 = 반도체 업체의 실적이 부진하다.\n\n한빛증권 박소영 연구원도 비슷한 진단을 내놨다.\n\n' +
      '회사 측은 "우려가 과도하다"고 밝혔다.\n\n배우 서예린의 소속사 별빛엔터테인먼트는 입장을 냈다.\n\n소속사는 "사실무근"이라고 해명했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['회사', '별빛엔터테인먼트']);
  });
  test('with no body of that kind before, the kind stands as written', () => {
    const doc = run('회사는 "재발 방지책을 마련하겠다"고 약속했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '회사' });
  });
});

describe('words in marks that nobody is said to say', () => {
  test('slogans chanted or written on signs (등의 구호, 라고 적힌 현수막, 팻말을 들고)', () => {
    const t = '참가자들은 “최저임금 쟁취하라”, “노조법 개정하라” 등의 구호를 외쳤다. 무대 뒤에는 “노동자가 멈추면 세상이 멈춘다”라고 적힌 현수막이 걸렸다. ' +
      '주민들이 “소각장 백지화” 팻말을 들고 행진했다. 위원장은 “끝까지 싸우겠다”고 말했다.';
    expect(run(t).quotes.map((q) => [q.segments, q.speaker?.name])).toEqual([[[at(t, '끝까지 싸우겠다')], '위원장']]);
  });
  test('words under a condition (…라고 요청하면, 만약 … 말한다면)', () => {
    const t = '만약 사용자가 “주식 종목을 추천해줘”라고 요청하면 답변을 거절하도록 설계됐다. 만약 누군가 “노력하면 다 된다”고 말한다면 의심해야 한다. ' +
      '개발팀은 “안전장치를 두 겹으로 뒀다”고 설명했다.';
    expect(run(t).quotes.map((q) => q.segments[0].text)).toEqual(['안전장치를 두 겹으로 뒀다']);
  });
  test('the headlines of other articles listed under ☞ 관련기사', () => {
    const t = '감독은 “관객이 만든 기적”이라고 말했다.\n\n☞ 관련기사\n· “천만 돌파”…배급사 “관객 덕분”\n· “속편 계획 없다”…감독 인터뷰';
    expect(run(t).quotes.map((q) => q.segments[0].text)).toEqual(['관객이 만든 기적']);
  });
  test('impersonal hearsay in marks, unless its source is named in parentheses', () => {
    const t = '영화 팬들 사이에서는 “올해 최고의 영화”라는 평가가 나온다. “요금 구조부터 바꿔야 한다”(박수연 교수)는 지적도 있다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([['요금 구조부터 바꿔야 한다', '박수연']]);
  });
});

describe('sources and cues the first rounds missed', () => {
  test('X에 따르면 with a body named by its head (학회, 조사본부, 평가원); the end of a name stands for the body named before', () => {
    const t = '학회에 따르면 지난해 환자는 1천여 명이다. 국방부 조사본부에 따르면 박 일병은 훈련 중 쓰러졌다. 조사본부에 따르면 그는 병원으로 옮겨졌다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['지난해 환자는 1천여 명이다', '학회'],
      ['박 일병은 훈련 중 쓰러졌다', '국방부 조사본부'],
      ['그는 병원으로 옮겨졌다', '국방부 조사본부'],
    ]);
  });
  test('speech verbs and nouns: 화답했다, 평했다, 아쉬워했다, …는 심경을 전했다, …는 짧은 입장을 냈다, …는 원론적 입장만 내놨다', () => {
    const t = '산토스 장관은 "한국의 기술이 필요하다"고 화답했다. 평론가 김하나는 "올해의 작품"이라고 평했다. 김세영 감독은 부상 공백이 컸다고 아쉬워했다. ' +
      '어머니는 "딸이 편히 쉬었으면 한다"는 심경을 전했다. 병원 측은 "판결을 받아들인다"는 짧은 입장을 냈다. 국토교통부는 "시장을 보고 있다"는 원론적 입장만 내놨다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.cue?.text])).toEqual([
      ['한국의 기술이 필요하다', '화답했다'],
      ['올해의 작품', '평했다'],
      ['부상 공백이 컸다', '아쉬워했다'],
      ['딸이 편히 쉬었으면 한다', '전했다'],
      ['판결을 받아들인다', '입장을 냈다'],
      ['시장을 보고 있다', '내놨다'],
    ]);
  });
  test('the source phrase stops at a verb form (대학가에서 만난 한 학생, 질문이 나오자 이 부단장); 외교부 당국자 is a described source', () => {
    const t = '지난주 대학가에서 만난 한 학생은 "취업이 걱정"이라고 말했다. 이도형 부단장이 배석했다. 질문이 나오자 이 부단장은 "정해진 것이 없다"고 말했다. ' +
      '외교부 당국자는 19일 "협의를 이어가겠다"고 말했다. 이 당국자는 "결과는 없다"고 덧붙였다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention?.text])).toEqual([
      ['한 학생', 'group', '한 학생'],
      ['이도형', 'person', '이 부단장'],
      ['외교부 당국자', 'group', '외교부 당국자'],
      ['외교부 당국자', 'group', '이 당국자'],
    ]);
  });
});

describe('punctuation', () => {
  test('a quotative written apart from the closing mark (“…” 라고, “…” 고 말했다)', () => {
    const t = '이정원은 “야구가 내 인생의 전부였다” 라고 말문을 열었다. 김민수 감독은 “이제 시작이다” 고 말했다.';
    expect(run(t).quotes.map((q) => [q.segments, q.speaker?.name, q.cue?.text])).toEqual([
      [[at(t, '야구가 내 인생의 전부였다')], '이정원', '말문을 열었다'],
      [[at(t, '이제 시작이다')], '김민수', '말했다'],
    ]);
  });
  test('a comma before a straight closing mark and a quotative (“…있었다,"며): the quote ends at the mark', () => {
    const t = '한 대학생은 “아침 9시부터 와 있었다,"며 웃었다.';
    expect(run(t).quotes.map((q) => [q.segments, q.cue?.text])).toEqual([[[at(t, '아침 9시부터 와 있었다,')], '웃었다']]);
  });
  test('corner brackets inside a quote name a title in it; outside one, a title the source phrase reads past', () => {
    const t = '윤채원은 “「그림자 정원」은 제 인생의 터닝포인트”라고 말했다. 과학기술정보통신부는 「인공지능 기본법」 하위법령 마련에 착수했다고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['「그림자 정원」은 제 인생의 터닝포인트', '윤채원'],
      ['「인공지능 기본법」 하위법령 마련에 착수했다', '과학기술정보통신부'],
    ]);
  });
});

describe('people of one surname and described sources with 한', () => {
  test('송 이사장 is the 송 who is 이사장, not the one before who is 교수 (after a department, 신경과 교수)', () => {
    const t = '송지호 한빛병원 신경과 교수는 "약이 비싸다"고 말했다. 송혜진 학회 이사장은 "지침을 만들겠다"고 약속했다. ' +
      '송 이사장은 이어 제약사들이 자료를 공개해야 한다고 촉구했다.';
    expect(run(t).quotes.map((q) => q.speaker?.name)).toEqual(['송지호', '송혜진', '송혜진']);
  });
  test('한 원로 목사: a described source, not the 목사 named before', () => {
    const t = '이수경 목사는 "말이 지나쳤다"고 꼬집었다. 반면 한 원로 목사는 "마녀사냥은 지나치다"고 말했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention])).toEqual([
      ['이수경', 'person', at(t, '이수경 목사')],
      ['한 원로 목사', 'group', at(t, '한 원로 목사')],
    ]);
  });
});
