/**
 * Ordered parallel extraction: records are spread over worker threads (worker-boot.ts → worker.ts), at most
 * inFlightPerJob records and IN_FLIGHT_CHARS_PER_JOB characters per job in flight (backpressure: the input is
 * read only as fast as results are consumed), and results come back in input order — exactly what one job gives.
 * Input problems pass through at their place in the order.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentResult, ExtractOptions } from '../types';
import type { InputProblem, InputRecord } from '../io';
import type { WorkerBatchReply, WorkerRole, WorkerTask } from './worker';
import { renderJsonl, RenderSpec } from './render';
import { workerV8Flags } from './v8-flags';

export interface ParallelOptions {
  /** --date: the publication date used when a record has none. */
  date?: string;
  includeText?: boolean;
  /** Find dates (ExtractOptions.dates): false for views that show none. */
  dates?: boolean;
  /** Render each document to JSON Lines where it is extracted (in the worker threads with several jobs). */
  render?: RenderSpec;
  /**
   * Extract on worker threads even with one job (a batch: the main thread then only reads and writes, and the
   * worker's heap is capped). Without it, one job runs in this thread (one article: no pool to start).
   */
  threads?: boolean;
  /** Tuning (and tests): articles longer than this many characters run in the main thread (MAIN_THREAD_CHARS). */
  mainThreadChars?: number;
  /** Tuning (and tests): a worker's old-generation limit in MB (WORKER_OLD_GENERATION_MB). */
  workerOldGenerationMb?: number;
}

/**
 * A record's result: the document, or, when `render` was given, its finished JSON Lines (a string when extracted
 * in this thread, the UTF-8 bytes when they come from a worker).
 */
export type OrderedResult = { record: InputRecord; doc: DocumentResult } | { record: InputRecord; lines: string | Buffer } | InputProblem;

/** Records (and problems) in flight per job: bounds memory whatever the input size. */
export const IN_FLIGHT_PER_JOB = 16;
/**
 * …and for a single job (one worker), twice as many: half the messages, and their answers, for the same articles.
 * On the 10,000-article bench corpus, --jobs 1, four alternated runs: 3.49–3.58 → 3.31–3.50 s; peak RSS 117 → 125 MB
 * (139 → 142 MB at 40,000 articles). Not for several jobs: 32 in flight per job raised the peak RSS of --jobs 2 on
 * 16,000 articles to 152–154 MB (above 150).
 */
export const IN_FLIGHT_ONE_JOB = 32;

function inFlightPerJob(jobs: number): number {
  return jobs === 1 ? IN_FLIGHT_ONE_JOB : IN_FLIGHT_PER_JOB;
}
/**
 * Records per message to a worker: half of those in flight, so that a worker always has the next message queued
 * while the main thread takes the answer to the previous one and reads on. With one message per window (16 in flight,
 * 16 a message) the worker waited for every refill: on 10,000 articles with --jobs 1 it stood idle ~340 ms (event-loop
 * utilization of the worker), with two messages of 8 3–36 ms. (32 in flight in two messages of 16 left it idle
 * 0–11 ms.)
 */
function tasksPerMessage(jobs: number): number {
  return inFlightPerJob(jobs) / 2;
}
/**
 * Young-generation size of a worker's heap: 16 MB for a single worker, 8 MB each when there are several. A larger
 * young generation means fewer objects of the article in progress promoted and collected again (measured on 10,000
 * articles of the former bench corpus: one worker with 8 MB took ~15 % more time than with 32 MB), but it is memory
 * every worker keeps (two workers with 16 MB each peaked at 156 MB on 16,000 articles, with 8 MB at 145 MB; peak RSS
 * is a target). On the bench corpus with composed names one worker with 32 MB peaked at 140–150 MB (152 in one
 * bench run), with 16 MB at 123–131 MB, in the same time (5.01–5.21 against 5.08–5.29 s, four runs each).
 */
