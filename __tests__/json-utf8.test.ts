/**
 * The worker threads write each document's JSON straight into UTF-8 (src/format/json-utf8.ts). Its bytes must be
 * exactly those of Buffer.from(JSON.stringify(doc)), for every document the pipeline makes and every string a
 * document can hold: checked here on real extractions (Korean and English, with and without the text), on every
 * view's rows, and on documents built to need each escape and each number form.
 */
import * as fs from 'fs';
import * as path from 'path';

import { extract } from '../src';
import { Utf8JsonWriter } from '../src/format/json-utf8';
import { renderJsonl, writeJsonl, RenderSpec } from '../src/cli/render';
import type { DocumentResult } from '../src/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const REF = '2024-03-15';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { generateRecords } = require('../scripts/gen-corpus.js') as {
  generateRecords: (n: number, seed?: number) => Array<{ id: string; published: string; text: string }>;
};

function written(doc: DocumentResult, initialBytes?: number): Buffer {
  const w = new Utf8JsonWriter(initialBytes);
  w.document(doc);
  return Buffer.from(w.bytes.subarray(0, w.length));
}

const expected = (doc: DocumentResult) => Buffer.from(JSON.stringify(doc), 'utf8');

/** A short article of our own with a direct and an indirect quote, a titled speaker, dates and a time. */
const KOREAN = [
  '한빛전자 김하늘 대표는 14일 서울 강남구 본사에서 열린 간담회에서 "내년 상반기까지 신제품 3종을 내놓겠다"고 말했다.',
  '김 대표는 지난 3월 발표한 계획에 따라 투자를 늘리겠다고 설명했다. 오는 20일 오후 3시 30분에는 설명회가 열린다.',
  '"\\백슬래시와 \t탭"이라는 표현도 있다고 그는 전했다.',
].join('\n\n');

describe('Utf8JsonWriter: the bytes of JSON.stringify', () => {
  test('fixtures (the seed and the English articles), with and without the text', () => {
    const names = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      for (const includeText of [false, true]) {
        const doc = extract(text, { id: name, published: REF, includeText });
        expect(doc.quotes.length + doc.entities.length).toBeGreaterThan(0);
        expect(written(doc).equals(expected(doc))).toBe(true);
      }
    }
  });

  test('a Korean article with quotes, dates, a clock time and escapes; a tiny buffer that must grow', () => {
    const doc = extract(KOREAN, { id: 'ko-1', published: REF, includeText: true });
    expect(doc.quotes.length).toBeGreaterThanOrEqual(2);
    expect(doc.dates.some((d) => d.time !== undefined)).toBe(true);
    expect(doc.dates.some((d) => d.time === undefined)).toBe(true);
    const bytes = written(doc, 16);
    expect(bytes.toString('utf8')).toBe(JSON.stringify(doc));
    expect(bytes.equals(expected(doc))).toBe(true);
  });

  test('generated articles (the bench generator), one after another in one buffer', () => {
    const docs = generateRecords(60, 11).map((r) => extract(r.text, { id: r.id, published: r.published }));
    const w = new Utf8JsonWriter(64);
    for (const doc of docs) {
      w.document(doc);
      w.byte(0x0a);
    }
    const want = docs.map((d) => JSON.stringify(d) + '\n').join('');
    expect(Buffer.from(w.bytes.subarray(0, w.length)).equals(Buffer.from(want, 'utf8'))).toBe(true);
  });

  test('every escape, surrogates paired and not, and every number form', () => {
    const nasty = [
      'quote " and backslash \\ and slash /',
      '\b\t\n\f\r \u0000 \u0001 \u001f \u007f \u0080 é ß',
      'line\u2028sep\u2029 한글 ㄱ \ufeff \uffff',
      'emoji 😀 pair, lone high \ud83d end, lone low \ude00 end, high at end \ud83d',
      '\udc00\ud800',
      '',
    ];
    const span = (start: number, end: number, text: string) => ({ start, end, text });
    const doc: DocumentResult = {
      id: nasty[0],
      published: null,
      language: 'ko',
      quotes: nasty.map((s, i) => ({
        id: `q${i + 1}`,
        kind: i % 2 ? 'indirect' : 'direct',
        text: s,
        segments: [span(0, 9, s), span(10, 2147483647, nasty[(i + 1) % nasty.length])],
        speaker: i % 3 === 0 ? null : {
          name: s,
          canonical: i % 2 ? null : s,
          type: 'person',
          entity: i % 2 ? 'e1' : null,
          mention: i === 1 ? null : span(2147483648, 1e21, s),
          resolvedBy: 'explicit',
        },
        cue: i === 2 ? null : span(-1, -0, s),
        confidence: [0.95, 0, 1, 0.1 + 0.2, NaN, Infinity, -Infinity][i % 7],
      })),
      entities: [
        { id: 'e1', type: 'person', name: nasty[3], canonical: null, aliases: nasty, title: null, affiliation: null, mentions: [] },
        { id: 'e2', type: 'place', name: '', canonical: '', aliases: [], title: nasty[1], affiliation: 'e1', mentions: [span(0, 0, '')] },
      ],
      dates: [
        { start: 0, end: 10, text: nasty[1], value: null, granularity: 'day', relative: true },
        { start: 99, end: 100, text: '어제', value: '2024-03-14', granularity: 'day', relative: false, time: '15:30' },
      ],
      text: nasty.join('\n'),
    };
    expect(written(doc, 16).equals(expected(doc))).toBe(true);
    const noText = { ...doc, text: undefined };
    expect(written(noText).equals(expected(noText))).toBe(true);
    // What the bytes say: JSON.parse gives back the values (unpaired surrogates included).
    expect(JSON.parse(written(doc).toString('utf8')).quotes[3].text).toBe(nasty[3]);
  });

  test('writeJsonl writes, for every view, the bytes of renderJsonl', () => {
    const doc = extract(KOREAN, { id: 'ko-2', published: REF });
    const specs: RenderSpec[] = [
      { view: 'extract' },
      { view: 'list' },
      { view: 'list', kind: 'direct' },
      { view: 'list', speaker: '김하늘' },
      { view: 'entities' },
      { view: 'entities', type: 'person' },
      { view: 'dates' },
      { view: 'speakers' },
    ];
    for (const spec of specs) {
      const w = new Utf8JsonWriter();
      writeJsonl(doc, spec, w);
      const got = Buffer.from(w.bytes.subarray(0, w.length)).toString('utf8');
      expect(got).toBe(renderJsonl(doc, spec));
      expect(got.length).toBeGreaterThan(0);
    }
  });
});
