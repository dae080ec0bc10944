/**
 * bin/quotes, the launcher: it starts the CLI from the start-up snapshot (dist/quotes.blob) only when the snapshot
 * belongs to the node it finds on PATH, else it runs bin/quotes.js — same output either way, never a crash (node
 * aborts on a blob of another build). Each case runs an installed copy (bin/, dist/, package.json) in a directory
 * whose name has a space, reached through a relative symlink as npm's node_modules/.bin/quotes is. `sh -x` shows
 * which command the launcher ran. (dist/ is built by `npm test` before jest runs.)
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN_JS, ROOT, SEED, nodePath } from './helpers/cli';

const ARTICLE = '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.\n';
let tmp: string;
let pkg: string;
let link: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-launcher-'));
  pkg = path.join(tmp, 'my packages', 'quotes');
  for (const d of ['bin', 'dist']) fs.cpSync(path.join(ROOT, d), path.join(pkg, d), { recursive: true, preserveTimestamps: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
  fs.mkdirSync(path.join(tmp, 'project', 'node_modules', '.bin'), { recursive: true });
  link = path.join(tmp, 'project', 'node_modules', '.bin', 'quotes');
  fs.symlinkSync(path.join('..', '..', '..', 'my packages', 'quotes', 'bin', 'quotes'), link);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Run the launcher through `sh -x`: its output, and the command it ran (the trace's exec line). */
function launch(args: string[], opts: { input?: string; env?: Record<string, string>; path?: string } = {}) {
  const r = spawnSync('sh', ['-x', link, ...args], {
    cwd: ROOT,
    input: opts.input,
    encoding: 'utf8',
    env: { PATH: opts.path ?? nodePath(), ...opts.env },
  });
  const lines = r.stderr.split('\n');
  const exec = lines.filter((l) => /^\++ exec /.test(l)).pop() ?? '';
  const err = r.stderr.replace(/^\++ .*\n/gm, '');
  return { code: r.status, out: r.stdout, err, exec, snapshot: exec.includes('--snapshot-blob') };
}

