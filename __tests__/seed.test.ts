/** The seed article (a Korean report of an OpenAI fireside chat in Seoul), reference date fixed at 2023-06-09. */
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../src';
import type { DocumentResult, Quote } from '../src';
import { quoteHasSpeaker } from '../src/filters';
import { spanProblems, validate } from './helpers/schema';

const SEED = path.join(__dirname, '..', 'fixtures', '000_859f743c03300ee1.txt');
const text = fs.readFileSync(SEED, 'utf8');
let doc: DocumentResult;

beforeAll(() => {
  doc = extract(text, { id: 'seed', published: '2023-06-09' });
});

const direct = () => doc.quotes.filter((q) => q.kind === 'direct');
const indirect = () => doc.quotes.filter((q) => q.kind === 'indirect');
const entity = (q: Quote) => doc.entities.find((e) => e.id === q.speaker?.entity);

test('output validates against the contract and every span slices the text', () => {
  expect(validate('extract', { version: 1, documents: [doc] })).toEqual([]);
  expect(spanProblems(doc, text)).toEqual([]);
});

test('11 quotes: 7 direct with 11 segments, 4 indirect', () => {
  expect(doc.quotes).toHaveLength(11);
  expect(direct()).toHaveLength(7);
  expect(direct().reduce((n, q) => n + q.segments.length, 0)).toBe(11);
  expect(indirect()).toHaveLength(4);
});

