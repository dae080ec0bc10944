#!/usr/bin/env node
'use strict';
/**
 * Start-up build step (run by `npm run build` after tsc): start-up time is part of the contract (issue #6).
 *
 * 1. dist/quotes.js — the CLI and everything a Korean article needs, bundled into one file by esbuild, so that a run
 *    resolves and reads one file instead of ~80. Heavy packages that only some inputs need (compromise for English,
 *    linkedom and readability for HTML, iconv-lite for legacy encodings) stay outside and are required lazily, as
 *    before. commander's child_process (used only for external subcommands, which quotes has none of) is required on
 *    first use instead of at load.
 *    The bundle is made from the TypeScript sources (src/), not from tsc's CommonJS output (dist/): esbuild then joins
 *    the modules into one scope, and a call into another module is a call of the function itself. From the CommonJS
 *    output every such call, `(0, common_1.norm)(s)`, is first a property load from that module's exports object,
 *    which V8's optimized code left to the generic load stub (Builtins_LoadIC: ~9 % of a worker's samples under
 *    `perf record`). Measured on the bench corpus (10,000 articles), worker bundle from src against from dist, thread
 *    CPU of a bare worker 3.11–3.19 → 2.73–2.83 s (three runs each), and the CLI with --jobs 1 3.94–4.12 → 3.59–3.74 s
 *    (four alternated runs each). tsc still type-checks and builds dist/ (the library's entry, dist/index.js).
 * 2. dist/quotes.cache — a V8 code cache of that file, made *after* a warm-up run over the seed article, so that it
 *    holds the bytecode of the functions a run uses (a cache made at compile time holds only the top level). V8
 *    checks the cache against its version, flags and the source; when it does not match (another Node, another
 *    build) it is ignored and the file compiles as usual: same output, slower start.
 *
 * 3. dist/worker.js and dist/worker.cache — the same for the worker threads of a batch (--jobs), warmed up on the
 *    seed article, so that each worker starts from one file and cached bytecode too, made under the V8 flags the
 *    workers start with (src/cli/v8-flags.ts).
 *
 * bin/quotes and dist/cli/worker-boot.js load them with dist/cli/load-bundle.js; without them they run the compiled
 * modules (dist/cli/main.js, dist/cli/worker.js).
 *
 *   node scripts/bundle.js            (after tsc)
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'quotes.js');
const CACHE = path.join(DIST, 'quotes.cache');
const WORKER_OUT = path.join(DIST, 'worker.js');
// (tsc has built dist/ before this script runs: the workers' V8 flags and their cache's name come from the sources)
const { workerV8Flags, WORKER_CACHE_FILE } = require(path.join(DIST, 'cli', 'v8-flags.js'));
const WORKER_CACHE = path.join(DIST, WORKER_CACHE_FILE);
/** (The flags of several CPUs: one CPU's add one that V8 does not check against a cache; a test loads it under both.) */
const WORKER_FLAGS = workerV8Flags(2);
/** Made by builds before session 12; removed so that a stale one is not shipped. */
const OLD_ONE_CPU_CACHE = path.join(DIST, 'worker-one-cpu.cache');
const BLOB = path.join(DIST, 'quotes.blob');
const STAMP = path.join(DIST, 'quotes.blob.node');
const SEED = path.join(ROOT, 'fixtures', '000_859f743c03300ee1.txt');
const LAZY_PACKAGES = ['compromise', 'linkedom', '@mozilla/readability', 'iconv-lite'];

const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, k) => (m || (m = require('node:child_process')))[k] });",
      loader: 'js',
    }));
  },
};

