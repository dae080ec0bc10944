/** Start-up: a JSON run of the built CLI loads neither the table formatter's packages nor eval/check. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

/** Runs the CLI entry `entry` on one Korean sentence and returns the files it loaded (require.cache at exit). */
function loadedFiles(entry: string[]): (rel: string) => boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-lazy-'));
  const report = path.join(dir, 'modules.json');
  const preload = path.join(dir, 'preload.js');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const r = spawnSync(process.execPath, ['-r', preload, ...entry, 'list', '--format', 'json', '--date', '2023-06-09', '-'], {
    input: '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.\n',
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)[0].text).toBe('내년에 공장을 짓겠다');
  const files: string[] = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  return (rel: string) => files.some((f) => f.split(path.sep).join('/').includes(rel));
}

/** How bin/quotes (the launcher) starts the CLI from the start-up snapshot (launcher.test.ts: that it does). */
const SNAPSHOT = ['--snapshot-blob', path.join(ROOT, 'dist', 'quotes.blob'), '--'];
const BIN_JS = path.join(ROOT, 'bin', 'quotes.js');

test('quotes list --format json runs from the start-up snapshot and loads no package', () => {
  expect(fs.existsSync(path.join(ROOT, 'dist', 'quotes.blob'))).toBe(true);
  const loaded = loadedFiles(SNAPSHOT);
  expect(loaded('/dist/quotes.js')).toBe(false); // the bundle's modules are in the snapshot's heap
  expect(loaded('/dist/pipeline/index.js')).toBe(false);
  expect(loaded('/node_modules/')).toBe(false);
});

test('without the snapshot (bin/quotes.js) it runs from the one-file build and loads no package', () => {
  const loaded = loadedFiles([BIN_JS]);
  expect(loaded('/dist/quotes.js')).toBe(true);
  expect(loaded('/dist/pipeline/index.js')).toBe(false);
  expect(loaded('/node_modules/')).toBe(false);
});

test('the CLI entry requires eval, check, the English path and the table packages only when used', () => {
  // dist/cli/main.js: tsc's build of the sources the bundle is made of (there the same requires are lazy wrappers).
  const main = path.join(ROOT, 'dist', 'cli', 'main.js');
  const loaded = loadedFiles(['-e', `require(${JSON.stringify(main)}).main(['node', 'quotes', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; })`]);
  expect(loaded('/dist/pipeline/index.js')).toBe(true);
  for (const rel of ['/node_modules/chalk/', '/node_modules/string-width/', '/dist/cli/eval.js', '/dist/cli/check.js', '/dist/eval/', '/dist/check/', '/dist/en/index.js', '/node_modules/commander/']) {
    expect([rel, loaded(rel)]).toEqual([rel, rel === '/node_modules/commander/']);
  }
});

test('without the snapshot and the bundle (a tsc-only build) bin/quotes runs the compiled modules, and a stale code cache is ignored', () => {
  // A copy of bin/ and dist/ beside the project's node_modules: once without dist/quotes.js, once with a cache that
  // does not belong to the bundle.
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp-bundle-'));
  try {
    fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    fs.rmSync(path.join(dir, 'dist', 'quotes.blob')); // (the launcher then runs bin/quotes.js)
    const run = () =>
      spawnSync(path.join(dir, 'bin', 'quotes'), ['list', '--format', 'json', '--date', '2023-06-09', '-'], {
        input: '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.\n',
        encoding: 'utf8',
        env: { PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter) },
      });
    fs.writeFileSync(path.join(dir, 'dist', 'quotes.cache'), Buffer.alloc(1000, 7)); // garbage: V8 must reject it
    const stale = run();
    expect(stale.status).toBe(0);
    expect(JSON.parse(stale.stdout)[0].speaker.name).toBe('김민준');
    fs.rmSync(path.join(dir, 'dist', 'quotes.js'));
    const plain = run();
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe(stale.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a list run does not load the date scanner, and a one-shot output does not make the stdout/stderr streams', () => {
  const main = path.join(ROOT, 'dist', 'cli', 'main.js');
  const loaded = loadedFiles(['-e', `require(${JSON.stringify(main)}).main(['node', 'quotes', ...process.argv.slice(1)]).then((c) => { process.exitCode = c; })`]);
  expect(loaded('/dist/ko/dateline.js')).toBe(true);
  expect(loaded('/dist/ko/dates.js')).toBe(false);
  // The streams are made by process.stdout/process.stderr getters: record whether anything asked for them.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-streams-'));
  const preload = path.join(dir, 'preload.js');
  fs.writeFileSync(
    preload,
    `const asked = [];
for (const name of ['stdout', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, enumerable: d.enumerable, get() { asked.push(name); return d.get.call(process); } });
}
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(path.join(dir, 'asked.json'))}, JSON.stringify(asked)));\n`,
  );
  // A file, not stdin: reading stdin makes Node's own socket code touch process.stderr.
  const article = path.join(dir, 'article.txt');
  fs.writeFileSync(article, '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.\n');
  for (const entry of [SNAPSHOT, [BIN_JS]]) {
    const r = spawnSync(process.execPath, ['-r', preload, ...entry, 'list', '--format', 'json', '--date', '2023-06-09', article], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].speaker.name).toBe('김민준');
    expect([entry, JSON.parse(fs.readFileSync(path.join(dir, 'asked.json'), 'utf8'))]).toEqual([entry, []]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
