/**
 * Worker thread of `extractOrdered` (parallel.ts): receives batches of {id, text, options} tasks, runs the pipeline on
 * each and posts back one batch of {id, doc}, {id, at, length} (JSON Lines, when asked to render: a slice of the
 * batch's UTF-8 bytes, sent as a transferred buffer, so the main thread neither copies nor encodes them) or {id, error}. Compiled to dist/cli/worker.js and bundled into dist/worker.js (see worker-boot.ts); loaded only for a batch.
 *
 * Two workers may share an article's work (a pair, see parallel.ts; workerData {role, port}): the 'entities' worker
 * takes the batches from the main thread, runs the pipeline up to the entities (pipeline.recognize) and passes each
 * batch on, with the entities, through `port` to the 'finish' worker, which does the rest and answers the main thread.
 */
import { parentPort, workerData } from 'worker_threads';
import type { MessagePort } from 'worker_threads';
import { extract, recognize } from '../pipeline';
import { pack, PackedEntities, unpack } from './entities-wire';
import type { DocumentResult, ExtractOptions } from '../types';
import { RenderSpec, writeJsonl } from './render';
import { Utf8JsonWriter } from '../format/json-utf8';

export interface WorkerTask {
  id: number;
  text: string;
  options: ExtractOptions;
  /** When given, the worker sends back the finished JSON Lines instead of the document. */
  render?: RenderSpec;
  /**
   * The article's entities, when the 'entities' worker of a pair found them (pipeline.recognize, packed for the
   * way: entities-wire.ts); null for an article that takes the English path.
   */
  entities?: PackedEntities | null;
}

/** What a worker does: all of each article, or one half of a pair, with the port between the two. */
export type WorkerRole = { role: 'whole' } | { role: 'entities' | 'finish'; port: MessagePort };

export type WorkerReply = { id: number; doc: DocumentResult } | { id: number; at: number; length: number } | { id: number; error: string };

/** The answer to one batch: the replies, and the UTF-8 bytes of the rendered lines they point into. */
export interface WorkerBatchReply {
  replies: WorkerReply[];
  bytes: ArrayBuffer | null;
}

/**
 * Run a batch of tasks: one reply each, in order. Exported for the build's warm-up of the worker bundle.
 * Rendered lines are written as UTF-8 into this worker's buffer as each document is done (kept from batch to batch),
 * and the batch's bytes are copied once into a buffer of their exact size, the one that is transferred: the main
 * thread then receives (and keeps until written) only the bytes, not a buffer grown by doubling.
 */
let out: Utf8JsonWriter | null = null;
const KEEP_BYTES = 4 * 1024 * 1024;

export function handleTasks(tasks: WorkerTask[]): WorkerBatchReply {
  const replies: WorkerReply[] = [];
  let rendered = false;
  const lines = (out ??= new Utf8JsonWriter());
  lines.length = 0;
  for (const task of tasks) {
    const at = lines.length;
    try {
      const doc = extract(task.text, task.options, task.entities ? unpack(task.entities) : undefined);
      if (task.render) {
        rendered = true;
        writeJsonl(doc, task.render, lines);
        replies.push({ id: task.id, at, length: lines.length - at });
      } else replies.push({ id: task.id, doc });
    } catch (e) {
      // Nothing of a failed document is kept.
      lines.length = at;
      replies.push({ id: task.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (!rendered) return { replies, bytes: null };
  // A buffer of its own (not a slice of Node's shared pool), so that it can be transferred.
  const bytes = new ArrayBuffer(lines.length);
  if (lines.length > 0) lines.bytes.copy(new Uint8Array(bytes), 0, 0, lines.length);
  // A buffer grown for a huge article is not kept for the rest of the run.
  if (lines.bytes.length > KEEP_BYTES) out = null;
  return { replies, bytes };
}

/**
 * The first half of a pair's work: each task gets its article's entities. An article whose recognition throws goes on
 * without them, and the finishing worker, running the whole pipeline on it, reports the error in its place.
 */
export function recognizeTasks(tasks: WorkerTask[]): WorkerTask[] {
  for (const task of tasks) {
    try {
      const found = recognize(task.text, task.options);
      task.entities = found && pack(found);
    } catch {
      task.entities = undefined;
    }
  }
  return tasks;
}

/** Run a batch and post its reply to the main thread (the bytes transferred, not copied). */
function answer(main: MessagePort, tasks: WorkerTask[]): void {
  const reply = handleTasks(tasks);
  main.postMessage(reply, reply.bytes ? [reply.bytes] : []);
}

if (parentPort) {
  const main = parentPort;
  const job = (workerData ?? { role: 'whole' }) as WorkerRole;
  if (job.role === 'entities') {
    const next = job.port;
    main.on('message', (tasks: WorkerTask[]) => next.postMessage(recognizeTasks(tasks)));
  } else if (job.role === 'finish') job.port.on('message', (tasks: WorkerTask[]) => answer(main, tasks));
  else main.on('message', (tasks: WorkerTask[]) => answer(main, tasks));
}