/**
 * JSON data files (the lexicons) are bundled as `JSON.parse('…')` of their text rather than as object literals: the
 * code cache then holds one string instead of the literals' boilerplate (671 → 625 KB) and a cold run creates the
 * data by the JSON parser (task-clock of a cold `list` run of the seed, median of 25 interleaved runs: 111.1 →
 * 109.9 ms).
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(fs.readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

async function bundle(entry, outfile) {
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: LAZY_PACKAGES,
    plugins: [lazyChildProcess, jsonAsParse],
    // Regular-expression literals with \p{…} stay literals. For node20 esbuild rewrites them as `new RegExp(…)`
    // calls, which in a function build a new regular expression (parsed, looked up in V8's cache) on every call
    // instead of cloning the literal's: `perf` showed JSRegExp::Initialize under the entity stage's word tests
    // (isOrgLike, unnamedWord, isNameToken: 25 such calls in the worker bundle). Node 20 supports them natively.
    supported: { 'regexp-unicode-property-escapes': true },
    // Whitespace and syntax only: names stay readable in stack traces and profiles.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  // esbuild escapes non-ASCII characters in strings but not in regular-expression literals: escape the rest too, so
  // that the file is ASCII and loads as a one-byte string (half the memory, faster to read and to scan).
  const source = fs.readFileSync(outfile, 'utf8');
  // (A backslash right before such a character, an identity escape, would change meaning: refuse rather than guess.)
  if (/\\[^\x00-\x7f]/.test(source)) throw new Error(`${path.basename(outfile)}: a backslash before a non-ASCII character`);
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  fs.writeFileSync(outfile, ascii);
}

/** Run `warmUp` (JavaScript with `m`, the loaded bundle) in a fresh process (the flags and Node of a normal run),
 * then write the bundle's code cache. */
