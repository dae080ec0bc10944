import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import * as iconv from 'iconv-lite';
import {
  decodeBuffer, InputProblem, InputRecord, isProblem, readInputs, ReadOptions, toIsoDate, looksLikeHtml, isKnownEncoding,
} from '../src/io';

let dir: string;
const P = (name: string) => path.join(dir, name);
const write = (name: string, data: string | Buffer) => {
  fs.mkdirSync(path.dirname(P(name)), { recursive: true });
  fs.writeFileSync(P(name), data);
  return P(name);
};

async function collect(inputs: string[], opts: ReadOptions = {}): Promise<Array<InputRecord | InputProblem>> {
  const out: Array<InputRecord | InputProblem> = [];
  for await (const x of readInputs(inputs, opts)) out.push(x);
  return out;
}
/**
 * Run readInputs in a plain Node child process (the way the CLI runs). Needed for HTML: linkedom's CommonJS build
 * requires ESM-only packages (css-select 7), which Node >= 20.19 loads but jest's module system does not.
 */
function collectInNode(inputs: string[], opts: { stdinData?: Buffer; uid?: number } = {}): Array<InputRecord | InputProblem> {
  const root = path.join(__dirname, '..');
  const script = `
    const { readInputs } = require(${JSON.stringify(path.join(root, 'src/io'))});
    (async () => {
      const out = [];
      for await (const x of readInputs(JSON.parse(process.argv[1]), { stdin: process.stdin })) out.push(x);
      process.stdout.write(JSON.stringify(out));
    })();`;
  const stdout = execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-e', script, JSON.stringify(inputs)],
    { cwd: root, env: { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json') }, input: opts.stdinData ?? '', uid: opts.uid },
  );
  return JSON.parse(stdout.toString('utf8'));
}

const records = (xs: Array<InputRecord | InputProblem>) => xs.filter((x): x is InputRecord => !isProblem(x));
const problems = (xs: Array<InputRecord | InputProblem>) => xs.filter(isProblem);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-io-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('decodeBuffer', () => {
  test('UTF-8 with BOM: BOM removed', () => {
    const r = decodeBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('김 대표는 말했다.')]));
    expect(r).toEqual({ text: '김 대표는 말했다.', encoding: 'utf-8', problems: [] });
  });

  test('UTF-16LE and UTF-16BE with BOM', () => {
    const s = '회사는 "출시한다"고 밝혔다.\n둘째 줄';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16(); // BOM becomes FE FF
    expect(decodeBuffer(le)).toEqual({ text: s, encoding: 'utf-16le', problems: [] });
    expect(decodeBuffer(be)).toEqual({ text: s, encoding: 'utf-16be', problems: [] });
  });

  test('CP949 detected, including syllables EUC-KR lacks', () => {
    const s = '똠얌꿍 가게 주인은 "햏, 좋다"고 말했다.';
    const r = decodeBuffer(iconv.encode(s, 'cp949'));
    expect(r.text).toBe(s);
    expect(r.encoding).toBe('cp949');
    expect(r.problems).toEqual([]);
  });

  test('invalid UTF-8 byte: replaced, offset reported', () => {
    const buf = Buffer.concat([Buffer.from('가나 '), Buffer.from([0xff]), Buffer.from(' 다라')]);
    const r = decodeBuffer(buf);
    expect(r.text).toBe('가나 \uFFFD 다라');
    expect(r.encoding).toBe('utf-8');
    expect(r.problems).toEqual([{ message: 'invalid UTF-8 at byte 7 (replaced)', byteOffset: 7 }]);
  });

  test('truncated UTF-8 sequence at the end', () => {
    const full = Buffer.from('말했다');
    const r = decodeBuffer(full.subarray(0, full.length - 1));
    expect(r.text).toBe('말했\uFFFD');
    expect(r.problems.map((p) => p.byteOffset)).toEqual([6]);
  });

  test('many invalid bytes: a few listed, then a summary', () => {
    const parts: Buffer[] = [];
    for (let i = 0; i < 9; i++) parts.push(Buffer.from('ab'), Buffer.from([0xff]));
    const r = decodeBuffer(Buffer.concat(parts));
    expect(r.problems.slice(0, 5).map((p) => p.byteOffset)).toEqual([2, 5, 8, 11, 14]);
    expect(r.problems[5].message).toBe('4 more invalid UTF-8 sequences (replaced)');
    expect(r.problems).toHaveLength(6);
  });

  test('forced encoding', () => {
    const s = '뉴스 기사';
    expect(decodeBuffer(iconv.encode(s, 'euc-kr'), 'euc-kr').text).toBe(s);
    expect(decodeBuffer(Buffer.from([0xe9, 0x74, 0xe9]), 'latin1').text).toBe('été');
    expect(() => decodeBuffer(Buffer.from('x'), 'no-such-enc')).toThrow('unknown encoding');
    expect(isKnownEncoding('cp949')).toBe(true);
    expect(isKnownEncoding('no-such-enc')).toBe(false);
  });

  test('latin-1 bytes that happen to be CP949-shaped are not taken for Korean', () => {
    // "café sé" in latin1: é followed by a letter is a structurally valid CP949 pair, but it does not read as Hangul.
    const buf = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x73, 0x20, 0x73, 0xe9, 0x61]);
    const r = decodeBuffer(buf);
    expect(r.encoding).toBe('utf-8');
    expect(r.problems.map((p) => p.byteOffset)).toEqual([3, 7]);
  });
});

