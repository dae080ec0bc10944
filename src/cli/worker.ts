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

/** Run a batch of tasks: one reply each, in order. Exported for the build's warm-up of the worker bundle. */
export function handleTasks(tasks: WorkerTask[]): WorkerBatchReply {
  const replies: WorkerReply[] = [];
  const rendered: { reply: { id: number; at: number; length: number }; lines: string }[] = [];
  for (const task of tasks) {
    try {
      const doc = extract(task.text, task.options);
      if (task.render) {
        const reply = { id: task.id, at: 0, length: 0 };
        rendered.push({ reply, lines: renderJsonl(doc, task.render) });
        replies.push(reply);
      } else replies.push({ id: task.id, doc });
    } catch (e) {
      replies.push({ id: task.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (rendered.length === 0) return { replies, bytes: null };
  let total = 0;
  for (const r of rendered) total += Buffer.byteLength(r.lines);
  // A buffer of its own (not a slice of Node's shared pool), so that it can be transferred.
  const buf = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const r of rendered) {
    r.reply.at = at;
    r.reply.length = buf.write(r.lines, at);
    at += r.reply.length;
  }
  return { replies, bytes: buf.buffer as ArrayBuffer };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (tasks: WorkerTask[]) => {
    const reply = handleTasks(tasks);
    port.postMessage(reply, reply.bytes ? [reply.bytes] : []);
  });
}
