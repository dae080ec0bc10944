/** `quotes check`: rules, configuration, formats and exit codes. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { main } from '../src/cli/main';
import { runCli, spawnCli } from './helpers/cli';
import { runStages } from '../src/pipeline';
import { toResult } from '../src/pipeline/output';
import { checkDocument, defaultConfig, findConfigFile, isNameVariant, Locator, resolveConfig, RuleConfigError, parseRuleOption } from '../src/check';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-check-'));
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
};

// Invented sentences in the style of Korean news.
const CLEAN = write('clean.txt', '박지민 대표는 3일 "올해 수출이 크게 늘 것"이라고 말했다.\n');
const DANGLING = write('dangling.txt', '그녀는 "시장이 어렵다"고 말했다.\n“이 문장은 끝나지 않는다\n');
const NOSPEAKER = write('nospeaker.txt', '첫 줄입니다.\n\n"계획대로 진행한다"\n');
const VARIANTS = write(
  'variants.txt',
  '김성훈 대표는 "매출이 두 배로 늘 것"이라고 말했다.\n김성훈 대표는 "투자를 늘리겠다"고 밝혔다.\n김성운 대표는 "인력을 뽑겠다"고 덧붙였다.\n',
);
const MISMATCH = write('mismatch.txt', '이민수 장관은 “준비가 끝났다"고 말했다.\n');
const EMOJI = write('emoji.txt', '😀😀 소식입니다.\n😀😀 “끝나지 않는 인용\n');

async function check(args: string[]) {
  return runCli(['check', ...args]);
}

describe('rules on one article', () => {
  const run = (text: string, config = defaultConfig(), published: string | null = '2024-05-03') => {
    const doc = runStages(text, { id: 'a', published });
    return checkDocument(doc, toResult(doc), config, { file: 'a.txt' });
  };

  test('unclosed quote and dangling pronoun, with 1-based line and column', () => {
    const text = fs.readFileSync(DANGLING, 'utf8');
    const f = run(text);
    const pron = f.find((x) => x.rule === 'pronoun-without-antecedent')!;
    expect(pron).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 3, level: 'error' });
    const unclosed = f.find((x) => x.rule === 'unclosed-quote')!;
    expect(unclosed).toMatchObject({ line: 2, column: 1, level: 'error' });
    // The quote of the dangling pronoun is reported once (by the pronoun rule), not twice.
    expect(f.filter((x) => x.rule === 'direct-quote-without-speaker' && x.line === 1)).toEqual([]);
  });

  test('direct quote without a speaker points at the quote text', () => {
    const f = run(fs.readFileSync(NOSPEAKER, 'utf8')).filter((x) => x.rule === 'direct-quote-without-speaker');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 2, endLine: 3, endColumn: 11, level: 'error' });
    expect(f[0].message).toContain('계획대로 진행한다');
  });

  test('columns count code points (astral emoji before the quote)', () => {
    const f = run(fs.readFileSync(EMOJI, 'utf8')).filter((x) => x.rule === 'unclosed-quote');
    expect(f).toHaveLength(1);
    // line 2 is `😀😀 “끝나지 않는 인용`: the mark is the 4th code point (the 6th UTF-16 unit).
    expect(f[0]).toMatchObject({ line: 2, column: 4, endLine: 2, endColumn: 5 });
  });

  test('mismatched quote marks are a warning', () => {
    const f = run(fs.readFileSync(MISMATCH, 'utf8'));
    expect(f.map((x) => [x.rule, x.level, x.line, x.column])).toEqual([['mismatched-quotes', 'warning', 1, 9]]);
  });

  test('speaker-name-variants: 김성훈 ×2 / 김성운 ×1 points at the rarer spelling', () => {
    const f = run(fs.readFileSync(VARIANTS, 'utf8')).filter((x) => x.rule === 'speaker-name-variants');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 1, endColumn: 4, level: 'warning' });
    expect(f[0].message).toContain('김성훈');
    expect(f[0].message).toContain('김성운');
  });

  test('no-date only when asked, and only without any date', () => {
    const text = '박지민 대표는 "잘 될 것"이라고 말했다.\n';
    expect(run(text, defaultConfig(), null).some((x) => x.rule === 'no-date')).toBe(false);
    const req = { ...defaultConfig(), 'no-date': 'error' as const };
    expect(run(text, req, null).filter((x) => x.rule === 'no-date')).toMatchObject([{ line: 1, column: 1, level: 'error' }]);
    expect(run(text, req, '2024-05-03').some((x) => x.rule === 'no-date')).toBe(false);
    expect(run('박지민 대표는 3일 "잘 될 것"이라고 말했다.\n', req, null).some((x) => x.rule === 'no-date')).toBe(false);
  });

  test('clean article: no findings', () => {
    expect(run(fs.readFileSync(CLEAN, 'utf8'))).toEqual([]);
  });

  test('levels can be changed and rules turned off', () => {
    const text = fs.readFileSync(DANGLING, 'utf8');
    const cfg = { ...defaultConfig(), 'unclosed-quote': 'off' as const, 'pronoun-without-antecedent': 'warning' as const };
    const f = run(text, cfg);
    expect(f.some((x) => x.rule === 'unclosed-quote')).toBe(false);
    expect(f.find((x) => x.rule === 'pronoun-without-antecedent')!.level).toBe('warning');
  });
});

describe('helpers', () => {
  test('isNameVariant', () => {
    expect(isNameVariant('김성훈', '김성운')).toBe(true);
    expect(isNameVariant('김성훈', '이성훈')).toBe(false); // different surname
    expect(isNameVariant('김성훈', '김민운')).toBe(false); // two syllables differ
    expect(isNameVariant('김성훈', '김성훈')).toBe(false);
    expect(isNameVariant('김훈', '김욱')).toBe(true);
    expect(isNameVariant('김', '이')).toBe(false);
    expect(isNameVariant('Kim', 'Kin')).toBe(false);
  });

  test('Locator: lines and code-point columns', () => {
    const loc = new Locator('ab\n😀c\r\nd');
    expect(loc.locate(0)).toEqual({ line: 1, column: 1 });
    expect(loc.locate(3)).toEqual({ line: 2, column: 1 });
    expect(loc.locate(5)).toEqual({ line: 2, column: 2 }); // after the surrogate pair
    expect(loc.locate(8)).toEqual({ line: 3, column: 1 });
  });

  test('config: defaults < .quotesrc.json (found upward) < --require-date < --rule', () => {
    const dir = path.join(tmp, 'proj');
    const sub = path.join(dir, 'a', 'b');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(dir, '.quotesrc.json'), JSON.stringify({ rules: { 'mismatched-quotes': 'error', 'no-date': 'off', 'unclosed-quote': 'off' } }));
    expect(findConfigFile(sub)).toBe(path.join(dir, '.quotesrc.json'));
    const { config } = resolveConfig({ cwd: sub, requireDate: true, rules: ['unclosed-quote=warning'] });
    expect(config['mismatched-quotes']).toBe('error');
    expect(config['no-date']).toBe('error');
    expect(config['unclosed-quote']).toBe('warning');
    expect(config['direct-quote-without-speaker']).toBe('error');
  });

  test('bad configuration is an error naming the problem', () => {
    expect(() => parseRuleOption('nope=off')).toThrow(/unknown rule "nope"/);
    expect(() => parseRuleOption('unclosed-quote=loud')).toThrow(RuleConfigError);
    expect(() => parseRuleOption('unclosed-quote')).toThrow(/id=off/);
    const bad = write('badcfg/.quotesrc.json', '{"rules": {"unclosed-quote": 2}}');
    expect(() => resolveConfig({ cwd: path.dirname(bad) })).toThrow(/\.quotesrc\.json.*unclosed-quote/);
  });
});

describe('quotes check (CLI)', () => {
  test('text format: file:line:col  level  message  rule, summary, exit 1 on errors', async () => {
    const r = await check([DANGLING]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`${DANGLING}:1:1  error    speaker "그녀" has no antecedent  pronoun-without-antecedent`);
    expect(lines).toContain(`${DANGLING}:2:1  error    quote mark “ is never closed in its paragraph  unclosed-quote`);
    expect(lines[lines.length - 1]).toMatch(/^\d+ problems \(\d+ errors, 0 warnings\) in 1 file$/);
  });

  test('warnings only: exit 0; clean: exit 0 with "no problems"', async () => {
    const w = await check([MISMATCH]);
    expect(w.code).toBe(0);
    expect(w.out).toContain('mismatched-quotes');
    const c = await check([CLEAN]);
    expect(c.code).toBe(0);
    expect(c.out).toBe('no problems in 1 file\n');
  });

  test('--rule turns rules off or changes levels (exit follows)', async () => {
    const r = await check(['--rule', 'unclosed-quote=off', '--rule', 'pronoun-without-antecedent=warning', '--rule', 'direct-quote-without-speaker=off', DANGLING]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('unclosed-quote');
    expect(r.out).toContain('warning  speaker "그녀"');
    const up = await check(['--rule', 'mismatched-quotes=error', MISMATCH]);
    expect(up.code).toBe(1);
  });

  test('--rule with an unknown id is a usage error (exit 2)', async () => {
    const r = await check(['--rule', 'no-such-rule=off', CLEAN]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown rule "no-such-rule"/);
  });

  test('--require-date', async () => {
    const f = write('nodate.txt', '박지민 대표는 "잘 될 것"이라고 말했다.\n');
    expect((await check([f])).code).toBe(0);
    const r = await check(['--require-date', f]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${f}:1:1  error    no date`);
    expect((await check(['--require-date', '--date', '2024-05-03', f])).code).toBe(0);
  });

  test('--format json: an array of findings', async () => {
    const r = await check(['--format', 'json', DANGLING, MISMATCH]);
    expect(r.code).toBe(1);
    const arr = JSON.parse(r.out);
    expect(arr.length).toBeGreaterThanOrEqual(2);
    for (const f of arr) {
      expect(Object.keys(f).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'level', 'line', 'message', 'rule']);
    }
    expect(arr.find((f: any) => f.rule === 'mismatched-quotes')).toEqual({
      file: MISMATCH, line: 1, column: 9, endLine: 1, endColumn: 18, level: 'warning', rule: 'mismatched-quotes',
      message: 'quote opened with “ but closed with "',
    });
  });

  test('--format github: workflow annotations', async () => {
    const r = await check(['--format', 'github', DANGLING, MISMATCH]);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`::error file=${DANGLING},line=1,col=1,endLine=1,endColumn=3,title=pronoun-without-antecedent::speaker "그녀" has no antecedent`);
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=.*mismatch\.txt,line=1,col=9,.*title=mismatched-quotes::/));
    expect(lines.every((l) => /^::(error|warning) file=/.test(l))).toBe(true);
  });

  test('a missing input: the others are checked, exit 2', async () => {
    const r = await check([DANGLING, path.join(tmp, 'missing.txt'), CLEAN]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.txt: no such file or directory');
    expect(r.out).toContain('unclosed-quote');
    expect(r.out).toMatch(/in 2 files\n$/);
  });

  test('jsonl: findings name the file, the record line and the record id', async () => {
    const f = write('recs.jsonl', [JSON.stringify({ id: 'r1', text: '박지민 대표는 "잘 될 것"이라고 말했다.' }), JSON.stringify({ id: 'r2', text: '첫 줄\n“끝나지 않는 인용' })].join('\n') + '\n');
    const r = await check(['--format', 'json', '--date', '2024-05-03', f]);
    const arr = JSON.parse(r.out);
    const u = arr.find((x: any) => x.rule === 'unclosed-quote');
    expect(u).toMatchObject({ file: f, line: 2, column: 1, record: 'r2' });
    expect(u.message).toContain('text 2:1');
  });

  test('.quotesrc.json from the working directory up', async () => {
    const dir = path.join(tmp, 'cfgproj');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.quotesrc.json'), JSON.stringify({ rules: { 'mismatched-quotes': 'error' } }));
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
    stdin.isTTY = true;
    const code = await main(['node', 'quotes', 'check', MISMATCH], { stdout, stderr, stdin, env: {}, cwd: path.join(dir, 'sub') });
    expect(code).toBe(1);
    expect(out).toContain('error    quote opened with');
  });

  test('stdin', async () => {
    const r = await runCli(['check'], { stdin: '“닫히지 않은 인용\n' });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^-:1:1  error {4}quote mark “ is never closed/);
  });

  test('the real binary', () => {
    const r = spawnCli(['check', '--format', 'github', DANGLING]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('::error file=');
    expect(r.err).toBe('');
  });
});
