import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import stringWidth from 'string-width';
import { evaluateKlue, formatKlueReport, KlueRecord, loadKlue } from '../src/eval';
import type { DocumentResult, Entity, Span } from '../src/types';

const FILE = path.join(__dirname, 'data', 'eval', 'klue-tiny.jsonl');

function mention(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length, text: needle };
}
function ent(id: string, type: Entity['type'], mentions: Span[]): Entity {
  return { id, type, name: mentions[0].text, canonical: null, aliases: [], title: null, affiliation: null, mentions };
}
function doc(id: string, entities: Entity[], dates: Span[] = []): DocumentResult {
  return {
    id,
    published: null,
    language: 'ko',
    quotes: [],
    entities,
    dates: dates.map((d) => ({ ...d, value: null, granularity: 'day' as const, relative: false })),
  };
}

describe('loadKlue', () => {
  test('reads the jsonl records with code-point spans', () => {
    const recs = loadKlue(FILE);
    expect(recs.map((r) => r.id)).toEqual(['k1', 'k2']);
    const bank = recs[1].entities[0];
    expect(bank).toEqual({ type: 'OG', start: 2, end: 6, text: '한국은행' });
    expect(Array.from(recs[1].text).slice(bank.start, bank.end).join('')).toBe('한국은행');
  });

  test('reports the line of a broken record', () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'klue-')), 'bad.jsonl');
    fs.writeFileSync(f, '{"id":"a","text":"가","entities":[]}\n{oops\n');
    expect(() => loadKlue(f)).toThrow(/bad\.jsonl:2: invalid JSON/);
  });
});

describe('evaluateKlue', () => {
  const recs = loadKlue(FILE);
  const [t1, t2] = recs.map((r) => r.text);
  const preds = [
    doc(
      'k1',
      [
        ent('e1', 'person', [mention(t1, '김철수')]),
        ent('e2', 'person', [mention(t1, '김철수')]), // same span twice: counted once
        ent('e3', 'place', [mention(t1, '부산에서')]), // overlap only
        ent('e4', 'organization', [mention(t1, '대표')]), // false
        ent('e5', 'product', [mention(t1, '누리전자')]), // product: not scored as organization
      ],
      [mention(t1, '5일')],
    ),
    doc('k2', [ent('e1', 'organization', [mention(t2, '한국은행')])], [mention(t2, '오후 3시')]), // TI gold ignored: false date
  ];

  test('per type exact and overlap P/R/F1, micro overall', () => {
    expect(preds[1].entities[0].mentions[0]).toEqual({ start: 2, end: 6, text: '한국은행' });
    const r = evaluateKlue(recs, preds);
    expect(r.sentences).toBe(2);
    expect(r.types.person.exact).toEqual({ gold: 1, predicted: 1, matched: 1, precision: 1, recall: 1, f1: 1 });
    expect(r.types.organization.exact).toMatchObject({ gold: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(r.types.place.exact).toMatchObject({ gold: 1, predicted: 1, matched: 0, f1: 0 });
    expect(r.types.place.overlap).toMatchObject({ matched: 1, precision: 1, recall: 1, f1: 1 });
    expect(r.types.date.exact).toMatchObject({ gold: 1, predicted: 2, matched: 1, precision: 0.5, recall: 1 });
    expect(r.overall.exact).toMatchObject({ gold: 5, predicted: 6, matched: 3 });
    expect(r.overall.overlap).toMatchObject({ gold: 5, predicted: 6, matched: 4 });
    expect(r.overall.overlap.f1).toBeCloseTo((2 * (4 / 6) * (4 / 5)) / (4 / 6 + 4 / 5), 10);
  });

  test('overlap matching is one-to-one', () => {
    const rec: KlueRecord = {
      id: 'x',
      text: '서울 부산 대구',
      entities: [
        { type: 'LC', start: 0, end: 2, text: '서울' },
        { type: 'LC', start: 3, end: 5, text: '부산' },
      ],
    };
    const r = evaluateKlue([rec], [doc('x', [ent('e1', 'place', [{ start: 0, end: 5, text: '서울 부산' }])])]);
    expect(r.types.place.overlap).toMatchObject({ gold: 2, predicted: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(r.types.place.exact.matched).toBe(0);
    expect(() => evaluateKlue([rec], [])).toThrow(/1 records but 0 predictions/);
  });

  test('table and json', () => {
    const r = evaluateKlue(recs, preds);
    const out = formatKlueReport(r, 'table');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('KLUE NER: 2 sentences (TI and QT ignored)');
    expect(lines[2]).toMatch(/^type\s+gold\s+pred\s+P\s+R\s+F1\s+P\s+R\s+F1$/);
    expect(lines[4]).toMatch(/^organization\s+2\s+2\s+0\.500\s+0\.500\s+0\.500\s+0\.500\s+0\.500\s+0\.500$/);
    expect(lines[7]).toMatch(/^overall \(micro\)\s+5\s+6\s+0\.500\s+0\.600\s+0\.545\s+0\.667\s+0\.800\s+0\.727$/);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    const back = JSON.parse(formatKlueReport(r, 'json'));
    expect(Object.keys(back)).toEqual(['sentences', 'types', 'overall', 'notes']);
    expect(Object.keys(back.types)).toEqual(['person', 'organization', 'place', 'date']);
    expect(back.types.date.exact.precision).toBe(0.5);
  });
});
