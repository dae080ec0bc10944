/**
 * The streaming contract that lets `quotes` run as a filter under Spark RDD.pipe, Hadoop Streaming or GNU parallel
 * --pipe: JSON Lines on stdin → exactly one JSON line per record on stdout, in input order, ids kept, each line
 * written as its record finishes; a bad line is one message on stderr naming its line number, and the stream goes on.
 * Spawns the real binary (dist/ is built by `npm test` before jest runs).
 */
import { spawn, spawnSync } from 'child_process';

import { BIN, ROOT, nodePath } from './helpers/cli';

const ARGS = ['extract', '--input', 'jsonl', '--format', 'jsonl'];
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { generateRecords } = require('../scripts/gen-corpus.js') as {
  generateRecords: (n: number, seed?: number) => Array<{ id: string; published: string; text: string }>;
};

function run(input: string, extra: string[] = []) {
  const r = spawnSync(BIN, [...ARGS, ...extra], {
    cwd: ROOT, input, encoding: 'utf8', env: { PATH: nodePath() }, timeout: 60000, maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('stream contract: quotes extract --input jsonl --format jsonl', () => {
  const N = 50;
  const records = generateRecords(N, 3);

  test('N records in → N lines out, one each, same order, ids and dates kept', () => {
    const r = run(records.map((x) => JSON.stringify(x)).join('\n') + '\n');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.endsWith('\n')).toBe(true);
    const lines = r.out.slice(0, -1).split('\n');
    expect(lines).toHaveLength(N);
    const docs = lines.map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(records.map((x) => x.id));
    expect(docs.map((d) => d.published)).toEqual(records.map((x) => x.published));
    // Real extraction happened: the second paragraph's direct quote, with its speaker, in every document.
    for (const [i, d] of docs.entries()) {
      const speaker = records[i].text.split('\n\n')[1].split(' ')[0];
      expect(d.quotes.some((q: any) => q.kind === 'direct' && q.speaker?.name === speaker)).toBe(true);
    }
  });

  test('a bad line: reported on stderr with its line number, the other records still come out, in order', () => {
    const lines = records.slice(0, 6).map((x) => JSON.stringify(x));
    lines.splice(3, 0, '{"id": "broken", "text": "닫히지 않은'); // line 4: invalid JSON
    const r = run(lines.join('\n') + '\n');
    expect(r.code).toBe(2);
    const errLines = r.err.trimEnd().split('\n');
    expect(errLines).toEqual(['quotes: -:4: not valid JSON (skipped)']);
    const out = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((d) => d.id)).toEqual(records.slice(0, 6).map((x) => x.id));
  });

  test('ids: numeric ids become strings, a record without id is named by its line', () => {
    const input = [
      JSON.stringify({ id: 42, text: records[0].text }),
      JSON.stringify({ text: records[1].text }),
      JSON.stringify({ id: 'last', text: records[2].text }),
    ].join('\n'); // no final newline: the last line still counts
    const r = run(input);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['42', '-:2', 'last']);
  });

  test('a record with no quotes still gives its line (never dropped)', () => {
    const r = run(`${JSON.stringify({ id: 'empty', text: '' })}\n${JSON.stringify({ id: 'plain', text: '날씨가 맑다.' })}\n`);
    const docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.id, d.quotes.length])).toEqual([['empty', 0], ['plain', 0]]);
  });

  test('streams: the first result is written before stdin is closed', async () => {
    const child = spawn(BIN, ARGS, { cwd: ROOT, env: { PATH: nodePath() } });
    let out = '';
    const firstLine = new Promise<string>((resolve) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        out += d;
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    child.stdin.write(JSON.stringify(records[0]) + '\n');
    // Only then the second record and EOF: a tool that buffered until EOF would never answer (test times out).
    const first = JSON.parse(await firstLine);
    expect(first.id).toBe(records[0].id);
    child.stdin.end(JSON.stringify(records[1]) + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual([records[0].id, records[1].id]);
  }, 30000);
});
