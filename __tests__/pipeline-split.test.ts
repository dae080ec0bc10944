/**
 * An article's work split in two (pipeline.recognize, then extract with those entities), as the two workers of a pair
 * do it (cli/worker.ts, cli/parallel.ts): the same result as the whole pipeline in one go.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extract, recognize } from '../src/pipeline';
import { handleTasks, recognizeTasks, WorkerTask } from '../src/cli/worker';
import { pack, unpack } from '../src/cli/entities-wire';

const SEED = fs.readFileSync(path.join(__dirname, '..', 'fixtures', '000_859f743c03300ee1.txt'), 'utf8');
const OPTIONS = { id: 'a', published: '2023-06-09' };
const ARTICLE = [
  '(서울=연합뉴스) 한지우 기자 = 이수민 한빛전자 대표는 지난 3일 서울 강남구에서 열린 간담회에서 "내년에는 반도체 투자를 두 배로 늘리겠다"고 말했다.',
  '이 대표는 정부의 지원이 필요하다고 강조했다. 산업통상자원부 관계자는 "검토하겠다"고 밝혔다.',
].join('\n');
const ENGLISH = 'Sam Altman, the chief executive of OpenAI, said on Friday that "the next model will be safer."';

describe('recognize, then extract with its entities', () => {
  test.each([
    ['the seed article', SEED],
    ['a short Korean article', ARTICLE],
    ['a Korean article with a byte-order mark', '\ufeff' + ARTICLE],
    ['an English article', ENGLISH],
  ])('%s: the same result as extract alone', (_name, text) => {
    expect(extract(text, OPTIONS, recognize(text, OPTIONS))).toEqual(extract(text, OPTIONS));
  });

  test('the entities are those of the whole pipeline, with their spans', () => {
    const r = recognize(ARTICLE, OPTIONS)!;
    const whole = extract(ARTICLE, OPTIONS);
    expect(r.mentions.map((m) => ARTICLE.slice(m.start, m.end))).toEqual(whole.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start).map((m) => m.text));
    const lee = r.entities.find((e) => e.name === '이수민')!;
    expect(lee).toMatchObject({ type: 'person', title: '대표' });
    expect(lee.mentions[0]).toEqual({ start: 19, end: 22 });
    expect(ARTICLE.slice(19, 22)).toBe('이수민');
  });

  test('an English article has no Korean first half', () => {
    expect(recognize(ENGLISH, OPTIONS)).toBeNull();
  });

  test('extract takes the entities it is given instead of finding them', () => {
    const found = extract(ARTICLE, OPTIONS);
    expect(found.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['한빛전자', '서울 강남구', '산업통상자원부']));
    // Given none, only the speaker the quote stages name themselves is an entity.
    const given = extract(ARTICLE, OPTIONS, { mentions: [], entities: [] });
    expect(given.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['person:이수민']);
    expect(given.entities[0].mentions).toEqual([{ start: 19, end: 22, text: '이수민' }]);
    expect(given.quotes.map((q) => q.text)).toEqual(found.quotes.map((q) => q.text));
  });
});

describe('worker halves', () => {
  const tasks = (): WorkerTask[] => [
    { id: 0, text: ARTICLE, options: OPTIONS, render: { view: 'extract' } },
    { id: 1, text: ENGLISH, options: OPTIONS, render: { view: 'extract' } },
    { id: 2, text: SEED, options: OPTIONS },
  ];
  const bytes = (reply: ReturnType<typeof handleTasks>) =>
    reply.replies.map((m) => ('at' in m ? Buffer.from(reply.bytes!, m.at, m.length).toString() : JSON.stringify(m)));

  test('the finishing worker answers what a worker on its own answers', () => {
    expect(bytes(handleTasks(recognizeTasks(tasks())))).toEqual(bytes(handleTasks(tasks())));
  });

  test('an article whose recognition fails goes on without entities and is reported in its place', () => {
    const bad = { id: 1, text: null as unknown as string, options: OPTIONS };
    const passed = recognizeTasks([tasks()[0], bad, tasks()[2]]);
    expect(passed.map((t) => t.id)).toEqual([0, 1, 2]);
    expect(passed[1].entities).toBeUndefined();
    const reply = handleTasks(passed);
    expect(reply.replies.map((m) => m.id)).toEqual([0, 1, 2]);
    expect(reply.replies[1]).toMatchObject({ id: 1, error: expect.any(String) });
    expect('at' in reply.replies[0]).toBe(true);
    expect('doc' in reply.replies[2]).toBe(true);
  });
});

describe('entities on the way between the workers of a pair (entities-wire)', () => {
  test.each([
    ['the seed article', SEED],
    ['a short Korean article', ARTICLE],
  ])('%s: unpack(pack(x)) is x, fields in the same order', (_name, text) => {
    const found = recognize(text, OPTIONS)!;
    const back = unpack(pack(found));
    expect(back).toEqual(found);
    expect(JSON.stringify(back)).toBe(JSON.stringify(found));
  });

  test('every field: titles, no entity, null canonical, aliases, affiliation, types', () => {
    const x = {
      mentions: [
        { start: 0, end: 3, type: 'person' as const, entity: 0, title: '대표' },
        { start: 4, end: 8, type: 'organization' as const, entity: 1 },
        { start: 9, end: 11, type: 'event' as const },
      ],
      entities: [
        { type: 'person' as const, name: '이수민', canonical: 'Lee Su-min', aliases: ['이 대표'], title: '대표', affiliation: 1, mentions: [{ start: 0, end: 3 }, { start: 30, end: 31 }] },
        { type: 'product' as const, name: '갤럭시', canonical: null, aliases: [], title: null, affiliation: null, mentions: [] },
      ],
    };
    const packed = pack(x);
    expect(packed.strings).toEqual(['대표', '이수민', 'Lee Su-min', '대표', '이 대표', '갤럭시']);
    expect(JSON.stringify(unpack(packed))).toBe(JSON.stringify(x));
    expect(unpack(pack({ mentions: [], entities: [] }))).toEqual({ mentions: [], entities: [] });
  });
});