function viaJs(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN_JS, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { PATH: nodePath() } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CASES: Array<{ args: string[]; input?: string }> = [
  { args: ['list', '--format', 'json', SEED] },
  { args: ['extract', '--format', 'jsonl', '--date', '2023-06-09', '-'], input: ARTICLE },
  { args: ['entities', '--format', 'csv', SEED] },
  { args: ['list', '--format', 'json', SEED, 'missing.txt'] }, // a batch with a bad file: exit 2, one line
  { args: ['--version'] },
  { args: ['list', '--help'] },
];

test('through npm-style symlink in a path with spaces, the launcher starts from the snapshot, with the output of bin/quotes.js', () => {
  for (const { args, input } of CASES) {
    const r = launch(args, { input });
    expect([args, r.snapshot]).toEqual([args, true]);
    expect(r.exec).toContain(['my packages', 'quotes', 'bin', '..', 'dist', 'quotes.blob'].join('/'));
    const js = viaJs(args, input);
    expect([args, r.code, r.out, r.err]).toEqual([args, js.code, js.out, js.err]);
  }
});

test('a batch (JSON Lines, a directory, several files, --jobs) runs bin/quotes.js, with the same output', () => {
  // (The snapshot's heap would add to a batch's peak RSS what start-up does not need; see bin/quotes.)
  const jsonl = path.join(tmp, 'two.jsonl');
  fs.writeFileSync(jsonl, [{ id: 'a', text: ARTICLE, published: '2023-06-09' }, { id: 'b', text: ARTICLE }].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const batches: Array<{ args: string[]; input?: string }> = [
    { args: ['extract', '--format', 'jsonl', jsonl] },
    { args: ['list', '--format', 'jsonl', '--input', 'jsonl', '-'], input: fs.readFileSync(jsonl, 'utf8') },
    { args: ['list', '--format', 'json', path.dirname(SEED)] },
    { args: ['list', '--format', 'json', SEED, SEED] },
    { args: ['list', '--format', 'json', '--jobs', '1', SEED] },
  ];
  for (const { args, input } of batches) {
    const r = launch(args, { input });
    expect([args, r.snapshot]).toEqual([args, false]);
    expect(r.exec).toContain('bin/quotes.js');
    const js = viaJs(args, input);
    expect([args, r.code, r.out, r.err]).toEqual([args, js.code, js.out, js.err]);
  }
});

test('with --jobs 1 to 3 V8 gets as many helper threads as jobs; otherwise node starts as usual', () => {
  const cases: Array<[string[], string | null]> = [
    [['--jobs', '1'], '--v8-pool-size=1'],
    [['-j', '2'], '--v8-pool-size=2'],
    [['--jobs=3'], '--v8-pool-size=3'],
    [['-j1'], '--v8-pool-size=1'],
    [['--jobs', '4'], null],
    [['--jobs', '1', '--jobs', '8'], null], // the last one counts, as for the CLI
    [['--jobs', 'x'], null], // (the CLI reports it)
    [[], null],
  ];
  for (const [jobs, flag] of cases) {
    const r = launch(['list', '--format', 'json', ...jobs, SEED, SEED]);
    const pool = r.exec.match(/--v8-pool-size=\d+/)?.[0] ?? null;
    expect([jobs, pool]).toEqual([jobs, flag]);
  }
  // The output is what bin/quotes.js prints.
  const args = ['list', '--format', 'json', '--jobs', '1', SEED, SEED];
  const r = launch(args);
  const js = viaJs(args);
  expect([r.code, r.out, r.err]).toEqual([js.code, js.out, js.err]);
});

test('run from the snapshot, worker threads and lazily loaded packages come from the installed copy', () => {
  // A preload (allowed by node with a snapshot) records the workers' entry files and the loaded modules.
  const report = path.join(tmp, 'report.json');
  const preload = path.join(tmp, 'preload.js');
  fs.writeFileSync(
    preload,
    `const wt = require('worker_threads'); const files = []; const W = wt.Worker;
wt.Worker = class extends W { constructor(f, o) { files.push(String(f)); super(f, o); } };
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ workers: files, modules: Object.keys(require.cache) })));\n`,
  );
  const blob = path.join(pkg, 'dist', 'quotes.blob');
  const html = path.join(tmp, 'a.html');
  fs.writeFileSync(html, `<html><body><article><p>${ARTICLE}</p></article></body></html>`);
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['-r', preload, '--snapshot-blob', blob, '--', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect([args, r.status, r.stdout, r.stderr]).toEqual([args, 0, viaJs(args).out, '']);
    return JSON.parse(fs.readFileSync(report, 'utf8')) as { workers: string[]; modules: string[] };
  };
  // A batch: worker threads, whose entry the bundle finds by its __dirname (the installed dist/, not the build's).
  const { workers } = run(['list', '--format', 'jsonl', '--jobs', '2', '--date', '2023-06-09', SEED, html]);
  expect(workers.length).toBeGreaterThan(0);
  for (const w of workers) expect(w).toBe(path.join(pkg, 'dist', 'cli', 'worker-boot.js'));
  // One HTML article, in this thread: linkedom required at run time (the snapshot's builder could not require it).
  const { modules } = run(['list', '--format', 'json', '--date', '2023-06-09', html]);
  expect(modules.some((m) => m.includes(`${path.sep}node_modules${path.sep}linkedom${path.sep}`))).toBe(true);
});

describe('the launcher runs bin/quotes.js, with the same output, when the snapshot is not certainly this node’s', () => {
  const stamp = () => path.join(pkg, 'dist', 'quotes.blob.node');
  const blob = () => path.join(pkg, 'dist', 'quotes.blob');
  const expectFallback = (opts: { env?: Record<string, string>; path?: string } = {}) => {
    for (const { args, input } of CASES.slice(0, 2)) {
      const r = launch(args, { input, ...opts });
      expect([args, r.snapshot, r.exec]).toEqual([args, false, expect.stringContaining(path.join('bin', 'quotes.js'))]);
      const js = viaJs(args, input);
      expect([args, r.code, r.out, r.err]).toEqual([args, js.code, js.out, js.err]);
    }
  };
  /** Change the installed copy for one case, then put it back. */
  const withChange = (change: () => void, check: () => void) => {
    const saved = { blob: fs.readFileSync(blob()), stamp: fs.readFileSync(stamp()), time: fs.statSync(stamp()) };
    try {
      change();
      check();
    } finally {
      fs.writeFileSync(blob(), saved.blob);
      fs.writeFileSync(stamp(), saved.stamp);
      fs.utimesSync(stamp(), saved.time.atime, saved.time.mtime);
      // utimes keeps microseconds: copy the node binary's time again to the nanosecond, as the build does
      spawnSync('touch', ['-r', saved.stamp.toString().trimEnd(), stamp()]);
    }
  };

  test('no snapshot (a tsc-only build, or none could be made)', () => {
    withChange(() => fs.rmSync(blob()), () => expectFallback());
  });

  test('node changed in place since the build (another modification time), with a blob node would abort on', () => {
    withChange(
      () => {
        fs.writeFileSync(blob(), Buffer.alloc(4096, 7));
        fs.utimesSync(stamp(), new Date(2001, 0, 1), new Date(2001, 0, 1));
      },
      () => expectFallback(),
    );
  });

  test('another node first on PATH (a different binary than the stamp names)', () => {
    const other = path.join(tmp, 'other-node');
    fs.mkdirSync(other, { recursive: true });
    fs.copyFileSync(process.execPath, path.join(other, 'node'));
    fs.chmodSync(path.join(other, 'node'), 0o755);
    expectFallback({ path: [other, nodePath()].join(path.delimiter) });
  });

  test('a stamp naming a file that is not there', () => {
    withChange(() => fs.writeFileSync(stamp(), path.join(tmp, 'no such node') + '\n'), () => expectFallback());
  });

  test('NODE_OPTIONS set (V8 flags in it make node refuse the snapshot)', () => {
    expectFallback({ env: { NODE_OPTIONS: '--max-old-space-size=300' } });
  });
});

test('the launcher works run by its own path, relative, and as `sh quotes` from its directory', () => {
  const bin = path.join(pkg, 'bin');
  const expected = viaJs(['--version']).out;
  for (const [cmd, args, cwd] of [
    [path.join(bin, 'quotes'), ['--version'], ROOT],
    ['./quotes', ['--version'], bin],
    ['sh', ['quotes', '--version'], bin],
  ] as Array<[string, string[], string]>) {
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { PATH: nodePath() } });
    expect([cmd, r.status, r.stdout, r.stderr]).toEqual([cmd, 0, expected, '']);
  }
});
