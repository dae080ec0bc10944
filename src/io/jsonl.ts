/**
 * JSON Lines input, streamed: bytes are split on LF as they arrive (bounded memory whatever the stream's size),
 * each line is decoded on its own (UTF-8, or CP949 when the line is not UTF-8 but reads as CP949, or a forced
 * ASCII-compatible encoding). UTF-16/32 input (BOM or forced) is decoded as a character stream instead.
 */
import { isUtf8 } from 'buffer';
import { decodeWith, iconv, sniff } from './decode';
import { isIsoDate } from './html';
import type { InputProblem, InputRecord } from './index';

/** A line longer than this is skipped (a JS string cannot hold arbitrarily much; it is not one article anyway). */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;
/** Give up on a file whose first this-many non-blank lines are all bad and none is good (not JSON Lines at all). */
const GIVE_UP_AFTER = 50;

/** The UTF-16/32 encoding a name asks for (NUL bytes are normal there), else null. */
export function wideEncoding(name: string | undefined): string | null {
  if (!name) return null;
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'utf16le' || n === 'ucs2' || n === 'utf16') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  if (n.startsWith('utf32')) return name;
  return null;
}

type Out = InputRecord | InputProblem;

class LineHandler {
  private good = 0;
  private bad = 0;
  gaveUp = false;
  constructor(readonly source: string) {}

