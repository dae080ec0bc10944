/** The progress line (src/cli/progress.ts) on a fake terminal stream with a fake clock. */
import { Progress, countInputs, formatSeconds } from '../src/cli/progress';
import { runCli, SEED } from './helpers/cli';

function fakeStream(isTTY: boolean) {
  const s = { isTTY, text: '', write: (x: string) => ((s.text += x), true) };
  return s;
}

describe('Progress', () => {
  test('nothing during the first second, then done/total, rate and ETA on a TTY', () => {
    let t = 0;
    const s = fakeStream(true);
    const p = new Progress(s, { total: 10, now: () => t });
    t = 500;
    p.tick();
    expect(s.text).toBe('');
    t = 2000;
    p.tick(); // 2 done in 2 s: 1.0/s, 8 left → 8 s
    expect(s.text).toBe('\r\x1b[Kquotes: 2/10 files  1.0/s  ETA 8s');
    t = 2050;
    p.tick(); // redraws at most every 100 ms
    expect(s.text).toBe('\r\x1b[Kquotes: 2/10 files  1.0/s  ETA 8s');
    t = 3000;
    p.tick();
    expect(s.text.endsWith('\r\x1b[Kquotes: 4/10 files  1.3/s  ETA 5s')).toBe(true);
    p.clear();
    expect(s.text.endsWith('\r\x1b[K')).toBe(true);
    const len = s.text.length;
    p.clear(); // nothing shown: nothing to erase
    expect(s.text.length).toBe(len);
  });

  test('unknown total: count and rate, no ETA', () => {
    let t = 0;
    const s = fakeStream(true);
    const p = new Progress(s, { now: () => t });
    t = 4000;
    p.tick(40);
    expect(s.text).toBe('\r\x1b[Kquotes: 40 done  10/s');
  });

  test('silent when not a TTY or with --quiet', () => {
    for (const [tty, quiet] of [[false, false], [true, true]]) {
      let t = 0;
      const s = fakeStream(tty);
      const p = new Progress(s, { total: 3, quiet, now: () => t });
      t = 5000;
      p.tick();
      p.clear();
      expect(s.text).toBe('');
    }
  });

  test('formatSeconds and countInputs', () => {
    expect(formatSeconds(0.2)).toBe('1s');
    expect(formatSeconds(75)).toBe('1m15s');
    expect(formatSeconds(3700)).toBe('1h01m');
    const st = (p: string) => {
      if (p === 'missing') throw new Error('ENOENT');
      return { isFile: () => p !== 'dir' };
    };
    expect(countInputs(['a.txt', 'b.txt', 'missing'], st)).toBe(2);
    expect(countInputs(['a.txt', 'dir'], st)).toBeNull();
    expect(countInputs(['a.jsonl'], st)).toBeNull();
    expect(countInputs(['-'], st)).toBeNull();
  });

  test('a short CLI batch writes no progress to stderr', async () => {
    const r = await runCli(['list', '--format', 'json', '--date', '2023-06-09', SEED]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
