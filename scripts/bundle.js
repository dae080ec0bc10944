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
 * bin/quotes loads dist/quotes.js with the cache; without them it runs dist/cli/main.js. Worker threads (--jobs)
 * load dist/cli/worker.js.
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

async function bundle() {
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [path.join(DIST, 'cli', 'main.js')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: OUT,
    external: LAZY_PACKAGES,
    plugins: [lazyChildProcess],
    // Whitespace and syntax only: names stay readable in stack traces and profiles.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

/** Warm up in a fresh process (the flags and Node of a normal run) and write the code cache. */
function makeCache() {
  const warm = `
const fs = require('fs'), path = require('path'), vm = require('vm'), Module = require('module');
const file = ${JSON.stringify(OUT)};
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
const m = new Module(file, module); m.filename = file; m.paths = Module._nodeModulePaths(path.dirname(file));
script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
const { Writable } = require('stream');
const sink = () => Object.assign(new Writable({ write(c, e, cb) { cb(); } }), { isTTY: false });
const io = () => ({ stdout: sink(), stderr: sink(), stdin: process.stdin, env: { NO_COLOR: '1' }, cwd: process.cwd() });
(async () => {
  for (const args of [['list'], ['list', '--format', 'json'], ['entities'], ['dates'], ['extract', '--format', 'jsonl']]) {
    await m.exports.main(['node', 'quotes', ...args, ${JSON.stringify(SEED)}], io());
  }
  fs.writeFileSync(${JSON.stringify(CACHE)}, script.createCachedData());
})();
`;
  const r = spawnSync(process.execPath, ['-e', warm], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`code cache warm-up failed (exit ${r.status})`);
}

bundle()
  .then(() => {
    fs.rmSync(CACHE, { force: true });
    makeCache();
  })
  .catch((e) => {
    process.stderr.write(`bundle: ${e.message}\n`);
    process.exit(1);
  });
