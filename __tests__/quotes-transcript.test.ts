/** Broadcast news transcripts: the words under an interview label are the labelled person's (transcript-labels.ts). */
import { extract } from '../src';
import { spanProblems } from './helpers/schema';

const PUB = '2024-05-01';
const run = (text: string) => {
  const doc = extract(text, { published: PUB });
  expect(spanProblems(doc, text)).toEqual([]);
  return doc;
};
const slice = (text: string, s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

describe('transcript labels', () => {
  test('[이름 / 설명 : 말] in one bracket, with and without quote marks', () => {
    const t = '[앵커]\n전세 사기 피해가 이어지고 있습니다.\n\n' +
      '[한도윤 / 전세 사기 피해자 : 보증금을 돌려받을 길이 막막합니다.]\n\n' +
      '[박서진 / 국토교통부 주택정책관 : "피해 지원 범위를 넓히겠습니다."]\n';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.speaker?.mention, q.cue])).toEqual([
      [[slice(t, '보증금을 돌려받을 길이 막막합니다.')], '한도윤', slice(t, '한도윤'), null],
      [[slice(t, '피해 지원 범위를 넓히겠습니다.')], '박서진', slice(t, '박서진'), null],
    ]);
    expect(doc.quotes.every((q) => q.kind === 'direct' && q.speaker?.type === 'person')).toBe(true);
    // The labelled names are people of the article, with their mentions.
    const people = doc.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions]);
    expect(people).toEqual(expect.arrayContaining([['한도윤', [slice(t, '한도윤')]], ['박서진', [slice(t, '박서진')]]]));
  });

  test('a marker line, the words in the paragraphs after it', () => {
    const t = '[기자]\n시장 상인들의 한숨이 깊어지고 있습니다.\n' +
      '[인터뷰] 오세라 / 망원시장 상인\n"손님이 절반으로 줄었어요."\n"이대로면 가게를 접어야 할 판입니다."\n' +
      '<인터뷰> 배준호 시장 상인회장\n임대료라도 낮춰주면 좋겠습니다.\n' +
      '[녹취] 구청 관계자 : "지원책을 검토하고 있습니다."\n' +
      '◀ 인터뷰 ▶ 류하은/대학생\n"물가가 너무 올랐어요."\n' +
      '구청은 다음 달 대책을 발표할 예정입니다.\n';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name])).toEqual([
      ['손님이 절반으로 줄었어요.', '오세라'],
      ['이대로면 가게를 접어야 할 판입니다.', '오세라'],
      ['임대료라도 낮춰주면 좋겠습니다.', '배준호'],
      ['지원책을 검토하고 있습니다.', '구청 관계자'],
      ['물가가 너무 올랐어요.', '류하은'],
    ]);
    expect(doc.quotes[2].segments).toEqual([slice(t, '임대료라도 낮춰주면 좋겠습니다.')]);
    expect(doc.quotes[3].speaker?.mention).toEqual(slice(t, '구청 관계자'));
  });

  test('an arrow with a slash, a description in parentheses; a source read from the next sentence yields to the label', () => {
    const t = '[리포트]\n태풍이 지나간 마을은 쑥대밭이 됐습니다.\n' +
      '▶ 안미경 / 피해 주민\n"밤새 한숨도 못 잤어요."\n' +
      '[인터뷰] 서태윤(군청 안전관리과장)\n"오늘 안에 응급 복구를 마치겠습니다."\n주민들은 불안감을 호소했습니다.\n';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments, q.speaker?.name, q.cue])).toEqual([
      [[slice(t, '밤새 한숨도 못 잤어요.')], '안미경', null],
      [[slice(t, '오늘 안에 응급 복구를 마치겠습니다.')], '서태윤', null],
    ]);
  });

  test('not labels: bylines, captions, the newsroom, a newspaper interview headline', () => {
    const t = '[인터뷰] 프로배구 한빛화재 주장 윤태오\n' +
      '프로배구 한빛화재의 주장 윤태오(29)는 올여름 누구보다 바쁘게 보냈다. 지난 10일 훈련장에서 그를 만났다.\n' +
      '[서울=한빛뉴스] 정민재 기자 = 구단은 새 시즌 목표를 우승으로 잡았다.\n' +
      '[사진: 한빛화재 제공]\n[앵커]\n새 시즌이 다음 달 개막합니다.\n';
    const doc = run(t);
    expect(doc.quotes).toEqual([]);
  });
});

describe('records of hearings and interviews', () => {
  test('이름 직함 = "…": the speaker before =, not a byline', () => {
    const t = '국정감사 주요 발언\n\n유상철 장관 = "요금 인하를 검토하겠다."\n\n김태수 의원 = "단말기 가격이 너무 비싸 체감이 어렵다."\n\n[서울=한빛뉴스] 홍길동 기자 = 정부가 대책을 내놨다.';
    const doc = run(t);
    expect(doc.quotes.map((q) => [q.segments[0].text, q.speaker?.name, q.speaker?.mention?.text])).toEqual([
      ['요금 인하를 검토하겠다.', '유상철', '유상철 장관'],
      ['단말기 가격이 너무 비싸 체감이 어렵다.', '김태수', '김태수 의원'],
    ]);
  });
  test('the mark before an answer (= …, - …) is no part of the reported words', () => {
    const t = '= 어려울 때 씨를 뿌려야 한다고 늘 말한다. 지금이 그때다.';
    const [q] = run(t).quotes;
    expect(q.segments).toEqual([slice(t, '어려울 때 씨를 뿌려야 한다')]);
  });
});