function makeCache(file, cacheFile, warmUp, nodeFlags = []) {
  const script = `
const { loadBundle } = require(${JSON.stringify(path.join(DIST, 'cli', 'load-bundle.js'))});
const b = loadBundle(${JSON.stringify(file)}, null);
const m = b.exports;
const text = require('fs').readFileSync(${JSON.stringify(SEED)}, 'utf8');
(async () => {
${warmUp}
  require('fs').writeFileSync(${JSON.stringify(cacheFile)}, b.script.createCachedData());
})();
`;
  const r = spawnSync(process.execPath, [...nodeFlags, '-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`code cache warm-up of ${path.basename(file)} failed (exit ${r.status})`);
}

const CLI_WARM_UP = `
const { Writable } = require('stream');
const sink = () => Object.assign(new Writable({ write(c, e, cb) { cb(); } }), { isTTY: false });
const io = () => ({ stdout: sink(), stderr: sink(), stdin: process.stdin, env: { NO_COLOR: '1' }, cwd: process.cwd() });
for (const args of [['list', '--format', 'json'], ['list', '--format', 'table'], ['entities'], ['dates'], ['extract', '--format', 'jsonl']]) {
  await m.main(['node', 'quotes', ...args, ${JSON.stringify(SEED)}], io());
}
`;

const WORKER_WARM_UP = `
const options = { id: 'seed', published: '2023-06-09' };
m.handleTasks([{ id: 0, text, options }, { id: 1, text, options, render: { view: 'extract' } }, { id: 2, text, options, render: { view: 'list' } }]);
m.handleTasks(m.recognizeTasks([{ id: 3, text, options, render: { view: 'extract' } }]));
`;

/**
 * 4. dist/quotes.blob — a Node start-up snapshot (`node --build-snapshot`) of the bundle after a warm-up run: a cold
 *    run deserializes a heap in which the modules are initialized, the lexicons set up and the functions of a run
 *    compiled, instead of compiling and running all that. bin/quotes (a shell launcher) starts
 *    `node --snapshot-blob dist/quotes.blob -- …` when dist/quotes.blob.node names the node it finds on PATH and has
 *    that binary's modification time (see bin/quotes), else bin/quotes.js (the bundle with its code cache).
 *
 *    Nothing of the build may leak into a run. The bundle's `__filename`, `__dirname` and `require` are variables
 *    of the snapshot's entry, set at run time from the blob's place (the installed dist/); `require` is then
 *    module.createRequire there (the builder's own require knows only Node's built-in modules). The warm-up uses
 *    injected streams, environment and working directory (main's CliIO), and it may initialize only modules whose
 *    load reads nothing of the process: SNAPSHOT_MAY_INIT, checked below (chalk, for one, reads the environment and
 *    the terminal when it loads, so the table format stays out of the warm-up). What a warm-up leaves behind is
 *    what any article leaves for the next one in a batch: caches of pure functions (interned words, stems).
 *    The blob is checked against bin/quotes.js on the seed before it is kept; a blob that cannot be made or does
 *    not match is not kept (the launcher then runs bin/quotes.js), with a warning.
 */
const SNAPSHOT_MAY_INIT = [
  // The project's modules: their load reads nothing of the process (audited: process, os, Date, Intl and __dirname
  // are read only inside functions). eval and check are for other commands.
  /^src\/(?!cli\/eval|cli\/check|eval\/|check\/)/,
  /^package\.json$/, // VERSION: the package the blob is built and shipped in
  /^lazy-builtin:child_process$/, // a Proxy that requires child_process on first use (see lazyChildProcess)
  /^node_modules\/commander\//, // loads node:process, events, path and fs; reads them when it parses
];

/** A JavaScript string literal of `s` in ASCII (\\uXXXX for the rest): for the snapshot's entry, see snapshotEntry. */
function asciiString(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/**
 * The entry script of the snapshot: the bundle's source inside a wrapper that warms it up. It must be Latin-1 (the
 * bundle is: esbuild writes ASCII): V8 keeps a script's source in the heap, and a single character past U+00FF makes
 * the whole ~650 KB of it a two-byte string. Two arrows in a comment of this wrapper did, until session 11: the blob
 * was 7.75 MB instead of ~7.1, and every cold start deserialized the difference.
 */
function snapshotEntry() {
  const entry = snapshotEntrySource();
  const k = entry.search(/[^\u0000-\u00ff]/);
  if (k >= 0) throw new Error(`the snapshot entry has a character past U+00FF at ${k} (${JSON.stringify(entry.slice(Math.max(0, k - 30), k + 1))}): its whole source would be kept as a two-byte string`);
  return entry;
}

function snapshotEntrySource() {
  const source = fs.readFileSync(OUT, 'latin1');
  const cjs = 'var __commonJS=(cb,mod)=>function(){return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports};';
  // The project's modules that some code require()s (lazily) are wrapped by __esm, the CommonJS ones (packages, the
  // JSON lexicons) by __commonJS; the others run when the bundle loads.
  const esm = 'var __esm=(fn,res)=>function(){return fn&&(res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res};';
  for (const [name, helper] of [['__commonJS', cjs], ['__esm', esm]]) {
    if (source.split(helper).length !== 2) throw new Error(`quotes.js: esbuild's ${name} helper not found (needed to check what the warm-up initializes)`);
  }
  // The same helpers, recording which modules the warm-up initializes.
  const recording = 'var __commonJS=(cb,mod)=>function(){return mod||(__initialized.push(__getOwnPropNames(cb)[0]),(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod)),mod.exports};';
  const esmRecording = 'var __esm=(fn,res)=>function(){return fn&&(__initialized.push(__getOwnPropNames(fn)[0]),res=(0,fn[__getOwnPropNames(fn)[0]])(fn=0)),res};';
  return `'use strict';
(() => {
const v8 = require('v8');
const path = require('path');
const { Readable, Writable } = require('stream');
const __initialized = [];
// The bundle's module variables: the build's until the deserialized run sets them (run below).
let __filename = ${asciiString(OUT)};
let __dirname = path.dirname(__filename);
let load = require;
const m = { exports: {} };
(function (exports, require, module) {
${source.replace(cjs, recording).replace(esm, esmRecording)}
})(m.exports, (id) => load(id), m);
const cli = m.exports;
const seed = ${asciiString(SEED)};
(async () => {
  const sink = () => Object.assign(new Writable({ write(c, e, cb) { cb(); } }), { isTTY: false });
  const io = () => ({ stdout: sink(), stderr: sink(), stdin: Object.assign(Readable.from([]), { isTTY: true }), env: { NO_COLOR: '1' }, cwd: '/' });
  // One run of what the start-up target measures: each further command (dates, extract) made the heap, and so every
  // start, larger (7.4 to 7.9 MB; list on the seed 105 to 113 ms, median of 31 interleaved runs).
  for (const args of [['list', '--format', 'json']]) {
    const code = await cli.main(['node', 'quotes', ...args, seed], io());
    if (code !== 0) throw new Error('snapshot warm-up: quotes ' + args.join(' ') + ' exited ' + code);
  }
  const allowed = ${'['}${SNAPSHOT_MAY_INIT.map(String).join(', ')}];
  const bad = __initialized.map((f) => f.replace(/^(\\.\\.\\/)+[^/]*\\//, '')).filter((f) => !allowed.some((re) => re.test(f)));
  if (bad.length) throw new Error('snapshot warm-up initialized modules that must load at run time: ' + bad.join(', '));
})().catch((e) => {
  process.stderr.write(e.message + '\\n');
  process.exit(1);
});
v8.startupSnapshot.setDeserializeMainFunction(() => {
  // The launcher runs node --snapshot-blob <dist>/quotes.blob -- args: dist/ is where the blob is.
  const a = process.execArgv;
  let blob = null;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--snapshot-blob') blob = a[i + 1];
    else if (a[i].startsWith('--snapshot-blob=')) blob = a[i].slice('--snapshot-blob='.length);
  }
  // (realpath: the launcher's path goes through bin/.., which a symlinked bin/ would resolve differently by text)
  __filename = path.join(path.dirname(require('fs').realpathSync(blob)), 'quotes.js');
  __dirname = path.dirname(__filename);
  // (module is not among the built-in modules Node supports in a snapshot's builder: taken at run time)
  load = process.getBuiltinModule('module').createRequire(__filename);
  cli.main([process.argv[0], path.join(__dirname, '..', 'bin', 'quotes'), ...process.argv.slice(1)]).then((code) => {
    process.exitCode = code;
  });
});
})();
`;
}

/** Build dist/quotes.blob (see 4. above), check it on the seed, and stamp it with the node it belongs to. */
function makeSnapshot() {
  const warn = (why) => {
    for (const f of [BLOB, STAMP]) fs.rmSync(f, { force: true });
    process.stderr.write(`bundle: warning: no start-up snapshot (${why}); bin/quotes runs bin/quotes.js\n`);
  };
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'quotes-snapshot-'));
  try {
    const entry = path.join(dir, 'entry.js');
    fs.writeFileSync(entry, snapshotEntry());
    // Without NODE_OPTIONS: V8 flags become part of the snapshot, and the launcher runs it only without them.
    const env = { ...process.env, NODE_OPTIONS: '' };
    const b = spawnSync(process.execPath, ['--snapshot-blob', BLOB, '--build-snapshot', entry], { env, encoding: 'utf8' });
    if (b.status !== 0) return warn(`node --build-snapshot exited ${b.status ?? b.signal}: ${(b.stderr || '').trim().split('\n').pop()}`);
    // Node warns about built-in modules it does not support in a snapshot: none may be used.
    if (b.stderr) return warn(`node --build-snapshot: ${b.stderr.trim().split('\n')[0]}`);
    const args = ['list', '--format', 'json', SEED];
    const viaBlob = spawnSync(process.execPath, ['--snapshot-blob', BLOB, '--', ...args], { env, encoding: 'utf8' });
    const viaJs = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'quotes.js'), ...args], { env, encoding: 'utf8' });
    if (viaBlob.status !== 0 || viaBlob.stdout !== viaJs.stdout || viaBlob.stderr !== viaJs.stderr) {
      return warn(`the snapshot's output on the seed differs from bin/quotes.js (exit ${viaBlob.status ?? viaBlob.signal})`);
    }
    // The stamp: the node binary's path, with that binary's modification time (touch -r copies it to the
    // nanosecond; the launcher compares the two with test -nt/-ot).
    fs.writeFileSync(STAMP, process.execPath + '\n');
    const t = spawnSync('touch', ['-r', process.execPath, STAMP]);
    if (t.status !== 0) return warn('touch -r failed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  for (const f of [CACHE, WORKER_CACHE, OLD_ONE_CPU_CACHE, BLOB, STAMP]) fs.rmSync(f, { force: true });
  await bundle(path.join(ROOT, 'src', 'cli', 'main.ts'), OUT);
  await bundle(path.join(ROOT, 'src', 'cli', 'worker.ts'), WORKER_OUT);
  makeCache(OUT, CACHE, CLI_WARM_UP);
  // Under the flags the workers start with (src/cli/v8-flags.ts: V8 refuses a cache made under others).
  makeCache(WORKER_OUT, WORKER_CACHE, WORKER_WARM_UP, WORKER_FLAGS);
  makeSnapshot();
})().catch((e) => {
  process.stderr.write(`bundle: ${e.message}\n`);
  process.exit(1);
});
