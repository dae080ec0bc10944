/**
 * Property tests (fast-check): on any text, extract never throws, every span slices the text exactly (code points),
 * the output validates against the JSON Schema, two runs give identical output, and `quotes check` positions stay
 * inside the text. Runs: QUOTES_PROPERTY_RUNS in total (default 10,000 with CI set, 500 otherwise).
 */
import fc from 'fast-check';
import { extract, runStages } from '../src/pipeline';
import { toResult } from '../src/pipeline/output';
import { checkDocument, defaultConfig } from '../src/check';
import { spanProblems, validate } from './helpers/schema';

const TOTAL = Number(process.env.QUOTES_PROPERTY_RUNS) || (process.env.CI ? 10000 : 500);
const runs = (share: number) => Math.max(1, Math.round(TOTAL * share));
const PUBLISHED = '2024-05-03';

// An invented article in the style of Korean news (no real article text).
const ARTICLE = [
  '[서울=가상뉴스] 박지민 기자 = 한빛전자 김성훈 대표는 3일 서울 강남구 본사에서 열린 간담회에서 "올해 반도체 수출이 두 배로 늘 것"이라고 말했다.',
  '김 대표는 “신제품은 다음 달 출시된다"며 "가격은 지난해와 같다”고 설명했다. 그는 \'투자\'를 늘리겠다고 강조했다.',
  '「시장이 회복되고 있다」는 분석도 나왔다. 업계 관계자는 "하반기가 관건"이라고 전했다.',
  '이수진 산업통상자원부 장관은 지난주 "지원을 아끼지 않겠다"고 밝혔다. 장관에 따르면 예산은 지난 3월 확정됐다. 🚀',
  '한편 한빛전자는 오는 2025년 상반기 미국 공장을 완공할 계획이다.',
].join('\n\n');

function checkText(text: string): void {
  const doc = extract(text, { id: 'p', published: PUBLISHED });
  const problems = validate('extract', { version: 1, documents: [doc] });
  if (problems.length) throw new Error(`schema: ${problems.join('; ')}`);
  const spans = spanProblems(doc, text);
  if (spans.length) throw new Error(`spans: ${spans.join('; ')}`);
  const again = extract(text, { id: 'p', published: PUBLISHED });
  if (JSON.stringify(again) !== JSON.stringify(doc)) throw new Error('two runs differ');
  // check: findings inside the text (1-based line ≤ lines, column ≤ code points of that line + 1).
  const wd = runStages(text, { id: 'p', published: null });
  const lines = text.split('\n').map((l) => Array.from(l).length);
  for (const f of checkDocument(wd, toResult(wd), { ...defaultConfig(), 'no-date': 'error' }, { file: 'p' })) {
    if (f.line < 1 || f.line > lines.length || f.column < 1 || f.column > lines[f.line - 1] + 1) {
      throw new Error(`finding outside the text: ${JSON.stringify(f)}`);
    }
    if (f.endLine < f.line || (f.endLine === f.line && f.endColumn < f.column)) throw new Error(`finding ends before it starts: ${JSON.stringify(f)}`);
  }
}

const MARKS = ['“', '”', '"', '‘', '’', "'", '「', '」'];
const WORDS = ['김성훈', '대표는', '그는', '그녀는', '이라고', '라고 말했다', '고 밝혔다', '며', '에 따르면', '지난 3월', '3일', '장관은', '(', ')', '.', '😀', '👩‍💻'];
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 5, arbitrary: hangul },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n') },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
);
const mix = fc.array(piece, { maxLength: 120 }).map((a) => a.join(''));
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom('😀', '🇰🇷', '𠀀', '“', '”', '"', '대표는', '\n')), { maxLength: 40 }).map((a) => a.join('')),
);
const cps = Array.from(ARTICLE);
const truncation = fc
  .tuple(fc.nat({ max: cps.length }), fc.nat({ max: cps.length }))
  .map(([a, b]) => cps.slice(Math.min(a, b), Math.max(a, b)).join(''));

describe('extract on any text', () => {
  jest.setTimeout(60000);

  // Found by these properties: "에 따르면" with nothing before it once gave a speaker named "".
  test('regression: "에 따르면" with no source before it gives no empty speaker name', () => {
    for (const t of ['에 따르면 예산은 늘었다고 밝혔다', '. 에 따르면 예산은 지']) {
      const doc = extract(t, { published: PUBLISHED });
      expect(validate('extract', { version: 1, documents: [doc] })).toEqual([]);
    }
  });

  test('the full article itself passes', () => {
    checkText(ARTICLE);
    const doc = extract(ARTICLE, { published: PUBLISHED });
    expect(doc.quotes.length).toBeGreaterThanOrEqual(4);
  });

  test('random Unicode text (astral emoji, flags, CJK extension B)', () => {
    fc.assert(fc.property(unicode, (t) => checkText(t)), { numRuns: runs(0.3) });
  });

  test('random mixes of quote marks, Hangul syllables, quote words, spaces and newlines', () => {
    fc.assert(fc.property(mix, (t) => checkText(t)), { numRuns: runs(0.4) });
  });

  test('random truncations of a Korean article', () => {
    fc.assert(fc.property(truncation, (t) => checkText(t)), { numRuns: runs(0.3) });
  });
});