function youngGenerationMb(workers: number): number {
  return workers === 1 ? 16 : 8;
}
/**
 * Old-generation limit of a worker's heap. What an article leaves behind is small (~10 MB of lexicons and caches);
 * the heap is kept near what it uses by the growth flag of workerV8Flags (v8-flags.ts), not by this limit: under
 * 2 GB V8 ran the same pipeline ~5 % slower (see there). Until session 12 it was 128 MB. Records too big for a
 * worker run in the main thread (see MAIN_THREAD_CHARS), and a worker that still runs out of memory has its records
 * redone there.
 */
const WORKER_OLD_GENERATION_MB = 2048;
let workerFlagsSet = false;
/** Set workerV8Flags once, before the first worker starts (V8 flags are the process's, read as isolates start). */
function setWorkerV8Flags(): void {
  if (workerFlagsSet) return;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const os = require('os') as typeof import('os');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  (require('v8') as typeof import('v8')).setFlagsFromString(workerV8Flags(os.availableParallelism?.() ?? os.cpus().length).join(' '));
  workerFlagsSet = true;
}

/** Articles longer than this (characters) are extracted in the main thread, whose heap is not capped. */
const MAIN_THREAD_CHARS = 2_000_000;
/** …and the characters of text in flight per job (a few huge articles must not all be held at once). */
const IN_FLIGHT_CHARS_PER_JOB = 4 * 1024 * 1024;

type Out = DocumentResult | string | Buffer;

function isLines(out: Out): out is string | Buffer {
  return typeof out === 'string' || Buffer.isBuffer(out);
}

function isProblem(x: InputRecord | InputProblem): x is InputProblem {
  return !('text' in x);
}

/** The pipeline options for one record, as the CLI computes them (record date, else --date, else HTML meta). */
function recordOptions(record: InputRecord, options: ParallelOptions): ExtractOptions {
  return {
    id: record.id,
    published: record.published ?? options.date ?? record.meta?.published ?? null,
    includeText: options.includeText,
    ...(options.dates === false ? { dates: false } : {}),
  };
}

/**
 * The worker threads' entry, dist/cli/worker-boot.js (the bundled worker with its code cache, else the compiled
 * worker): next to this file when it runs from dist/cli, under cli/ when it runs from the bundle (dist/quotes.js),
 * and the built copy in dist/ when it runs from the TypeScript sources (ts-node, jest).
 */
