/**
 * extractOrdered: jobs = 2 (worker threads from dist/cli/worker-boot.js) gives exactly what jobs = 1 gives, in input
 * order, problems in place, with bounded read-ahead. Uses the built dist/ (`npm test` builds before jest) so that
 * the workers and the in-process run share one compiled pipeline.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { InputProblem, InputRecord } from '../src/io';
import type { OrderedResult } from '../src/cli/parallel';

const DIST = path.join(__dirname, '..', 'dist', 'cli', 'parallel.js');
if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'cli', 'worker-boot.js'))) {
  throw new Error('dist/cli/worker-boot.js is missing: run `npm run build` (npm test does) before this test');
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { extractOrdered, IN_FLIGHT_PER_JOB, IN_FLIGHT_ONE_JOB } = require(DIST) as typeof import('../src/cli/parallel');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { workerV8Flags, WORKER_CACHE_FILE } = require(path.join(__dirname, '..', 'dist', 'cli', 'v8-flags.js')) as typeof import('../src/cli/v8-flags');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { generateRecords } = require('../scripts/gen-corpus.js') as {
  generateRecords: (n: number, seed?: number) => Array<{ id: string; published: string; text: string }>;
};

type Item = InputRecord | InputProblem;

function items(n: number): Item[] {
  const out: Item[] = generateRecords(n, 7).map((r, i) => ({
    id: r.id, text: r.text, published: i % 5 === 0 ? undefined : r.published, source: 'gen.jsonl', line: i + 1,
  }));
  // Problems at the start, in the middle and at the end pass through in place.
  const problem = (line: number): InputProblem => ({ source: 'gen.jsonl', line, level: 'error', message: `gen.jsonl:${line}: not valid JSON (skipped)` });
  out.splice(0, 0, problem(0));
  out.splice(101, 0, problem(100));
  out.push(problem(n + 1));
  return out;
}

async function* source(list: Item[], pulled?: { count: number }): AsyncGenerator<Item> {
  for (const x of list) {
    if (pulled) pulled.count++;
    yield x;
  }
}

async function collect(list: Item[], jobs: number): Promise<OrderedResult[]> {
  const out: OrderedResult[] = [];
  for await (const r of extractOrdered(source(list), jobs, { date: '2023-06-09' })) out.push(r);
  return out;
}

/** What the CLI would print for each result: the document, or the problem message. */
function shown(r: OrderedResult): string {
  if ('doc' in r) return JSON.stringify(r.doc);
  if ('lines' in r) return r.lines.toString(); // a string from this thread, UTF-8 bytes from a worker
  return `problem ${r.message}`;
}

