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

/** Read up to `want` bytes from the descriptor's current position (fewer at the end of the file). */
export async function readSome(fd: number, want: number): Promise<Buffer> {
  const buf = Buffer.alloc(want);
  let got = 0;
  while (got < want) {
    const n = await new Promise<number>((resolve, reject) =>
      fs.read(fd, buf, got, want - got, null, (e, bytesRead) => (e ? reject(e) : resolve(bytesRead))),
    );
    if (n === 0) break;
    got += n;
  }
  return got === want ? buf : buf.subarray(0, got);
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
