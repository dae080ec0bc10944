import fc from 'fast-check';
import {
  dateRows,
  displayWidth,
  entityRows,
  formatView,
  getFormatter,
  jsonlLine,
  normalizeWidth,
  quoteRows,
  rowsFor,
  sanitizeForTerminal,
  speakerRows,
  wrapText,
  type FormatOptions,
  type View,
} from '../src/format';
import type { DocumentResult, Quote, Speaker } from '../src/types';
import stringWidth = require('string-width');

// ----------------------------------------------------------------------------------------------------------------
// Fixtures: invented sentences in the style of Korean news.

function span(start: number, text: string) {
  return { start, end: start + [...text].length, text };
}

function speaker(name: string, canonical: string | null, entity: string | null): Speaker {
  return { name, canonical, type: 'person', entity, mention: span(0, name), resolvedBy: 'explicit' };
}

const LONG_QUOTE =
  '인공지능은 앞으로 10년 안에 모든 산업의 작동 방식을 근본적으로 바꿔 놓을 것이며 우리 회사는 그 변화의 맨 앞에 서겠다';
const NO_SPACE_QUOTE = '초거대언어모델개발경쟁은이제막시작되었을뿐이며앞으로훨씬더치열해질것이라고생각합니다';

function quote(id: string, kind: Quote['kind'], text: string, sp: Speaker | null, cue: string | null, conf: number): Quote {
  return { id, kind, text, segments: [span(10, text)], speaker: sp, cue: cue ? span(200, cue) : null, confidence: conf };
}

function makeDoc(id = 'news-001'): DocumentResult {
  return {
    id,
    published: '2024-05-02',
    language: 'ko',
    quotes: [
      quote('q1', 'direct', LONG_QUOTE, speaker('올트먼', 'Sam Altman', 'e1'), '말했다', 0.92),
      quote('q2', 'indirect', '반도체 수출이 석 달 연속 증가했다', null, '밝혔다', 0.61),
      quote('q3', 'direct', NO_SPACE_QUOTE, speaker('업계 관계자', null, null), null, 0.5),
      quote('q4', 'direct', '안전 기준은 양보할 수 없다', speaker('샘 올트먼', 'Sam Altman', 'e1'), '강조했다', 0.88),
    ],
    entities: [
      {
        id: 'e1',
        type: 'person',
        name: '샘 올트먼',
        canonical: 'Sam Altman',
        aliases: ['올트먼', '올트먼 CEO'],
        title: '최고경영자',
        affiliation: 'e2',
        mentions: [span(0, '샘 올트먼'), span(50, '올트먼')],
      },
      { id: 'e2', type: 'organization', name: '오픈AI', canonical: 'OpenAI', aliases: [], title: null, affiliation: null, mentions: [span(7, '오픈AI')] },
    ],
    dates: [{ ...span(5, '지난 3월'), value: '2024-03', granularity: 'month', relative: true }],
  };
}

const plain = (width: number): FormatOptions => ({ color: false, width });
const ANSI = /\u001b\[[0-9;]*m/g;
const stripAnsi = (s: string) => s.replace(ANSI, '');

function lines(out: string): string[] {
  expect(out.endsWith('\n')).toBe(true);
  return out.slice(0, -1).split('\n');
}

/** A line as an array of terminal cells (a wide character fills its cell and leaves '' in the next). */
function cells(line: string): string[] {
  const out: string[] = [];
  for (const g of new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(line)) {
    const w = stringWidth(g.segment);
    out.push(g.segment);
    for (let i = 1; i < w; i++) out.push('');
  }
  return out;
}

/** Column extents (display cells) read off the header rule line: runs of '─' separated by two spaces. */
function columnsOf(tableLines: string[]): { start: number; end: number }[] {
  const rule = tableLines.find((l) => /^─/.test(stripAnsi(l)));
  expect(rule).toBeDefined();
  const cols: { start: number; end: number }[] = [];
  const re = /─+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(stripAnsi(rule!))) !== null) cols.push({ start: m.index, end: m.index + m[0].length });
  return cols;
}

