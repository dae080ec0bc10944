/**
 * The input layer: command-line inputs (files, directories, "-" for stdin) → article records, in order, with
 * problems reported as items rather than thrown. Text/HTML files are read whole (one article each); JSON Lines are
 * streamed line by line in bounded memory.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as fsp from './fsp';
import { decodeBuffer, decodeWith, isKnownEncoding, sniff, SNIFF_BYTES } from './decode';
import { declaredCharset, extractHtml, looksLikeHtml } from './html';
import { readJsonlStream, wideEncoding } from './jsonl';

export { decodeBuffer, isKnownEncoding } from './decode';
export { extractHtml, looksLikeHtml, toIsoDate, isIsoDate, blockText } from './html';

export interface InputRecord {
  id: string;
  text: string;
  published?: string | null;
  source: string;
  line?: number;
  meta?: { title?: string; byline?: string; published?: string };
}

export interface InputProblem {
  source: string;
  line?: number;
  level: 'error' | 'warning';
  /** One line naming the input and the problem. */
  message: string;
  byteOffset?: number;
}

export interface ReadOptions {
  input?: 'text' | 'jsonl' | 'auto';
  encoding?: string;
  stdin?: NodeJS.ReadableStream;
}

export function isProblem(x: InputRecord | InputProblem): x is InputProblem {
  return !('text' in x);
}

/** Largest text/HTML file read as one article (a JS string cannot be much larger). */
export const MAX_TEXT_BYTES = 512 * 1024 * 1024;

const ARTICLE_EXT = new Set(['.txt', '.jsonl', '.html', '.htm']);

type Kind = 'text' | 'jsonl' | 'html';
type Out = InputRecord | InputProblem;

function kindByExtension(p: string): Kind | null {
  const ext = path.extname(p).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt') return 'text';
  return null;
}

function errorMessage(name: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err && err.code) {
    case 'ENOENT':
      return `${name}: no such file or directory`;
    case 'EACCES':
    case 'EPERM':
      return `${name}: permission denied`;
    case 'ENOTDIR':
      return `${name}: not a directory (in the path)`;
    case 'ELOOP':
      return `${name}: too many levels of symbolic links`;
    case 'EISDIR':
      return `${name}: is a directory`;
    default: {
      const msg = err && err.message ? err.message.split('\n')[0] : String(e);
      return `${name}: ${msg}`;
    }
  }
}

/**
 * Read every input in order and yield its records and problems. Never throws for a bad input: an error problem is
 * yielded and the next input is read.
 */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<Out> {
  if (opts.encoding && !isKnownEncoding(opts.encoding)) {
    yield { source: '--encoding', level: 'error', message: `--encoding: unknown encoding "${opts.encoding}"` };
    return;
  }
  const list = inputs.length === 0 && opts.stdin ? ['-'] : inputs;
  let stdinUsed = false;
  for (const input of list) {
    if (input === '-') {
      if (!opts.stdin) {
        yield { source: '-', level: 'error', message: '-: no standard input available' };
        continue;
      }
      if (stdinUsed) {
        yield { source: '-', level: 'warning', message: '-: standard input already read (skipped)' };
        continue;
      }
      stdinUsed = true;
      yield* guard('-', readStdin(opts.stdin, opts));
      continue;
    }
    let st: fs.Stats;
    try {
      st = await fsp.stat(input);
    } catch (e) {
      yield { source: input, level: 'error', message: errorMessage(input, e) };
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      const problems: InputProblem[] = [];
      await walk(input, found, problems, new Set());
      for (const p of problems) yield p;
      if (found.length === 0) {
        if (problems.length === 0) {
          yield { source: input, level: 'error', message: `${input}: no articles (.txt, .jsonl, .html) found` };
        }
        continue;
      }
      found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const f of found) yield* guard(f, readFile(f, opts));
      continue;
    }
    yield* guard(input, readFile(input, opts));
  }
}

/** Run one input's reader; turn anything it throws into an error problem. */
async function* guard(source: string, gen: AsyncGenerator<Out>): AsyncGenerator<Out> {
  try {
    yield* gen;
  } catch (e) {
    yield { source, level: 'error', message: errorMessage(source, e) };
  }
}

/** Collect article files under dir (recursive; hidden entries skipped; symlinked directories followed once). */
async function walk(dir: string, found: string[], problems: InputProblem[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fsp.realpath(dir);
  } catch (e) {
    problems.push({ source: dir, level: 'error', message: errorMessage(dir, e) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = await fsp.readdir(dir);
  } catch (e) {
    problems.push({ source: dir, level: 'error', message: errorMessage(dir, e) });
    return;
  }
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const full = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await fsp.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) await walk(full, found, problems, seen);
    else if (isFile && ARTICLE_EXT.has(path.extname(ent.name).toLowerCase())) found.push(full);
  }
}

