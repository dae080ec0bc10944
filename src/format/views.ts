/** Column definitions of each view, for the table and CSV formats. */
import type * as ChalkModule from 'chalk';
import type { DocumentResult } from '../types';
import { csvTable, type CsvValue } from './csv';
import { EntityIndex, dateRows, entityRows, quoteRows, speakerRows } from './rows';
import { renderTable, type Cell, type Column, type Style } from './table';
import { sanitizeForTerminal, wrapText } from './text';
import type { DateRow, EntityRow, FormatOptions, QuoteRow, SpeakerRow, View } from './types';

type Chalk = ChalkModule.Chalk;

export const EMPTY_MESSAGE: Record<View, string> = {
  list: 'No quotes found.',
  entities: 'No entities found.',
  dates: 'No dates found.',
  speakers: 'No speakers found.',
  extract: 'No documents.',
};

/** Width the formatters lay out to: 100 when unknown, never less than 60. */
export function normalizeWidth(width: number | undefined | null): number {
  if (width == null || !Number.isFinite(width) || width <= 0) return 100;
  return Math.max(60, Math.floor(width));
}

export function makeChalk(color: boolean): Chalk {
  // Loaded on first use: JSON output never needs it (start-up time).
  const chalk = require('chalk') as typeof ChalkModule;
  return new chalk.Instance({ level: color ? 1 : 0 });
}

// ---------------------------------------------------------------------------------------------------------------
// Table

const SPEAKER_PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'cyanBright', 'magentaBright', 'greenBright'] as const;

/** FNV-1a, so a speaker keeps its colour from run to run. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function speakerStyle(c: Chalk, name: string): Style {
  return c[SPEAKER_PALETTE[hash(name) % SPEAKER_PALETTE.length]];
}

function kindStyle(c: Chalk, kind: string): Style {
  return kind === 'direct' ? c.green : kind === 'indirect' ? c.yellow : (s) => s;
}

const dash = (c: Chalk): Cell => ({ parts: [{ text: '—', style: c.dim }] });

function text(value: string | null | undefined, c: Chalk): Cell | string {
  return value == null || value === '' ? dash(c) : value;
}

/** Name with the canonical name in parentheses, on the same line when it fits, else below. */
function nameCell(c: Chalk, name: string, canonical: string | null, style?: Style): Cell {
  const parts = [{ text: name, style }];
  if (canonical && canonical !== name) parts.push({ text: `(${canonical})`, style: c.dim });
  return { parts, inline: true };
}

function documentColumn<R extends { document: string }>(): Column<R> {
  return { header: 'document', cell: (r) => r.document, min: 8, max: 20 };
}

function showDocuments(docs: DocumentResult[], rows: { document: string }[]): boolean {
  if (docs.length > 1) return true;
  const first = rows[0]?.document;
  return rows.some((r) => r.document !== first);
}

function quoteColumns(c: Chalk): Column<QuoteRow>[] {
  return [
    { header: '#', cell: (q) => q.id, max: 8 },
    { header: 'kind', cell: (q) => ({ parts: [{ text: q.kind, style: kindStyle(c, q.kind) }] }), min: 8, max: 8 },
    {
      header: 'speaker',
      cell: (q) =>
        q.speaker
          ? nameCell(c, q.speaker.name, q.speaker.canonical, speakerStyle(c, q.speaker.name))
          : dash(c),
      min: 8,
      max: 24,
    },
    { header: 'quote', cell: (q) => q.text, flex: true, min: 10 },
    { header: 'cue', cell: (q) => text(q.cue?.text, c), min: 4, max: 12 },
    { header: 'conf', cell: (q) => q.confidence.toFixed(2), align: 'right', min: 4, max: 5 },
  ];
}

function entityColumns(c: Chalk, index: EntityIndex): Column<EntityRow>[] {
  return [
    { header: 'id', cell: (e) => e.id, max: 8 },
    { header: 'type', cell: (e) => e.type, max: 12 },
    { header: 'name', cell: (e) => e.name, min: 6, max: 20 },
    { header: 'canonical', cell: (e) => text(e.canonical, c), min: 9, max: 24 },
    { header: 'title', cell: (e) => text(e.title, c), min: 5, max: 14 },
    { header: 'org', cell: (e) => text(index.affiliation(e.document, e.affiliation), c), max: 24 },
    { header: 'aliases', cell: (e) => text(e.aliases.join(', '), c), flex: true, min: 7 },
    { header: 'mentions', cell: (e) => String(e.mentions.length), align: 'right', max: 8 },
  ];
}

function dateColumns(c: Chalk): Column<DateRow>[] {
  return [
    { header: 'text', cell: (d) => d.text, flex: true, min: 6 },
    { header: 'value', cell: (d) => text(d.value == null ? null : d.time ? `${d.value} ${d.time}` : d.value, c), max: 22 },
    { header: 'granularity', cell: (d) => d.granularity, max: 11 },
    { header: 'relative', cell: (d) => (d.relative ? 'yes' : 'no'), max: 8 },
    { header: 'start', cell: (d) => String(d.start), align: 'right', max: 8 },
  ];
}

function speakerColumns(c: Chalk): Column<SpeakerRow>[] {
  return [
    { header: 'name', cell: (s) => ({ parts: [{ text: s.name, style: speakerStyle(c, s.name) }] }), min: 6, max: 20 },
    { header: 'canonical', cell: (s) => text(s.canonical, c), min: 9, max: 24 },
    { header: 'type', cell: (s) => s.type, max: 12 },
    { header: 'title', cell: (s) => text(s.title, c), min: 5, max: 16 },
    { header: 'affiliation', cell: (s) => text(s.affiliation, c), flex: true, min: 11 },
    { header: 'quotes', cell: (s) => String(s.quotes), align: 'right' },
  ];
}

