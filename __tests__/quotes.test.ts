/** Quote phenomena on short articles written for these tests (reference date fixed). */
import { extract } from '../src';
import { spanProblems } from './helpers/schema';

const PUB = '2024-03-15';
const run = (text: string) => {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
};
const seg = (text: string, s: { start: number; end: number }) => Array.from(text).slice(s.start, s.end).join('');

describe('direct quotes', () => {
  test('speaker before the quote, cue after; segment excludes the marks', () => {
    const t = '박민수 한빛전자 대표는 "올해는 반도체 수요가 회복될 것"이라고 말했다.';
    const [q] = run(t).quotes;
    expect(q.kind).toBe('direct');
    expect(q.segments).toEqual([{ start: 14, end: 31, text: '올해는 반도체 수요가 회복될 것' }]);
    expect(q.cue).toMatchObject({ text: '말했다' });
    expect(q.speaker).toMatchObject({ name: '박민수', type: 'person', resolvedBy: 'explicit' });
  });

  test('speaker after the quote: "…"라고 X는 밝혔다', () => {
    const t = '"협상은 아직 끝나지 않았다"고 최영희 외교부 대변인은 밝혔다.';
    const [q] = run(t).quotes;
    expect(q.segments[0].text).toBe('협상은 아직 끝나지 않았다');
    expect(q.speaker?.name).toBe('최영희');
    expect(q.cue?.text).toBe('밝혔다');
  });

  test('mismatched marks “…" and "…” are paired; two parts joined by 라며 are one quote', () => {
    const t = '그는 “우리는 준비가 돼 있다"라며 "결과로 보여주겠다”고 강조했다.';
    const doc = run(`정태호 감독은 담담했다. ${t}`);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments.map((s) => s.text)).toEqual(['우리는 준비가 돼 있다', '결과로 보여주겠다']);
    expect(doc.quotes[0].speaker).toMatchObject({ name: '정태호', resolvedBy: 'pronoun' });
  });

  test('a quote that runs over paragraphs ends at the closing mark of a later paragraph', () => {
    const t = '박서준 교수는 "첫 문단의 말입니다\n\n둘째 문단도 같은 말입니다"라고 설명했다.';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments[0].text).toBe('첫 문단의 말입니다\n\n둘째 문단도 같은 말입니다');
    expect(doc.quotes[0].speaker?.name).toBe('박서준');
    expect(doc.quotes[0].cue?.text).toBe('설명했다');
  });

  test('an opening mark never closed is bounded by its paragraph', () => {
    const t = '김지훈 의원은 "이 법안은 반드시 통과돼야 한다고 말했다.\n다음 문단은 평범한 서술이다. 여기에는 인용이 없다.';
    const doc = run(t);
    const q = doc.quotes.find((x) => x.kind === 'direct');
    expect(q).toBeDefined();
    expect(q!.segments[0].end).toBeLessThanOrEqual(t.indexOf('\n'));
    expect(doc.quotes.every((x) => !x.text.includes('다음 문단'))).toBe(true);
  });

  test('an unclosed quote whose paragraph ends in a quotative and a speech verb ends before the quotative, with that cue', () => {
    const t = '김지훈 의원은 "이 법안은 반드시 통과돼야 한다고 강조했다\n\n다음 문단은 평범한 서술이다.';
    const [q] = run(t).quotes;
    expect(q.segments).toEqual([{ start: 9, end: 26, text: '이 법안은 반드시 통과돼야 한다' }]);
    expect(q.cue?.text).toBe('강조했다');
    expect(q.speaker?.name).toBe('김지훈');
    // Without a speech verb at the paragraph's end the quote still runs to it.
    const open = run('김지훈 의원은 "이 법안은 반드시 통과돼야 한다고 본다\n\n다음 문단.').quotes;
    expect(open.map((x) => x.segments[0].text)).toEqual(['이 법안은 반드시 통과돼야 한다고 본다']);
  });

  test('single-quoted titles and double-quoted terms with a particle are not quotes', () => {
    const t = "정부는 '디지털 뉴딜 2.0' 계획을 발표했다. 이른바 \"4대 개혁\"을 두고 논란이 이어졌다.";
    expect(run(t).quotes).toEqual([]);
  });

  test('straight quotes inside numbers and words are not quote marks', () => {
    const t = '키 5\'10" 선수가 90\'s 음악을 좋아한다. 그는 "정말 즐겁다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments[0].text).toBe('정말 즐겁다');
  });

  test('a floating quoted paragraph continues the previous speaker', () => {
    const t = '이수진 교수는 "기후 위기는 이미 현실"이라고 말했다.\n"이제는 적응을 준비해야 할 때입니다."';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[1].segments[0].text).toBe('이제는 적응을 준비해야 할 때입니다.');
    expect(doc.quotes[1].speaker).toMatchObject({ name: '이수진', resolvedBy: 'elided' });
  });

  test('quote first, the source in the next sentence: 이같이 말했다', () => {
    const t = '"시장 변화에 맞춰 빠르게 움직이겠다." 한도윤 미래은행장은 15일 기자간담회에서 이같이 말했다.';
    const [q] = run(t).quotes;
    expect(q.segments[0].text).toBe('시장 변화에 맞춰 빠르게 움직이겠다.');
    expect(q.speaker?.resolvedBy).toBe('following');
    expect(q.speaker?.name).toContain('한도윤');
  });

  test('a quote opening the passage joins the next sentence\'s quote that shares its cue (이같이 말했다)', () => {
    const t = '"변화는 이미 시작됐습니다." 한도윤 미래은행장은 15일 행사에서 "내년은 도약의 해가 될 것"이라며 이같이 말했다.';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments.map((s) => s.text)).toEqual(['변화는 이미 시작됐습니다.', '내년은 도약의 해가 될 것']);
    expect(doc.quotes[0].cue?.text).toBe('말했다');
  });

  test('a lead quote with no source before it: the person the next sentence opens with, not beyond', () => {
    const t = '"기다림이 길었던 만큼 더 단단해졌습니다"\n\n첼리스트 정하윤(41) 한빛대 교수는 오랜 공백 끝에 무대로 돌아온 소감을 담담하게 전했다.';
    const [q] = run(t).quotes;
    expect(q.segments[0]).toEqual({ start: 1, end: 22, text: '기다림이 길었던 만큼 더 단단해졌습니다' });
    expect(q.speaker).toMatchObject({ name: '정하윤', type: 'person', resolvedBy: 'following', mention: { start: 25, end: 44, text: '첼리스트 정하윤(41) 한빛대 교수' } });
    // A sentence between the quote and the person: no guess.
    const far = '"기다림이 길었던 만큼 더 단단해졌습니다"\n\n공연장은 이른 시간부터 붐볐다. 첼리스트 정하윤(41) 한빛대 교수는 소감을 전했다.';
    expect(run(far).quotes[0].speaker).toBeNull();
    // An organization opening the next sentence is not taken for the quote's source.
    const org = '"기다림이 길었던 만큼 더 단단해졌습니다"\n\n한빛문화재단은 이번 공연을 후원했다.';
    expect(run(org).quotes[0].speaker).toBeNull();
    // A reported clause without a source is not such a lead: the next sentence's person did not say it.
    const reported = run('임대료가 너무 높다고 말하는 사람이 많다. 정하윤 의원은 웃었다.').quotes;
    expect(reported.map((q) => q.speaker)).toEqual(reported.map(() => null));
  });

  test('a headline line: source, then the quote', () => {
    const t = '외교부, "코멘트할 사항 아냐"\n외교부는 이날 정례 브리핑을 열었다.';
    const [q] = run(t).quotes;
    expect(q.segments[0].text).toBe('코멘트할 사항 아냐');
    expect(q.speaker?.name).toBe('외교부');
  });

  test('quotes in a row closed by 등의 반응 are one quote; 면서도 and 고도 close quotes', () => {
    const doc = run('누리꾼들은 "가격이 너무 비싸다" "품질은 좋다" 등의 반응을 보였다. 그는 "아쉽다"면서도 "다음에는 잘하겠다"고도 했다.');
    expect(doc.quotes.map((q) => q.segments.map((s) => s.text))).toEqual([
      ['가격이 너무 비싸다', '품질은 좋다'],
      ['아쉽다', '다음에는 잘하겠다'],
    ]);
    expect(doc.quotes[0].speaker?.name).toBe('누리꾼들');
    expect(doc.quotes[1].cue?.text).toBe('했다');
  });

  test('titles in a list closed by 등 with no speech noun or verb right after are no quotes (… 등의 곡을 통해 … 알려준다)', () => {
    const doc = run("피아니스트 한서윤은 'Sonata No. 3 in C-Dur'와 'Sonata No. 7 in E-Dur' 등의 곡을 통해 고전파의 변화를 알려준다.");
    expect(doc.quotes).toEqual([]);
  });

  test('a headline\'s one-character names of sources (與 "…"…野 "…", …면담…중 "…") speak under their full names', () => {
    const t = '與 "민생 법안 처리 시급"…野 "정부 책임 먼저 따져야"\n\n왕이 부장과 면담…중 "양국 관계 발전 기대"\n\n야당은 이날 논평을 냈다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.type, q.speaker?.canonical, q.speaker?.mention])).toEqual([
      ['민생 법안 처리 시급', '여당', 'organization', null, { start: 0, end: 1, text: '與' }],
      ['정부 책임 먼저 따져야', '야당', 'organization', null, { start: 16, end: 17, text: '野' }],
      ['양국 관계 발전 기대', '중국', 'organization', 'China', { start: 44, end: 45, text: '중' }],
    ]);
    // The opposition's quote is the article's 야당 entity.
    expect(doc.quotes[1].speaker?.entity).toBe(doc.entities.find((e) => e.name === '야당')?.id);
  });

  test('"…"고만 밝혔다 and …겠다고만 밝혔다 close quotes; 논평을 내고, 기자회견을 열고 are not content', () => {
    const t = '기획재정부 관계자는 "논의 과정을 지켜보겠다"고만 밝혔다. 정부는 관련 내용을 검토하겠다고만 밝혔다. 최은영 대변인은 논평을 내고 정부가 책임부터 인정해야 한다고 주장했다.';
    expect(run(t).quotes.map((q) => [q.kind, q.segments[0].text, q.speaker?.name, q.cue?.text])).toEqual([
      ['direct', '논의 과정을 지켜보겠다', '기획재정부 관계자', '밝혔다'],
      ['indirect', '관련 내용을 검토하겠다', '정부', '밝혔다'],
      ['indirect', '정부가 책임부터 인정해야 한다', '최은영', '주장했다'],
    ]);
  });

  test('a headline whose part before the quote ends in an ellipsis (한빛전자, 3분기 영업이익 2조…"…") is read without error', () => {
    const t = '한빛전자, 3분기 영업이익 2조…"AI 반도체가 실적 견인"\n\n한빛전자는 29일 실적을 공시했다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([['AI 반도체가 실적 견인', '한빛전자']]);
  });

  test('quoted paragraphs in a row before "X는 … 이같이 강조했다" are all X\'s', () => {
    const t = '"기후위기는 더 이상 미래의 문제가 아닙니다."\n\n"모두가 책임을 나눠야 합니다."\n\n한빛환경재단 윤하늘 이사장은 5일 기념식에서 이같이 강조했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['기후위기는 더 이상 미래의 문제가 아닙니다.', '윤하늘', 'following'],
      ['모두가 책임을 나눠야 합니다.', '윤하늘', 'following'],
    ]);
  });

  test('a headline clause closed by an ellipsis before the quote names no source (… 정보 유출…"…" is no person 유출)', () => {
    const doc = run('[단독] 한빛카드 고객 정보 10만건 유출…"해킹 정황 확인"\n\n한빛카드는 이날 점검에 들어갔다.');
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name ?? null])).toEqual([['해킹 정황 확인', null]]);
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  test('a headline quote without a source that echoes a later quote takes its source; one that echoes none stays without', () => {
    const t = '"아들이 돌아오기만 기다렸는데"…실종 사흘 만에 발견\n\n"사고 원인 밝혀야"\n\n경찰은 수사에 나섰다. 어머니 김모(52)씨는 "아들이 돌아오기만을 기다렸는데 이렇게 될 줄 몰랐다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name ?? null, q.speaker?.resolvedBy ?? null])).toEqual([
      ['아들이 돌아오기만 기다렸는데', '김모씨', 'following'],
      ['사고 원인 밝혀야', null, null],
      ['아들이 돌아오기만을 기다렸는데 이렇게 될 줄 몰랐다', '김모씨', 'explicit'],
    ]);
  });

  test('a headline line with a quote, and a subheading without a speaker', () => {
    const doc = run('■ 한빛전자 "내년 투자 두 배로 늘린다"\n한빛전자는 이날 투자 계획을 발표했다.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments[0].text).toBe('내년 투자 두 배로 늘린다');
    expect(doc.quotes[0].speaker?.name).toBe('한빛전자');
  });

  test('offsets are code points: an emoji before the quote', () => {
    const t = '🎉🎉 축하 행사에서 박서연 대표는 "정말 기쁘다"고 말했다.';
    const doc = run(t);
    const s = doc.quotes[0].segments[0];
    expect(s.text).toBe('정말 기쁘다');
    expect(seg(t, s)).toBe('정말 기쁘다');
    expect(s.start).toBe(Array.from(t).indexOf('정') );
  });
});

