/**
 * Never break: pipes closed early, hostile text in table output, bad inputs in a batch, pathological sizes.
 * The spawned tests run the real binary (bin/quotes → dist/): `npm run build` first (`npm test` does).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { BIN, ROOT, nodePath, spawnCli } from './helpers/cli';
import { extract } from '../src/pipeline';
import { spanProblems, validate } from './helpers/schema';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-robust-'));
const put = (name: string, text: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

const RECORD = (i: number) => ({
  id: `r${i}`,
  published: '2024-05-03',
  text: `박지민 대표는 ${(i % 28) + 1}일 "수출이 크게 늘 것"이라고 말했다. 그는 "투자를 늘리겠다"고 밝혔다.`,
});
const BIG = put('big.jsonl', Array.from({ length: 4000 }, (_, i) => JSON.stringify(RECORD(i))).join('\n') + '\n');

function pipeline(cmd: string) {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `set -o pipefail; ${cmd}; echo "status=\${PIPESTATUS[0]}" >&2`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: nodePath() },
    timeout: 60000,
  });
  return { out: r.stdout, err: r.stderr };
}

describe('closed pipes (EPIPE)', () => {
  jest.setTimeout(60000); // a few thousand records, spawned, while the rest of the suite runs in parallel
  test.each(['jsonl', 'json', 'csv', 'table'])('quotes list --format %s big.jsonl | head -1 exits quietly', (format) => {
    const r = pipeline(`"${BIN}" list --format ${format} "${BIG}" | head -1`);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.err).toBe('status=0\n'); // no stack trace, no message, exit 0
  });

  test('quotes extract --format jsonl | head -c 100 and quotes check | head -1', () => {
    const a = pipeline(`"${BIN}" extract --format jsonl "${BIG}" | head -c 100 | wc -c`);
    expect(a.out.trim()).toBe('100');
    expect(a.err).toBe('status=0\n');
    const b = pipeline(`"${BIN}" check --rule direct-quote-without-speaker=warning "${BIG}" | head -1`);
    expect(b.err).toMatch(/^status=[01]\n$/);
  });
});

describe('a reader gone before anything is written (EPIPE on the first write)', () => {
  jest.setTimeout(30000);
  // The pipe is closed before the process has started, so its first write fails with EPIPE.
  const closedReader = (args: string[]) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const { spawn } = require('child_process') as typeof import('child_process');
      const child = spawn(BIN, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: nodePath() } });
      child.stdout.destroy();
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, err }));
    });
  test.each([[['--help']], [['list', '--help']], [['list', '--format', 'json', path.join('fixtures', '000_859f743c03300ee1.txt')]], [['extract', '--format', 'jsonl', BIG]]])(
    'quotes %j ends quietly',
    async (args) => {
      const r = await closedReader(args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    },
  );
});

describe('table output never passes control characters from the article', () => {
  jest.setTimeout(30000);
  // ANSI colour, cursor movement, an OSC title sequence, BEL, backspace, carriage return and C1 CSI in the text.
  const HOSTILE = put(
    'hostile.txt',
    '최민호\u001b[31m 대표는 3일 "수출이\u001b[2J 늘\u0007 것\u0008\r\u009b31m"이라고 말했다.\n' +
      '\u001b]0;pwned\u0007이수진 장관은 "예산을\u001b[1A 늘리겠다"고 밝혔다.\n',
  );
  test.each(['list', 'speakers', 'entities', 'dates'])('%s --format table', (cmd) => {
    const r = spawnCli([cmd, '--format', 'table', '--date', '2024-05-03', HOSTILE], { env: { FORCE_COLOR: '0' } });
    expect(r.code).toBe(0);
    // Nothing below U+0020 but newline, no DEL, no C1 controls.
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    if (cmd === 'list') {
      expect(r.out).toContain('늘리겠다');
      expect(r.out).not.toContain('pwned\u0007');
    }
  });
});

describe('bad inputs in a batch', () => {
  jest.setTimeout(30000);
  test('a missing file: the others are printed, exit 2, one line on stderr naming it', () => {
    const a = put('a.txt', '박지민 대표는 "수출이 늘 것"이라고 말했다.\n');
    const b = put('b.txt', '이수진 장관은 "예산을 늘리겠다"고 밝혔다.\n');
    const missing = path.join(tmp, 'missing.txt');
    const r = spawnCli(['list', '--format', 'json', '--date', '2024-05-03', a, missing, b]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`quotes: ${missing}: no such file or directory\n`);
    const rows = JSON.parse(r.out);
    expect(validate('quoteList', rows)).toEqual([]);
    expect(rows.map((q: any) => [q.document, q.text])).toEqual([
      [a, '수출이 늘 것'],
      [b, '예산을 늘리겠다'],
    ]);
  });

  test('a jsonl with a bad line reports file:LINE and processes the rest', () => {
    const f = put(
      'mixed.jsonl',
      [JSON.stringify(RECORD(1)), '{"id": "broken", "text": ', JSON.stringify(RECORD(3)), 'not json at all', JSON.stringify(RECORD(5))].join('\n') + '\n',
    );
    const r = spawnCli(['extract', '--format', 'jsonl', f]);
    expect(r.code).toBe(2);
    const errs = r.err.trimEnd().split('\n');
    expect(errs).toHaveLength(2);
    expect(errs[0]).toContain(`${f}:2`);
    expect(errs[1]).toContain(`${f}:4`);
    const docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d: any) => d.id)).toEqual(['r1', 'r3', 'r5']);
    for (const d of docs) expect(d.quotes.map((q: any) => q.text)).toEqual(['수출이 크게 늘 것', '투자를 늘리겠다']);
  });
});

describe('pathological sizes finish (in-process extract)', () => {
  const MB = 1 << 20;
  function run(name: string, text: string) {
    const t = Date.now();
    const doc = extract(text, { id: name, published: '2024-05-03' });
    const ms = Date.now() - t;
    // Logged, not asserted: timings depend on the machine.
    console.log(`robust ${name}: ${text.length} UTF-16 units in ${ms} ms`);
    expect(validate('extract', { version: 1, documents: [doc] })).toEqual([]);
    expect(spanProblems(doc, text)).toEqual([]);
    return doc;
  }

  test('100,000 nested parentheses', () => {
    const doc = run('parens', '박지민 대표는 ' + '('.repeat(100000) + '김성훈' + ')'.repeat(100000) + ' "잘 될 것"이라고 말했다.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['잘 될 것']);
  }, 60000);

  test('1 MB without a newline (Hangul prose with quotes)', () => {
    const unit = '박지민 대표는 "수출이 늘 것"이라고 말했다. ';
    const text = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const doc = run('no-newline', text);
    expect(doc.quotes.length).toBeGreaterThan(30000);
  }, 120000);

  test('1 MB without a newline (Hangul prose, no quote marks)', () => {
    const unit = '박지민 대표는 수출이 늘 것이라고 말했다. ';
    run('no-newline-indirect', unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB));
  }, 120000);

  test('1 MB of quote marks', () => {
    const marks = ['“', '”', '"', '‘', '’', "'", '「', '」'];
    let s = '';
    for (let i = 0; s.length < MB; i++) s += marks[(i * 7) % 8].repeat(1 + (i % 3));
    run('quote-marks', s);
  }, 120000);

  test('16 KB of quote marks (the same shape, small enough to run today)', () => {
    const marks = ['“', '”', '"', '‘', '’', "'", '「', '」'];
    let s = '';
    for (let i = 0; s.length < 16 * 1024; i++) s += marks[(i * 7) % 8].repeat(1 + (i % 3));
    run('quote-marks-16k', s);
  }, 120000);
});