test('“A”이라며 “B”이라고 말했다 is one quote with two segments, marks excluded, mixed marks paired', () => {
  const q = doc.quotes[0];
  expect(q.kind).toBe('direct');
  expect(q.segments.map((s) => s.text)).toEqual([
    'AI 성능이 높아질수록 더 많은 에너지를 요구하게 될 것',
    '에너지 가격이 낮아지면 AI 가격이 낮아지고 그만큼 접근성이 좋아질 것',
  ]);
  // "…” and “…" are both paired: the characters around each segment are quote marks.
  for (const s of q.segments) {
    expect(/["“”]/.test(text[s.start - 1])).toBe(true);
    expect(/["“”]/.test(text[s.end])).toBe(true);
  }
  expect(q.text).toBe(q.segments.map((s) => s.text).join(' … '));
  expect(q.cue?.text).toBe('말했다');
});

test('the four indirect quotes end before the quotative ending', () => {
  expect(indirect().map((q) => q.segments[0].text)).toEqual([
    '오픈AI는 세 단계를 거쳐 성장해 왔다',
    'AI 관련 규제는 일괄적으로 적용할 것이 아니라 규제로 인해 어떤 리스크가 생길지 사전에 파악하고 AI 활용 방안과 시장 상황에 맞춰 달리 규제해야 한다',
    '오픈AI가 마이크로소프트와 함께 초기 단계 AI 스타트업에 투자할 목적으로 설립한 오픈AI 스타트업 펀드를 두고 한국 기업에 대한 투자도 확대할 것이라',
    'GPT-4 기술을 게임에 접목해 실감 나는 대화를 할 수 있는 메타버스 환경을 만들 수 있을 것이라',
  ]);
  expect(indirect().map((q) => q.cue?.text)).toEqual(['설명했다', '강조했다', '밝혔다', '덧붙였다']);
});

test('every 그는 resolves to Altman, also after 윤석열 대통령 appears as an object', () => {
  const pronounQuotes = doc.quotes.filter((q) => q.speaker?.resolvedBy === 'pronoun');
  expect(pronounQuotes.length).toBeGreaterThanOrEqual(4);
  for (const q of pronounQuotes) {
    expect(q.speaker?.mention?.text).toBe('그');
    expect(entity(q)?.canonical).toBe('Sam Altman');
  }
  const afterYoon = doc.quotes.find((q) => q.segments[0].text.startsWith('오픈AI 글로벌 투어'));
  expect(afterYoon?.speaker?.resolvedBy).toBe('pronoun');
  expect(afterYoon?.speaker?.name).toBe('올트먼');
});

test('the last quote is 김성훈 of 업스테이지; all others are Altman', () => {
  const last = doc.quotes[doc.quotes.length - 1];
  expect(last.speaker?.name).toBe('김성훈');
  expect(last.speaker?.mention?.text).toContain('김성훈');
  const kim = entity(last)!;
  expect(kim.type).toBe('person');
  const org = doc.entities.find((e) => e.id === kim.affiliation);
  expect(org?.canonical).toBe('Upstage');
  for (const q of doc.quotes.slice(0, -1)) expect(q.speaker?.canonical).toBe('Sam Altman');
});

test('--speaker matching: 올트먼, 샘 올트먼, altman, Sam Altman select exactly the 10 Altman quotes', () => {
  for (const name of ['올트먼', '샘 올트먼', 'altman', 'Sam Altman', 'SAM ALTMAN']) {
    expect(doc.quotes.filter((q) => quoteHasSpeaker(q, doc, name))).toHaveLength(10);
  }
  expect(doc.quotes.filter((q) => quoteHasSpeaker(q, doc, '김성훈'))).toHaveLength(1);
  expect(doc.quotes.filter((q) => quoteHasSpeaker(q, doc, 'Brockman'))).toHaveLength(0);
});

test('the event title in single quotes is not a quote', () => {
  expect(doc.quotes.some((q) => q.text.includes('파이어사이드'))).toBe(false);
});

test('entities carry canonical names and no particles', () => {
  const canon = (c: string) => doc.entities.find((e) => e.canonical === c);
  const orgs = ['OpenAI', 'SoftBank Ventures', 'Upstage', 'Naver', 'Kakao', 'Microsoft', 'Google', 'European Union'];
  for (const c of orgs) expect(canon(c)?.type).toBe('organization');
  for (const c of ['Sam Altman', 'Greg Brockman', 'Ursula von der Leyen', 'Yoon Suk Yeol']) expect(canon(c)?.type).toBe('person');
  const byName = (n: string) => doc.entities.find((e) => e.name === n || e.aliases.includes(n));
  for (const n of ['매스프레소', '스캐터랩', '루나소프트']) expect(byName(n)?.type).toBe('organization');
  for (const n of ['서울', '여의도', '실리콘밸리', '이스라엘', 'UAE', '인도', '한국']) expect(byName(n)?.type).toBe('place');
  for (const n of ['GPT-2', 'GPT-3', 'GPT-4', '챗GPT']) expect(byName(n)?.type).toBe('product');
  expect(byName('김성훈')?.canonical).toMatch(/^Kim /);
  const sb = canon('SoftBank Ventures')!;
  expect(sb.mentions[0].text).toBe('소프트뱅크벤처스');
  expect(new Set(sb.mentions.map((m) => m.text))).toEqual(new Set(['소프트뱅크벤처스']));
  expect(new Set(canon('Sam Altman')!.mentions.map((m) => m.text))).toEqual(new Set(['올트먼']));
  expect(new Set(canon('OpenAI')!.mentions.map((m) => m.text))).toEqual(new Set(['오픈AI']));
});

test('dates: 9일, 이날 twice, 지난주, 지난 3월 and nothing else', () => {
  expect(doc.dates.map((d) => [d.text, d.value, d.granularity])).toEqual([
    ['9일', '2023-06-09', 'day'],
    ['이날', '2023-06-09', 'day'],
    ['지난주', '2023-W22', 'week'],
    ['이날', '2023-06-09', 'day'],
    ['지난 3월', '2023-03', 'month'],
  ]);
});

test('without a publication date, values stay partial and relative says so', () => {
  const d = extract(text, { id: 'seed' });
  expect(d.published).toBeNull();
  expect(d.dates[0]).toMatchObject({ start: 0, end: 2, text: '9일', value: 'XXXX-XX-09', relative: true });
  const lastWeek = d.dates.find((x) => x.text === '지난주');
  expect(lastWeek?.value).toBeNull();
});

test('dates: false (the list, speakers and entities views) skips the dates and changes nothing else', () => {
  const d = extract(text, { id: 'seed', published: '2023-06-09', dates: false });
  expect(d.dates).toEqual([]);
  expect(doc.dates.length).toBeGreaterThan(0);
  expect({ ...d, dates: doc.dates }).toEqual(doc);
});
