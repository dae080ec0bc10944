/**
 * Worker thread of `extractOrdered` (parallel.ts): receives batches of {id, text, options} tasks, runs the pipeline on
 * each and posts back one batch of {id, doc}, {id, at, length} (JSON Lines, when asked to render: a slice of the
 * batch's UTF-8 bytes, sent as a transferred buffer, so the main thread neither copies nor encodes them) or {id, error}. Compiled to dist/cli/worker.js and bundled into dist/worker.js (see worker-boot.ts); loaded only for a batch.
 */
import { parentPort } from 'worker_threads';
import { extract } from '../pipeline';
import type { DocumentResult, ExtractOptions } from '../types';
import { renderJsonl, RenderSpec } from './render';

export interface WorkerTask {
  id: number;
  text: string;
  options: ExtractOptions;
  /** When given, the worker sends back the finished JSON Lines instead of the document. */
  render?: RenderSpec;
}

export type WorkerReply = { id: number; doc: DocumentResult } | { id: number; at: number; length: number } | { id: number; error: string };

/** The answer to one batch: the replies, and the UTF-8 bytes of the rendered lines they point into. */
export interface WorkerBatchReply {
  replies: WorkerReply[];
  bytes: ArrayBuffer | null;
}

/**
 * Run a batch of tasks: one reply each, in order. Exported for the build's warm-up of the worker bundle.
 * Rendered lines are encoded into this worker's scratch buffer as each document is done (sized by the bound of 3
 * bytes per UTF-16 unit, no separate pass to measure them first, kept from batch to batch), and the batch's bytes are
 * copied once into a buffer of their exact size, the one that is transferred: the main thread then receives (and
 * keeps until written) only the bytes, not a buffer grown by doubling.
 */
let scratch: Buffer | null = null;
const SCRATCH_KEEP_BYTES = 4 * 1024 * 1024;

export function handleTasks(tasks: WorkerTask[]): WorkerBatchReply {
  const replies: WorkerReply[] = [];
  let used = 0;
  let rendered = false;
  for (const task of tasks) {
    try {
      const doc = extract(task.text, task.options);
      if (task.render) {
        rendered = true;
        const lines = renderJsonl(doc, task.render);
        // At most 3 UTF-8 bytes per UTF-16 unit.
        const need = used + lines.length * 3;
        if (!scratch || need > scratch.length) {
          const bigger = Buffer.allocUnsafeSlow(Math.max(need, scratch ? scratch.length * 2 : 256 * 1024));
          if (scratch) scratch.copy(bigger, 0, 0, used);
          scratch = bigger;
        }
        const length = scratch.write(lines, used);
        replies.push({ id: task.id, at: used, length });
        used += length;
      } else replies.push({ id: task.id, doc });
    } catch (e) {
      replies.push({ id: task.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (!rendered) return { replies, bytes: null };
  // A buffer of its own (not a slice of Node's shared pool), so that it can be transferred.
  const bytes = new ArrayBuffer(used);
  if (used > 0) scratch!.copy(new Uint8Array(bytes), 0, 0, used);
  // A scratch buffer grown for a huge article is not kept for the rest of the run.
  if (scratch && scratch.length > SCRATCH_KEEP_BYTES) scratch = null;
  return { replies, bytes };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (tasks: WorkerTask[]) => {
    const reply = handleTasks(tasks);
    port.postMessage(reply, reply.bytes ? [reply.bytes] : []);
  });
}