function workerPath(): string {
  for (const candidate of [path.join(__dirname, 'worker-boot.js'), path.join(__dirname, 'cli', 'worker-boot.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return path.resolve(__dirname, '..', '..', 'dist', 'cli', 'worker-boot.js');
}

/** Extract and (when asked) render one record in this thread; the pipeline is loaded on first use. */
function extractHere(item: InputRecord, options: ParallelOptions): DocumentResult | string {
  const { extract } = require('../pipeline') as typeof import('../pipeline');
  const doc = extract(item.text, recordOptions(item, options));
  return options.render ? renderJsonl(doc, options.render) : doc;
}

/**
 * Extract every record: on `jobs` worker threads when jobs > 1 or `threads` is set, else in this thread. Yields
 * `{record, doc}` (or `{record, lines}`) for records and the problems themselves, in input order. Throws (after
 * stopping the workers) when extraction throws.
 */
export async function* extractOrdered(
  records: AsyncIterable<InputRecord | InputProblem>,
  jobs: number,
  options: ParallelOptions = {},
): AsyncGenerator<OrderedResult> {
  const poolSize = Math.max(1, Math.floor(jobs) || 1);
  if (poolSize === 1 && !options.threads) {
    for await (const item of records) {
      if (isProblem(item)) yield item;
      else {
        const out = extractHere(item, options);
        yield isLines(out) ? { record: item, lines: out } : { record: item, doc: out };
      }
    }
    return;
  }
  const here = (item: InputRecord) => extractHere(item, options);
  setWorkerV8Flags();
  const pool = new Pool(poolSize, here, options.workerOldGenerationMb ?? WORKER_OLD_GENERATION_MB);
  const limit = poolSize * inFlightPerJob(poolSize);
  const charLimit = poolSize * IN_FLIGHT_CHARS_PER_JOB;
  let chars = 0; // text characters of the records in the window
  const size = new Map<number, number>();
  const it = records[Symbol.asyncIterator]();
  const window = new Map<number, Promise<Settled>>();
  let seq = 0;
  let next = 0;
  let inputDone = false;
  // The input is read ahead while results are pending, but a finished result is never held back waiting for more
  // input (a record piped in alone gets its answer at once).
  let pendingInput: Promise<IteratorResult<InputRecord | InputProblem>> | null = null;
  const accept = (r: IteratorResult<InputRecord | InputProblem>) => {
    if (r.done) {
      inputDone = true;
      return;
    }
    const item = r.value;
    if (isProblem(item)) window.set(seq++, Promise.resolve({ ok: true, value: item }));
    else {
      size.set(seq, item.text.length);
      chars += item.text.length;
      const result: Promise<Out> =
        item.text.length > (options.mainThreadChars ?? MAIN_THREAD_CHARS) ? new Promise((resolve) => resolve(here(item))) : pool.run(item, recordOptions(item, options), options.render);
      window.set(
        seq++,
        result.then(
          (out): Settled => ({ ok: true, value: isLines(out) ? { record: item, lines: out } : { record: item, doc: out } }),
          (error: Error): Settled => ({ ok: false, error }),
        ),
      );
    }
  };
  try {
    for (;;) {
      while (!inputDone && window.size < limit && chars < charLimit) {
        if (!pendingInput) pendingInput = it.next();
        const waiting = window.get(next);
        if (!waiting) {
          const r = await pendingInput;
          pendingInput = null;
          accept(r);
          continue;
        }
        const first = await Promise.race([pendingInput.then((r) => ({ input: r })), waiting.then(() => null)]);
        if (first === null) break; // the next result is ready: yield it before reading on
        pendingInput = null;
        accept(first.input);
      }
      const head = window.get(next);
      if (!head) {
        if (inputDone) break;
        continue;
      }
      const settled = await head;
      chars -= size.get(next) ?? 0;
      size.delete(next);
      window.delete(next++);
      if (!settled.ok) throw settled.error;
      yield settled.value;
    }
  } finally {
    await pool.close();
    if (!inputDone && typeof it.return === 'function') await it.return();
  }
}

type Settled = { ok: true; value: OrderedResult } | { ok: false; error: Error };

interface Pending {
  record: InputRecord;
  resolve: (out: Out) => void;
  reject: (e: Error) => void;
}

interface Slot {
  /** The worker the tasks go to: the whole pipeline, or the first half of a pair. */
  worker: import('worker_threads').Worker;
  /** A pair's second worker, which finishes the articles and answers; null for a worker on its own. */
  finisher: import('worker_threads').Worker | null;
  /** Threads (jobs) of the slot: 1, or 2 for a pair. */
  jobs: number;
  /** Tasks sent or queued, not yet answered. */
  tasks: Map<number, Pending>;
  /** Tasks queued in this turn of the event loop, sent together (tasksPerMessage a message). */
  queue: WorkerTask[];
}

/**
 * Worker threads, each with its own in-flight tasks; a task goes to the least busy one. Tasks given in one turn of
 * the event loop travel together, tasksPerMessage a message, and each worker answers a message with one message:
 * the cost of a message is paid per batch, not per article. A worker that runs out of memory is replaced, and its records are
 * extracted by `here` (the main thread) instead.
 *
 * Two jobs make a pair: one worker runs each article up to its entities (pipeline.recognize) and passes it on, by a
 * port of their own, to the other, which finishes it (extract with those entities) and answers. Each thread then
 * runs, warms up and has V8 optimize half of the pipeline (the entity stage is about half of an article's work)
 * instead of all of it: on 10,000 articles of the bench corpus two workers of the whole pipeline spent ~8.3 s of
 * CPU (V8's optimizing compiler and the slow first articles paid twice), a pair ~6.4 s. An odd job is a worker on
 * its own.
 */
class Pool {
  private readonly workers: Slot[] = [];
  private nextId = 0;
  private flushScheduled = false;
  private closing = false;
  private readonly file = workerPath();

  constructor(
    private readonly size: number,
    private readonly here: (record: InputRecord) => DocumentResult | string,
    private readonly oldGenerationMb: number,
  ) {
    for (let left = size; left > 0; left -= left >= 2 ? 2 : 1) {
      const slot: Slot = { worker: null as unknown as import('worker_threads').Worker, finisher: null, jobs: left >= 2 ? 2 : 1, tasks: new Map<number, Pending>(), queue: [] };
      this.start(slot);
      this.workers.push(slot);
    }
  }

  private spawn(role: WorkerRole): import('worker_threads').Worker {
    // Loaded here so that a one-job run in this thread never touches worker_threads.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { Worker } = require('worker_threads') as typeof import('worker_threads');
    return new Worker(this.file, {
      workerData: role,
      transferList: role.role === 'whole' ? [] : [role.port],
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb(this.size), maxOldGenerationSizeMb: this.oldGenerationMb },
    });
  }

  private start(slot: Slot): void {
    let threads: import('worker_threads').Worker[];
    if (slot.jobs === 2) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { MessageChannel } = require('worker_threads') as typeof import('worker_threads');
      const { port1, port2 } = new MessageChannel();
      threads = [this.spawn({ role: 'entities', port: port1 }), this.spawn({ role: 'finish', port: port2 })];
    } else threads = [this.spawn({ role: 'whole' })];
    const worker = threads[0];
    const answering = threads[threads.length - 1];
    slot.worker = worker;
    slot.finisher = threads.length === 2 ? answering : null;
    for (const t of threads) t.unref(); // a new worker has no tasks yet; referenced only while it has work (see run)
    answering.on('message', ({ replies, bytes }: WorkerBatchReply) => {
      for (const m of replies) {
        const p = slot.tasks.get(m.id);
        if (!p) continue;
        slot.tasks.delete(m.id);
        if ('error' in m) p.reject(new Error(m.error));
        else if ('at' in m) p.resolve(Buffer.from(bytes!, m.at, m.length));
        else p.resolve(m.doc);
      }
      if (slot.tasks.size === 0) for (const t of threads) t.unref();
    });
    let failed = false;
    const fail = (e: Error & { code?: string }) => {
      if (failed || slot.worker !== worker) return;
      failed = true;
      // The other worker of a pair goes too: the pair is started again as a whole.
      for (const t of threads) void t.terminate();
      const pending = [...slot.tasks.values()];
      slot.tasks.clear();
      slot.queue = []; // not sent yet: redone below with the others
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' && !this.closing) {
        // Redo its records here (uncapped heap), in order, and carry on with fresh workers.
        this.start(slot);
        for (const p of pending) {
          try {
            p.resolve(this.here(p.record));
          } catch (err) {
            p.reject(err as Error);
          }
        }
        return;
      }
      for (const p of pending) p.reject(e);
    };
    for (const t of threads) {
      t.on('error', fail);
      t.on('exit', (code) => fail(new Error(`extraction worker stopped (exit code ${code})`)));
    }
  }

  run(record: InputRecord, options: ExtractOptions, render?: RenderSpec): Promise<Out> {
    // The least busy for its threads (a pair takes twice the work of a worker on its own).
    let slot = this.workers[0];
    for (const w of this.workers) if (w.tasks.size * slot.jobs < slot.tasks.size * w.jobs) slot = w;
    const id = this.nextId++;
    return new Promise<Out>((resolve, reject) => {
      if (slot.tasks.size === 0) {
        slot.worker.ref();
        slot.finisher?.ref();
      }
      slot.tasks.set(id, { record, resolve, reject });
      slot.queue.push(render ? { id, text: record.text, options, render } : { id, text: record.text, options });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    for (const slot of this.workers) {
      const queue = slot.queue;
      if (queue.length === 0) continue;
      const per = tasksPerMessage(this.size);
      for (let i = 0; i < queue.length; i += per) slot.worker.postMessage(i === 0 && queue.length <= per ? queue : queue.slice(i, i + per));
      slot.queue = [];
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.flatMap((w) => (w.finisher ? [w.worker.terminate(), w.finisher.terminate()] : [w.worker.terminate()])));
  }
}