function withDocument<R extends { document: string }>(cols: Column<R>[], show: boolean): Column<R>[] {
  return show ? [documentColumn<R>(), ...cols] : cols;
}

function viewTable(
  view: Exclude<View, 'extract'>,
  docs: DocumentResult[],
  rows: unknown[],
  opts: { width: number; chalk: Chalk; documentColumn?: boolean },
): string {
  if (rows.length === 0) return EMPTY_MESSAGE[view];
  const c = opts.chalk;
  const typed = rows as { document: string }[];
  const show = opts.documentColumn ?? showDocuments(docs, typed);
  const t = { width: opts.width, chalk: c };
  switch (view) {
    case 'list':
      return renderTable(withDocument(quoteColumns(c), show), rows as QuoteRow[], t);
    case 'entities':
      return renderTable(withDocument(entityColumns(c, new EntityIndex(docs)), show), rows as EntityRow[], t);
    case 'dates':
      return renderTable(withDocument(dateColumns(c), show), rows as DateRow[], t);
    case 'speakers':
      return renderTable(withDocument(speakerColumns(c), show), rows as SpeakerRow[], t);
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Per-document summary: a heading with the counts, then the table of each view. */
function extractTable(docs: DocumentResult[], width: number, c: Chalk): string {
  if (docs.length === 0) return EMPTY_MESSAGE.extract;
  const blocks: string[] = [];
  for (const d of docs) {
    const one = [d];
    const speakers = speakerRows(one);
    const counts = [
      plural(d.quotes.length, 'quote', 'quotes'),
      plural(speakers.length, 'speaker', 'speakers'),
      plural(d.entities.length, 'entity', 'entities'),
      plural(d.dates.length, 'date', 'dates'),
    ].join(', ');
    const heading = wrapText(sanitizeForTerminal(d.id), width).map((l) => c.bold.underline(l));
    const meta = `published ${d.published ?? 'unknown'}, ${counts}`;
    const lines = [...heading, ...wrapText(meta, width).map((l) => c.dim(l))];
    const section = (title: string, view: Exclude<View, 'extract'>, rows: unknown[]): void => {
      lines.push('', c.bold(title));
      lines.push(viewTable(view, one, rows, { width, chalk: c, documentColumn: false }));
    };
    section('Quotes', 'list', quoteRows(one));
    section('Speakers', 'speakers', speakers);
    section('Entities', 'entities', entityRows(one));
    section('Dates', 'dates', dateRows(one));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n\n');
}

export function formatTable(view: View, docs: DocumentResult[], rows: unknown[], opts: FormatOptions): string {
  const width = normalizeWidth(opts.width);
  const c = makeChalk(opts.color);
  if (view === 'extract') return extractTable(docs, width, c) + '\n';
  return viewTable(view, docs, rows, { width, chalk: c }) + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

const QUOTE_HEADER = ['document', 'id', 'kind', 'speaker', 'canonical', 'text', 'start', 'end', 'cue', 'confidence'];

function quoteCsv(rows: QuoteRow[]): string {
  return csvTable(
    QUOTE_HEADER,
    rows.map((q): CsvValue[] => [
      q.document,
      q.id,
      q.kind,
      q.speaker?.name,
      q.speaker?.canonical,
      q.text,
      q.segments[0]?.start,
      q.segments[q.segments.length - 1]?.end,
      q.cue?.text,
      q.confidence,
    ]),
  );
}

function entityCsv(rows: EntityRow[], index: EntityIndex): string {
  return csvTable(
    ['document', 'id', 'type', 'name', 'canonical', 'title', 'affiliation', 'affiliation_id', 'aliases', 'mentions'],
    rows.map((e): CsvValue[] => [
      e.document,
      e.id,
      e.type,
      e.name,
      e.canonical,
      e.title,
      index.affiliation(e.document, e.affiliation),
      e.affiliation,
      e.aliases.join('; '),
      e.mentions.length,
    ]),
  );
}

function dateCsv(rows: DateRow[]): string {
  return csvTable(
    ['document', 'text', 'start', 'end', 'value', 'time', 'granularity', 'relative'],
    rows.map((d): CsvValue[] => [d.document, d.text, d.start, d.end, d.value, d.time, d.granularity, d.relative]),
  );
}

function speakerCsv(rows: SpeakerRow[]): string {
  return csvTable(
    ['document', 'name', 'canonical', 'type', 'title', 'affiliation', 'quotes', 'entity'],
    rows.map((s): CsvValue[] => [s.document, s.name, s.canonical, s.type, s.title, s.affiliation, s.quotes, s.entity]),
  );
}

/** CSV of a view. For 'extract' the quotes of every document (the list view's columns). */
export function formatCsv(view: View, docs: DocumentResult[], rows: unknown[]): string {
  switch (view) {
    case 'list':
      return quoteCsv(rows as QuoteRow[]);
    case 'entities':
      return entityCsv(rows as EntityRow[], new EntityIndex(docs));
    case 'dates':
      return dateCsv(rows as DateRow[]);
    case 'speakers':
      return speakerCsv(rows as SpeakerRow[]);
    case 'extract':
      return quoteCsv(quoteRows(docs));
  }
}