async function* readFile(file: string, opts: ReadOptions): AsyncGenerator<Out> {
  const byExt = kindByExtension(file);
  const jsonl = opts.input === 'jsonl' || (opts.input !== 'text' && byExt === 'jsonl');
  if (jsonl) {
    // Open first so that a missing/unreadable file is reported before streaming starts.
    let fd: number;
    try {
      fd = await fsp.open(file);
    } catch (e) {
      yield { source: file, level: 'error', message: errorMessage(file, e) };
      return;
    }
    // The stream owns the descriptor from here: it closes it when it ends or is destroyed.
    const stream = fs.createReadStream(file, { fd, highWaterMark: 1 << 16, autoClose: true });
    try {
      yield* readJsonlStream(file, stream, opts.encoding);
    } finally {
      stream.destroy();
    }
    return;
  }
  let fd: number;
  try {
    fd = await fsp.open(file);
  } catch (e) {
    yield { source: file, level: 'error', message: errorMessage(file, e) };
    return;
  }
  let buf: Buffer;
  try {
    const head = await fsp.readSome(fd, SNIFF_BYTES);
    if (!wideEncoding(opts.encoding) && sniff(head) === 'binary') {
      yield { source: file, level: 'warning', message: `${file}: binary file, skipped` };
      return;
    }
    const st = await fsp.fstat(fd);
    if (st.size > MAX_TEXT_BYTES) {
      yield {
        source: file, level: 'error',
        message: `${file}: too large for one article (${Math.round(st.size / 1048576)} MB; use JSON Lines)`,
      };
      return;
    }
    buf = head.length < SNIFF_BYTES ? head : await fsp.readWhole(fd, head, st.size);
  } catch (e) {
    yield { source: file, level: 'error', message: errorMessage(file, e) };
    return;
  } finally {
    await fsp.close(fd);
  }
  yield* fromBuffer(file, file, buf, byExt === 'html', opts);
}

/** Decode a whole text/HTML article and yield its problems and record. */
async function* fromBuffer(
  source: string, id: string, buf: Buffer, html: boolean, opts: ReadOptions,
): AsyncGenerator<Out> {
  if (buf.length > MAX_TEXT_BYTES) {
    yield { source, level: 'error', message: `${source}: too large for one article (use JSON Lines)` };
    return;
  }
  const headText = buf.subarray(0, 4096).toString('latin1');
  const isHtml = html || looksLikeHtml(headText);
  const declared = isHtml && !opts.encoding ? declaredCharset(buf) : undefined;
  const dec = opts.encoding ? decodeBuffer(buf, opts.encoding) : decodeWith(buf, { declared });
  for (const p of dec.problems) {
    const item: InputProblem = { source, level: 'warning', message: `${source}: ${p.message}` };
    if (p.byteOffset >= 0) item.byteOffset = p.byteOffset;
    yield item;
  }
  let text = dec.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // UTF-16 text is sniffed for HTML after decoding.
  if (isHtml || (dec.encoding.startsWith('utf-16') && looksLikeHtml(text))) {
    const art = await extractHtml(text);
    for (const w of art.warnings) yield { source, level: 'warning', message: `${source}: ${w}` };
    const rec: InputRecord = { id, text: art.text, source };
    const meta: NonNullable<InputRecord['meta']> = {};
    if (art.title) meta.title = art.title;
    if (art.byline) meta.byline = art.byline;
    if (art.publishedRaw) meta.published = art.publishedRaw;
    if (art.published) rec.published = art.published;
    else if (art.publishedRaw) {
      yield {
        source, level: 'warning',
        message: `${source}: published time ${JSON.stringify(art.publishedRaw.slice(0, 40))} is not a date (ignored)`,
      };
    }
    if (Object.keys(meta).length) rec.meta = meta;
    yield rec;
    return;
  }
  yield { id, text, source };
}


/** Chunks of a readable stream as Buffers. */
async function* chunksOf(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const c of stream as AsyncIterable<Buffer | string>) {
    yield typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
  }
}

async function* readStdin(stream: NodeJS.ReadableStream, opts: ReadOptions): AsyncGenerator<Out> {
  const it = chunksOf(stream);
  if (opts.input === 'jsonl') {
    yield* readJsonlStream('-', it, opts.encoding);
    return;
  }
  // Peek: with input auto, a first line that is a JSON object means JSON Lines.
  const first: Buffer[] = [];
  let have = 0;
  let done = false;
  if (opts.input !== 'text') {
    while (have < 1 << 16) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      first.push(r.value);
      have += r.value.length;
      if (r.value.indexOf(10) >= 0) break;
    }
    const peek = Buffer.concat(first);
    if (startsLikeJsonl(peek)) {
      yield* readJsonlStream('-', it, opts.encoding, first);
      return;
    }
  }
  const all: Buffer[] = first;
  if (!done) {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      all.push(r.value);
      have += r.value.length;
      if (have > MAX_TEXT_BYTES) {
        yield { source: '-', level: 'error', message: '-: standard input too large for one article (use --input jsonl)' };
        return;
      }
    }
  }
  const buf = Buffer.concat(all);
  if (!wideEncoding(opts.encoding) && sniff(buf) === 'binary') {
    yield { source: '-', level: 'warning', message: '-: binary input, skipped' };
    return;
  }
  yield* fromBuffer('-', '-', buf, false, opts);
}

/** True when the first line of the data (ASCII-compatible) parses as a JSON object. */
function startsLikeJsonl(peek: Buffer): boolean {
  let i = 0;
  if (peek.length >= 3 && peek[0] === 0xef && peek[1] === 0xbb && peek[2] === 0xbf) i = 3;
  while (i < peek.length && (peek[i] === 32 || peek[i] === 9 || peek[i] === 10 || peek[i] === 13)) i++;
  if (peek[i] !== 0x7b /* { */) return false;
  const nl = peek.indexOf(10, i);
  const line = peek.subarray(i, nl < 0 ? peek.length : nl).toString('utf8');
  try {
    const v = JSON.parse(line);
    return !!v && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}
