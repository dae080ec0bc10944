/**
 * The few promise-returning file calls the input layer needs, over Node's callback API: `fs.promises` loads the
 * stream machinery on first use, which a one-article run pays at start-up.
 */
import * as fs from 'fs';

const wrap =
  <A extends unknown[], R>(f: (...args: [...A, (e: NodeJS.ErrnoException | null, r: R) => void]) => void) =>
  (...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => f(...args, (e: NodeJS.ErrnoException | null, r: R) => (e ? reject(e) : resolve(r))));

export const stat = wrap<[string], fs.Stats>(fs.stat);
export const fstat = wrap<[number], fs.Stats>(fs.fstat);
export const realpath = wrap<[string], string>(fs.realpath);
export const readdir = (dir: string): Promise<fs.Dirent[]> =>
  new Promise((resolve, reject) => fs.readdir(dir, { withFileTypes: true }, (e, r) => (e ? reject(e) : resolve(r))));
export const open = (file: string): Promise<number> =>
  new Promise((resolve, reject) => fs.open(file, 'r', (e, fd) => (e ? reject(e) : resolve(fd))));
export const close = (fd: number): Promise<void> => new Promise((resolve) => fs.close(fd, () => resolve()));

/** Fill buf[from, buf.length) from the descriptor's current position; the bytes read end at the returned offset. */
async function fill(fd: number, buf: Buffer, from: number): Promise<number> {
  let got = from;
  while (got < buf.length) {
    const at = got;
    const n = await new Promise<number>((resolve, reject) =>
      fs.read(fd, buf, at, buf.length - at, null, (e, bytesRead) => (e ? reject(e) : resolve(bytesRead))),
    );
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Read up to `want` bytes from the descriptor's current position (fewer at the end of the file). */
export async function readSome(fd: number, want: number): Promise<Buffer> {
  const buf = Buffer.alloc(want);
  const got = await fill(fd, buf, 0);
  return got === want ? buf : buf.subarray(0, got);
}

/**
 * The whole file in one buffer: `head` (read already) and what follows it, `size` bytes in all by fstat; read into
 * place, not gathered and joined. A file that grew meanwhile is read to its end.
 */
export async function readWhole(fd: number, head: Buffer, size: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(Math.max(size, head.length));
  head.copy(buf);
  const got = await fill(fd, buf, head.length);
  if (got < buf.length) return buf.subarray(0, got);
  const more = await readRest(fd);
  return more.length ? Buffer.concat([buf, more]) : buf;
}

/** Everything from the descriptor's current position to the end. */
export async function readRest(fd: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = await readSome(fd, 1 << 16);
    if (chunk.length) chunks.push(chunk);
    if (chunk.length < 1 << 16) break;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