describe('extractOrdered', () => {
  const list = items(200);
  let one: OrderedResult[];
  let two: OrderedResult[];

  beforeAll(async () => {
    one = await collect(list, 1);
    two = await collect(list, 2);
  }, 120000);

  test('jobs = 1: one result per input item, in input order', () => {
    expect(one).toHaveLength(list.length);
    one.forEach((r, i) => {
      if ('doc' in r) {
        expect(r.record).toBe(list[i]);
        expect(r.doc.id).toBe((list[i] as InputRecord).id);
      } else expect(r).toBe(list[i]);
    });
    // The generated articles do contain quotes with speakers (the comparison below is not between empty results).
    const docs = one.filter((r): r is Extract<OrderedResult, { doc: unknown }> => 'doc' in r).map((r) => r.doc);
    expect(docs.every((d) => d.quotes.length > 0)).toBe(true);
    expect(docs.every((d) => d.quotes.some((q) => q.speaker !== null))).toBe(true);
  });

  test('jobs = 2 gives the same results in the same order as jobs = 1', () => {
    expect(two.map(shown)).toEqual(one.map(shown));
    two.forEach((r, i) => {
      if ('doc' in r) expect(r.record).toBe(list[i]);
    });
  });

  test('rendered JSON Lines (with a filter) are the same from the workers as from this thread', async () => {
    const render = { view: 'list' as const, kind: 'direct' as const };
    const lines = async (jobs: number) => {
      const out: string[] = [];
      for await (const r of extractOrdered(source(list.slice(0, 60)), jobs, { date: '2023-06-09', render })) out.push(shown(r));
      return out;
    };
    const [a, b] = [await lines(1), await lines(2)];
    expect(b).toEqual(a);
    const jsonLines = a.filter((x) => !x.startsWith('problem')).join('').split('\n').filter(Boolean);
    expect(jsonLines.length).toBeGreaterThan(10);
    expect(jsonLines.every((l) => JSON.parse(l).kind === 'direct')).toBe(true);
  });

  test('published: the record date, else --date', () => {
    const docs = two.filter((r): r is Extract<OrderedResult, { doc: unknown }> => 'doc' in r);
    for (const r of docs) expect(r.doc.published).toBe(r.record.published ?? '2023-06-09');
    expect(docs.filter((r) => r.doc.published === '2023-06-09').length).toBeGreaterThanOrEqual(40);
  });

  test('includeText reaches the workers', async () => {
    const small = items(6).slice(1, 4);
    for await (const r of extractOrdered(source(small), 2, { includeText: true })) {
      if (!('doc' in r)) throw new Error('unexpected problem');
      expect(r.doc.text).toBe(r.record.text);
    }
  });

  test('bounded read-ahead: never more than jobs × IN_FLIGHT_PER_JOB items pulled beyond those yielded', async () => {
    const pulled = { count: 0 };
    let yielded = 0;
    let maxAhead = 0;
    for await (const _ of extractOrdered(source(list.slice(0, 60), pulled), 2, {})) {
      yielded++;
      maxAhead = Math.max(maxAhead, pulled.count - yielded);
    }
    expect(yielded).toBe(60);
    expect(maxAhead).toBeLessThanOrEqual(2 * IN_FLIGHT_PER_JOB);
    expect(maxAhead).toBeGreaterThan(1); // it does read ahead (work for both workers)
  });

  test('bounded read-ahead with one job on a worker: never more than IN_FLIGHT_ONE_JOB items beyond those yielded', async () => {
    const pulled = { count: 0 };
    let yielded = 0;
    let maxAhead = 0;
    for await (const _ of extractOrdered(source(list.slice(0, 80), pulled), 1, { threads: true })) {
      yielded++;
      maxAhead = Math.max(maxAhead, pulled.count - yielded);
    }
    expect(yielded).toBe(80);
    expect(maxAhead).toBeLessThanOrEqual(IN_FLIGHT_ONE_JOB);
    expect(maxAhead).toBeGreaterThan(IN_FLIGHT_PER_JOB); // the larger window is used
  });

  test('stopping early (break) ends the workers and the input', async () => {
    let finished = false;
    async function* endless(): AsyncGenerator<Item> {
      try {
        for (let i = 0; ; i++) yield { id: `x${i}`, text: '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.', source: 'x' };
      } finally {
        finished = true;
      }
    }
    let n = 0;
    for await (const r of extractOrdered(endless(), 2, {})) {
      expect('doc' in r && r.doc.id).toBe(`x${n}`);
      if (++n === 10) break;
    }
    expect(finished).toBe(true);
  });

  test('one job on a thread (a batch): same results, in order', async () => {
    const out: OrderedResult[] = [];
    for await (const r of extractOrdered(source(list.slice(0, 40)), 1, { date: '2023-06-09', threads: true })) out.push(r);
    expect(out.map(shown)).toEqual(one.slice(0, 40).map(shown));
  });

  test('an article too long for a worker runs in the main thread, in its place', async () => {
    const slice = list.slice(0, 30);
    const out: OrderedResult[] = [];
    // Every article longer than the median goes to the main thread here; the others to the workers.
    const lengths = slice.filter((x): x is InputRecord => 'text' in x).map((x) => x.text.length).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1];
    for await (const r of extractOrdered(source(slice), 2, { date: '2023-06-09', mainThreadChars: median })) out.push(r);
    const long = slice.filter((x) => 'text' in x && x.text.length > median).length;
    expect(long).toBeGreaterThan(3);
    expect(long).toBeLessThan(slice.length - 3);
    expect(out.map(shown)).toEqual(one.slice(0, 30).map(shown));
  });

  test('a worker that runs out of memory is replaced and its records are redone in the main thread', async () => {
    // A 60,000-sentence article in a worker whose heap is capped at 4 MB: it cannot finish there.
    const big: InputRecord = { id: 'big', text: '김민준 대표는 "내년에 공장을 짓겠다"고 말했다.\n'.repeat(60000), source: 'big' };
    const small = list.slice(1, 7) as InputRecord[];
    const out: OrderedResult[] = [];
    for await (const r of extractOrdered(source([small[0], big, ...small.slice(1)]), 1, { date: '2023-06-09', threads: true, workerOldGenerationMb: 4 })) {
      out.push(r);
    }
    expect(out.map((r) => ('doc' in r ? r.doc.id : 'problem'))).toEqual([small[0].id, 'big', ...small.slice(1).map((r) => r.id)]);
    const bigDoc = out[1] as Extract<OrderedResult, { doc: unknown }>;
    expect(bigDoc.doc.quotes).toHaveLength(60000);
    expect(bigDoc.doc.quotes[59999].segments[0]).toMatchObject({ text: '내년에 공장을 짓겠다' });
  }, 60000);

  test('two jobs are a pair (entities in one worker, the rest in the other); one that runs out of memory is started again and its records are redone here', async () => {
    const big: InputRecord = { id: 'big', text: '박서연 장관은 "올해 안에 법을 고치겠다"고 밝혔다.\n'.repeat(60000), source: 'big' };
    const small = list.slice(1, 9) as InputRecord[];
    const order = [small[0], small[1], big, ...small.slice(2)];
    const out: OrderedResult[] = [];
    for await (const r of extractOrdered(source(order), 2, { date: '2023-06-09', workerOldGenerationMb: 4 })) out.push(r);
    expect(out.map((r) => ('doc' in r ? r.doc.id : 'problem'))).toEqual(order.map((r) => r.id));
    const bigDoc = out[2] as Extract<OrderedResult, { doc: unknown }>;
    expect(bigDoc.doc.quotes).toHaveLength(60000);
    expect(bigDoc.doc.quotes[0].segments[0]).toMatchObject({ start: 9, end: 22, text: '올해 안에 법을 고치겠다' });
    expect(bigDoc.doc.quotes[0].speaker).toMatchObject({ name: '박서연', mention: { start: 0, end: 6, text: '박서연 장관' } });
    // The small records, before and after, are what one job gives.
    const byId = new Map(one.filter((r): r is Extract<OrderedResult, { doc: unknown }> => 'doc' in r).map((r) => [r.doc.id, JSON.stringify(r.doc)]));
    for (const r of out) if ('doc' in r && r.doc.id !== 'big') expect(JSON.stringify(r.doc)).toBe(byId.get(r.doc.id));
  }, 60000);

  test('three jobs (a pair and a worker on its own) give the same results in the same order as one', async () => {
    const three = await collect(list, 3);
    expect(three.map(shown)).toEqual(one.map(shown));
  }, 60000);
});

