/** The CLI's view of its environment, injectable so the CLI can be tested in-process. */
import * as fs from 'fs';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * Write a whole one-shot output to stdout synchronously, without making the stdout stream (making process.stdout
   * costs start-up time: ~3 ms of CPU). Returns the bytes that could not be written because the pipe would block;
   * those go through `stdout`. Absent when stdout is only a stream (tests).
   */
  writeStdoutSync?: (s: string) => Buffer | null;
}

export function processIO(): CliIO {
  let stdoutMade = false;
  return {
    // process.stdout and process.stdin are made on first access (they load the net/tty machinery): only when used.
    get stdout() {
      stdoutMade = true;
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    // Once the stream exists it owns the descriptor (it may hold queued writes): writes go through it.
    writeStdoutSync: (s) => (stdoutMade ? Buffer.from(s) : writeAllSync(1, s)),
  };
}

type WriteSync = (fd: number, buf: Buffer, offset: number, length: number) => number;

/** Write all of `s` to descriptor fd; on EAGAIN (a non-blocking pipe that is full) return the rest. EPIPE throws. */
export function writeAllSync(fd: number, s: string, write: WriteSync = fs.writeSync): Buffer | null {
  const buf = Buffer.from(s);
  let at = 0;
  while (at < buf.length) {
    try {
      at += write(fd, buf, at, buf.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return buf.subarray(at);
      throw e;
    }
  }
  return null;
}
