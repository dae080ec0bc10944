/**
 * A small table renderer for terminals: columns aligned by display width, long cells wrapped (never cut) inside
 * their column, the whole table fitted to the terminal width, optional colour. Borderless: columns separated by
 * two spaces, a bold header underlined per column, and a blank line between records when any record needs more
 * than one line.
 */
import type { Chalk } from 'chalk';
import { displayWidth, padDisplay, sanitizeForTerminal, wrapText } from './text';

export type Style = (s: string) => string;

/** One piece of a cell. Each part starts on a new line (unless the cell is `inline` and everything fits). */
export interface CellPart {
  text: string;
  style?: Style;
}

export interface Cell {
  parts: CellPart[];
  /** Put all parts on one line, separated by a space, when they fit the column. */
  inline?: boolean;
}

export interface Column<R> {
  header: string;
  cell: (row: R) => Cell | string;
  align?: 'left' | 'right';
  /** Never narrower than this (default: the header width, at least 2). */
  min?: number;
  /** Never wider than this (default: unlimited). */
  max?: number;
  /** The flexible column takes the room the others leave. */
  flex?: boolean;
}

export interface TableOptions {
  width: number;
  chalk: Chalk;
}

const GAP = '  ';
const FLEX_MIN = 20;

interface PreparedCell {
  parts: { text: string; style?: Style }[];
  inline: boolean;
  natural: number;
  longestWord: number;
}

function prepare(cell: Cell | string): PreparedCell {
  const c: Cell = typeof cell === 'string' ? { parts: [{ text: cell }] } : cell;
  const parts = c.parts.map((p) => ({ text: sanitizeForTerminal(p.text), style: p.style }));
  const inline = c.inline === true && parts.length > 1;
  let natural = 0;
  if (inline) {
    natural = parts.reduce((n, p, i) => n + displayWidth(p.text) + (i > 0 ? 1 : 0), 0);
  } else {
    for (const p of parts) natural = Math.max(natural, displayWidth(p.text));
  }
  let longestWord = 0;
  for (const p of parts) for (const word of p.text.split(' ')) longestWord = Math.max(longestWord, displayWidth(word));
  return { parts, inline, natural, longestWord };
}

/** Lines of one cell at `width`, each with its style. */
function layoutCell(cell: PreparedCell, width: number): { text: string; style?: Style }[] {
  if (cell.inline && cell.natural <= width) {
    // One line; styles are kept per part.
    return [{ text: cell.parts.map((p) => p.text).join(' '), style: inlineStyle(cell.parts) }];
  }
  const out: { text: string; style?: Style }[] = [];
  for (const p of cell.parts) for (const line of wrapText(p.text, width)) out.push({ text: line, style: p.style });
  return out;
}

/** A style for a joined line that re-applies each part's own style. */
function inlineStyle(parts: { text: string; style?: Style }[]): Style | undefined {
  if (!parts.some((p) => p.style)) return undefined;
  return () => parts.map((p) => (p.style ? p.style(p.text) : p.text)).join(' ');
}

export interface WidthSpec {
  /** Width that shows every cell on one line (capped by the column's max). */
  natural: number;
  /** Width that keeps every word whole (wraps at spaces only). */
  soft: number;
  /** Never narrower (unless nothing else fits): the header width or the column's min. */
  hard: number;
  flex: boolean;
}

/**
 * Column widths fitted to `total` cells. Starting from the natural widths, shrink in this order: the flexible
 * column down to a comfortable width; the other columns down to their longest word; the flexible column down to
 * its longest word; the other columns further (words broken); the flexible column further; finally anything down to 2 cells (a wide character still fits).
 * Within a phase the column with the most room to give shrinks first.
 */
export function fitWidths(specs: WidthSpec[], total: number): number[] {
  const w = specs.map((s) => Math.max(s.natural, s.hard));
  const avail = total - GAP.length * (w.length - 1);
  let sum = w.reduce((a, b) => a + b, 0);
  const shrink = (floor: (s: WidthSpec) => number, eligible: (s: WidthSpec) => boolean): void => {
    while (sum > avail) {
      let best = -1;
      let bestRoom = 0;
      for (let i = 0; i < w.length; i++) {
        if (!eligible(specs[i])) continue;
        const room = w[i] - floor(specs[i]);
        if (room > bestRoom) {
          best = i;
          bestRoom = room;
        }
      }
      if (best < 0) return;
      const step = specs[best].flex ? Math.min(sum - avail, bestRoom) : 1;
      w[best] -= step;
      sum -= step;
    }
  };
  shrink((s) => Math.max(s.hard, FLEX_MIN), (s) => s.flex);
  shrink((s) => Math.max(s.hard, s.soft), (s) => !s.flex);
  shrink((s) => Math.max(s.hard, s.soft), (s) => s.flex);
  shrink((s) => s.hard, (s) => !s.flex);
  shrink((s) => s.hard, (s) => s.flex);
  shrink(() => 2, () => true);
  return w;
}

/** Render rows as a table. Returns lines without a trailing newline. */
export function renderTable<R>(columns: Column<R>[], rows: R[], opts: TableOptions): string {
  const c = opts.chalk;
  const cells = rows.map((r) => columns.map((col) => prepare(col.cell(r))));
  const headers = columns.map((col) => sanitizeForTerminal(col.header));
  const specs = columns.map((col, i): WidthSpec => {
    const header = displayWidth(headers[i]);
    const max = col.max ?? Infinity;
    let natural = header;
    let soft = header;
    for (const row of cells) {
      natural = Math.max(natural, row[i].natural);
      soft = Math.max(soft, row[i].longestWord);
    }
    const hard = Math.max(2, header, col.min ?? 0);
    return { natural: Math.min(natural, max), soft: Math.min(soft, max), hard, flex: col.flex === true };
  });
  const widths = fitWidths(specs, opts.width);

  const renderLine = (pieces: { text: string; style?: Style }[][], lineNo: number): string => {
    const out: string[] = [];
    columns.forEach((col, i) => {
      const piece = pieces[i][lineNo];
      const text = piece ? piece.text : '';
      const padded = padDisplay(text, widths[i], col.align);
      if (!piece?.style || text === '') {
        out.push(padded);
      } else {
        const pad = padded.length - text.length;
        const styled = piece.style(text);
        out.push(col.align === 'right' ? ' '.repeat(pad) + styled : styled + ' '.repeat(pad));
      }
    });
    return out.join(GAP).trimEnd();
  };

  const lines: string[] = [];
  const headerPieces = headers.map((h, i) => wrapText(h, widths[i]).map((t) => ({ text: t, style: c.bold })));
  const headerHeight = Math.max(...headerPieces.map((p) => p.length));
  for (let l = 0; l < headerHeight; l++) lines.push(renderLine(headerPieces, l));
  lines.push(c.dim(widths.map((w) => '─'.repeat(w)).join(GAP)));

  const laidOut = cells.map((row) => row.map((cell, i) => layoutCell(cell, widths[i])));
  const heights = laidOut.map((row) => Math.max(1, ...row.map((p) => p.length)));
  const spaced = heights.some((h) => h > 1);
  laidOut.forEach((row, r) => {
    if (spaced && r > 0) lines.push('');
    for (let l = 0; l < heights[r]; l++) lines.push(renderLine(row, l));
  });
  return lines.join('\n');
}
