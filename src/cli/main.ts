/**
 * The `quotes` command: reads inputs, runs the pipeline, formats, writes. Exit codes live in exit-codes.ts; option
 * parsing in options.ts; output formats in ../format. Nothing here is Korean-specific.
 */
import * as os from 'os';
import { CliError, EXIT } from './exit-codes';
import { extractOrdered } from './parallel';
import { CliIO, processIO } from './io';
import { parseArgs, ParsedCommand } from './options';
import type { DocumentResult } from '../types';
import type { FormatName, View } from '../format';
import { readInputs } from '../io';
import { filterDoc, RenderSpec, viewRows } from './render';
import { Progress, countInputs } from './progress';
import * as fs from 'fs';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../package.json').version;

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const out = guardPipe(io);
  try {
    const parsed = parseArgs(argv, VERSION, { out: (s) => out.write(s), err: (s) => io.stderr.write(s) });
    if ('exit' in parsed) return parsed.exit;
    // eval and check (and the table/CSV formatters) are loaded only when used: start-up time is part of the contract.
    if (parsed.command === 'eval') {
      out.listen(); // eval writes to io.stdout itself: a closed pipe must still end it quietly
      return await (require('./eval') as typeof import('./eval')).runEval(parsed, io);
    }
    if (parsed.command === 'check') return await (require('./check') as typeof import('./check')).runCheck(parsed, io, out);
    return await runExtraction(parsed, io, out);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`quotes: ${e.message}\n`);
      return e.code;
    }
    if (isEpipe(e)) return EXIT.OK;
    io.stderr.write(`quotes: internal error: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.USAGE;
  }
}

function isEpipe(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as NodeJS.ErrnoException).code === 'EPIPE';
}

/** Where a command's output goes (see guardPipe). */
export interface Output {
  write: (s: string | Buffer) => void;
  /** The whole output of a command at once (synchronously when it can: see CliIO.writeStdoutSync). */
  writeAll: (s: string) => void;
  /** Make the stdout stream now and watch it for EPIPE (for code that writes to io.stdout directly). */
  listen: () => void;
  /** Resolves when the reader has taken what was written (backpressure: a slow pipe must not fill memory). */
  drained: () => Promise<void>;
  closed: () => boolean;
}

/**
 * Writes to stdout; after EPIPE (the reader went away: `| head -1`) it stops writing quietly. The stdout stream is
 * made on the first write that needs it: a one-shot output goes out with io.writeStdoutSync when there is one.
 */
function guardPipe(io: CliIO): Output {
  let closed = false;
  let full = false;
  let listening = false;
  const stream = () => {
    if (!listening) {
      listening = true;
      io.stdout.on?.('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') closed = true;
      });
    }
    return io.stdout;
  };
  const write = (s: string | Buffer) => {
    if (!closed && s.length > 0 && !stream().write(s)) full = true;
  };
  return {
    write,
    listen: () => void stream(),
    writeAll: (s: string) => {
      if (closed || s.length === 0) return;
      if (!io.writeStdoutSync) return write(s);
      try {
        const rest = io.writeStdoutSync(s);
        if (rest) write(rest);
      } catch (e) {
        if (!isEpipe(e)) throw e;
        closed = true;
      }
    },
    drained: () => {
      if (!full || closed) return Promise.resolve();
      full = false;
      return new Promise((resolve) => {
        const done = () => {
          io.stdout.removeListener('drain', done);
          io.stdout.removeListener('close', done);
          resolve();
        };
        io.stdout.once('drain', done);
        io.stdout.once('close', done);
      });
    },
    closed: () => closed,
  };
}

function useColor(parsed: ParsedCommand, io: CliIO): boolean {
  if (!parsed.options.color) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !!io.stdout.isTTY;
}

async function runExtraction(parsed: ParsedCommand, io: CliIO, out: Output): Promise<number> {
  const { command, options } = parsed;
  const view: View = command === 'extract' ? 'extract' : (command as View);
  // stdout is asked whether it is a terminal only when the answer matters (making process.stdout costs start-up time).
  const format: FormatName = (options.format as FormatName | undefined) ?? (command === 'extract' || !io.stdout.isTTY ? 'json' : 'table');
  let inputs = parsed.inputs;
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new CliError(`no input: give files or directories, or pipe an article into stdin (see quotes ${command} --help)`);
    inputs = ['-'];
  }
  let failed = false;
  const docs: DocumentResult[] = [];
  const streaming = format === 'jsonl';
  const batch = isBatch(inputs, options.input);
  // A progress line is for batches; one article does not make the stderr stream (start-up time) unless it reports.
  const progress = batch ? new Progress(io.stderr, { total: countInputs(inputs, fs.statSync), quiet: options.quiet }) : new Progress({ write: () => true });
  // process.stdin is touched only when it is read (making it costs start-up time).
  const stdin = inputs.includes('-') ? io.stdin : undefined;
  const records = readInputs(inputs, { input: options.input ?? 'auto', encoding: options.encoding, stdin });
  const jobs = options.jobs ?? (batch ? defaultJobs() : 1);
  const spec: RenderSpec = { view, speaker: options.speaker, kind: options.kind, type: options.type };
  const render = streaming ? spec : undefined;
  for await (const item of extractOrdered(records, jobs, {
    date: options.date,
    includeText: options.includeText,
    render,
    threads: batch,
    // Only the extract and dates views show dates: the others skip finding them.
    dates: view === 'extract' || view === 'dates',
  })) {
    if (!('record' in item)) {
      if (item.level === 'error') failed = true;
      if (item.level === 'error' || !options.quiet) {
        progress.clear();
        io.stderr.write(`quotes: ${item.level === 'warning' ? 'warning: ' : ''}${item.message}\n`);
      }
      continue;
    }
    if ('lines' in item) {
      if (out.closed()) break;
      progress.clear();
      out.write(item.lines);
      await out.drained();
    } else docs.push(filterDoc(item.doc, spec));
    progress.tick();
  }
  progress.clear();
  if (!streaming) {
    const rows = viewRows(spec, docs);
    // Colour and width matter to the table only (and asking them makes the stdout stream).
    const fmtOpts = format === 'table' ? { color: useColor(parsed, io), width: Math.max(60, io.stdout.columns ?? 100) } : { color: false, width: 100 };
    if (docs.length > 0 || !failed) out.writeAll((require('../format') as typeof import('../format')).formatView(view, format, docs, rows, fmtOpts));
  }
  return failed ? EXIT.USAGE : EXIT.OK;
}

/** Worker threads of a batch when --jobs is not given: one per core, eight at most. */
export function defaultJobs(): number {
  return Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
}

/**
 * A batch (directories, several files, JSON Lines) runs on worker threads (defaultJobs, or --jobs N), even
 * with --jobs 1: the main thread reads and writes while the worker extracts, with a capped heap. One article is
 * faster in this thread than any pool can start.
 */
function isBatch(inputs: string[], input: string | undefined): boolean {
  return input === 'jsonl' || inputs.length > 1 || inputs.some((p) => /\.(?:jsonl|ndjson)$/i.test(p) || isDirectory(p));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

