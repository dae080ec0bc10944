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
 * 2. dist/quotes.cache — a V8 code cache of that file, made *after* a warm-up run over the seed article, so that it
 *    holds the bytecode of the functions a run uses (a cache made at compile time holds only the top level). V8
 *    checks the cache against its version, flags and the source; when it does not match (another Node, another
 *    build) it is ignored and the file compiles as usual: same output, slower start.
 *
 * 3. dist/worker.js and dist/worker.cache — the same for the worker threads of a batch (--jobs), warmed up on the
 *    seed article, so that each worker starts from one file and cached bytecode too.
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
const WORKER_CACHE = path.join(DIST, 'worker.cache');
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
function makeCache(file, cacheFile, warmUp) {
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
  const r = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
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
`;

(async () => {
  await bundle(path.join(DIST, 'cli', 'main.js'), OUT);
  await bundle(path.join(DIST, 'cli', 'worker.js'), WORKER_OUT);
  for (const f of [CACHE, WORKER_CACHE]) fs.rmSync(f, { force: true });
  makeCache(OUT, CACHE, CLI_WARM_UP);
  makeCache(WORKER_OUT, WORKER_CACHE, WORKER_WARM_UP);
})().catch((e) => {
  process.stderr.write(`bundle: ${e.message}\n`);
  process.exit(1);
});