describe('readInputs: text files', () => {
  test('encodings, empty file, binary file, missing file next to a good one', async () => {
    const bom = write('enc/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('첫 기사')]));
    const le = write('enc/le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('둘째 기사', 'utf16le')]));
    const cp = write('enc/cp.txt', iconv.encode('똠 씨는 "햏"이라고 했다.', 'cp949'));
    const bad = write('enc/bad.txt', Buffer.concat([Buffer.from('셋째'), Buffer.from([0x80]), Buffer.from('기사')]));
    const empty = write('enc/empty.txt', '');
    const bin = write('enc/img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]));
    const missing = P('enc/missing.txt');
    const out = await collect([missing, bom, le, cp, bad, empty, bin]);
    expect(out).toEqual([
      { source: missing, level: 'error', message: `${missing}: no such file or directory` },
      { id: bom, text: '첫 기사', source: bom },
      { id: le, text: '둘째 기사', source: le },
      { id: cp, text: '똠 씨는 "햏"이라고 했다.', source: cp },
      { source: bad, level: 'warning', message: `${bad}: invalid UTF-8 at byte 6 (replaced)`, byteOffset: 6 },
      { id: bad, text: '셋째\uFFFD기사', source: bad },
      { id: empty, text: '', source: empty },
      { source: bin, level: 'warning', message: `${bin}: binary file, skipped` },
    ]);
  });

  test('UTF-16LE without BOM is not mistaken for binary', async () => {
    const f = write('enc/nobom.txt', Buffer.from('기자 = reporter\n둘째 줄', 'utf16le'));
    expect(records(await collect([f]))).toEqual([{ id: f, text: '기자 = reporter\n둘째 줄', source: f }]);
  });

  test('forced encoding option', async () => {
    const f = write('enc/forced.txt', iconv.encode('사장은 웃었다.', 'euc-kr'));
    expect(records(await collect([f], { encoding: 'euc-kr' }))[0].text).toBe('사장은 웃었다.');
    const out = await collect([f], { encoding: 'bogus' });
    expect(out).toEqual([{ source: '--encoding', level: 'error', message: '--encoding: unknown encoding "bogus"' }]);
  });

  test('permission denied', async () => {
    const f = write('perm/secret.txt', '비밀');
    const ok = write('perm/ok.txt', '공개');
    fs.chmodSync(f, 0o000);
    try {
      const expected = [
        { source: f, level: 'error', message: `${f}: permission denied` },
        { id: ok, text: '공개', source: ok },
      ];
      if (process.getuid && process.getuid() === 0) {
        // root reads everything: read as an unprivileged user in a child process
        fs.chmodSync(dir, 0o755);
        expect(collectInNode([f, ok], { uid: 65534 })).toEqual(expected);
      } else {
        expect(await collect([f, ok])).toEqual(expected);
      }
    } finally {
      fs.chmodSync(f, 0o644);
    }
  });

  test('a large text file is read whole', async () => {
    const line = '대통령은 이날 "경제가 회복되고 있다"고 말했다.\n';
    const f = write('big/big.txt', line.repeat(20000));
    const rs = records(await collect([f]));
    expect(rs).toHaveLength(1);
    expect(rs[0].text.length).toBe(line.length * 20000);
    expect(rs[0].text.slice(0, line.length)).toBe(line);
  });
});

describe('readInputs: directories', () => {
  test('recursive, sorted by full path with code-unit order, only article extensions', async () => {
    write('walk/b.txt', 'B');
    write('walk/a-c.txt', 'AC');
    write('walk/a/z.html', '<html><body><p>Z 문단</p></body></html>');
    write('walk/a/y.jsonl', '{"id":"y1","text":"Y"}\n');
    write('walk/A.TXT', 'upper');
    write('walk/notes.md', 'skip me');
    write('walk/.hidden.txt', 'skip me too');
    write('walk/a/img.png', Buffer.from([0, 1, 2]));
    const out = collectInNode([P('walk')]); // (contains HTML: see collectInNode)
    expect(problems(out)).toEqual([]);
    expect(records(out).map((r) => [r.id, r.source, r.text])).toEqual([
      [P('walk/A.TXT'), P('walk/A.TXT'), 'upper'],
      // 'a-c.txt' < 'a/…' because '-' (0x2D) < '/' (0x2F)
      [P('walk/a-c.txt'), P('walk/a-c.txt'), 'AC'],
      ['y1', P('walk/a/y.jsonl'), 'Y'],
      [P('walk/a/z.html'), P('walk/a/z.html'), 'Z 문단'],
      [P('walk/b.txt'), P('walk/b.txt'), 'B'],
    ]);
  });

  test('a directory without articles is an error', async () => {
    write('none/readme.md', 'x');
    const d = P('none');
    expect(await collect([d])).toEqual([
      { source: d, level: 'error', message: `${d}: no articles (.txt, .jsonl, .html) found` },
    ]);
  });
});

describe('readInputs: JSON Lines', () => {
  test('bad line in the middle: reported with its line number, the others yielded', async () => {
    const f = write(
      'j/a.jsonl',
      [
        '{"id":"k1","text":"첫 기사","published":"2023-03-15"}',
        '',
        '{"id":"k2","text": 오류}',
        '{"id":"k3"}',
        '{"text":"넷째 기사","published":"2023-02-30"}',
        '{"id":7,"text":"다섯째","published":null}\r',
        '[1,2]',
        '{"id":"k8","text":"마지막"}',
      ].join('\n'),
    );
    const out = await collect([f]);
    expect(out).toEqual([
      { id: 'k1', text: '첫 기사', published: '2023-03-15', source: f, line: 1 },
      { source: f, line: 3, level: 'error', message: `${f}:3: not valid JSON (skipped)` },
      { source: f, line: 4, level: 'error', message: `${f}:4: no "text" field (skipped)` },
      { source: f, line: 5, level: 'warning', message: `${f}:5: "published" "2023-02-30" is not a YYYY-MM-DD date (ignored)` },
      { id: `${f}:5`, text: '넷째 기사', published: null, source: f, line: 5 },
      { id: '7', text: '다섯째', published: null, source: f, line: 6 },
      { source: f, line: 7, level: 'error', message: `${f}:7: no "text" field (skipped)` },
      { id: 'k8', text: '마지막', source: f, line: 8 },
    ]);
  });

  test('BOM on the first line, CP949 line, invalid byte with its file offset', async () => {
    const l1 = Buffer.from('\ufeff{"text":"하나"}\n');
    const l2 = Buffer.concat([iconv.encode('{"text":"똠"}', 'cp949'), Buffer.from('\n')]);
    const l3a = Buffer.from('{"text":"');
    const l3 = Buffer.concat([l3a, Buffer.from([0xff]), Buffer.from('"}\n')]);
    const f = write('j/b.jsonl', Buffer.concat([l1, l2, l3]));
    const out = await collect([f]);
    const off = l1.length + l2.length + l3a.length;
    expect(out).toEqual([
      { id: `${f}:1`, text: '하나', source: f, line: 1 },
      { id: `${f}:2`, text: '똠', source: f, line: 2 },
      { source: f, line: 3, level: 'warning', message: `${f}:3: invalid UTF-8 at byte ${off} (replaced)`, byteOffset: off },
      { id: `${f}:3`, text: '\uFFFD', source: f, line: 3 },
    ]);
  });

  test('UTF-16LE JSON Lines with BOM', async () => {
    const f = write('j/c.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"가"}\n{"text":"나"}', 'utf16le')]));
    expect(records(await collect([f])).map((r) => [r.id, r.text])).toEqual([[`${f}:1`, '가'], [`${f}:2`, '나']]);
  });

  test('lines split across stream chunks, streamed in order', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(JSON.stringify({ id: `r${i}`, text: `기사 ${i} `.repeat(50) }));
    const data = Buffer.from(lines.join('\n') + '\n');
    // Chunks of 7 bytes cut through UTF-8 sequences and lines.
    const chunks: Buffer[] = [];
    for (let i = 0; i < data.length; i += 7) chunks.push(data.subarray(i, i + 7));
    const out = await collect(['-'], { input: 'jsonl', stdin: Readable.from(chunks) });
    expect(problems(out)).toEqual([]);
    const rs = records(out);
    expect(rs).toHaveLength(300);
    expect(rs[299]).toEqual({ id: 'r299', text: '기사 299 '.repeat(50), source: '-', line: 300 });
  });

  test('a non-JSONL file given as jsonl: gives up after many bad lines', async () => {
    const f = write('j/plain.txt', '그냥 글\n'.repeat(200));
    const out = await collect([f], { input: 'jsonl' });
    expect(out).toHaveLength(51);
    expect(isProblem(out[50]) && out[50].message).toMatch(/is it JSON Lines\? \(rest skipped\)$/);
  });
});