/** The text of column `col` on every line of the table (layout spaces trimmed). */
function columnText(tableLines: string[], col: { start: number; end: number }): string[] {
  return tableLines.map((l) => cells(stripAnsi(l)).slice(col.start, col.end).join('').trim());
}

const squash = (s: string) => s.replace(/\s+/g, '');

// ----------------------------------------------------------------------------------------------------------------

describe('table layout', () => {
  const doc = makeDoc();

  test.each([60, 72, 80, 100, 137])('every line fits in %i cells and columns line up', (width) => {
    for (const view of ['list', 'entities', 'dates', 'speakers'] as View[]) {
      const ls = lines(formatView(view, 'table', [doc], rowsFor(view, [doc]), plain(width)));
      for (const l of ls) expect(stringWidth(l)).toBeLessThanOrEqual(width);
      const cols = columnsOf(ls);
      expect(cols.length).toBeGreaterThan(3);
      // The two cells before every column start are blank on every line: nothing overflows its column.
      for (const l of ls) {
        const cs = cells(l);
        for (const c of cols.slice(1)) {
          expect([cs[c.start - 1] ?? ' ', cs[c.start - 2] ?? ' ']).toEqual([' ', ' ']);
        }
      }
    }
  });

  test('wide text at width 100 uses the room and keeps names on one line', () => {
    const out = formatView('list', 'table', [doc], quoteRows([doc]), plain(100));
    const ls = lines(out);
    expect(Math.max(...ls.map((l) => stringWidth(l)))).toBe(100);
    expect(out).toContain('올트먼 (Sam Altman)');
    expect(ls[0]).toMatch(/^#\s+kind\s+speaker\s+quote\s+cue\s+conf$/);
    expect(out).not.toContain('document');
  });

  test('a narrow table puts the canonical name below the Korean name', () => {
    const ls = lines(formatView('list', 'table', [doc], quoteRows([doc]), plain(60)));
    const cols = columnsOf(ls);
    const speakerCol = columnText(ls, cols[2]);
    const i = speakerCol.indexOf('올트먼');
    expect(i).toBeGreaterThan(1);
    expect(speakerCol.slice(i + 1, i + 3).join(' ')).toBe('(Sam Altman)');
  });

  test.each([60, 80, 100])('Korean quote text is wrapped inside its column and nothing is lost (width %i)', (width) => {
    const ls = lines(formatView('list', 'table', [doc], quoteRows([doc]), plain(width)));
    const cols = columnsOf(ls);
    const idCol = columnText(ls, cols[0]);
    const quoteCol = columnText(ls, cols[3]);
    const body = ls.slice(2);
    const records: string[][] = [];
    body.forEach((_, i) => {
      const id = idCol[i + 2];
      if (id) records.push([quoteCol[i + 2]]);
      else if (records.length) records[records.length - 1].push(quoteCol[i + 2]);
    });
    expect(records.map((r) => squash(r.join('')))).toEqual(doc.quotes.map((q) => squash(q.text)));
    // The long ones really were wrapped, and a 어절 is broken only when it is wider than the column.
    expect(records[0].filter((s) => s !== '').length).toBeGreaterThan(1);
    expect(records[2].filter((s) => s !== '').length).toBeGreaterThan(1);
    const words = new Set(LONG_QUOTE.split(' '));
    for (const piece of records[0].filter((s) => s !== '')) for (const w of piece.split(' ')) expect(words.has(w)).toBe(true);
  });

  test('several documents add a document column', () => {
    const docs = [makeDoc('a.txt'), makeDoc('b.txt')];
    const ls = lines(formatView('list', 'table', docs, quoteRows(docs), plain(100)));
    expect(ls[0]).toMatch(/^document\s+#/);
    const docCol = columnText(ls, columnsOf(ls)[0]);
    expect(docCol.filter((s) => s === 'a.txt')).toHaveLength(4);
    expect(docCol.filter((s) => s === 'b.txt')).toHaveLength(4);
    for (const l of ls) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  });

  test('unknown speaker and missing cue are shown as a dash', () => {
    const ls = lines(formatView('list', 'table', [doc], quoteRows([doc]), plain(100)));
    const q2 = ls.find((l) => l.startsWith('q2'))!;
    expect(q2).toMatch(/^q2\s+indirect\s+—\s+반도체/);
    const q3 = ls.find((l) => l.startsWith('q3'))!;
    expect(q3).toMatch(/—\s+0\.50$/);
  });

  test('entities, dates and speakers tables show their fields', () => {
    const ent = formatView('entities', 'table', [doc], entityRows([doc]), plain(100));
    expect(ent).toMatch(/e1\s+person\s+샘 올트먼\s+Sam Altman\s+최고경영자\s+오픈AI \(OpenAI\)\s+올트먼, 올트먼 CEO\s+2/);
    const dates = formatView('dates', 'table', [doc], dateRows([doc]), plain(100));
    expect(dates).toMatch(/지난 3월\s+2024-03\s+month\s+yes\s+5/);
    const sp = formatView('speakers', 'table', [doc], speakerRows([doc]), plain(100));
    expect(sp).toMatch(/샘 올트먼\s+Sam Altman\s+person\s+최고경영자\s+오픈AI \(OpenAI\)\s+2/);
    expect(sp).toMatch(/업계 관계자\s+—\s+person\s+—\s+—\s+1/);
  });

  test('width is normalized: unknown → 100, never below 60', () => {
    expect(normalizeWidth(undefined)).toBe(100);
    expect(normalizeWidth(NaN)).toBe(100);
    expect(normalizeWidth(0)).toBe(100);
    expect(normalizeWidth(20)).toBe(60);
    expect(normalizeWidth(120.7)).toBe(120);
    const ls = lines(formatView('list', 'table', [doc], quoteRows([doc]), plain(20)));
    for (const l of ls) expect(stringWidth(l)).toBeLessThanOrEqual(60);
    expect(Math.max(...ls.map((l) => stringWidth(l)))).toBeGreaterThan(50);
  });

  test('extract table: a summary per document with each view', () => {
    const docs = [makeDoc('a.txt'), { ...makeDoc('b.txt'), quotes: [], dates: [] }];
    const out = formatView('extract', 'table', docs, [], plain(80));
    expect(out).toContain('published 2024-05-02, 4 quotes, 2 speakers, 2 entities, 1 date');
    expect(out).toContain('published 2024-05-02, 0 quotes, 0 speakers, 2 entities, 0 dates');
    expect(out).toContain('No quotes found.');
    expect(out).toContain('No dates found.');
    for (const title of ['Quotes', 'Speakers', 'Entities', 'Dates']) expect(out.split('\n').filter((l) => l === title)).toHaveLength(2);
    for (const l of lines(out)) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    expect(out).not.toMatch(/^document/m);
  });

  test('empty results print a friendly line', () => {
    expect(formatView('list', 'table', [], [], plain(80))).toBe('No quotes found.\n');
    expect(formatView('entities', 'table', [makeDoc()], [], plain(80))).toBe('No entities found.\n');
    expect(formatView('dates', 'table', [], [], plain(80))).toBe('No dates found.\n');
    expect(formatView('speakers', 'table', [], [], plain(80))).toBe('No speakers found.\n');
    expect(formatView('extract', 'table', [], [], plain(80))).toBe('No documents.\n');
    expect(formatView('list', 'json', [], [], plain(80))).toBe('[]\n');
    expect(formatView('list', 'jsonl', [], [], plain(80))).toBe('');
    expect(formatView('list', 'csv', [], [], plain(80))).toBe(
      'document,id,kind,speaker,canonical,text,start,end,cue,confidence\r\n',
    );
  });
});

describe('colour', () => {
  const doc = makeDoc();
  const views: View[] = ['list', 'entities', 'dates', 'speakers', 'extract'];

  test('no escape code at all with color false', () => {
    for (const v of views) {
      const out = formatView(v, 'table', [doc], rowsFor(v, [doc]), { color: false, width: 80 });
      expect(out).not.toContain('\u001b');
    }
  });

  test('kinds, speakers and header are coloured with color true, without changing the layout', () => {
    const out = formatView('list', 'table', [doc], quoteRows([doc]), { color: true, width: 80 });
    expect(out).toContain('\u001b[32mdirect\u001b[39m');
    expect(out).toContain('\u001b[33mindirect\u001b[39m');
    expect(out).toContain('\u001b[1m#\u001b[22m');
    expect(out).toContain('\u001b[2m—\u001b[22m');
    expect(stripAnsi(out)).toBe(formatView('list', 'table', [doc], quoteRows([doc]), { color: false, width: 80 }));
    // One speaker, one colour: both quotes of 올트먼 carry the same code, and it is stable.
    const code = (name: string) => out.match(new RegExp(`(\\u001b\\[\\d+m)${name}`))?.[1];
    expect(code('올트먼')).toMatch(/^\u001b\[(3[1-7]|9[1-7])m$/);
    const again = formatView('speakers', 'table', [doc], speakerRows([doc]), { color: true, width: 80 });
    expect(again.match(/(\u001b\[\d+m)업계 관계자/)?.[1]).toBe(code('업계'));
    for (const v of views) expect(formatView(v, 'table', [doc], rowsFor(v, [doc]), { color: true, width: 80 })).toContain('\u001b[');
  });
});

describe('control characters from article text', () => {
  const evil =
    '주가가\u001b[31m 급락\u001b[0m했다\u0007 \u001b]8;;http://x.example\u0007링크\u001b]8;;\u0007 \u009b2J지움 \u202e뒤집기\u202c 탭\t줄\r\n바꿈 \u200b끝';
  const CLEAN = '주가가 급락했다 링크 지움 뒤집기 탭 줄 바꿈 끝';
  const doc = makeDoc();
  doc.quotes[1] = quote('q2', 'indirect', evil, speaker('김\u001b[1m철수', null, null), '말\u0008했다', 0.6);
  doc.id = 'doc\u001b[2J';

  test('no escape, C0 or C1 control reaches the table (colour on or off)', () => {
    for (const color of [false, true]) {
      const out = formatView('list', 'table', [doc, makeDoc('b')], quoteRows([doc]), { color, width: 80 });
      const text = stripAnsi(out);
      // Only our own colour codes (removed above) and our own newlines.
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b\u202c\u202e]/);
      const ls = lines(text);
      const cols = columnsOf(ls);
      const idCol = columnText(ls, cols[1]);
      const quoteCol = columnText(ls, cols[4]);
      const start = idCol.indexOf('q2');
      const end = idCol.indexOf('q3');
      expect(squash(quoteCol.slice(start, end).join(''))).toBe(squash(CLEAN));
      expect(text).toContain('김철수');
      expect(text).toContain('말했다');
      expect(text).not.toContain('http://x.example');
      for (const l of lines(text)) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    }
    const ex = formatView('extract', 'table', [doc], [], { color: false, width: 80 });
    expect(ex).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  test('sanitizeForTerminal', () => {
    expect(sanitizeForTerminal(evil)).toBe(CLEAN);
    expect(sanitizeForTerminal('a\u001b')).toBe('a');
    expect(sanitizeForTerminal('\ud800가')).toBe('가');
    // NFD Hangul (conjoining jamo) is composed, so it measures as two syllables.
    const nfd = '한국'.normalize('NFD');
    expect(sanitizeForTerminal(nfd)).toBe('한국');
    expect(stringWidth(sanitizeForTerminal(nfd))).toBe(4);
  });

  test('JSON keeps the text as it is (JSON.stringify escapes it)', () => {
    const out = formatView('list', 'json', [doc], quoteRows([doc]), plain(80));
    expect(out).not.toContain('\u001b');
    expect(JSON.parse(out)[1].text).toBe(evil);
  });
});

describe('displayWidth', () => {
  test('agrees with string-width, Hangul counting 2', () => {
    expect(displayWidth('올트먼 (Sam Altman)')).toBe(19);
    const unit = fc.constantFrom('가', '힣', 'ㄱ', '中', 'a', ' ', '—', '“', '·', '😀', '#', '\u20e3', 'é', 'ｱ', '\u0301');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('wrapText', () => {
  test('breaks at spaces, and inside a Korean word wider than the column', () => {
    expect(wrapText('반도체 수출이 석 달 연속 증가했다', 14)).toEqual(['반도체 수출이', '석 달 연속', '증가했다']);
    expect(wrapText('가나다라마바사', 6)).toEqual(['가나다', '라마바', '사']);
    expect(wrapText('가나다라마바사', 5)).toEqual(['가나', '다라', '마바', '사']);
    expect(wrapText('OpenAI는', 4)).toEqual(['Open', 'AI는']);
    expect(wrapText('', 10)).toEqual(['']);
    expect(wrapText('첫 줄\n둘째 줄', 20)).toEqual(['첫 줄', '둘째 줄']);
  });

  test('property: lines fit and no character is lost', () => {
    const unit = fc.constantFrom('가', '힣', '한', 'a', 'Z', '1', ' ', ' ', '.', '“', '😀', 'é', '中');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.integer({ min: 2, max: 40 }), (chars, width) => {
        const text = sanitizeForTerminal(chars.join(''));
        const out = wrapText(text, width);
        for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(width);
        expect(squash(out.join(''))).toBe(squash(text));
        // Words that fit are never broken.
        for (const w of text.split(' ')) if (w && stringWidth(w) <= width) expect(out.some((l) => l.split(' ').includes(w))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('json and jsonl', () => {
  const docs = [makeDoc('a'), makeDoc('b')];

  test('json list rows carry "document"', () => {
    const parsed = JSON.parse(formatView('list', 'json', docs, quoteRows(docs), plain(80)));
    expect(parsed).toHaveLength(8);
    expect(parsed.map((r: { document: string }) => r.document)).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b']);
    expect(parsed[0]).toMatchObject({ id: 'q1', kind: 'direct', text: LONG_QUOTE, speaker: { name: '올트먼' } });
    const sp = JSON.parse(formatView('speakers', 'json', docs, speakerRows(docs), plain(80)));
    expect(sp[0].document).toBe('a');
    const out = formatView('entities', 'json', docs, entityRows(docs), plain(80));
    expect(out).toContain('\n  {\n    "document": "a",');
  });

  test('extract json is {version: 1, documents}', () => {
    const out = formatView('extract', 'json', docs, [], plain(80));
    expect(JSON.parse(out)).toEqual({ version: 1, documents: docs });
    expect(out).toBe(JSON.stringify({ version: 1, documents: docs }, null, 2) + '\n');
  });

  test('jsonl is one valid compact JSON object a line', () => {
    const rows = quoteRows(docs);
    rows[0] = { ...rows[0], text: '첫 줄\n둘째 줄' };
    const out = formatView('list', 'jsonl', docs, rows, plain(80));
    const ls = lines(out);
    expect(ls).toHaveLength(8);
    expect(ls.map((l) => JSON.parse(l))).toEqual(rows);
    const ex = lines(formatView('extract', 'jsonl', docs, [], plain(80)));
    expect(ex.map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(jsonlLine({ a: '가\n나' })).toBe('{"a":"가\\n나"}\n');
  });

  test('registry', () => {
    expect(getFormatter('csv')).toBeDefined();
    expect(getFormatter('xml')).toBeUndefined();
  });
});

/** A strict RFC 4180 parser for the round trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const j = text.indexOf('"', i);
        if (j < 0) throw new Error('unterminated');
        field += text.slice(i, j);
        if (text[j + 1] === '"') {
          field += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
    } else {
      const m = /[,\r]/.exec(text.slice(i));
      const j = m ? i + m.index : text.length;
      field = text.slice(i, j);
      expect(field).not.toMatch(/["\n]/);
      i = j;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`bad CSV at ${i}`);
  }
  return rows;
}

describe('csv', () => {
  test('quotes round-trip through RFC 4180 quoting', () => {
    const doc = makeDoc('기사, "첫째"');
    doc.quotes[1] = quote('q2', 'indirect', '그는 "괜찮다", 그리고\n다음 줄', speaker('박, 영희', 'Park "Y"', null), '말했다', 0.6);
    doc.quotes[0].segments.push(span(300, '둘째 조각'));
    const rows = quoteRows([doc]);
    const parsed = parseCsv(formatView('list', 'csv', [doc], rows, plain(80)));
    expect(parsed[0]).toEqual(['document', 'id', 'kind', 'speaker', 'canonical', 'text', 'start', 'end', 'cue', 'confidence']);
    expect(parsed).toHaveLength(5);
    expect(parsed[1]).toEqual(['기사, "첫째"', 'q1', 'direct', '올트먼', 'Sam Altman', LONG_QUOTE, '10', '305', '말했다', '0.92']);
    expect(parsed[2]).toEqual(['기사, "첫째"', 'q2', 'indirect', '박, 영희', 'Park "Y"', '그는 "괜찮다", 그리고\n다음 줄', '10', String(10 + [...'그는 "괜찮다", 그리고\n다음 줄'].length), '말했다', '0.6']);
    expect(parsed[3].slice(3, 5)).toEqual(['업계 관계자', '']);
    expect(parsed[3][8]).toBe('');
  });

  test('other views', () => {
    const doc = makeDoc();
    const ent = parseCsv(formatView('entities', 'csv', [doc], entityRows([doc]), plain(80)));
    expect(ent[0]).toEqual(['document', 'id', 'type', 'name', 'canonical', 'title', 'affiliation', 'affiliation_id', 'aliases', 'mentions']);
    expect(ent[1]).toEqual(['news-001', 'e1', 'person', '샘 올트먼', 'Sam Altman', '최고경영자', '오픈AI (OpenAI)', 'e2', '올트먼; 올트먼 CEO', '2']);
    const dates = parseCsv(formatView('dates', 'csv', [doc], dateRows([doc]), plain(80)));
    expect(dates[1]).toEqual(['news-001', '지난 3월', '5', '10', '2024-03', '', 'month', 'true']);
    const sp = parseCsv(formatView('speakers', 'csv', [doc], speakerRows([doc]), plain(80)));
    expect(sp.slice(1)).toEqual([
      ['news-001', '샘 올트먼', 'Sam Altman', 'person', '최고경영자', '오픈AI (OpenAI)', '2', 'e1'],
      ['news-001', '업계 관계자', '', 'person', '', '', '1', ''],
    ]);
    const ex = parseCsv(formatView('extract', 'csv', [doc, makeDoc('b')], [], plain(80)));
    expect(ex).toHaveLength(9);
  });
});

describe('speakerRows', () => {
  test('groups by entity, else by name, one row per document', () => {
    const a = makeDoc('a');
    a.quotes.push(quote('q5', 'indirect', '투자를 늘리겠다', speaker('업계 관계자', null, null), '전했다', 0.7));
    a.quotes.push(quote('q6', 'direct', '모르겠다', speaker('다른 관계자', null, null), '말했다', 0.7));
    const rows = speakerRows([a, makeDoc('b')]);
    expect(rows.map((r) => [r.document, r.name, r.quotes, r.entity])).toEqual([
      ['a', '샘 올트먼', 2, 'e1'],
      ['a', '업계 관계자', 2, null],
      ['a', '다른 관계자', 1, null],
      ['b', '샘 올트먼', 2, 'e1'],
      ['b', '업계 관계자', 1, null],
    ]);
    expect(rows[0]).toEqual({
      document: 'a',
      name: '샘 올트먼',
      canonical: 'Sam Altman',
      type: 'person',
      title: '최고경영자',
      affiliation: '오픈AI (OpenAI)',
      quotes: 2,
      entity: 'e1',
    });
  });

  test('affiliation without canonical is the bare name', () => {
    const d = makeDoc();
    d.entities[1].canonical = null;
    expect(speakerRows([d])[0].affiliation).toBe('오픈AI');
  });
});