  /** Turn one decoded line into a record or problems. */
  *handle(line: string, lineNo: number): Generator<Out> {
    if (this.gaveUp) return;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (!line.trim()) return;
    const where = `${this.source}:${lineNo}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield* this.fail(where, lineNo, 'not valid JSON (skipped)');
      return;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj) || typeof (obj as { text?: unknown }).text !== 'string') {
      yield* this.fail(where, lineNo, 'no "text" field (skipped)');
      return;
    }
    this.good++;
    const o = obj as { id?: unknown; text: string; published?: unknown; title?: unknown; byline?: unknown };
    let id: string;
    if (typeof o.id === 'string' && o.id !== '') id = o.id;
    else if (typeof o.id === 'number' && Number.isFinite(o.id)) id = String(o.id);
    else {
      if (o.id !== undefined && o.id !== null && o.id !== '') {
        yield { source: this.source, line: lineNo, level: 'warning', message: `${where}: "id" is not a string (using ${where})` };
      }
      id = where;
    }
    const rec: InputRecord = { id, text: o.text, source: this.source, line: lineNo };
    if (o.published !== undefined) {
      if (o.published === null) rec.published = null;
      else if (typeof o.published === 'string' && isIsoDate(o.published.trim())) rec.published = o.published.trim();
      else {
        const shown = JSON.stringify(o.published).slice(0, 40);
        yield {
          source: this.source, line: lineNo, level: 'warning',
          message: `${where}: "published" ${shown} is not a YYYY-MM-DD date (ignored)`,
        };
        rec.published = null;
      }
    }
    const meta: NonNullable<InputRecord['meta']> = {};
    if (typeof o.title === 'string') meta.title = o.title;
    if (typeof o.byline === 'string') meta.byline = o.byline;
    if (meta.title !== undefined || meta.byline !== undefined) rec.meta = meta;
    yield rec;
  }

  private *fail(where: string, lineNo: number, what: string): Generator<Out> {
    this.bad++;
    yield { source: this.source, line: lineNo, level: 'error', message: `${where}: ${what}` };
    if (this.good === 0 && this.bad >= GIVE_UP_AFTER) {
      this.gaveUp = true;
      yield {
        source: this.source, level: 'error',
        message: `${this.source}: the first ${this.bad} lines are not JSON records; is it JSON Lines? (rest skipped)`,
      };
    }
  }
}

/**
 * Stream JSON Lines records from chunks. `first` is data already read from the stream (for sniffing), followed by
 * the rest of `chunks`.
 */
export async function* readJsonlStream(
  source: string,
  chunks: AsyncIterable<Buffer | string>,
  forced?: string,
  first: Buffer[] = [],
): AsyncGenerator<Out> {
  const handler = new LineHandler(source);
  const it = chunks[Symbol.asyncIterator]();
  const pendingFirst = first.slice();
  const next = async (): Promise<Buffer | null> => {
    if (pendingFirst.length) return pendingFirst.shift()!;
    const r = await it.next();
    if (r.done) return null;
    return typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
  };

  let head = await next();
  while (head && head.length === 0) head = await next();
  if (!head) return;
  // Binary and wide-encoding checks on the first chunk.
  let wide = wideEncoding(forced);
  if (!wide) {
    const s = sniff(head);
    if (s === 'binary') {
      yield { source, level: 'warning', message: `${source}: binary file, skipped` };
      return;
    }
    if (!forced && (s === 'utf-16le' || s === 'utf-16be')) wide = s;
  }
  try {
    if (wide) yield* wideLines(handler, head, next, wide);
    else yield* byteLines(handler, source, head, next, forced);
  } finally {
    if (typeof it.return === 'function') await it.return();
  }
}

async function* byteLines(
  handler: LineHandler, source: string, head: Buffer, next: () => Promise<Buffer | null>, forced?: string,
): AsyncGenerator<Out> {
  let parts: Buffer[] = [];
  let partLen = 0;
  let overflow = false;
  let lineNo = 0;
  let lineStart = 0; // byte offset of the current line in the stream
  let consumed = 0; // bytes of the stream before `chunk`
  let chunk: Buffer | null = head;
  const emit = function* (bytes: Buffer, no: number, at: number): Generator<Out> {
    let text: string;
    if (!forced && isUtf8(bytes)) text = bytes.toString('utf8');
    else {
      const d = decodeWith(bytes, { forced });
      text = d.text;
      for (const p of d.problems) {
        const off = p.byteOffset >= 0 ? at + p.byteOffset : undefined;
        const msg = p.byteOffset >= 0 ? p.message.replace(/at byte \d+/, `at byte ${off}`) : p.message;
        yield { source, line: no, level: 'warning', message: `${source}:${no}: ${msg}`, byteOffset: off };
      }
    }
    yield* handler.handle(text, no);
  };
  while (chunk) {
    let pos = 0;
    while (pos <= chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        const rest = chunk.subarray(pos);
        if (rest.length && !overflow) {
          if (partLen + rest.length > MAX_LINE_BYTES) {
            overflow = true;
            parts = [];
            partLen = 0;
          } else {
            parts.push(rest);
            partLen += rest.length;
          }
        }
        break;
      }
      lineNo++;
      if (overflow) {
        yield { source, line: lineNo, level: 'error', message: `${source}:${lineNo}: line longer than ${MAX_LINE_BYTES / 1048576} MB (skipped)` };
        overflow = false;
      } else {
        const piece = chunk.subarray(pos, nl);
        const bytes = parts.length ? Buffer.concat([...parts, piece]) : piece;
        yield* emit(bytes, lineNo, lineStart);
      }
      parts = [];
      partLen = 0;
      pos = nl + 1;
      lineStart = consumed + pos;
      if (handler.gaveUp) return;
    }
    consumed += chunk.length;
    chunk = await next();
  }
  if (overflow) {
    lineNo++;
    yield { source, line: lineNo, level: 'error', message: `${source}:${lineNo}: line longer than ${MAX_LINE_BYTES / 1048576} MB (skipped)` };
  } else if (partLen) {
    lineNo++;
    yield* emit(Buffer.concat(parts), lineNo, lineStart);
  }
}

async function* wideLines(
  handler: LineHandler, head: Buffer, next: () => Promise<Buffer | null>, encoding: string,
): AsyncGenerator<Out> {
  const decoder = iconv().getDecoder(encoding); // strips the BOM
  let carry = '';
  let lineNo = 0;
  let chunk: Buffer | null = head;
  while (chunk) {
    const s = carry + decoder.write(chunk);
    let pos = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', pos)) {
      lineNo++;
      yield* handler.handle(s.slice(pos, nl), lineNo);
      pos = nl + 1;
      if (handler.gaveUp) return;
    }
    carry = s.slice(pos);
    if (carry.length > MAX_LINE_BYTES / 2) {
      // An endless line: skip to the next newline.
      lineNo++;
      yield { source: handler.source, line: lineNo, level: 'error', message: `${handler.source}:${lineNo}: line longer than ${MAX_LINE_BYTES / 1048576} MB (skipped)` };
      carry = '';
      let c: Buffer | null;
      let found = false;
      while (!found && (c = await next())) {
        const rest = decoder.write(c);
        const nl = rest.indexOf('\n');
        if (nl >= 0) {
          carry = rest.slice(nl + 1);
          found = true;
        }
      }
      if (!found) return;
    }
    chunk = await next();
  }
  const tail = carry + (decoder.end() || '');
  if (tail) yield* handler.handle(tail, lineNo + 1);
}