describe('readInputs: stdin', () => {
  test('text on stdin, for "-" and for an empty input list', async () => {
    const text = '기자회견에서 그는 "최선을 다하겠다"고 말했다.';
    expect(await collect(['-'], { stdin: Readable.from([Buffer.from(text)]) })).toEqual([{ id: '-', text, source: '-' }]);
    expect(await collect([], { stdin: Readable.from([Buffer.from(text)]) })).toEqual([{ id: '-', text, source: '-' }]);
  });

  test('CP949 on stdin, cut between the bytes of a character', async () => {
    const buf = iconv.encode('햏 하고 웃었다', 'cp949');
    const out = await collect(['-'], { stdin: Readable.from([buf.subarray(0, 1), buf.subarray(1)]) });
    expect(out).toEqual([{ id: '-', text: '햏 하고 웃었다', source: '-' }]);
  });

  test('auto: JSON Lines on stdin are recognised', async () => {
    const out = await collect(['-'], { stdin: Readable.from([Buffer.from('{"id":"s1","text":"가"}\n{"text":"나"}\n')]) });
    expect(out).toEqual([
      { id: 's1', text: '가', source: '-', line: 1 },
      { id: '-:2', text: '나', source: '-', line: 2 },
    ]);
  });

  test('stdin twice: second is skipped', async () => {
    const out = await collect(['-', '-'], { stdin: Readable.from([Buffer.from('하나')]) });
    expect(out).toEqual([
      { id: '-', text: '하나', source: '-' },
      { source: '-', level: 'warning', message: '-: standard input already read (skipped)' },
    ]);
  });
});

