/**
 * Worker thread of `extractOrdered` (parallel.ts): receives {id, text, options} messages, runs the pipeline and posts
 * back {id, doc} (or {id, error}). Compiled to dist/cli/worker.js; loaded only when more than one job is asked for.
 */
import { parentPort } from 'worker_threads';
import { extract } from '../pipeline';
import type { DocumentResult, ExtractOptions } from '../types';

export interface WorkerTask {
  id: number;
  text: string;
  options: ExtractOptions;
}

export type WorkerReply = { id: number; doc: DocumentResult } | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: WorkerTask) => {
    let reply: WorkerReply;
    try {
      reply = { id: task.id, doc: extract(task.text, task.options) };
    } catch (e) {
      reply = { id: task.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
