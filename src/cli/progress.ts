/**
 * A one-line progress indicator on stderr for long batches: `files done/total  rate  ETA`. Shown only when the
 * stream is a terminal, not with --quiet, and only once the batch has run for `delayMs` (1 s): short runs and
 * pipes never see it. No timer: it redraws on tick(), at most every `intervalMs`.
 */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  total?: number | null;
  quiet?: boolean;
  delayMs?: number;
  intervalMs?: number;
  now?: () => number;
}

export class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly start: number;
  private readonly enabled: boolean;
  private readonly now: () => number;

  constructor(private readonly stream: ProgressStream, private readonly opts: ProgressOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.start = this.now();
    this.enabled = !!stream.isTTY && !opts.quiet;
  }

  /** One more input (file or record) finished. */
  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.start < (this.opts.delayMs ?? 1000) || t - this.lastDraw < (this.opts.intervalMs ?? 100)) return;
    this.lastDraw = t;
    this.shown = true;
    this.stream.write(`\r\x1b[K${this.line(t)}`);
  }

  /** The progress text, e.g. `quotes: 12/40 files  8.0/s  ETA 4s`. */
  line(t = this.now()): string {
    const secs = Math.max(1e-3, (t - this.start) / 1000);
    const rate = this.done / secs;
    const total = this.opts.total;
    const rateText = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
    let s = `quotes: ${this.done}${total ? `/${total}` : ''} ${total ? 'files' : 'done'}  ${rateText}/s`;
    if (total && rate > 0 && this.done <= total) s += `  ETA ${formatSeconds((total - this.done) / rate)}`;
    return s;
  }

  /** Erase the line (before other output reaches the terminal); the next tick draws it again. */
  clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }
}

export function formatSeconds(s: number): string {
  const r = Math.ceil(s);
  if (r < 60) return `${r}s`;
  if (r < 3600) return `${Math.floor(r / 60)}m${String(r % 60).padStart(2, '0')}s`;
  return `${Math.floor(r / 3600)}h${String(Math.floor((r % 3600) / 60)).padStart(2, '0')}m`;
}

/** How many articles a list of inputs holds, when that is cheap to know (plain text/HTML files), else null. */
export function countInputs(inputs: string[], statSync: (p: string) => { isFile(): boolean }): number | null {
  let n = 0;
  for (const p of inputs) {
    if (p === '-' || /\.(jsonl|ndjson)$/i.test(p)) return null;
    try {
      if (!statSync(p).isFile()) return null;
    } catch {
      continue; // a missing file is reported by the reader and not counted
    }
    n++;
  }
  return n;
}