describe('more quote forms', () => {
  test('corner brackets 「」 and 『』 are quote marks', () => {
    const doc = run('정민호 위원장은 「개혁은 멈추지 않는다」고 말했다. 그는 『국민이 먼저』라며 『끝까지 가겠다』고 강조했다.');
    expect(doc.quotes.map((q) => q.segments.map((s) => s.text))).toEqual([['개혁은 멈추지 않는다'], ['국민이 먼저', '끝까지 가겠다']]);
  });

  test('a quote nested in a quote is part of the outer one', () => {
    const doc = run('한수진 교수는 "학생들이 \'왜 배워야 하나\'라고 묻는다"고 말했다.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments[0].text).toBe("학생들이 '왜 배워야 하나'라고 묻는다");
  });

  test('organization + name + title, name + 씨, 김모씨, 그녀는', () => {
    const doc = run('한빛전자 최유진 사장은 "수출이 늘었다"고 밝혔다. 주민 박영호씨는 "소음이 심하다"고 말했다. 김모(45)씨는 "억울하다"고 주장했다. 그녀는 "다시 싸우겠다"고 덧붙였다.');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['최유진', '박영호', '김모씨', '김모씨']);
    expect(doc.quotes[3].speaker?.resolvedBy).toBe('pronoun');
  });

  test('a person named with a title in the genitive is the possessor, not the speaker (X 의원의 보좌관 Y 씨는)', () => {
    const t = '김철수 의원의 보좌관 최민호 씨는 "사실이 아니다"라고 반박했다. 윤지아 감독의 남편 서동원 씨도 "끝까지 응원하겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['최민호', '김철수 의원의 보좌관 최민호 씨'],
      ['서동원', '윤지아 감독의 남편 서동원 씨'],
    ]);
  });

  test('a person whose side another speaks for is not the speaker (B씨 측 법률대리인인 정유진 변호사는, 김 의원 측 관계자는)', () => {
    const t = 'B씨 측 법률대리인인 정유진 변호사는 "당연한 결과"라고 말했다. 김철수 의원 측 관계자는 "사실무근"이라고 말했다. 김철수 의원 측은 "법적 대응하겠다"고 밝혔다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.type])).toEqual([
      ['당연한 결과', '정유진', 'person'],
      ['사실무근', '김철수 의원 측 관계자', 'group'],
      ['법적 대응하겠다', '김철수', 'person'],
    ]);
  });

  test('a member\'s place in a group before the name (리더 진하는, 막내 세인은) is no part of the speaker\'s name; 업계 리더 한빛전자는 is the company', () => {
    const t = '리더 진하는 "팬들 덕분에 여기까지 왔다"고 말했다. 막내 세인은 "함께하고 싶다"고 말했다. 업계 리더 한빛전자는 "투자를 늘리겠다"고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['진하', 'person'],
      ['세인', 'person'],
      ['한빛전자', 'organization'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['진하', '세인']);
  });

  test('the last word of a person\'s name of several words and a title (팀 쿡 … 쿡 CEO는) is that person', () => {
    const t = '팀 쿡 애플 최고경영자(CEO)는 "AI가 성장을 이끌었다"고 말했다. 쿡 CEO는 "서울에 새 매장을 열 계획"이라고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.canonical, q.speaker?.resolvedBy, q.speaker?.mention?.text])).toEqual([
      ['팀 쿡', 'Tim Cook', 'explicit', '팀 쿡 애플 최고경영자(CEO)'],
      ['팀 쿡', 'Tim Cook', 'surname', '쿡 CEO'],
    ]);
    // A surname the lists take for a rare one, with that person's title: 시 주석 after 시진핑 국가주석, 구 대표 after 구정수 대표.
    const x = '시진핑 중국 국가주석은 "개혁을 추진하겠다"고 밝혔다. 시 주석은 "굴하지 않겠다"고 강조했다. 구정수 한빛전자 대표는 "좋다"고 말했다. 구 대표는 "투자하겠다"고 덧붙였다.';
    expect(run(x).quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['시진핑', 'explicit'],
      ['시진핑', 'surname'],
      ['구정수', 'explicit'],
      ['구정수', 'surname'],
    ]);
  });

  test('a Japanese name before a fused title (하야시 요시마사 관방장관) is one person, and its surname alone (하야시 장관) that person', () => {
    const t = '하야시 요시마사 관방장관은 "긴밀히 소통하고 있다"고 밝혔다. 하야시 장관은 일정은 정해지지 않았다고 덧붙였다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.canonical])).toEqual([
      ['하야시 요시마사', null],
      ['하야시 요시마사', null],
    ]);
    expect(doc.entities.map((e) => [e.name, e.type, e.title])).toEqual([['하야시 요시마사', 'person', '관방장관']]);
  });

  test('a passive verb before 는 (다음 달 열리는 회의에서) is no topic that speaks: the elided subject is the speaker before', () => {
    const t = '바이든 대통령은 "동맹과 함께 간다"고 말했다. 그러면서 다음 달 열리는 정상회의에서 협력 방안을 논의하겠다고 덧붙였다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['동맹과 함께 간다', '바이든', 'explicit'],
      ['다음 달 열리는 정상회의에서 협력 방안을 논의하겠다', '바이든', 'elided'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['바이든']);
  });

  test('…라며 공을 돌렸다 (gave the credit) reports speech, direct and indirect', () => {
    const t = '한지훈은 "동료들이 정말 잘해줬다"며 공을 돌렸다. 그는 감독이 전술을 잘 짰다며 공을 돌렸다.';
    expect(run(t).quotes.map((q) => [q.kind, q.segments[0].text, q.speaker?.name, q.cue?.text])).toEqual([
      ['direct', '동료들이 정말 잘해줬다', '한지훈', '공을 돌렸다'],
      ['indirect', '감독이 전술을 잘 짰다', '한지훈', '공을 돌렸다'],
    ]);
  });

  test('"…" 한 승객이 소리쳤다.: a short sentence of a source and a speech verb after the quote attributes it; 한목소리를 냈다 reports speech', () => {
    const t = '"배가 기울었어요!" 한 승객이 소리쳤다.\n\n시민들은 "안전이 최우선"이라고 한목소리를 냈다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.type, q.cue && seg(t, q.cue)])).toEqual([
      ['배가 기울었어요!', '한 승객', 'group', '소리쳤다'],
      ['안전이 최우선', '시민들', 'group', '한목소리를 냈다'],
    ]);
  });

  test('"…" X의 말이다: the sentence after a quote says whose words they were', () => {
    const t = '"지금이 골든타임입니다." 정다은 보건복지부 차관의 말이다.\n\n"끝까지 싸우겠다" 한 참석자의 말이다.\n\n"가격은 오르지 않는다." 회사 측 입장이다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.type, q.speaker?.mention && seg(t, q.speaker.mention), q.cue && seg(t, q.cue)])).toEqual([
      ['지금이 골든타임입니다.', '정다은', 'person', '정다은 보건복지부 차관', '말이다'],
      ['끝까지 싸우겠다', '한 참석자', 'group', '한 참석자', '말이다'],
      ['가격은 오르지 않는다.', '회사 측', 'group', '회사 측', '입장이다'],
    ]);
  });

  test('양측은, 사측은 (both sides, management) are parties, not a person surnamed 양 or 사; 관측도 is a noun', () => {
    const t = '양측은 다음 주 다시 만나기로 했다고 밝혔다. 사측은 "교섭에 성실히 임하겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['양측', '양측'],
      ['사측', '사측'],
    ]);
    expect(doc.quotes[0].speaker?.type).toBe('group');
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
    const u = '김도윤 교수는 "성장이 둔해졌다"고 말했다. 금리가 더 오를 것이라는 관측도 내놓았다.';
    expect(run(u).quotes.map((q) => q.speaker?.name)).toEqual(['김도윤', '김도윤']);
  });

  test('"…"는 글을 올렸다, "…"는 메시지를 남겼다: the speech noun\'s own verb closing the sentence is part of the cue', () => {
    const t = '조국 대표는 SNS에 "검찰 개혁을 완수하겠다"는 글을 올렸다. 그는 "고맙다"는 메시지를 남겼다.';
    expect(run(t).quotes.map((q) => q.cue && seg(t, q.cue))).toEqual(['글을 올렸다', '메시지를 남겼다']);
    // … and in a connective form, the sentence going on ("…"라는 글을 올리며 근황을 전했다).
    const c = '배우 한지민이 SNS에 "다들 건강 챙기세요"라는 글을 올리며 근황을 전했다.';
    expect(run(c).quotes.map((q) => [q.speaker?.name, q.cue && seg(c, q.cue)])).toEqual([['한지민', '글을 올리며']]);
  });

  test('a straight mark after an ellipsis closes before a quotative ("…"이라며); 혀를 찼다, 말끝을 흐렸다, 으름장을 놓았다 report speech', () => {
    const t = '김 회장은 "요즘 젊은이들은…"이라며 혀를 찼다. 최 감독은 "글쎄요"라며 말끝을 흐렸다. 박 위원장은 "두고 보자"고 으름장을 놓았다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [seg(t, q.segments[0]), q.cue && seg(t, q.cue)])).toEqual([
      ['요즘 젊은이들은…', '혀를 찼다'],
      ['글쎄요', '말끝을 흐렸다'],
      ['두고 보자', '으름장을 놓았다'],
    ]);
  });

  test('노사, 노사정, 여야 (both sides of a dealing) are described sources, never a person (노 + 사정 was "Noh Sa-jeong")', () => {
    const t = '노사정은 사회적 대화를 재개하기로 했다고 밝혔다. 여야는 예산안 처리에 합의했다고 밝혔다. 노사는 협상을 타결했다고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['노사정', 'group'],
      ['여야', 'group'],
      ['노사', 'group'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  test('"…"는 지론을 밝혔다, 소신을 밝혔다: opinion nouns name a statement', () => {
    const t = '봉준호 감독은 "영화는 영화관에서 봐야 한다"는 지론을 밝혔다. 김하늘 의원은 "원칙을 지키겠다"는 소신을 밝혔다.';
    expect(run(t).quotes.map((q) => [q.text, q.speaker?.name, q.cue && seg(t, q.cue)])).toEqual([
      ['영화는 영화관에서 봐야 한다', '봉준호', '밝혔다'],
      ['원칙을 지키겠다', '김하늘', '밝혔다'],
    ]);
  });

  test('윤석열 전 대통령의 변호인단 (전 before the title in the genitive) speaks as itself, not as the former president', () => {
    const t = '윤석열 전 대통령의 변호인단은 "기소는 부당하다"고 주장했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['윤석열 전 대통령의 변호인단', 'group']]);
  });

  test('A씨의 변호인, 김모씨의 아들 speak as themselves, not as A or 김; a speech noun\'s verb is part of the cue', () => {
    const t = 'A씨의 변호인은 "무죄를 주장한다"고 밝혔다. 김모씨의 아들은 "억울하다"고 말했다. 손흥민은 경기 후 "팬들에게 감사하다"고 소감을 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.cue && seg(t, q.cue)])).toEqual([
      ['A씨의 변호인', 'group', '밝혔다'],
      ['김모씨의 아들', 'group', '말했다'],
      ['손흥민', 'person', '소감을 밝혔다'],
    ]);
  });

  test('김모(45)씨의 동생 speaks as the sibling; 이모씨 is an unnamed person, never a named one of the same surname', () => {
    const t = '피해자 김모(45)씨의 동생은 "언니가 억울하게 숨졌다"고 호소했다. 숨진 박모씨의 아내 이모씨는 "남편은 성실했다"고 말했다. 이상민 행정안전부 장관은 "지원을 아끼지 않겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['피해자 김모(45)씨의 동생', 'group', '피해자 김모(45)씨의 동생'],
      ['이모씨', 'person', '숨진 박모씨의 아내 이모씨'],
      ['이상민', 'person', '이상민 행정안전부 장관'],
    ]);
    const lee = doc.entities.find((e) => e.name === '이상민')!;
    expect(lee.mentions.map((m) => seg(t, m))).toEqual(['이상민']);
    expect(doc.quotes[1].speaker?.entity).not.toBe(doc.quotes[2].speaker?.entity);
  });

  test('김모(45)씨 … 김씨는: a person named only by a withheld surname speaks under that form (without the age) throughout', () => {
    const t = '전 비서실장 김모(45)씨는 "회장의 지시였다"고 증언했다. 김씨는 "지금도 후회한다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['김모씨', '전 비서실장 김모(45)씨'],
      ['김모씨', '김씨'],
    ]);
  });

  test('a titled surname after a withheld one (숨진 박모씨 … 박 장관은) is another person; 김모 경정 speaks as 김모', () => {
    const t = '숨진 박모씨의 아내는 "억울하다"고 말했다. 박 장관은 "조사하겠다"고 말했다. 부산경찰청 김모 경정은 "수사 중"이라고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['박모씨의 아내', '박', '김모']);
    const minister = doc.entities.find((e) => e.id === doc.quotes[1].speaker?.entity)!;
    expect(minister.mentions.map((m) => seg(t, m))).toEqual(['박']);
  });

  test('"…"는 게 X의 설명이다: the source before the speech noun after 게 (것이) speaks; with none, no quote', () => {
    const t = '"당분간 가격 인상 계획은 없다"는 게 이 관계자의 설명이다.\n\n"협상은 계속된다"라는 것이 노조 측 입장이다.\n\n"집값은 더 오른다"는 게 대체적인 관측이다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention), q.cue && seg(t, q.cue)])).toEqual([
      ['direct', '당분간 가격 인상 계획은 없다', '이 관계자', '이 관계자', '설명이다'],
      ['direct', '협상은 계속된다', '노조 측', '노조 측', '입장이다'],
    ]);
  });

  test('육군은 (the army) speaks as the organization the entity stage found, not as a young man surnamed 육 (육 + 군)', () => {
    const doc = run('육군은 훈련을 실시했다고 밝혔다.');
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['육군', 'organization']]);
    expect(doc.entities.map((e) => [e.name, e.type])).toEqual([['육군', 'organization']]);
  });

  test('a question in single marks put to the subject (‘…느냐’는 질문에) is not a quote; the answer is', () => {
    const t = '박준서 대변인은 ‘협상이 결렬되면 어떻게 대응할 것이냐’는 질문에 "모든 가능성을 열어 두고 있다"고 답했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.cue && seg(t, q.cue)])).toEqual([
      ['direct', '모든 가능성을 열어 두고 있다', '박준서', '답했다'],
    ]);
    expect(seg(t, doc.quotes[0].segments[0])).toBe('모든 가능성을 열어 두고 있다');
  });

  test('a speech noun with 있다 states what exists, no one\'s words: ‘…’이라는 뜻이 있다, …라는 의견도 있다', () => {
    const t = '상호의 ‘담’은 ‘이야기를 담는 그릇’이라는 뜻이 있다. 업계에서는 금리가 곧 내려갈 것이라는 의견도 있다. 윤하진 대표는 ‘고객과 함께 성장하겠다’는 뜻을 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.cue && seg(t, q.cue)])).toEqual([
      ['direct', '고객과 함께 성장하겠다', '윤하진', '밝혔다'],
    ]);
    // "…"라는 지적이 나온다, "…"라는 평가가 나온다 in double marks: impersonal hearsay, no quote either (GOLD-FORMAT).
    expect(run('"규제가 지나치다"는 지적이 나온다. 팬들 사이에서는 “올해 최고의 영화”라는 평가가 나온다.').quotes).toEqual([]);
  });
});

