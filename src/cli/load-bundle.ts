/**
 * Loads one of the bundled files the build makes (scripts/bundle.js: dist/quotes.js for the CLI, dist/worker.js for
 * the worker threads) as a CommonJS module compiled with its V8 code cache (made after a warm-up run, so it holds
 * the bytecode of the functions a run uses). V8 ignores a cache that does not match this Node or this file; the
 * module then compiles as usual. Returns null when the bundle is missing (a tsc-only build).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { isAscii } from 'buffer';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Module = require('module') as {
  new (id: string, parent?: unknown): NodeJS.Module & { paths: string[]; loaded: boolean };
  wrap(source: string): string;
  createRequire(file: string): NodeJS.Require;
  _nodeModulePaths(dir: string): string[];
  _cache: Record<string, unknown>;
};

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** The compiled script (scripts/bundle.js makes the code cache from it after a warm-up). */
  script: vm.Script;
}

export function loadBundle(file: string, cacheFile: string | null): LoadedBundle | null {
  let source: string;
  try {
    const bytes = fs.readFileSync(file);
    // The build writes the bundles in ASCII: decoded as Latin-1 they are the same text, as a one-byte string.
    source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch {
    return null;
  }
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  Module._cache[file] = m;
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
  m.loaded = true;
  return { exports: m.exports as Record<string, unknown>, script };
}
