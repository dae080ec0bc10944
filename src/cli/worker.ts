/**
 * Worker thread of `extractOrdered` (parallel.ts): receives batches of {id, text, options} tasks, runs the pipeline on
 * each and posts back one batch of {id, doc}, {id, lines} (JSON Lines, when asked to render) or {id, error}. Compiled to dist/cli/worker.js; loaded only when more than one job is asked for.
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

if (parentPort) {
  const port = parentPort;
  port.on('message', (tasks: WorkerTask[]) => {
    const replies: WorkerReply[] = [];
    for (const task of tasks) {
      try {
        const doc = extract(task.text, task.options);
        replies.push(task.render ? { id: task.id, lines: renderJsonl(doc, task.render) } : { id: task.id, doc });
      } catch (e) {
        replies.push({ id: task.id, error: e instanceof Error ? e.message : String(e) });
      }
    }
    port.postMessage(replies);
  });
}
