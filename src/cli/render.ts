/**
 * What the CLI makes of one document before printing: the --speaker/--kind/--type filter, and for JSON Lines the
 * finished lines. Shared by the main thread and the worker threads, so that `--jobs N` prints exactly what one job
 * prints, and the workers, not the main thread, do the serializing.
 */
import type { DocumentResult } from '../types';
import type { View } from '../format/types';
import { rowsFor } from '../format/rows';
import { quoteHasSpeaker } from '../filters';
import type { Utf8JsonWriter } from '../format/json-utf8';

export interface RenderSpec {
  view: View;
  speaker?: string;
  kind?: 'direct' | 'indirect';
  type?: string;
}

/** Apply --speaker and --kind to one document's quotes (entities stay whole: affiliations point into them). */
export function filterDoc(doc: DocumentResult, spec: RenderSpec): DocumentResult {
  const { speaker, kind } = spec;
  if (!speaker && !kind) return doc;
  return {
    ...doc,
    quotes: doc.quotes.filter((q) => (!kind || q.kind === kind) && (!speaker || quoteHasSpeaker(q, doc, speaker))),
  };
}

/** The rows of a view for these documents, with --type applied to the entities view. */
export function viewRows(spec: RenderSpec, docs: DocumentResult[]): unknown[] {
  if (spec.view === 'extract') return docs;
  const rows = rowsFor(spec.view, docs);
  return spec.view === 'entities' && spec.type ? rows.filter((r) => (r as { type: string }).type === spec.type) : rows;
}

/** The JSON of each row of one document for a view (the lines of renderJsonl, without their line feeds). */
export function renderRows(doc: DocumentResult, spec: RenderSpec): string[] {
  const out: string[] = [];
  for (const row of viewRows(spec, [filterDoc(doc, spec)])) out.push(JSON.stringify(row));
  return out;
}

/**
 * The JSON Lines of one document for a view, written as UTF-8 bytes (the worker threads' output): the same bytes as
 * renderJsonl's string. The `extract` view's document goes through the writer's own serializer; other views' rows,
 * small and few, through JSON.stringify.
 */
export function writeJsonl(doc: DocumentResult, spec: RenderSpec, out: Utf8JsonWriter): void {
  if (spec.view === 'extract') {
    out.document(filterDoc(doc, spec));
    out.byte(0x0a);
    return;
  }
  for (const row of renderRows(doc, spec)) {
    out.raw(row);
    out.byte(0x0a);
  }
}

/** The JSON Lines of one document for a view: the document itself for `extract`, else one line per row. */
export function renderJsonl(doc: DocumentResult, spec: RenderSpec): string {
  let s = '';
  for (const row of renderRows(doc, spec)) s += row + '\n';
  return s;
}