describe('worker flags, one CPU', () => {
  test('every worker heap grows by 30 % and inlines less; with one CPU the workers also compile on their own thread', () => {
    const every = ['--heap-growing-percent=30', '--max-inlined-bytecode-size-cumulative=230'];
    expect(workerV8Flags(1)).toEqual([...every, '--no-concurrent-recompilation']);
    expect(workerV8Flags(2)).toEqual(every);
    expect(workerV8Flags(8)).toEqual(every);
  });

  test('the build made the worker code cache under the flags it is loaded with (V8 refuses one made under others)', () => {
    const dist = path.join(__dirname, '..', 'dist');
    const rejected = (flags: string[], cache: string) => {
      const script = `const b = require(${JSON.stringify(path.join(dist, 'cli', 'load-bundle.js'))}).loadBundle(${JSON.stringify(path.join(dist, 'worker.js'))}, ${JSON.stringify(path.join(dist, cache))}); process.stdout.write(String(b.script.cachedDataRejected));`;
      const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(r.status).toBe(0);
      return r.stdout;
    };
    // One cache for one CPU and several (compiling on the worker's own thread is not a flag V8 checks) …
    expect(rejected(workerV8Flags(2), WORKER_CACHE_FILE)).toBe('false');
    expect(rejected(workerV8Flags(1), WORKER_CACHE_FILE)).toBe('false');
    // … and refused without the workers' flags: it is made under them.
    expect(rejected([], WORKER_CACHE_FILE)).toBe('true');
  });

  // taskset (util-linux) holds the process to one CPU: os.availableParallelism() is then 1, and the flags are set.
  const haveTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  (haveTaskset ? test : test.skip)('held to one CPU, a batch gives exactly the bytes it gives with every CPU', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-one-cpu-')), 'gen.jsonl');
    fs.writeFileSync(file, generateRecords(60, 11).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const bin = path.join(__dirname, '..', 'bin', 'quotes.js');
    const run = (pre: string[], jobs: string) => {
      const [cmd, ...args] = [...pre, process.execPath, bin, 'extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', jobs, file];
      const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
      expect(r.status).toBe(0);
      return r.stdout;
    };
    // (the pinned process does see one CPU: the case the flags are for)
    const cpus = spawnSync('taskset', ['-c', '0', process.execPath, '-p', 'require("os").availableParallelism()'], { encoding: 'utf8' });
    expect(cpus.stdout.trim()).toBe('1');
    const all = run([], '1');
    expect(all.split('\n').filter(Boolean)).toHaveLength(60);
    expect(run(['taskset', '-c', '0'], '1')).toBe(all);
    expect(run(['taskset', '-c', '0'], '2')).toBe(all);
  }, 60000);
});
