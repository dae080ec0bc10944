/**
 * Worker thread of `extractOrdered` (parallel.ts): receives batches of {id, text, options} tasks, runs the pipeline on
 * each and posts back one batch of {id, doc}, {id, lines} (JSON Lines, when asked to render) or {id, error}. Compiled to dist/cli/worker.js and bundled into dist/worker.js (see worker-boot.ts); loaded only for a batch.
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

export type WorkerReply = { id: number; doc: DocumentResult } | { id: number; lines: string } | { id: number; error: string };

/** Run a batch of tasks: one reply each, in order. Exported for the build's warm-up of the worker bundle. */
export function handleTasks(tasks: WorkerTask[]): WorkerReply[] {
  const replies: WorkerReply[] = [];
  for (const task of tasks) {
    try {
      const doc = extract(task.text, task.options);
      replies.push(task.render ? { id: task.id, lines: renderJsonl(doc, task.render) } : { id: task.id, doc });
    } catch (e) {
      replies.push({ id: task.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return replies;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (tasks: WorkerTask[]) => port.postMessage(handleTasks(tasks)));
}
