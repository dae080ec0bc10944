import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import stringWidth from 'string-width';
import {
  evaluate,
  formatEvalReport,
  formatMisses,
  GoldDoc,
  loadGoldDir,
  locateDates,
  locateQuotes,
  rocAuc,
} from '../src/eval';
import { greedyMatch, jaccard, toIntervals } from '../src/eval/match';
import { sentenceAround } from '../src/eval/text';
import type { DateMention, DocumentResult, Entity, Quote, Span, Speaker } from '../src/types';

const DIR = path.join(__dirname, 'data', 'eval', 'basic');

/** Code-point span of the nth occurrence of `needle` (computed from the UTF-16 index). */
function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in text: ${needle}`);
  }
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length, text: needle };
}
function cpSlice(text: string, s: { start: number; end: number }): string {
  return Array.from(text).slice(s.start, s.end).join('');
}
function speaker(name: string, entity: string | null = null, canonical: string | null = null): Speaker {
  return { name, canonical, type: 'person', entity, mention: null, resolvedBy: 'explicit' };
}
let qid = 0;
function quote(kind: 'direct' | 'indirect', segments: Span[], sp: Speaker | null, confidence = 0.9): Quote {
  return { id: `q${++qid}`, kind, text: segments.map((s) => s.text).join(' '), segments, speaker: sp, cue: null, confidence };
}
function entity(id: string, type: Entity['type'], name: string, aliases: string[] = [], canonical: string | null = null): Entity {
  return { id, type, name, canonical, aliases, title: null, affiliation: null, mentions: [] };
}
function date(s: Span, value: string | null): DateMention {
  return { ...s, value, granularity: 'day', relative: false };
}
function result(g: GoldDoc, quotes: Quote[], entities: Entity[], dates: DateMention[]): DocumentResult {
  return { id: g.id, published: g.published, language: 'ko', quotes, entities, dates };
}

/** Hand-built perfect predictions for the three gold articles. */
function perfect(golds: GoldDoc[]): DocumentResult[] {
  const [d1, d2, d3] = golds;
  const t1 = d1.text;
  const t2 = d2.text;
  const t3 = d3.text;
  return [
    result(
      d1,
      [
        quote('direct', [span(t1, '올해 매출을 두 배로 늘리겠다')], speaker('김민수', 'e1')),
        quote('direct', [span(t1, '신제품은 내년 상반기에 나온다'), span(t1, '가격은 낮출 것')], speaker('그', 'e1')),
        quote('indirect', [span(t1, '경쟁이 더 치열해질 것이라')], { ...speaker('업계 관계자'), type: 'group' }, 0.7),
      ],
      [entity('e1', 'person', '김민수', ['김 대표']), entity('e2', 'organization', '한빛전자', [], 'Hanbit Electronics')],
      [date(span(t1, '14일'), '2024-03-14'), date(span(t1, '내년 상반기'), '2025-H1')],
    ),
    result(
      d2,
      [
        quote('direct', [span(t2, '시민의 출퇴근 시간을 줄이는 것이 목표')], speaker('이수진', 'e1')),
        quote('indirect', [span(t2, '버스 노선을 다시 짜야 한다')], speaker('이 국장', 'e1')),
        quote('indirect', [span(t2, '올해 버스 이용객은 5% 늘었다')], { ...speaker('서울시', 'e2'), type: 'organization' }),
      ],
      [
        entity('e1', 'person', '이수진', ['이 국장']),
        entity('e2', 'organization', '서울시'),
        entity('e3', 'person', '박지영'),
        entity('e4', 'organization', '누리 일보'),
      ],
      [date(span(t2, '지난 3월'), '2024-03'), date(span(t2, '올해'), '2024')],
    ),
    result(
      d3,
      [
        quote('direct', [span(t3, '1일부터 바뀐다')], { ...speaker('한 시민'), type: 'group' }),
        quote('direct', [span(t3, '다시는 이런 일이 없어야 한다')], null, 0.6),
      ],
      [entity('e1', 'organization', '시민단체')],
      [date(span(t3, '1일', 0), '2024-06-01'), date(span(t3, '1일', 2), '2024-06-01')],
    ),
  ];
}

describe('loadGoldDir', () => {
  const golds = loadGoldDir(DIR);

  test('reads the folder in file order with text, published and gold', () => {
    expect(golds.map((g) => g.id)).toEqual(['001', '002', '003']);
    expect(golds[0].published).toBe('2024-03-15'); // from the gold file (no meta)
    expect(golds[1].published).toBe('2024-05-02'); // from 002.meta.json
    expect(golds[0].text.startsWith('🚀📈🎉 한빛전자')).toBe(true);
    expect(golds[0].gold.quotes[1].segments).toEqual(['신제품은 내년 상반기에 나온다', '가격은 낮출 것']);
    expect(golds[2].gold.quotes[1].speaker).toBeNull();
  });

  test('throws a clear error for a folder without gold files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-empty-'));
    fs.writeFileSync(path.join(dir, '001.txt'), '본문');
    expect(() => loadGoldDir(dir)).toThrow(/no \*\.gold\.json file in .*eval-empty-/);
    fs.writeFileSync(path.join(dir, '002.gold.json'), '{"quotes": []}');
    expect(() => loadGoldDir(dir)).toThrow(/002\.gold\.json: no text file 002\.txt/);
    fs.rmSync(dir, { recursive: true });
  });

  test('locates gold strings in order, not inside a longer number', () => {
    const g = golds[2];
    const dates = locateDates(g.text, g.gold.dates);
    // the second 1일 is the one before 성명, not the one inside 11일간
    expect(dates.map((d) => d && g.text.slice(d.start, d.end + 3))).toEqual(['1일부터 ', '1일 성명']);
    expect(dates[1]!.start).toBe(g.text.indexOf('1일 성명'));
    const q = locateQuotes(golds[0].text, golds[0].gold.quotes);
    expect(q[1].segments.map((s) => golds[0].text.slice(s.start, s.end))).toEqual(['신제품은 내년 상반기에 나온다', '가격은 낮출 것']);
    expect(q[1].missing).toEqual([]);
  });
});

describe('span helper', () => {
  test('counts the emoji as one code point each', () => {
    const t = loadGoldDir(DIR)[0].text;
    expect(span(t, '14일')).toEqual({ start: 17, end: 20, text: '14일' });
    expect(t.indexOf('14일')).toBe(20); // UTF-16: three surrogate pairs before it
    expect(span(t, '올해 매출을 두 배로 늘리겠다').start).toBe(36);
    expect(cpSlice(t, { start: 36, end: 52 })).toBe('올해 매출을 두 배로 늘리겠다');
  });
});

describe('evaluate', () => {
  const golds = loadGoldDir(DIR);

  test('a perfect prediction scores 1.0 everywhere', () => {
    const r = evaluate(golds, perfect(golds));
    for (const p of [r.quotes.all, r.quotes.direct, r.quotes.indirect, r.quotes.attributed, r.dates.spans, r.people, r.organizations]) {
      expect([p.precision, p.recall, p.f1]).toEqual([1, 1, 1]);
    }
    expect(r.quotes.all).toMatchObject({ gold: 8, predicted: 8, matched: 8 });
    expect(r.quotes.direct).toMatchObject({ gold: 5, predicted: 5, matched: 5 });
    expect(r.speakers).toEqual({ evaluated: 7, correct: 7, accuracy: 1 }); // the null-speaker quote is not counted
    expect(r.segments).toEqual({ exact: 8, matched: 8, rate: 1 });
    expect(r.dates.valueAccuracy).toBe(1);
    expect(r.dates.spans.matched).toBe(6);
    expect(r.people).toMatchObject({ gold: 3, predicted: 3, matched: 3, correctPredicted: 3 });
    expect(r.confidence.precisionAboveThreshold).toBe(1);
    expect(r.confidence.rocAuc).toBeNull(); // no false quote to rank against
    expect(r.misses).toEqual([]);
    expect(r.dateMisses).toEqual([]);
    expect(r.nameMisses).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.perDocument).toEqual([
      { id: '001', goldQuotes: 3, predictedQuotes: 3, matched: 3, speakerEvaluated: 3, speakerCorrect: 3 },
      { id: '002', goldQuotes: 3, predictedQuotes: 3, matched: 3, speakerEvaluated: 3, speakerCorrect: 3 },
      { id: '003', goldQuotes: 2, predictedQuotes: 2, matched: 2, speakerEvaluated: 1, speakerCorrect: 1 },
    ]);
  });

  test('UTF-16 offsets after the emoji are caught (dates miss, warnings name the span)', () => {
    const preds = perfect(golds);
    const t1 = golds[0].text;
    const u16 = (s: Span): Span => ({ ...s, start: t1.indexOf(s.text), end: t1.indexOf(s.text) + s.text.length });
    preds[0].dates = preds[0].dates.map((d) => ({ ...d, ...u16(d) }));
    const r = evaluate(golds, preds);
    // "14일" shifted by 3 code points no longer overlaps the gold date
    expect(r.dateMisses.filter((m) => m.doc === '001').map((m) => [m.type, m.text, m.start, m.end])).toEqual([
      ['missed', '14일', 17, 20],
      ['false', '14일', 20, 23],
    ]);
    expect(r.warnings.some((w) => w.startsWith('001: date [20,23) is "14일" but the text there'))).toBe(true);
  });

  test('segments exact: a matched quote with a boundary off, or one segment where the gold has two, is not exact', () => {
    const preds = perfect(golds);
    const t1 = golds[0].text;
    const q = preds[0].quotes[1]; // two gold segments: 신제품은 내년 상반기에 나온다 … 가격은 낮출 것
    const whole = span(t1, '신제품은 내년 상반기에 나온다"며 "가격은 낮출 것');
    preds[0].quotes[1] = { ...q, segments: [whole] };
    const first = preds[0].quotes[0].segments[0];
    preds[0].quotes[0] = { ...preds[0].quotes[0], segments: [{ ...first, end: first.end - 1, text: first.text.slice(0, -1) }] };
    const r = evaluate(golds, preds);
    expect(r.quotes.all.matched).toBe(8);
    expect(r.segments).toEqual({ exact: 6, matched: 8, rate: 0.75 });
  });

  test('missing quote, false quote, wrong speaker', () => {
    const preds = perfect(golds);
    const t1 = golds[0].text;
    preds[0].quotes.splice(2, 1); // miss the indirect quote of 001
    preds[0].quotes[1].speaker = speaker('박지영', null);
    preds[0].quotes.push(quote('indirect', [span(t1, '서울에서 열린 간담회')], speaker('김민수'), 0.3));
    const r = evaluate(golds, preds);
    expect(r.quotes.all).toMatchObject({ gold: 8, predicted: 8, matched: 7 });
    expect(r.quotes.all.precision).toBeCloseTo(7 / 8, 10);
    expect(r.quotes.all.recall).toBeCloseTo(7 / 8, 10);
    expect(r.quotes.indirect).toMatchObject({ gold: 3, predicted: 3, matched: 2 });
    expect(r.quotes.direct).toMatchObject({ gold: 5, predicted: 5, matched: 5 });
    expect(r.speakers).toMatchObject({ evaluated: 6, correct: 5 });
    expect(r.quotes.attributed.matched).toBe(6);
    expect(r.quotes.attributed.precision).toBeCloseTo(6 / 8, 10);
    expect(r.confidence.rocAuc).toBe(1); // the false quote has the lowest confidence
    expect(r.confidence).toMatchObject({ aboveThreshold: 7, matchedAboveThreshold: 7, precisionAboveThreshold: 1 });
    expect(r.perDocument[0]).toEqual({ id: '001', goldQuotes: 3, predictedQuotes: 3, matched: 2, speakerEvaluated: 2, speakerCorrect: 1 });
    const m = r.misses.map((x) => [x.doc, x.type, x.kind, x.text, x.goldSpeaker, x.predictedSpeaker, x.sentence]);
    expect(m).toEqual([
      ['001', 'false', 'indirect', '서울에서 열린 간담회', null, '김민수', '🚀📈🎉 한빛전자 김민수 대표는 14일 서울에서 열린 간담회에서 "올해 매출을 두 배로 늘리겠다"고 말했다.'],
      ['001', 'speaker', 'direct', '신제품은 내년 상반기에 나온다 … 가격은 낮출 것', '김민수', '박지영', '그는 "신제품은 내년 상반기에 나온다"며 "가격은 낮출 것"이라고 덧붙였다.'],
      ['001', 'missed', 'indirect', '경쟁이 더 치열해질 것이라', '업계 관계자', null, '업계 관계자는 경쟁이 더 치열해질 것이라고 전망했다.'],
    ]);
    const missed = r.misses[2];
    expect(cpSlice(golds[0].text, missed)).toBe('경쟁이 더 치열해질 것이라');
    const listing = formatMisses(r);
    expect(listing).toContain('001  SPEAKER direct');
    expect(listing).toContain('gold: 김민수  predicted: 박지영');
    expect(listing).toContain('sentence: 업계 관계자는 경쟁이 더 치열해질 것이라고 전망했다.');
    expect(listing.split('\n')[1]).toMatch(/^001\s+3\s+3\s+2\s+1\/2$/);
  });

  test('a confident false quote ranks above true ones: ROC AUC 0', () => {
    const preds = perfect(golds);
    preds[1].quotes.push(quote('direct', [span(golds[1].text, '새 교통 정책')], speaker('서울시'), 0.99));
    const r = evaluate(golds, preds);
    expect(r.confidence.rocAuc).toBe(0);
    expect(r.confidence.precisionAboveThreshold).toBeCloseTo(8 / 9, 10);
  });

  test('the speaker matches through an entity alias, with spaces and case ignored', () => {
    const preds = perfect(golds);
    const q = preds[0].quotes[0];
    q.speaker = speaker('김 대표', 'e9');
    preds[0].entities.push(entity('e9', 'person', '김 대표', ['김민수']));
    expect(evaluate(golds, preds).speakers.correct).toBe(7);
    preds[0].entities[2].aliases = []; // now only "김 대표" / "김대표": wrong
    expect(evaluate(golds, preds).speakers.correct).toBe(6);
    q.speaker = speaker('K', null, 'Kim Minsu'); // canonical only, no Korean name: wrong
    expect(evaluate(golds, preds).speakers.correct).toBe(6);
    q.speaker = speaker('김민 수'); // spaces ignored
    expect(evaluate(golds, preds).speakers.correct).toBe(7);
    // a null gold speaker is only right against a null prediction
    preds[2].quotes[1].speaker = speaker('한 시민');
    const r = evaluate(golds, preds);
    expect(r.speakers.correct).toBe(7);
    expect(r.quotes.attributed.matched).toBe(7);
    expect(r.misses.map((m) => [m.doc, m.type, m.goldSpeaker, m.predictedSpeaker])).toEqual([['003', 'speaker', null, '한 시민']]);
  });

  test('a wrong date value counts in value accuracy, not in span F1', () => {
    const preds = perfect(golds);
    preds[0].dates[1].value = '2025-H2';
    const r = evaluate(golds, preds);
    expect(r.dates.spans.f1).toBe(1);
    expect(r.dates.valueCorrect).toBe(5);
    expect(r.dates.valueAccuracy).toBeCloseTo(5 / 6, 10);
    expect(r.dateMisses).toEqual([
      {
        doc: '001',
        type: 'value',
        text: '내년 상반기',
        start: span(golds[0].text, '내년 상반기').start,
        end: span(golds[0].text, '내년 상반기').end,
        sentence: '그는 "신제품은 내년 상반기에 나온다"며 "가격은 낮출 것"이라고 덧붙였다.',
        goldValue: '2025-H1',
        predictedValue: '2025-H2',
      },
    ]);
  });

  test('a shifted span matches at Jaccard >= 0.5 and not below', () => {
    const t2 = golds[1].text;
    const g = span(t2, '시민의 출퇴근 시간을 줄이는 것이 목표'); // 21 code points
    expect(g.end - g.start).toBe(21);
    const shifted = (k: number): Span => ({ start: g.start + k, end: g.end + k, text: cpSlice(t2, { start: g.start + k, end: g.end + k }) });
    // shift 7: overlap 14, union 28 -> 0.5 exactly: a match
    let preds = perfect(golds);
    preds[1].quotes[0].segments = [shifted(7)];
    let r = evaluate(golds, preds);
    expect(r.quotes.all.matched).toBe(8);
    expect(r.speakers.correct).toBe(7);
    // shift 8: overlap 13, union 29 -> 0.448: a miss and a false quote
    preds = perfect(golds);
    preds[1].quotes[0].segments = [shifted(8)];
    r = evaluate(golds, preds);
    expect(r.quotes.all.matched).toBe(7);
    expect(r.misses.map((m) => [m.type, m.bestOverlap])).toEqual([
      ['missed', 13 / 29],
      ['false', 13 / 29],
    ]);
    expect(r.misses[0].sentence).toBe('이수진 서울시 교통국장은 "시민의 출퇴근 시간을 줄이는 것이 목표"라고 밝혔다.');
  });

  test('greedy one-to-one: two predictions on one gold quote give one match and one false quote', () => {
    const preds = perfect(golds);
    const t1 = golds[0].text;
    // a near copy listed first, the exact one second: the exact one wins
    preds[0].quotes.unshift(quote('direct', [span(t1, '올해 매출을 두 배로')], speaker('박지영'), 0.4));
    const r = evaluate(golds, preds);
    expect(r.quotes.all).toMatchObject({ predicted: 9, matched: 8 });
    expect(r.speakers.correct).toBe(7); // the exact copy (right speaker) was paired
    expect(r.misses.map((m) => [m.type, m.text])).toEqual([['false', '올해 매출을 두 배로']]);
  });

  test('by kind: a quote predicted with the wrong kind matches overall but not within its kind', () => {
    const preds = perfect(golds);
    preds[1].quotes[1].kind = 'direct';
    const r = evaluate(golds, preds);
    expect(r.quotes.all.matched).toBe(8);
    expect(r.quotes.direct).toMatchObject({ gold: 5, predicted: 6, matched: 5 });
    expect(r.quotes.indirect).toMatchObject({ gold: 3, predicted: 2, matched: 2 });
  });

  test('people and organizations: containment, precision of predicted entities', () => {
    const preds = perfect(golds);
    preds[1].entities = [
      entity('e1', 'person', '이수진'),
      entity('e2', 'organization', '서울시청'), // contains 서울시
      entity('e3', 'person', '홍길동'), // false
      entity('e4', 'place', '서울'), // not scored
    ];
    const r = evaluate(golds, preds);
    expect(r.people).toMatchObject({ gold: 3, predicted: 3, matched: 2, correctPredicted: 2 });
    expect(r.organizations).toMatchObject({ gold: 4, predicted: 3, matched: 3, correctPredicted: 3 });
    expect(r.organizations.recall).toBeCloseTo(3 / 4, 10);
    expect(r.organizations.precision).toBe(1);
    expect(r.nameMisses).toEqual([
      { doc: '002', type: 'missed', entityType: 'person', name: '박지영' },
      { doc: '002', type: 'false', entityType: 'person', name: '홍길동' },
      { doc: '002', type: 'missed', entityType: 'organization', name: '누리일보' },
    ]);
  });

  test('an empty prediction: recall 0, precision undefined', () => {
    const empty = golds.map((g) => result(g, [], [], []));
    const r = evaluate(golds, empty);
    expect(r.quotes.all).toEqual({ gold: 8, predicted: 0, matched: 0, precision: null, recall: 0, f1: 0 });
    expect(r.misses.filter((m) => m.type === 'missed')).toHaveLength(8);
    expect(() => evaluate(golds, empty.slice(1))).toThrow(/3 gold documents but 2 predictions/);
  });
});

describe('matching primitives', () => {
  test('jaccard over the union of segments', () => {
    expect(jaccard(toIntervals([{ start: 0, end: 10 }]), toIntervals([{ start: 5, end: 15 }]))).toBeCloseTo(5 / 15, 10);
    // two segments vs one covering both and the gap
    expect(jaccard(toIntervals([{ start: 0, end: 4 }, { start: 6, end: 10 }]), toIntervals([{ start: 0, end: 10 }]))).toBeCloseTo(0.8, 10);
    expect(jaccard(toIntervals([]), toIntervals([{ start: 0, end: 3 }]))).toBe(0);
  });

  test('greedy takes the best pair first, not the first listed', () => {
    const s = [
      [0.6, 0.9],
      [0.8, 0.0],
    ];
    // in listing order gold 0 would take pred 0 and gold 1 would be left with nothing
    expect(greedyMatch(2, 2, (g, p) => s[g][p], (x) => x >= 0.5)).toEqual([
      { gold: 0, pred: 1, score: 0.9 },
      { gold: 1, pred: 0, score: 0.8 },
    ]);
  });

  test('ROC AUC counts ties as half', () => {
    expect(rocAuc([{ score: 0.5, positive: true }, { score: 0.5, positive: false }])).toBe(0.5);
    expect(
      rocAuc([
        { score: 0.9, positive: true },
        { score: 0.4, positive: true },
        { score: 0.6, positive: false },
      ]),
    ).toBe(0.5);
  });

  test('sentence around a span', () => {
    const t = '첫 문장이다. 둘째 문장에서 "인용"이라고 했다. 셋째.\n다음 줄';
    const at = t.indexOf('인용');
    expect(sentenceAround(t, at, at + 2)).toBe('둘째 문장에서 "인용"이라고 했다.');
    const nl = t.indexOf('다음');
    expect(sentenceAround(t, nl, nl + 2)).toBe('다음 줄');
  });
});

describe('formatEvalReport', () => {
  const golds = loadGoldDir(DIR);
  const preds = perfect(golds);
  preds[0].quotes.splice(2, 1);
  const r = evaluate(golds, preds);

  test('table: header, rows, 3 decimals, at most 80 columns', () => {
    const out = formatEvalReport(r, 'table');
    const lines = out.split('\n');
    expect(lines[0]).toBe('quotes eval: 3 documents');
    expect(lines[1]).toMatch(/^\s+gold\s+pred\s+match\s+precision\s+recall\s+f1$/);
    expect(lines[2]).toMatch(/^quotes\s+8\s+7\s+7\s+1\.000\s+0\.875\s+0\.933$/);
    expect(lines[4]).toMatch(/^ {2}indirect\s+3\s+2\s+2\s+1\.000\s+0\.667\s+0\.800$/);
    expect(out).toMatch(/speaker accuracy\s+1\.000\s+6 of 6 matched/);
    expect(out).toContain('by kind: gold quotes of a kind vs predicted quotes of that kind');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    expect(out).not.toContain('\u001b[');
    expect(formatEvalReport(r, 'table', { color: true })).toContain('\u001b[1m');
  });

  test('json: the report as is, stable key order', () => {
    const out = formatEvalReport(r, 'json');
    const back = JSON.parse(out);
    expect(back).toEqual(JSON.parse(JSON.stringify(r)));
    expect(Object.keys(back)).toEqual([
      'documents',
      'quotes',
      'speakers',
      'segments',
      'dates',
      'people',
      'organizations',
      'confidence',
      'perDocument',
      'misses',
      'dateMisses',
      'nameMisses',
      'warnings',
      'notes',
    ]);
    expect(Object.keys(back.quotes.all)).toEqual(['gold', 'predicted', 'matched', 'precision', 'recall', 'f1']);
    expect(formatEvalReport(evaluate(golds, preds), 'json')).toBe(out);
  });
});
