/**
 * Output formatters, as pure functions in a registry (in the style of ESLint/textlint formatters): each takes the
 * view, the documents and the rows the view shows, and returns the whole output as a string ending in a newline
 * (empty jsonl gives ''). They never print.
 */
import type { DocumentResult } from '../types';
import { formatCsv, formatTable } from './views';
import type { FormatName, FormatOptions, View } from './types';

export type { FormatName, FormatOptions, View, QuoteRow, EntityRow, DateRow, SpeakerRow } from './types';
export { speakerRows, quoteRows, entityRows, dateRows, rowsFor, nameWithCanonical } from './rows';
export { normalizeWidth, EMPTY_MESSAGE } from './views';
export { sanitizeForTerminal, displayWidth, wrapText } from './text';
export { csvField, csvLine } from './csv';

export type Formatter = (view: View, docs: DocumentResult[], rows: unknown[], opts: FormatOptions) => string;

/** One compact JSON value and a newline: for streaming jsonl. */
export function jsonlLine(obj: unknown): string {
  return JSON.stringify(obj) + '\n';
}

function extractJson(docs: DocumentResult[]): { version: 1; documents: DocumentResult[] } {
  return { version: 1, documents: docs };
}

export const formatters: Readonly<Record<FormatName, Formatter>> = {
  table: (view, docs, rows, opts) => formatTable(view, docs, rows, opts),
  json: (view, docs, rows) => JSON.stringify(view === 'extract' ? extractJson(docs) : rows, null, 2) + '\n',
  jsonl: (view, docs, rows) => (view === 'extract' ? docs : rows).map(jsonlLine).join(''),
  csv: (view, docs, rows) => formatCsv(view, docs, rows),
};

export const FORMAT_NAMES: readonly FormatName[] = ['table', 'json', 'jsonl', 'csv'];
export const VIEWS: readonly View[] = ['list', 'entities', 'dates', 'speakers', 'extract'];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function getFormatter(name: string): Formatter | undefined {
  return isFormatName(name) ? formatters[name] : undefined;
}

/**
 * Format `rows` (the view's rows, possibly filtered by the caller; ignored for 'extract', which formats `docs`).
 *  - json: 'extract' → {version:1, documents}; other views → a pretty-printed array of rows (each has "document").
 *  - jsonl: one compact JSON object a line (a document a line for 'extract').
 *  - csv: RFC 4180 with a header row (CRLF); 'extract' gives the quotes of every document.
 *  - table: aligned, wrapped to opts.width; 'extract' gives a per-document summary with the tables of each view.
 */
export function formatView(
  view: View,
  format: FormatName,
  docs: DocumentResult[],
  rows: unknown[],
  opts: FormatOptions,
): string {
  const f = formatters[format];
  if (!f) throw new Error(`unknown format: ${String(format)}`);
  return f(view, docs, rows, opts);
}