describe('readInputs: HTML', () => {
  const page = `<!DOCTYPE html>
<html lang="ko"><head>
<meta charset="utf-8">
<title>신제품 공개 행사 열려 - 가상일보</title>
<meta property="article:published_time" content="2023-05-01T09:30:00+09:00">
<meta name="author" content="이가상 기자">
<script>var x = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">홈</a> <a href="/it">IT</a></nav>
<article>
  <h1>신제품 공개 행사 열려</h1>
  <p>가상전자가   1일 서울에서 신제품을 공개했다.
     행사에는 많은 사람이 모였다.</p>
  <p>김가상 대표는 "올해 안에 해외에 출시하겠다"고 말했다.</p>
  <p>업계에서는 반응이 <b>좋을</b> 것으로 본다.<br>한 관계자는 "기대가 크다"고 했다.</p>
</article>
<footer>저작권 가상일보</footer>
</body></html>`;

  test('article body with paragraphs, title, byline and published date', async () => {
    const f = write('h/news.html', page);
    const out = collectInNode([f]);
    expect(problems(out)).toEqual([]);
    const [r] = records(out);
    const lines = r.text.split('\n');
    expect(lines).toContain('가상전자가 1일 서울에서 신제품을 공개했다. 행사에는 많은 사람이 모였다.');
    expect(lines).toContain('김가상 대표는 "올해 안에 해외에 출시하겠다"고 말했다.');
    expect(lines).toContain('업계에서는 반응이 좋을 것으로 본다.');
    expect(lines).toContain('한 관계자는 "기대가 크다"고 했다.');
    expect(r.text).not.toContain('not text');
    expect(r.text).not.toContain('저작권');
    expect(r.published).toBe('2023-05-01');
    expect(r.meta).toEqual({
      title: '신제품 공개 행사 열려 - 가상일보',
      byline: '이가상 기자',
      published: '2023-05-01T09:30:00+09:00',
    });
    expect(r.id).toBe(f);
  });

  test('HTML recognised in a .txt file and on stdin; EUC-KR page by its meta charset', async () => {
    const f = write('h/page.txt', '  \n' + page);
    expect(records(collectInNode([f]))[0].published).toBe('2023-05-01');
    const euc = iconv.encode(page.replace('utf-8', 'euc-kr'), 'euc-kr');
    const out = collectInNode(['-'], { stdinData: euc });
    const [r] = records(out);
    expect(r.text.split('\n')).toContain('김가상 대표는 "올해 안에 해외에 출시하겠다"고 말했다.');
  });

  test('published from <time datetime> when no meta tag', async () => {
    const f = write('h/time.htm', '<html><body><article><time datetime="2022-12-31">어제</time><p>문단 하나.</p></article></body></html>');
    const [r] = records(collectInNode([f]));
    expect(r.published).toBe('2022-12-31');
    expect(r.text.split('\n')).toContain('문단 하나.');
  });
});

describe('helpers', () => {
  test('toIsoDate', () => {
    expect(toIsoDate('2023-05-01T23:30:00+09:00')).toBe('2023-05-01');
    expect(toIsoDate('2023.5.1 10:00')).toBe('2023-05-01');
    expect(toIsoDate('2023년 5월 1일')).toBe('2023-05-01');
    expect(toIsoDate('20230501')).toBe('2023-05-01');
    expect(toIsoDate('Mon, 01 May 2023 09:00:00 +0900')).toBe('2023-05-01');
    expect(toIsoDate('May 1, 2023')).toBe('2023-05-01');
    expect(toIsoDate('2023-13-01')).toBeUndefined();
    expect(toIsoDate('어제')).toBeUndefined();
  });

  test('looksLikeHtml', () => {
    expect(looksLikeHtml('\ufeff \n<!doctype HTML><p>')).toBe(true);
    expect(looksLikeHtml('<HTML>')).toBe(true);
    expect(looksLikeHtml('<p>기사</p>')).toBe(false);
    expect(looksLikeHtml('그는 <html> 태그를 말했다')).toBe(false);
  });
});
