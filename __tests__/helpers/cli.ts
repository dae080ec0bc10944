import { PassThrough, Readable } from 'stream';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { main } from '../../src/cli/main';

export const ROOT = path.join(__dirname, '..', '..');
export const SEED = path.join('fixtures', '000_859f743c03300ee1.txt');
/** What users run: the launcher (a shell script: the start-up snapshot, else bin/quotes.js). */
export const BIN = path.join(ROOT, 'bin', 'quotes');
/** The launcher's JavaScript fallback, run by node. */
export const BIN_JS = path.join(ROOT, 'bin', 'quotes.js');

/** Run the CLI in-process with captured streams. */
export async function runCli(args: string[], opts: { stdin?: string; tty?: boolean; env?: Record<string, string>; columns?: number } = {}) {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdout.isTTY = opts.tty;
  stdout.columns = opts.columns;
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const stdin = Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []) as Readable & { isTTY?: boolean };
  stdin.isTTY = opts.stdin === undefined;
  const code = await main(['node', 'quotes', ...args], { stdout, stderr, stdin, env: opts.env ?? {}, cwd: ROOT });
  await new Promise((r) => setImmediate(r));
  return { code, out, err };
}

/**
 * Spawn the real binary as users run it (bin/quotes, the launcher). PATH starts with this node's directory: the
 * launcher runs the node it finds there.
 */
export function spawnCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(BIN, args, {
    cwd: ROOT,
    input: opts.input,
    env: { PATH: nodePath(), ...opts.env },
    encoding: 'utf8',
    timeout: 20000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** PATH with this node's directory first (what the launcher finds is the node the tests run on). */
export function nodePath(): string {
  return [path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter);
}
