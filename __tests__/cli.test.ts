/** The CLI, in-process and as the real spawned binary (dist/ is built by `npm test` before jest runs). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli, spawnCli, SEED, ROOT } from './helpers/cli';
import { validate } from './helpers/schema';
import { displayWidth } from '../src/format';

const DATE = ['--date', '2023-06-09'];
const ANSI = /\u001b\[/;

describe('quotes list', () => {
  test.each(['altman', '올트먼', '샘 올트먼', 'Sam Altman'])('--speaker %s selects the 10 Altman quotes', async (name) => {
    const r = await runCli(['list', '--speaker', name, ...DATE, '--format', 'json', SEED]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(validate('quoteList', rows)).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(rows.every((q: any) => q.speaker.canonical === 'Sam Altman' && q.document === SEED)).toBe(true);
  });

  test('--kind indirect', async () => {
    const r = await runCli(['list', '--kind', 'indirect', ...DATE, '--format', 'json', SEED]);
    expect(JSON.parse(r.out).map((q: any) => q.kind)).toEqual(['indirect', 'indirect', 'indirect', 'indirect']);
  });

  test('table at 80 columns: aligned, wrapped by display width, no colour when piped', async () => {
    const r = await runCli(['list', '--speaker', 'altman', ...DATE, '--format', 'table', SEED], { columns: 80 });
    expect(r.code).toBe(0);
    expect(ANSI.test(r.out)).toBe(false);
    const lines = r.out.trimEnd().split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    const ids = lines.filter((l) => /^q\d+\s/.test(l));
    expect(ids).toHaveLength(10);
    expect(r.out).toContain('Sam Altman');
    // Every word of a long quote is present once the wrapping is undone.
    const words = new Set(r.out.split(/\s+/));
    for (const w of '오픈AI를 창업하고 많은 어려움과 불확실성이 있었지만 GPT-2 개발을 통해 성공에 대한 강력한 믿음이 생겼다'.split(' ')) {
      expect(words).toContain(w);
    }
  });

  test('colours on a terminal, none with NO_COLOR or --no-color', async () => {
    const tty = await runCli(['list', ...DATE, '--format', 'table', SEED], { tty: true });
    expect(ANSI.test(tty.out)).toBe(true);
    const noColor = await runCli(['list', ...DATE, '--format', 'table', SEED], { tty: true, env: { NO_COLOR: '1' } });
    expect(ANSI.test(noColor.out)).toBe(false);
    const flag = await runCli(['list', ...DATE, '--no-color', SEED], { tty: true });
    expect(ANSI.test(flag.out)).toBe(false);
  });

  test('jsonl: one quote object a line', async () => {
    const r = await runCli(['list', ...DATE, '--format', 'jsonl', SEED]);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(11);
    expect(validate('quoteList', lines)).toEqual([]);
  });

  test('csv has a header and one row a quote', async () => {
    const r = await runCli(['list', ...DATE, '--format', 'csv', SEED]);
    expect(r.out.split('\r\n')[0]).toMatch(/^document,id,kind,speaker/);
  });
});

describe('other commands', () => {
  test('extract --format json validates against the schema', async () => {
    const r = await runCli(['extract', ...DATE, '--format', 'json', SEED]);
    const out = JSON.parse(r.out);
    expect(validate('extract', out)).toEqual([]);
    expect(out.version).toBe(1);
    expect(out.documents[0]).toMatchObject({ id: SEED, published: '2023-06-09', language: 'ko' });
  });

  test('entities --type person, dates, speakers', async () => {
    const ents = JSON.parse((await runCli(['entities', '--type', 'person', '--format', 'json', SEED])).out);
    expect(validate('entityList', ents)).toEqual([]);
    expect(ents.every((e: any) => e.type === 'person')).toBe(true);
    expect(ents.map((e: any) => e.canonical)).toEqual(expect.arrayContaining(['Sam Altman', 'Greg Brockman']));
    const dates = JSON.parse((await runCli(['dates', ...DATE, '--format', 'json', SEED])).out);
    expect(validate('dateList', dates)).toEqual([]);
    expect(dates.map((d: any) => d.value)).toEqual(['2023-06-09', '2023-06-09', '2023-W22', '2023-06-09', '2023-03']);
    const speakers = JSON.parse((await runCli(['speakers', ...DATE, '--format', 'json', SEED])).out);
    expect(validate('speakerList', speakers)).toEqual([]);
    expect(speakers.map((s: any) => [s.canonical, s.quotes])).toEqual([
      ['Sam Altman', 10],
      [expect.stringMatching(/^Kim /), 1],
    ]);
    expect(speakers[1].affiliation).toContain('업스테이지');
  });

  test('entities --type person shows affiliations by name in the table', async () => {
    const r = await runCli(['entities', '--type', 'person', '--format', 'table', SEED], { columns: 120 });
    expect(r.out).toContain('오픈AI (OpenAI)');
    expect(r.out).not.toMatch(/\bperson\b.*\be\d+\s+—/);
  });

  test('jsonl input: records with ids and published dates; stdin', async () => {
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    const input = JSON.stringify({ id: 'a1', text, published: '2023-06-09' }) + '\n' + JSON.stringify({ id: 'a2', text: '그는 "좋다"고 말했다.' }) + '\n';
    const r = await runCli(['extract', '--input', 'jsonl', '--format', 'jsonl'], { stdin: input });
    const docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['a1', 'a2']);
    expect(docs[0].dates[0].value).toBe('2023-06-09');
  });

  test('a directory is walked in sorted order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '김철수 대표는 "둘째"라고 말했다.');
    fs.writeFileSync(path.join(dir, 'a.txt'), '김철수 대표는 "첫째"라고 말했다.');
    const r = await runCli(['list', '--format', 'json', dir]);
    expect(JSON.parse(r.out).map((q: any) => q.text)).toEqual(['첫째', '둘째']);
  });
});

describe('errors and exit codes', () => {
  test('a missing file: one line naming it, exit 2, the readable inputs still printed', async () => {
    const r = await runCli(['list', '--format', 'json', ...DATE, 'missing.txt', SEED]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('missing.txt');
    expect(JSON.parse(r.out)).toHaveLength(11);
  });

  test.each([
    [['list', '--date', '2023-13-40', 'x.txt'], /--date/],
    [['list', '--format', 'xml', 'x.txt'], /format/],
    [['list', '--bogus', 'x.txt'], /unknown option/],
    [['frobnicate'], /unknown command|frobnicate/],
  ])('usage error %j exits 2 with one line', async (args, re) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(re);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('nothing found is still success', async () => {
    const r = await runCli(['list', '--format', 'json'], { stdin: '오늘은 날씨가 맑다.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([]);
  });
});

describe('the real binary', () => {
  test('--version and --help with examples', () => {
    const v = spawnCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.out.trim()).toBe(require('../package.json').version);
    const h = spawnCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('Examples:');
    expect(h.out).toContain('quotes list --speaker');
  });

  test('list --speaker altman prints the 10 quotes as a table', () => {
    const r = spawnCli(['list', '--speaker', 'altman', ...DATE, '--format', 'table', SEED]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => /^q\d+\s/.test(l))).toHaveLength(10);
    expect(ANSI.test(r.out)).toBe(false);
  });

  test('--jobs 2 gives output identical to --jobs 1 (ordered), and a bad --jobs is a usage error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-jobs-'));
    const file = path.join(dir, 'batch.jsonl');
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `기자${i} 대표는 "숫자 ${i}는 중요하다"고 말했다. 그는 ${i}일 귀국했다고 밝혔다.`, published: '2024-05-20' }));
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const one = spawnCli(['extract', '--format', 'jsonl', '--jobs', '1', file]);
    const two = spawnCli(['extract', '--format', 'jsonl', '--jobs', '2', file]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.out.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(lines.map((_, i) => `r${i}`));
    const bad = spawnCli(['extract', '--jobs', 'many', file]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--jobs/);
  });

  test('a missing file exits 2 without a stack trace', () => {
    const r = spawnCli(['list', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^quotes: missing\.txt: /);
    expect(r.err).not.toContain('    at ');
  });

  test('stdin is read when piped with no input', () => {
    const r = spawnCli(['list', '--format', 'json'], { input: '박지성 감독은 "최선을 다했다"고 말했다.' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0]).toMatchObject({ text: '최선을 다했다', document: '-' });
  });
});
