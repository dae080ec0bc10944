/**
 * The quotative endings of indirect speech (…다고, …다며, …다면서도, …다는 + noun, …이란, …이라), read in place on
 * the text, and words inside direct quotes (never the end of an indirect quote): kind, content, cue, evidence and
 * confidence of each quote.
 */
import { runStages } from '../src/pipeline';

const quotes = (text: string) =>
  runStages(text, { published: '2024-03-15' }).quotes.map((q) => [
    q.kind,
    q.segments.map((s) => text.slice(s.start, s.end)).join(' … '),
    q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    q.evidence.join(','),
    q.confidence,
  ]);

describe('indirect quotes: endings', () => {
  test('every quotative ending, the contracted forms, and reported words inside direct quotes', () => {
    expect(quotes('김민수 대표는 내년에 공장을 새로 짓겠다고 말했다. 그는 투자를 늘리겠다고요 반문했다. 박지영 의원은 예산이 부족하다고는 설명했다.')).toEqual([
      ['indirect', '내년에 공장을 새로 짓겠다', '말했다', 'verb-cue,ending:고', 0.7],
      ['indirect', '투자를 늘리겠다', '반문했다', 'verb-cue,ending:고요', 0.65],
      ['indirect', '예산이 부족하다', '설명했다', 'verb-cue,ending:고는', 0.7],
    ]);
    expect(quotes('이영호 장관은 정책을 바꾸지 않겠다고도 강조했다. 최수진 교수는 경제가 회복된다며 강조했다. 정우성 회장은 시장이 커진다면서도 우려했다.')).toEqual([
      ['indirect', '정책을 바꾸지 않겠다', '강조했다', 'verb-cue,ending:고도', 0.7],
      ['indirect', '경제가 회복된다', '강조했다', 'verb-cue,ending:며', 0.7],
      ['indirect', '시장이 커진다', '우려했다', 'verb-cue,ending:면서도', 0.55],
    ]);
    expect(quotes('한 관계자는 협상이 곧 끝난다면서 기대했다. 박민호 사장은 가격을 올리지 않겠다는 입장이다. 김철수 위원은 효과가 클 것이란 의견을 밝혔다.')).toEqual([
      ['indirect', '협상이 곧 끝난다', '기대했다', 'verb-cue,ending:면서', 0.55],
      ['indirect', '가격을 올리지 않겠다', '입장이다', 'noun-cue,ending:는', 0.6],
      ['indirect', '효과가 클 것이', '밝혔다', 'verb-cue,ending:란', 0.7],
    ]);
    expect(quotes('그는 "이 문제는 끝났다고 본다"며 "다시 논의한다는 계획은 없다"고 말했다. 전문가들은 금리가 오를 것이라 예측했다.')).toEqual([
      ['direct', '이 문제는 끝났다고 본다 … 다시 논의한다는 계획은 없다', '말했다', '', 0.7],
      ['indirect', '금리가 오를 것이라', '예측했다', 'verb-cue,ending:', 0.55],
    ]);
    expect(quotes('경찰에 따르면 사고는 오전에 일어났다. 회사는 "매출이 늘었다고 한다"고 밝혔다.')).toEqual([
      ['indirect', '사고는 오전에 일어났다', '에 따르면', 'according-to', 0.65],
      ['direct', '매출이 늘었다고 한다', '밝혔다', '', 0.85],
    ]);
  });
});

describe('the source phrase near a quote', () => {
  const speakers = (text: string) =>
    runStages(text, { published: '2024-03-15' }).quotes.map((q) => [text.slice(q.segments[0].start, q.segments[0].end), q.phrase ? text.slice(q.phrase.range.start, q.phrase.range.end) : null, q.placement]);

  test('the first topic among the words before or after the quote, else the last subject', () => {
    expect(speakers('김민수 대표는 이영호 장관이 보는 앞에서 "투자를 늘리겠다"고 말했다.')).toEqual([['투자를 늘리겠다', '김민수 대표', 'before']]);
    expect(speakers('"내년에는 다르다"고 박지영 의원은 이영호 장관이 듣는 가운데 말했다.')).toEqual([['내년에는 다르다', '박지영 의원', 'after']]);
    // (the walk back from 교수가 takes the subject before it along: the phrase as the stage reads it)
    expect(speakers('"공장을 짓겠다"고 김철수 사장이 최수진 교수가 함께 밝혔다.')).toEqual([['공장을 짓겠다', '김철수 사장이 최수진 교수', 'after']]);
  });
});

describe('single quote marks', () => {
  const found = (text: string) =>
    runStages(text, { published: '2024-03-15' }).quotes.map((q) => [
      q.kind,
      q.segments.map((s) => text.slice(s.start, s.end)).join(' … '),
      q.phrase ? text.slice(q.phrase.range.start, q.phrase.range.end) : null,
      q.evidence.join(','),
    ]);

  test('a quote only with a quotative closer and 8 characters or more; terms, titles and short words are none', () => {
    expect(found("김민수 대표는 '혁신'을 강조했다. 그는 '올해는 반드시 흑자를 내겠다'고 말했다.")).toEqual([['direct', '올해는 반드시 흑자를 내겠다', '그', 'single-marks']]);
    expect(found("이영호 장관은 '좋다'고 말했다. 영화 '기생충'이 상을 받았다. 박지영 의원은 '예산은 충분하지 않다'라며 반대했다.")).toEqual([
      ['indirect', "'예산은 충분하지 않다'라", '박지영 의원', 'verb-cue,ending:며'],
    ]);
    expect(found("'한국 경제의 미래'라는 주제로 열린 토론회에서 최수진 교수는 발표했다.")).toEqual([]);
  });
});

describe('cues: relayed speech, forecasts', () => {
  test('"…"이라고 경고했다고 통신이 전했다: the speech verb before the relay is no indirect quote of its own', () => {
    const text = '나세르 장관은 "국경을 닫을 것"이라고 경고했다고 현지 통신이 전했다.';
    expect(quotes(text).map(([kind, seg, cue]) => [kind, seg, cue])).toEqual([['direct', '국경을 닫을 것', '경고했다고']]);
  });
  test('예보했다 is a cue (a forecast is the agency\'s statement)', () => {
    expect(quotes('기상청은 "주말까지 비가 오겠다"고 예보했다.').map(([kind, seg, cue]) => [kind, seg, cue])).toEqual([['direct', '주말까지 비가 오겠다', '예보했다']]);
  });
});
