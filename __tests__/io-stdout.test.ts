/** One-shot output written synchronously to the stdout descriptor, with the rest going through the stream when the pipe would block. */
import { PassThrough, Readable } from 'stream';
import { writeAllSync } from '../src/cli/io';
import { main } from '../src/cli/main';
import { ROOT, SEED } from './helpers/cli';

test('writeAllSync writes everything, in as many writes as the descriptor takes', () => {
  const chunks: string[] = [];
  const write = (fd: number, buf: Buffer, at: number, len: number) => {
    const n = Math.min(len, 5);
    chunks.push(buf.subarray(at, at + n).toString('latin1'));
    return n;
  };
  expect(writeAllSync(1, 'abcdefghijkl', write)).toBeNull();
  expect(chunks).toEqual(['abcde', 'fghij', 'kl']);
});

test('writeAllSync returns what a full non-blocking pipe did not take (EAGAIN); other errors throw', () => {
  let calls = 0;
  const eagainAfterFour = () => {
    if (calls++ === 0) return 4;
    throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
  };
  expect(writeAllSync(1, '가나다', eagainAfterFour)).toEqual(Buffer.from('가나다').subarray(4));
  const epipe = () => {
    throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
  };
  expect(() => writeAllSync(1, 'x', epipe)).toThrow('EPIPE');
});

test('the CLI sends a one-shot output through writeStdoutSync and what it could not write through the stream', async () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let streamed = '';
  stdout.on('data', (d) => (streamed += d));
  let direct = '';
  const writeStdoutSync = (s: string) => {
    const b = Buffer.from(s);
    direct += b.subarray(0, 100).toString('utf8');
    return b.subarray(100);
  };
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  const code = await main(['node', 'quotes', 'list', '--format', 'json', '--date', '2023-06-09', SEED], { stdout, stderr, stdin, env: {}, cwd: ROOT, writeStdoutSync });
  await new Promise((r) => setImmediate(r));
  expect(code).toBe(0);
  const rows = JSON.parse(direct + streamed);
  expect(rows.length).toBeGreaterThan(3);
  expect(rows[0].speaker.name).toBe('올트먼');
});

test('EPIPE from writeStdoutSync (the reader went away) ends the run quietly', async () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d) => (err += d));
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  const writeStdoutSync = () => {
    throw Object.assign(new Error('EPIPE'), { code: 'EPIPE' });
  };
  const code = await main(['node', 'quotes', 'list', '--format', 'json', SEED], { stdout, stderr, stdin, env: {}, cwd: ROOT, writeStdoutSync });
  expect(code).toBe(0);
  expect(err).toBe('');
});
