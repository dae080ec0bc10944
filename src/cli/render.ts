/**
 * What the CLI makes of one document before printing: the --speaker/--kind/--type filter, and for JSON Lines the
 * finished lines. Shared by the main thread and the worker threads, so that `--jobs N` prints exactly what one job
 * prints, and the workers, not the main thread, do the serializing.
 */
import type { DocumentResult } from '../types';
import type { View } from '../format/types';
import { rowsFor } from '../format/rows';
import { quoteHasSpeaker } from '../filters';

export interface RenderSpec {
  view: View;
  speaker?: string;
  kind?: 'direct' | 'indirect';
  type?: string;
}

/** Apply --speaker, --kind and --type to one document's results. */
export function filterDoc(doc: DocumentResult, spec: RenderSpec): DocumentResult {
  const { speaker, kind, type } = spec;
  if (!speaker && !kind && !type) return doc;
  return {
    ...doc,
    quotes: doc.quotes.filter((q) => (!kind || q.kind === kind) && (!speaker || quoteHasSpeaker(q, doc, speaker))),
    entities: type ? doc.entities.filter((e) => e.type === type) : doc.entities,
  };
}

/** The JSON Lines of one document for a view: the document itself for `extract`, else one line per row. */
export function renderJsonl(doc: DocumentResult, spec: RenderSpec): string {
  const filtered = filterDoc(doc, spec);
  const rows = spec.view === 'extract' ? [filtered] : rowsFor(spec.view, [filtered]);
  let s = '';
  for (const row of rows) s += JSON.stringify(row) + '\n';
  return s;
}