describe('indirect quotes', () => {
  test('speaker first: X는 …다고 강조했다', () => {
    const [q] = run('윤지호 장관은 공급 대책을 서둘러야 한다고 강조했다.').quotes;
    expect(q).toMatchObject({ kind: 'indirect', cue: { text: '강조했다' } });
    expect(q.segments[0].text).toBe('공급 대책을 서둘러야 한다');
    expect(q.speaker?.name).toBe('윤지호');
  });

  test('the day and the place it was said (X는 29일, 브리핑에서, 국회 기자회견에서) are not part of the content', () => {
    const t = '한빛전자는 29일 수출이 석 달 연속 늘었다고 밝혔다. 윤재호 대변인은 브리핑에서 협상 시한을 연장할 수 없다고 말했다. 김민정 의원은 국회 기자회견에서 특검 도입이 필요하다고 주장했다. 박지성 교수는 서울에서 집값이 오를 것이라고 내다봤다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['indirect', '한빛전자', '수출이 석 달 연속 늘었다'],
      ['indirect', '윤재호', '협상 시한을 연장할 수 없다'],
      ['indirect', '김민정', '특검 도입이 필요하다'],
      // (a place that is not where one speaks belongs to what was said)
      ['indirect', '박지성', '서울에서 집값이 오를 것이라'],
    ]);
  });

  test('time words after the source (올해, 최근) belong to what was said; the day it was said (이날, 29일) does not', () => {
    const t = '국방부는 올해 첨단 전력을 우선 증강할 것이라고 밝혔다. 한빛전자는 최근 수출이 늘었다고 밝혔다. 윤재호 대변인은 이날 협상 시한을 연장할 수 없다고 말했다. 이날 회의는 예정보다 늦게 끝났다고 위원회는 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['국방부', '올해 첨단 전력을 우선 증강할 것이라'],
      ['한빛전자', '최근 수출이 늘었다'],
      ['윤재호', '협상 시한을 연장할 수 없다'],
      ['위원회', '이날 회의는 예정보다 늦게 끝났다'],
    ]);
  });

  test('a phone call (본지와의 통화에서) is where it was said; 맞받았다, 응수했다 report a retort', () => {
    const t = '정부 관계자는 본지와의 통화에서 추가 대책은 검토하지 않고 있다고 말했다. 이에 국민미래당은 "적반하장"이라고 맞받았다. 김태호 대변인은 "사실무근"이라고 응수했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.speaker?.name, seg(t, q.segments[0]), q.cue && seg(t, q.cue)])).toEqual([
      ['indirect', '정부 관계자', '추가 대책은 검토하지 않고 있다', '말했다'],
      ['direct', '국민미래당', '적반하장', '맞받았다'],
      ['direct', '김태호', '사실무근', '응수했다'],
    ]);
  });

  test('statements joined by …라며 / …다면서 are one indirect quote in parts; 사과해야 (must apologize) is no cue', () => {
    const t = '한빛증권은 코스피가 조정을 거칠 것이라며 2400∼2650 범위에서 움직일 것이라고 전망했다. 김서준 의원은 정부가 잘못했다면서 사과해야 한다고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.segments.map((g) => seg(t, g)), q.cue && seg(t, q.cue)])).toEqual([
      ['한빛증권', ['코스피가 조정을 거칠 것이라', '2400∼2650 범위에서 움직일 것이라'], '전망했다'],
      ['김서준', ['정부가 잘못했다', '사과해야 한다'], '말했다'],
    ]);
  });

  test('그는 never stands for an organization: after one, without a person, no speaker', () => {
    const t = '한빛증권은 코스피가 오를 것이라고 전망했다. 그는 "지금이 기회"라고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['코스피가 오를 것이라', '한빛증권'],
      ['지금이 기회', null],
    ]);
  });

  test('X에 따르면 …다고 한다: the hearsay frame closing the sentence is not part of the content', () => {
    const t = '경찰에 따르면 A씨는 사고 직후 현장을 떠났다고 한다. 보고서에 따르면 매년 100여명이 숨진다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => seg(t, q.segments[0]))).toEqual(['A씨는 사고 직후 현장을 떠났다', '매년 100여명이 숨진다']);
  });

  test('a byline before the first sentence (박지민 최유리 기자 =) is neither content nor source', () => {
    const t = '【서울=한빛일보】박지민 최유리 기자 = 북한 김정은 국무위원장은 1일 남북 관계가 최악에 치달았다고 주장했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([['김정은', '남북 관계가 최악에 치달았다']]);
  });

  test('a described or titled source as the subject opening the clause (업계 관계자가, 주민들이, 작가 측이) speaks; a subject after a topic does not', () => {
    const t = '업계 관계자가 하반기 수요가 살아날 것이라고 전했다. 주민들이 소음 때문에 잠을 잘 수 없다고 호소했다. 시민단체들은 주민들이 피해를 봤다고 주장했다. 회사가 신작을 낸다고 발표하자, 작가 측이 허락이 없었다며 반발했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['업계 관계자', '하반기 수요가 살아날 것이라'],
      ['주민들', '소음 때문에 잠을 잘 수 없다'],
      ['시민단체들', '주민들이 피해를 봤다'],
      ['회사', '신작을 낸다'],
      ['작가', '허락이 없었다'],
    ]);
  });

  test('the document it was published in (10일 발표한 \'2월 수출입 동향\'에서, 공개한 보고서에서) is not content', () => {
    const t = "산업통상자원부는 10일 발표한 '2월 수출입 동향'에서 반도체 수출이 12% 늘었다고 밝혔다. 한국은행은 이날 공개한 보고서에서 성장률이 둔화할 것이라고 밝혔다.";
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['산업통상자원부', '반도체 수출이 12% 늘었다'],
      ['한국은행', '성장률이 둔화할 것이라'],
    ]);
  });

  test('a kind of company before a title (한 증권사 연구원) is a described source; a body\'s head alone (연구소는) is no person', () => {
    const t = '한 증권사 연구원은 "상승 여력이 크다"고 내다봤다. 연구소는 고용이 줄었다고 분석했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['한 증권사 연구원', 'group'],
      ['연구소', 'group'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  test('X에 따르면 Y는 "…"고 말했다: the direct quote inside is kept with its own speaker (따르면 is no given name)', () => {
    const t = 'NYT에 따르면 트럼프 대통령은 참모들에게 "중국이 양보하지 않으면 더 올리겠다"고 말했다. 나태주 시인은 11월을 ‘돌아가기엔 이미 너무 많이 와버린 시간’이라고 표현했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['direct', '트럼프', '중국이 양보하지 않으면 더 올리겠다'],
      // (single marks inside an indirect quote are part of what it reports)
      ['indirect', '나태주', '11월을 ‘돌아가기엔 이미 너무 많이 와버린 시간’이라'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['트럼프', '나태주']);
  });

  test('the day in a time zone (9일(현지시간), 9일(현지 시간)) and whom a report cites with modifiers (익명의 소식통을 인용해) are not content', () => {
    const t = '뉴욕타임스는 9일(현지시간) 백악관이 관세를 검토한다고 보도했다. 김도현 대표는 9일(현지 시간) 공장을 짓겠다고 말했다. 로이터통신은 익명의 소식통을 인용해 협상이 결렬 직전이라고 전했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => seg(t, q.segments[0]))).toEqual(['백악관이 관세를 검토한다', '공장을 짓겠다', '협상이 결렬 직전이라']);
  });

  test('a dated article in a time zone (3일자(현지 시간) 기사에서) and a titled addressee (이 대행에게) are not content; 또 다시 is', () => {
    const t = '미국 매체 빌보드는 3일자(현지 시간) 기사에서 공연 수익이 최고치를 기록했다고 전했다. 구단은 이 대행에게 팀을 잘 추슬러 달라고 당부했다. 군은 또 다시 포탄이 떨어지는 상황이 이어졌다고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].start, q.segments[0].end, seg(t, q.segments[0])])).toEqual([
      [t.indexOf('공연'), t.indexOf('최고치를 기록했다') + 9, '공연 수익이 최고치를 기록했다'],
      [t.indexOf('팀을'), t.indexOf('추슬러 달라') + 6, '팀을 잘 추슬러 달라'],
      [t.indexOf('또 다시'), t.indexOf('이어졌다') + 4, '또 다시 포탄이 떨어지는 상황이 이어졌다'],
    ]);
  });

  test('after a speech verb joined by a connective the source goes on (인정하면서도 투자는 …, 입을 모으면서도 시기는 …)', () => {
    const t = '김도현 대표는 회사가 어렵다고 인정하면서도 투자는 계속하겠다고 말했다. 전문가들은 금리가 내려가야 한다고 입을 모으면서도 시기는 신중해야 한다고 지적했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0]), q.cue && seg(t, q.cue)])).toEqual([
      ['김도현', '회사가 어렵다', '인정하면서도'],
      ['김도현', '투자는 계속하겠다', '말했다'],
      ['전문가들', '금리가 내려가야 한다', '입을 모으면서도'],
      ['전문가들', '시기는 신중해야 한다', '지적했다'],
    ]);
  });

  test('where the venue was held (정부서울청사에서 열린 브리핑에서) is not part of the content either', () => {
    const t = '이상민 행정안전부 장관은 10일 정부서울청사에서 열린 브리핑에서 지방 재정을 확충하겠다고 밝혔다. 김지훈 의원은 국회에서 개최된 정책 토론회에서 연금 개혁이 시급하다고 강조했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([
      ['이상민', '지방 재정을 확충하겠다'],
      ['김지훈', '연금 개혁이 시급하다'],
    ]);
  });

  test('기자들과 만나, 연합뉴스와의 인터뷰에서, 소식통을 인용해 are not part of the content; 공시했다 reports a statement', () => {
    const t = '대통령실 관계자는 기자들과 만나 정상회담이 다음 달 열린다고 말했다. 김영수 장관은 연합뉴스와의 인터뷰에서 규제를 풀겠다고 말했다. 한빛전자는 매출 목표를 높인다고 공시했다. 박민 대표는 노조와 협상을 계속하겠다고 말했다. 로이터통신은 소식통을 인용해 양국이 합의에 근접했다고 보도했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0]), q.cue && seg(t, q.cue)])).toEqual([
      ['대통령실 관계자', '정상회담이 다음 달 열린다', '말했다'],
      ['김영수', '규제를 풀겠다', '말했다'],
      ['한빛전자', '매출 목표를 높인다', '공시했다'],
      ['박민', '노조와 협상을 계속하겠다', '말했다'],
      ['로이터통신', '양국이 합의에 근접했다', '보도했다'],
    ]);
  });

  test('two-word idioms report speech: …다고 입을 모았다, 선을 그었다, 말을 아꼈다, 목소리를 높였다', () => {
    const t = '전문가들은 금리 인상이 불가피하다고 입을 모았다. 이준석 의원은 "탈당은 없다"고 선을 그었다. 김수현 대표는 계획이 정해지지 않았다며 말을 아꼈다. 그는 공을 차며 선을 그었다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.speaker?.name, seg(t, q.segments[0]), q.cue && seg(t, q.cue)])).toEqual([
      ['indirect', '전문가들', '금리 인상이 불가피하다', '입을 모았다'],
      ['direct', '이준석', '탈당은 없다', '선을 그었다'],
      ['indirect', '김수현', '계획이 정해지지 않았다', '말을 아꼈다'],
    ]);
  });

  test('X는 Y가 …다고 주장했다: the topic speaks, the subject Y belongs to what was said', () => {
    const t = '시민단체들은 정부가 책임을 회피하고 있다고 주장했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, seg(t, q.segments[0])])).toEqual([['시민단체들', '정부가 책임을 회피하고 있다']]);
  });

  test('speaker after the content: …다고 X는 설명했다', () => {
    const [q] = run('수출이 석 달째 늘었다고 산업통상자원부는 설명했다.').quotes;
    expect(q.segments[0].text).toBe('수출이 석 달째 늘었다');
    expect(q.speaker?.name).toBe('산업통상자원부');
  });

  test('the sentence topic speaks even when no lexicon knows it; an adverbial 는 does not', () => {
    const [q] = run('현장 집계팀은 관객이 2만 명을 넘었다고 알렸다.').quotes;
    expect(q.segments[0].text).toBe('관객이 2만 명을 넘었다');
    expect(q.speaker).toMatchObject({ name: '현장 집계팀', type: 'group' });
  });

  test('…것이라는 의견도 덧붙였다 with an elided subject', () => {
    const doc = run('오민재 대표는 새 공장을 짓겠다고 밝혔다. 내년에는 인력도 늘릴 수 있을 것이라는 의견도 덧붙였다.');
    expect(doc.quotes.map((q) => q.segments[0].text)).toEqual(['새 공장을 짓겠다', '내년에는 인력도 늘릴 수 있을 것이라']);
    expect(doc.quotes[1].speaker).toMatchObject({ name: '오민재', resolvedBy: 'elided' });
  });

  test('a direct and an indirect part in one sentence give two quotes', () => {
    const doc = run('그는 "경기가 어렵다"며 지원을 늘려야 한다고 말했다.');
    expect(doc.quotes.map((q) => [q.kind, q.segments[0].text, q.cue?.text])).toEqual([
      ['direct', '경기가 어렵다', '말했다'],
      ['indirect', '지원을 늘려야 한다', '말했다'],
    ]);
  });

  test('X에 따르면: the rest of the sentence, the source is X', () => {
    const [q] = run('경찰에 따르면 사고는 오전 9시께 발생했다.').quotes;
    expect(q.segments[0].text).toBe('사고는 오전 9시께 발생했다');
    expect(q.speaker?.name).toBe('경찰');
    expect(q.cue?.text).toBe('에 따르면');
  });

  test('X에 따르면: a name unknown to the entities after its kind of body; a document\'s title in quote marks', () => {
    const t = '20일 금융정보업체 한빛데이터에 따르면 상장사 3분기 영업이익 전망치는 한 달 새 5% 줄었다. ' +
      '통계청이 19일 내놓은 \'8월 고용동향\'에 따르면 취업자는 12만명 늘었다. 새 규정에 따르면 과태료가 부과된다.';
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.speaker?.type, q.cue?.text])).toEqual([
      [[at('상장사 3분기 영업이익 전망치는 한 달 새 5% 줄었다')], '한빛데이터', 'organization', '에 따르면'],
      [[at('취업자는 12만명 늘었다')], '통계청', 'organization', '에 따르면'],
    ]);
    // The kind of body before a name the entity stage did not know makes it an organization as a topic too.
    const [q] = run('시장조사업체 한빛리서치는 출하량이 5% 늘었다고 밝혔다.').quotes;
    expect(q.speaker).toMatchObject({ name: '한빛리서치', type: 'organization', mention: { start: 0, end: 12, text: '시장조사업체 한빛리서치' } });
  });

  test('X에 따르면 with a source noun in the plural (현지 매체들에 따르면)', () => {
    const t = '현지 매체들에 따르면 공장은 다음 달 문을 닫는다.';
    const [q] = run(t).quotes;
    expect(q.segments[0]).toMatchObject({ start: 12, end: 27, text: '공장은 다음 달 문을 닫는다' });
    expect(q.cue?.text).toBe('에 따르면');
  });

  test('contracted endings: …것이란 관측도 내놓았다, …것이라 예측했다, …달라는 걸 주문했다', () => {
    const doc = run('김하준 연구위원은 금리가 곧 내려갈 것이란 관측도 내놓았다. 전문가들은 내년 성장률이 2%에 그칠 것이라 예측했다. 감독은 선수들에게 끝까지 뛰어 달라는 걸 주문했다.');
    expect(doc.quotes.map((q) => q.segments[0].text)).toEqual(['금리가 곧 내려갈 것이', '내년 성장률이 2%에 그칠 것이라', '끝까지 뛰어 달라']);
    expect(doc.quotes[1].speaker?.name).toBe('전문가들');
  });

  test('…다면서 "…"고 말했다: the indirect part shares the direct quote\'s cue and source', () => {
    const doc = run('조민재 대변인은 상황을 주시하고 있다면서 "필요하면 대응하겠다"고 말했다.');
    expect(doc.quotes.map((q) => [q.kind, q.segments[0].text, q.cue?.text, q.speaker?.name])).toEqual([
      ['indirect', '상황을 주시하고 있다', '말했다', '조민재'],
      ['direct', '필요하면 대응하겠다', '말했다', '조민재'],
    ]);
  });

  test('hearsay passed on by the reporter (…다고 한다) and laws (…법에 따르면) are not quotes', () => {
    expect(run('그는 어제 귀국했다고 한다. 주택법 제5조에 따르면 입주자는 관리비를 내야 한다.').quotes).toEqual([]);
  });

  test('impersonal hearsay and plans are not quotes', () => {
    const doc = run('금리가 더 오를 수 있다는 지적이 나온다. 회사는 공장을 증설할 계획이다. 그는 해외로 출국한 것으로 알려졌다.');
    expect(doc.quotes).toEqual([]);
  });
});

describe('speakers', () => {
  test('a surname with another title is another person (박 대통령 … 박창호 신부); 박모 교수 … 박씨 are one', () => {
    const t = '박 대통령은 "대화의 문은 열려 있다"고 말했다. 이에 대해 박창호 신부는 "환영한다"고 밝혔다.\n\n병원 박모 교수와 박씨에게 돈을 건넨 혐의다. 이상민 장관은 "엄정히 대응하겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['박', '박창호', '이상민']);
    const byName = (n: string) => doc.entities.filter((e) => e.name === n).map((e) => e.mentions.map((m) => seg(t, m)));
    expect(byName('박창호')).toEqual([['박창호']]);
    // (박 대통령 and 박모 교수 … 박씨: the surname alone, one entity each way it is meant)
    expect(byName('박')).toEqual([['박'], ['박', '박']]);
  });

  test('a surname the entity stage left alone (허 부사장) is the person of that surname and title found by the quotes', () => {
    const t = '허재율 나빛화학 부사장은 "시장이 커질 것"이라고 말했다. 허 부사장은 공장을 늘리겠다고 설명했다. 아가연구소 허예경 연구원은 이익이 늘 것이라고 내다봤다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['허재율', '허재율 나빛화학 부사장'],
      ['허재율', '허 부사장'],
      ['허예경', '아가연구소 허예경 연구원'],
    ]);
  });

  test('소속사 어도어는: the company after its kind speaks; 토트넘 감독은: the manager of a known club, not a person named 토트넘', () => {
    const t = '소속사 어도어는 "멤버들이 준비에 한창"이라고 전했다. 토트넘 감독은 "손흥민은 우리 팀의 리더"라고 치켜세웠다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.cue && seg(t, q.cue)])).toEqual([
      ['어도어', 'organization', '전했다'],
      ['토트넘 감독', 'group', '치켜세웠다'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['손흥민']);
  });

  test('X 관계자 is an official of X, never a person named X (구청 관계자는); 김모 경정은 speaks as 김모', () => {
    const t = '구청 관계자는 "대중교통을 이용해 달라"고 당부했다. 부산경찰청 김모 경정은 "안전에 만전을 기하겠다"고 밝혔다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['구청 관계자', 'group'],
      ['김모', 'person'],
    ]);
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => seg(t, m))])).toEqual([['김', ['김']]]);
  });

  test('a department in …과 after an open syllable (감염내과, 소아과) is a noun, not a word with the particle 과', () => {
    const t = '한 대학병원 감염내과 교수는 "아직 안심하기는 이르다"고 말했다. 한 소아과 의사는 "병상이 부족하다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.mention && seg(t, q.speaker.mention)])).toEqual([
      ['한 대학병원 감염내과 교수', '한 대학병원 감염내과 교수'],
      ['한 소아과 의사', '한 소아과 의사'],
    ]);
  });

  test('an occupation before a named person (배우 이아현 씨는) is not the name', () => {
    const t = '배우 이아현 씨는 "모두 사실"이라고 폭로했다.';
    expect(run(t).quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([['이아현', 'person']]);
  });

  test('surname + title resolves to the full name; 이 is a surname', () => {
    const t = '이정민 한국자동차 대표는 "판매가 늘었다"고 말했다. 이 대표는 "내년에도 성장할 것"이라고 덧붙였다.';
    const doc = run(t);
    expect(doc.quotes[1].speaker).toMatchObject({ name: '이정민', resolvedBy: 'surname' });
  });

  test('pronouns skip a person who is only an object', () => {
    const t = '최수빈 회장은 이날 김도윤 장관을 만났다. 그는 "협력을 확대하겠다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes[0].speaker).toMatchObject({ name: '최수빈', resolvedBy: 'pronoun' });
  });

  test('X 역시, X 측은: the particle stands apart from the source', () => {
    const doc = run('정하늘 한빛전자 부사장 역시 "투자를 늘리겠다"고 말했다. 미래건설 측은 공사가 예정대로 진행된다고 밝혔다.');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['정하늘', '미래건설']);
    expect(doc.quotes[1].segments[0].text).toBe('공사가 예정대로 진행된다');
  });

  test('그는 never stands for a plural source (외신들은 … 그는): without a person before it, no speaker', () => {
    const t = '외신들은 회담이 성과 없이 끝났다고 전했다. 그는 "아직 결정된 것은 없다"고 말했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual([
      ['회담이 성과 없이 끝났다', '외신들'],
      ['아직 결정된 것은 없다', null],
    ]);
    const u = '김도윤 교수는 "어렵다"고 말했다. 외신들은 회담이 끝났다고 전했다. 그는 "지켜보겠다"고 덧붙였다.';
    expect(run(u).quotes.map((q) => q.speaker?.name)).toEqual(['김도윤', '외신들', '김도윤']);
  });

  test('plural pronouns (이들은) point to the last plural source, not the last person', () => {
    const doc = run('김민수 대표는 "좋다"고 말했다. 현장을 찾은 주민들도 많았다. 이들은 "너무 비싸다"고 말했다.');
    expect(doc.quotes[1].speaker).toMatchObject({ name: '주민들', resolvedBy: 'pronoun' });
  });

  test('a topic inside a direct quote or a reported clause is no antecedent of 그는', () => {
    const speakers = (t: string) => run(t).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.resolvedBy ?? null]);
    expect(speakers('"김민수 대표는 훌륭하다"고 박지영 의원은 말했다. 그는 "다시 보자"고 덧붙였다.')).toEqual([
      ['김민수 대표는 훌륭하다', '박지영', 'explicit'],
      ['다시 보자', '박지영', 'pronoun'],
    ]);
    expect(speakers('"김민수 대표는 훌륭하다"는 평가가 나왔다. 그는 "다시 보자"고 말했다.')).toEqual([
      ['다시 보자', null, null],
    ]);
    expect(speakers('최수진 교수는 김민수 대표가 사임했다고 전했다. 그는 "다시 보자"고 말했다.')).toEqual([
      ['김민수 대표가 사임했다', '최수진', 'explicit'],
      ['다시 보자', '최수진', 'pronoun'],
    ]);
  });

  test('a plural subject after the first source of its sentence (정부는 … 네티즌들도 있었다) is what 이들은 means; a singular one is not', () => {
    const plural = run('정부는 새 제도를 발표했고 이를 옹호하는 네티즌들도 있었다. 이들은 "좋은 제도"라고 말했다.');
    expect(plural.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedBy])).toEqual([['좋은 제도', '네티즌들', 'pronoun']]);
    const singular = run('정부는 새 제도를 발표했고 이를 옹호하는 네티즌도 있었다. 이들은 "좋은 제도"라고 말했다.');
    expect(singular.quotes.map((q) => [q.text, q.speaker])).toEqual([['좋은 제도', null]]);
  });

  test('a speech noun with the copula in a connective form closes an indirect quote (…다는 입장이지만, …라는 설명인데)', () => {
    const t = '한빛프로젝트 측은 작품의 저작권이 갤러리에 있다는 입장이지만, 출시는 잠정 보류됐다. 노조는 임금 인상이 먼저라는 입장이며 협상은 이어진다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.cue?.text])).toEqual([
      ['작품의 저작권이 갤러리에 있다', '한빛프로젝트', '입장이지만'],
      ['임금 인상이 먼저라', '노조', '입장이며'],
    ]);
  });

  test('a speech verb modifying a kind of case (…라고 주장하는 경우도, …다고 말하는 사례가) reports nobody\'s words', () => {
    const t = '고가 아파트에 살면서 자신도 서민이라고 주장하는 경우도 있다. 수리를 요구했다고 말하는 사례가 늘었다. 반면 가격이 적당하다고 말하는 주민들도 있었다.';
    expect(run(t).quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([['가격이 적당하다', '주민들']]);
  });

  test('an elided subject after a plural topic (전문가들은 … 꼽았다. 그러면서 …) is that group, not an earlier speaker; a plural inside a quote is no topic', () => {
    const t = '대법원은 공개 범위를 넓히겠다고 밝혔다. 전문가들은 공개의 이점으로 투명성을 꼽았다. 그러면서 모든 판결문을 공개해야 한다고 강조했다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['공개 범위를 넓히겠다', '대법원', 'explicit'],
      ['모든 판결문을 공개해야 한다', '전문가들', 'elided'],
    ]);
    const inQuote = run('한재원 감독은 "응원해 주시는 팬들이 계시는 만큼 최선을 다하자고 말했다"고 소개했다. 이어 "책임은 모두에게 있다"고 강조했다.');
    expect(inQuote.quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['응원해 주시는 팬들이 계시는 만큼 최선을 다하자고 말했다', '한재원'],
      ['책임은 모두에게 있다', '한재원'],
    ]);
  });

  test('…다고 옹호하는 네티즌들도 있었다: the speech verb modifies its speakers; 이들은 then means them', () => {
    const doc = run('반면 가격이 적당하다고 옹호하는 누리꾼들도 있었다. 이들은 "품질을 보면 싸다"고 말했다.');
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['가격이 적당하다', '누리꾼들'],
      ['품질을 보면 싸다', '누리꾼들'],
    ]);
  });

  test('an aside in parentheses is not the speaker; X 구단 speaks as X', () => {
    const doc = run('법무법인 한결(대표변호사 김도윤)은 새 사무소를 열었다고 밝혔다.');
    expect(doc.quotes[0].speaker?.name).not.toBe('김도윤');
  });

  test('a topic right before the quote speaks even when no lexicon knows it (foreign names)', () => {
    const doc = run('결승골을 넣은 마르코 벨리니는 "믿을 수 없는 밤"이라고 기뻐했다.');
    expect(doc.quotes[0].speaker?.name).toContain('마르코 벨리니');
  });

  test('서면으로 만난 그는: a pronoun after a modifier is still a pronoun', () => {
    const doc = run('피아니스트 한지원은 새 음반을 냈다. 서면으로 만난 그는 "즐거운 작업이었다"고 했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ resolvedBy: 'pronoun', mention: { text: '그' } });
  });

  test('a descriptor before an unknown name: the name speaks (미술투자기업 X는); a long modifier before a topic', () => {
    const doc = run('음원투자서비스기업 뮤직브릿지는 새 상품을 내놓는다고 2일 밝혔다. 발레단의 예술감독 대행인 엘레나 스톨츠는 공연을 미룬다며 취지를 설명했다.');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['뮤직브릿지', expect.stringContaining('엘레나 스톨츠')]);
  });

  test('a plural topic after a modifier clause speaks (회의에 참여한 … 기업들은 …다고 밝혔다)', () => {
    const doc = run('간담회에 참석한 부품·장비 기업들은 연구개발 투자를 늘리고 있다고 밝혔다.');
    expect(doc.quotes[0].segments[0].text).toBe('연구개발 투자를 늘리고 있다');
    expect(doc.quotes[0].speaker?.name).toContain('기업들');
  });

  test('a speaker the entity stage missed becomes a person entity with its mention', () => {
    const t = '결승골을 넣은 마르코 벨리니는 "믿을 수 없는 밤"이라고 기뻐했다. 업계 관계자는 "흥행이 기대된다"고 말했다.';
    const doc = run(t);
    const sp = doc.quotes[0].speaker!;
    expect(sp).toMatchObject({ name: '마르코 벨리니', type: 'person' });
    const e = doc.entities.find((x) => x.id === sp.entity)!;
    expect(e.type).toBe('person');
    expect(e.mentions.map((m) => m.text)).toEqual(['마르코 벨리니']);
    expect(doc.quotes[1].speaker).toMatchObject({ name: '업계 관계자', type: 'group', entity: null });
  });

  test('a Korean name ending like an organization (…원, …부) is still promoted to a person', () => {
    const doc = run('결승골을 넣은 윤지원은 "최고의 밤"이라고 말했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '윤지원', type: 'person' });
    expect(doc.quotes[0].speaker?.entity).not.toBeNull();
  });

  test('described sources and pseudonyms', () => {
    const doc = run('업계 관계자는 "가격 인상은 불가피하다"고 말했다. A씨는 "너무 비싸다"고 토로했다.');
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['업계 관계자', 'group'],
      ['A씨', 'person'],
    ]);
  });

  test('a noun compound with a title-like head (주택 시장 "housing market") is never a person speaker', () => {
    const doc = run('주택 시장은 "바닥을 쳤다"는 분석이 나온다. 부동산 시장도 "회복한다"는 말이 돈다.');
    for (const q of doc.quotes) expect(q.speaker?.type).not.toBe('person');
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  test('a bare title points to the person with that title mentioned most recently before it', () => {
    const t = '박민수 사장은 "공장을 짓겠다"고 말했다. 최지훈 사장은 "동의한다"고 말했다. 사장은 "서두르겠다"고 덧붙였다. 박민수 사장이 다시 나섰다. 사장은 "끝까지 하겠다"고 강조했다.';
    expect(run(t).quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['공장을 짓겠다', '박민수', 'explicit'],
      ['동의한다', '최지훈', 'explicit'],
      ['서두르겠다', '최지훈', 'title'],
      ['끝까지 하겠다', '박민수', 'title'],
    ]);
  });

  test('speaker after the quote before a speech noun: "…"고 X는 목소리를 높였다, 말끝을 흐렸다', () => {
    const t = '김지훈 대표는 "수주가 늘었다"고 말했다. "포기하지 않는다"고 박서연 씨는 목소리를 높였다. "모르겠다"고 최민수 씨는 말끝을 흐렸다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedBy, q.cue?.text])).toEqual([
      ['수주가 늘었다', '김지훈', 'explicit', '말했다'],
      ['포기하지 않는다', '박서연', 'explicit', '목소리를 높였다'],
      ['모르겠다', '최민수', 'explicit', '말끝을 흐렸다'],
    ]);
  });

  test('…다는 게 X의 설명이다: the content before 게, the source before the speech noun', () => {
    const t = '공장 증설이 필요하다는 게 김민수 대표의 설명이다. 가격은 오르지 않을 것이라는 게 회사 측 입장이다. 그가 옳다는 게 문제다. 값이 더 오를 것이라는 게 대체적인 관측이다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.kind, q.segments.map((g) => [g.start, g.end, g.text]), q.speaker?.name, q.speaker?.type, q.cue?.text])).toEqual([
      ['indirect', [[0, 11, '공장 증설이 필요하다']], '김민수', 'person', '설명이다'],
      ['indirect', [[29, 43, '가격은 오르지 않을 것이라']], '회사 측', 'group', '입장이다'],
    ]);
  });

  test('a forecast reported with 내다봤다 is an indirect quote; looking out of a window is not', () => {
    const t = '채권 전문가들은 금리가 곧 내릴 것이라고 내다봤다. 그는 창밖을 내다봤다.';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ kind: 'indirect', segments: [{ start: 9, end: 21, text: '금리가 곧 내릴 것이라' }], cue: { text: '내다봤다' } });
    expect(doc.quotes[0].speaker).toMatchObject({ name: '채권 전문가들', type: 'group' });
  });

  test('이 before a source noun is "this" (이 관계자: this official), before a title a surname (이 의원)', () => {
    const doc = run('이민호 의원은 "반대한다"고 말했다. 이 관계자는 "결정된 것은 없다"고 말했다. 이 의원은 "끝까지 싸우겠다"고 강조했다.');
    expect(doc.quotes.map((q) => [q.speaker?.name, q.speaker?.type, q.speaker?.resolvedBy])).toEqual([
      ['이민호', 'person', 'explicit'],
      ['이 관계자', 'group', 'explicit'],
      ['이민호', 'person', 'surname'],
    ]);
  });

  test('a party named by its role (피해자 측) is a group, not a person named like the role', () => {
    const t = '피해자 측은 "사과를 받지 못했다"고 주장했다.';
    const doc = run(t);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].segments).toEqual([{ start: 8, end: 18, text: '사과를 받지 못했다' }]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: '피해자', type: 'group', entity: null, mention: { start: 0, end: 3, text: '피해자' } });
    expect(doc.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

test('confidence ranks a well-formed attributed quote above a doubtful one', () => {
  const good = run('박민수 대표는 "수요가 회복될 것"이라고 말했다.').quotes[0];
  const weak = run('"수요가 곧 회복될 것이라고 봅니다." 그런 전망도 있다.').quotes[0];
  expect(good.confidence).toBeGreaterThan(weak?.confidence ?? 0);
});

/** Found by an error analysis of 26 articles written for it (session 15); every sentence here is new. */
describe('two reports in a sentence, and cues beyond the speech verbs', () => {
  const rows = (t: string) => run(t).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

  test('"…"라며 X가 …해야 한다고 촉구했다: the subject of the reported clause is not the source of either part', () => {
    expect(rows('오세진 대표는 "지금이 기회"라며 정부가 지원을 늘려야 한다고 말했다.')).toEqual([
      ['direct', '지금이 기회', '오세진', '말했다'],
      ['indirect', '정부가 지원을 늘려야 한다', '오세진', '말했다'],
    ]);
  });

  test('A는 …다고 지적했고, B는 "…"고 요구했다 / A는 "…"고 주장했고, B는 …다고 반박했다: each report has its own source', () => {
    expect(rows('한빛교원연합은 교사가 부족하다고 지적했고, 새빛교사노조는 "추진을 중단하라"고 요구했다.')).toEqual([
      ['indirect', '교사가 부족하다', '한빛교원연합', '지적했고'],
      ['direct', '추진을 중단하라', '새빛교사노조', '요구했다'],
    ]);
    expect(rows('한빛노총은 "인상이 필요하다"고 주장했고, 새빛경영자협회는 동결해야 한다고 반박했다.')).toEqual([
      ['direct', '인상이 필요하다', '한빛노총', '주장했고'],
      ['indirect', '동결해야 한다', '새빛경영자협회', '반박했다'],
    ]);
  });

  test('A는 "…"고, B는 "…"고 각각 주장했다: the first quote shares the cue', () => {
    expect(rows('한빛노총은 "인상이 필요하다"고, 새빛경영자협회는 "동결해야 한다"고 각각 주장했다.').map((r) => r[3])).toEqual(['주장했다', '주장했다']);
  });

  test('"…"며 맞섰다, 웃었다, 울먹였다; …겠다는 입장을 고수했다, …해야 한다는 의견을 냈다', () => {
    expect(rows('김철수 씨는 "억울하다"며 맞섰다. 이영희 씨는 "행복하다"며 웃었다. 박민지 씨는 "너무 힘들다"며 울먹였다.').map((r) => r[3])).toEqual(['맞섰다', '웃었다', '울먹였다']);
    expect(rows('정도윤 총리는 협상이 끝날 때까지 물러서지 않겠다는 입장을 고수했다. 한 의원은 정부가 소상공인을 도와야 한다는 의견을 냈다.')).toEqual([
      ['indirect', '협상이 끝날 때까지 물러서지 않겠다', '정도윤', '입장을 고수했다'],
      ['indirect', '정부가 소상공인을 도와야 한다', '한 의원', '의견을 냈다'],
    ]);
  });

  test('a quoted term taking a particle is part of the reported clause', () => {
    expect(rows('정하윤 지사는 "청년이 머무는 도시"를 만들겠다고 강조했다.')).toEqual([['indirect', '"청년이 머무는 도시"를 만들겠다', '정하윤', '강조했다']]);
  });

  test('not statements: who one says one is (…딸이라고 밝힌 A씨는), a name one calls someone (\'…\'라고 부르며 … 비판했다)', () => {
    expect(rows('환자의 딸이라고 밝힌 A씨는 "치료를 받게 해달라"고 호소했다.')).toEqual([['direct', '치료를 받게 해달라', 'A씨', '호소했다']]);
    expect(rows("그는 상대 후보를 '졸린 후보'라고 부르며 공약을 비판했다.")).toEqual([]);
    // (A statement before a connective noun stays one: 위기라고 밝힌 뒤.)
    expect(rows('김민재 대표는 회사가 위기라고 밝힌 뒤 사임했다.')).toEqual([['indirect', '회사가 위기라', '김민재', '밝힌']]);
  });

  test('a headline source after an ellipsis; 임원 is no name', () => {
    const t = "'전세사기' 일당 주범 징역 15년…법원 \"피해자 고통 외면\"\n\n서울중앙지법은 10일 판결했다.";
    expect(rows(t)[0]).toEqual(['direct', '피해자 고통 외면', '법원', null]);
    expect(rows('한 시중은행 담당 임원은 "대출이 줄었다"고 말했다.')[0][2]).not.toBe('임원');
  });
});

describe('where and how a statement was issued, and unnamed or titled sources', () => {
  const rows = (t: string) => run(t).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

  test('공시를 통해, 익명의 일본 외무성 당국자를 인용해, 팬 커뮤니티에 글을 올려: not part of what was said', () => {
    expect(rows('삼한전자는 공시를 통해 메모리 가격이 오르면서 실적이 개선됐다고 밝혔다.')[0][1]).toBe('메모리 가격이 오르면서 실적이 개선됐다');
    expect(rows('요미우리신문은 익명의 일본 외무성 당국자를 인용해 두 정상이 만날 예정이라고 보도했다.')[0][1]).toBe('두 정상이 만날 예정이라');
    expect(rows('가수 한지수는 팬 커뮤니티에 글을 올려 오는 8월 새 앨범을 낸다고 알렸다.')[0][1]).toBe('오는 8월 새 앨범을 낸다');
  });

  test('박 모 씨, 최 모(32) 씨: a surname written apart from 모 is an unnamed person', () => {
    const doc = run('피해자의 어머니 박 모 씨는 "딸이 돌아오지 않는다"고 말했다.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: '박 모 씨', type: 'person' });
  });

  test('"무엇을 했느냐는 질문에는": a quoted question is no source; the elided subject answers', () => {
    expect(rows('배우 한지수가 3년 만에 복귀했다. 공백기 동안 무엇을 했느냐는 질문에는 "여행을 많이 다녔다"고 답했다.')).toEqual([['direct', '여행을 많이 다녔다', '한지수', '답했다']]);
  });

  test('officials\' titles in …관 (예보분석관, 사무관, 조사관) after a name; a name ending like a particle (정다은) before its title', () => {
    expect(rows('기상청 이현우 예보분석관은 "비가 이어지겠다"고 말했다. 산업부 정다은 사무관은 "검토 중"이라고 말했다.').map((r) => r[2])).toEqual(['이현우', '정다은']);
  });
});

describe('sources described at length, named in an aside or in quotes', () => {
  const rows = (t: string) => run(t).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  test('한 신경과 전문의는, 서강대 경제학과 교수는: a department in …과 before the title is part of the phrase', () => {
    expect(rows('연구에 참여하지 않은 한 신경과 전문의는 인과관계를 단정하기 어렵다고 말했다.')).toEqual([['indirect', '인과관계를 단정하기 어렵다', '한 신경과 전문의']]);
  });

  test('"…"(박수연 서강대 경제학과 교수)는 지적도 있다: the source in parentheses after the quote', () => {
    expect(rows('전문가들은 "요금 인상이 불가피하다"고 말했다. "요금 결정 구조부터 바꿔야 한다"(박수연 서강대 경제학과 교수)는 지적도 있다.')).toEqual([
      ['direct', '요금 인상이 불가피하다', '전문가들'],
      ['direct', '요금 결정 구조부터 바꿔야 한다', '박수연'],
    ]);
  });

  test("청년단체 '내일을여는청년'은 …다고 비판했다: a quoted name after the kind of body it is speaks", () => {
    expect(rows("청년단체 '내일을여는청년'은 9일 논평을 내고 김 의원이 현실을 모른다고 비판했다.")).toEqual([['indirect', '김 의원이 현실을 모른다', '내일을여는청년']]);
  });
});

describe('relayed reports, occasions, questions put to the speaker, continued quotes (second round)', () => {
  const rows = (t: string) => run(t).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  test('AP통신은 환경부 관계자가 "…"고 밝혔다고 보도했다: the inner subject said the words', () => {
    expect(rows('AP통신은 환경부 관계자가 "관련 법 개정을 서두르겠다"고 밝혔다고 보도했다.')).toEqual([['direct', '관련 법 개정을 서두르겠다', '환경부 관계자']]);
  });

  test('the occasion and where it was held stay out of the content (지난 12일 주민설명회를 열고; 톈진에서 열린 … 연설에서); a day alone stays in', () => {
    expect(rows('마포구는 지난 12일 주민설명회를 열고 내년 3월 착공할 계획이라고 밝혔다.')).toEqual([['indirect', '내년 3월 착공할 계획이라', '마포구']]);
    expect(rows('리창 총리는 19일 톈진에서 열린 하계 다보스포럼 개막식 연설에서 올해 목표를 달성할 수 있다고 자신했다.')).toEqual([['indirect', '올해 목표를 달성할 수 있다', '리창']]);
  });

  test('institutes in …원 (국토연구원, 한국부동산원) are organizations and sources', () => {
    expect(rows('국토연구원에 따르면 주택 공급이 부족하다. 한국부동산원은 매매가격이 올랐다고 밝혔다.').map((r) => r[2])).toEqual(['국토연구원', '한국부동산원']);
  });

  test('이들 never stands for one person; a host\'s question is the host\'s', () => {
    expect(rows('청소년 200여 명이 참가했다. 고등학생 정서은양은 "좋았다"고 말했다. 이들은 정부가 지원해야 한다고 요구했다.')[1][2]).toBeNull();
    expect(rows('문태은 의원이 라디오에 출연했다. 진행자가 지도부 사퇴를 요구하는 것이냐고 묻자 그는 "그건 아니다"라고 답했다.')).toEqual([
      ['indirect', '지도부 사퇴를 요구하는 것이냐', '진행자'],
      ['direct', '그건 아니다', '문태은'],
    ]);
  });

  test('a quote continued in the next paragraph stays its speaker\'s, not the next sentence\'s source', () => {
    const t = '윤석준 교수는 이렇게 말했다.\n\n"첫째, 지역 의료 인력을 늘려야 합니다.\n\n"둘째, 필요한 것은 예산입니다."\n\n다른 참석자는 "동의한다"고 말했다.';
    expect(rows(t)).toEqual([
      ['direct', '첫째, 지역 의료 인력을 늘려야 합니다.', '윤석준'],
      ['direct', '둘째, 필요한 것은 예산입니다.', '윤석준'],
      ['direct', '동의한다', '다른 참석자'],
    ]);
  });

  test('corner brackets in a headline name a title; 관장 is a title', () => {
    expect(rows('[바로잡습니다] 지난 13일자 「시의회, 예산 심의 파행」 기사 관련\n\n본지는 바로잡습니다.')).toEqual([]);
    expect(rows('김성희 관장은 "전시를 준비했다"고 소개했다.')[0][2]).toBe('김성희');
  });
});
