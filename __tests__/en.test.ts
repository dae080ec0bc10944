import * as fs from 'fs';
import * as path from 'path';
import { detectLanguage, extractEnglish } from '../src/en';
import { spanProblems, validate } from './helpers/schema';
import type { DocumentResult, Quote } from '../src/types';

const PUB = '2024-05-15'; // a Wednesday
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

function run(text: string, published: string | null = PUB): DocumentResult {
  const doc = extractEnglish(text, { id: 't', published });
  expect(validate('extract', { version: 1, documents: [doc] })).toEqual([]);
  expect(spanProblems(doc, text)).toEqual([]);
  expect(doc.language).toBe('en');
  return doc;
}
const quoteWith = (doc: DocumentResult, start: string): Quote => {
  const q = doc.quotes.find((x) => x.text.startsWith(start));
  if (!q) throw new Error(`no quote starting ${start}: ${doc.quotes.map((x) => x.text).join(' | ')}`);
  return q;
};

describe('detectLanguage', () => {
  test('Korean, English, mixed', () => {
    expect(detectLanguage('올트먼 CEO는 9일 서울에서 "AI 가격이 낮아질 것"이라고 말했다.')).toBe('ko');
    expect(detectLanguage('Sam Altman said on Tuesday that prices would fall.')).toBe('en');
    // Korean article quoting many English names stays Korean.
    expect(detectLanguage('오픈AI(OpenAI)와 마이크로소프트(Microsoft)는 엔비디아(Nvidia)와 협력한다고 밝혔다. 업계는 긍정적이다.')).toBe('ko');
    expect(detectLanguage('')).toBe('ko');
  });
  test('does not load compromise (module load and detection)', () => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('compromise', () => {
        loaded = true;
        return {};
      });
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const en = require('../src/en');
      expect(en.detectLanguage('정부는 지난 3월 "물가가 안정될 것"이라고 밝혔다.')).toBe('ko');
    });
    expect(loaded).toBe(false);
    jest.dontMock('compromise');
  });
});

describe('fixture en-openai', () => {
  const text = fixture('en-openai.txt');
  const doc = run(text);
  const ent = (name: string) => doc.entities.find((e) => e.name === name)!;

  test('entities cluster to the fullest name with title and affiliation', () => {
    const altman = ent('Sam Altman');
    expect(altman.type).toBe('person');
    expect(altman.canonical).toBe('Sam Altman');
    expect(altman.aliases).toEqual(['Altman']);
    expect(altman.title).toBe('chief executive');
    expect(altman.affiliation).toBe(ent('OpenAI').id);
    expect(altman.mentions.map((m) => m.text)).toEqual(['Sam Altman', 'Altman', 'Altman']);
    const brockman = ent('Greg Brockman');
    expect(brockman.title).toBe('president');
    expect(brockman.affiliation).toBe(ent('OpenAI').id);
    expect(ent('Microsoft Corp.').type).toBe('organization');
    expect(ent('Microsoft Corp.').aliases).toEqual(['Microsoft']);
    expect(ent('Samsung Electronics').type).toBe('organization');
    expect(ent('Seoul').type).toBe('place');
    // Capitalized common words at sentence/quote starts are not entities.
    expect(doc.entities.map((e) => e.name)).not.toContain('Energy');
    expect(doc.entities.map((e) => e.name)).not.toContain('Shares');
  });

  test('indirect "X said on Tuesday that CLAUSE"', () => {
    const q = quoteWith(doc, 'the company would open');
    expect(q.kind).toBe('indirect');
    expect(q.text).toBe('the company would open an office in Seoul next month');
    expect(q.speaker).toMatchObject({ name: 'Sam Altman', type: 'person', resolvedBy: 'explicit', entity: ent('Sam Altman').id });
    expect(q.speaker!.mention!.text).toBe('Sam Altman');
    expect(q.cue!.text).toBe('said');
  });

  test('"…," X told reporters. then a floating continuation', () => {
    const q = quoteWith(doc, 'Korea is one');
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('Korea is one of our fastest-growing markets');
    expect(q.speaker).toMatchObject({ name: 'Sam Altman', resolvedBy: 'surname' });
    expect(q.speaker!.mention!.text).toBe('Altman');
    expect(q.cue!.text).toBe('told');
    const c = quoteWith(doc, 'We want to be closer');
    expect(c.speaker).toMatchObject({ name: 'Sam Altman', resolvedBy: 'elided', mention: null });
  });

  test('split quote "A," said X, "B." is one quote with two segments', () => {
    const q = quoteWith(doc, 'Energy will be');
    expect(q.segments.map((s) => s.text)).toEqual(['Energy will be the bottleneck', 'and we have to plan for it now.']);
    expect(q.text).toBe('Energy will be the bottleneck … and we have to plan for it now.');
    expect(q.speaker!.name).toBe('Sam Altman');
  });

  test('X, apposition, said: "…" and pronoun + added that', () => {
    const q = quoteWith(doc, 'We are hiring');
    expect(q.speaker).toMatchObject({ name: 'Greg Brockman', resolvedBy: 'explicit' });
    const h = quoteWith(doc, 'the team had tripled');
    expect(h.kind).toBe('indirect');
    expect(h.text).toBe('the team had tripled since January 2023');
    expect(h.speaker).toMatchObject({ name: 'Greg Brockman', resolvedBy: 'pronoun' });
    expect(h.speaker!.mention!.text).toBe('He');
    expect(h.cue!.text).toBe('added');
  });

  test('organizations, groups, according to, title resolution', () => {
    expect(quoteWith(doc, 'its partnership').speaker).toMatchObject({ name: 'Microsoft Corp.', type: 'organization' });
    const acc = quoteWith(doc, 'talks with the company');
    expect(acc.text).toBe('talks with the company began in March');
    expect(acc.speaker).toMatchObject({ name: 'a spokesperson for Samsung Electronics', type: 'group', entity: null });
    expect(acc.cue!.text).toBe('According to');
    const an = quoteWith(doc, 'Shares of Microsoft');
    expect(an.text).toBe('Shares of Microsoft rose 2% yesterday');
    expect(an.speaker).toMatchObject({ name: 'analysts', type: 'group' });
    expect(quoteWith(doc, 'The deal could close').speaker).toMatchObject({ name: 'a person familiar with the matter', type: 'group' });
    const t = quoteWith(doc, 'the first quarter results');
    expect(t.speaker).toMatchObject({ name: 'Sam Altman', resolvedBy: 'title' });
    expect(t.speaker!.mention!.text).toBe("The company's chief executive");
  });

  test('dates against the publication date', () => {
    const d = Object.fromEntries(doc.dates.map((x) => [x.text, [x.value, x.granularity, x.relative]]));
    expect(d).toEqual({
      Tuesday: ['2024-05-14', 'day', true],
      'next month': ['2024-06', 'month', true],
      'January 2023': ['2023-01', 'month', false],
      March: ['2024-03', 'month', true],
      yesterday: ['2024-05-14', 'day', true],
      'first half': ['2024-H1', 'half', true],
      'first quarter': ['2024-Q1', 'quarter', true],
      'June 9': ['2024-06-09', 'day', true],
    });
  });
});

describe('fixture en-policy', () => {
  const text = fixture('en-policy.txt');
  const doc = run(text);
  test('quotes and speakers', () => {
    const byText = doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.speaker?.resolvedBy ?? null]);
    expect(byText).toEqual([
      ['indirect', "South Korea's Ministry of Finance plans to cut fuel taxes in the third quarter", 'officials', 'explicit'],
      ['direct', 'Prices have stayed high for too long.', 'Jane Park', 'explicit'],
      ['indirect', 'the cut would cost about 2 trillion won in 2023', 'Jane Park', 'surname'],
      ['indirect', 'inflation could rise again next year', 'Jane Park', 'pronoun'],
      ['direct', 'We will watch the markets closely', 'Ministry of Finance', 'title'],
      ['direct', 'It was a productive meeting', 'Joe Biden', 'surname'],
      ['indirect', 'The central bank, which meets in July, is expected to hold rates', 'economists at Hana Bank', 'explicit'],
      ['direct', 'The government has no long-term plan. It keeps reacting to headlines', 'Lee Min-jun', 'explicit'],
    ]);
  });
  test('entities', () => {
    const e = (n: string) => doc.entities.find((x) => x.name === n)!;
    expect(e('Jane Park')).toMatchObject({ type: 'person', aliases: ['Park'], title: 'Minister' });
    expect(e('Joe Biden')).toMatchObject({ type: 'person', title: 'President' });
    expect(e('Lee Min-jun')).toMatchObject({ type: 'person', title: 'professor', affiliation: e('Seoul National University').id });
    expect(e('Ministry of Finance').type).toBe('organization');
    expect(e('Hana Bank').type).toBe('organization');
    expect(e('Washington').type).toBe('place');
    expect(doc.entities.map((x) => x.name)).not.toContain('It');
  });
  test('dates', () => {
    expect(doc.dates.map((x) => [x.text, x.value, x.granularity])).toEqual([
      ['9 June 2023', '2023-06-09', 'day'],
      ['third quarter', '2024-Q3', 'quarter'],
      ['Friday', '2024-05-10', 'day'],
      ['2023', '2023', 'year'],
      ['next year', '2025', 'year'],
      ['2023-06-08', '2023-06-08', 'day'],
      ['last week', '2024-W19', 'week'],
      ['July', '2024-07', 'month'],
    ]);
  });
});

describe('attribution patterns', () => {
  test('"…" X added. / X said "…" / said X in a statement', () => {
    const text = 'Maria Lopez runs the lab at Stanford University.\n"We were surprised by the result" Lopez added.\nLopez said "the data is clean" and left.\n"It works," said Maria Lopez in a statement.';
    const doc = run(text);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.text])).toEqual([
      ['We were surprised by the result', 'Maria Lopez', 'added'],
      ['the data is clean', 'Maria Lopez', 'said'],
      ['It works', 'Maria Lopez', 'said'],
    ]);
    expect(doc.quotes[2].speaker!.mention!.text).toBe('Maria Lopez');
  });
  test('she resolves to the last female person, they to the organization', () => {
    const text = 'Tesla hired Emily Carter last year. She said the factory would double output. Tesla said in March that it would cut prices. They said the cuts were temporary.';
    const doc = run(text);
    const she = quoteWith(doc, 'the factory');
    expect(she.speaker).toMatchObject({ name: 'Emily Carter', resolvedBy: 'pronoun' });
    expect(quoteWith(doc, 'it would cut').speaker).toMatchObject({ name: 'Tesla', type: 'organization' });
    expect(quoteWith(doc, 'the cuts were').speaker).toMatchObject({ name: 'Tesla', resolvedBy: 'pronoun' });
  });
  test('scare quotes without attribution are not quotes', () => {
    const doc = run('The firm calls the device a "smart ring" and plans a launch.');
    expect(doc.quotes).toEqual([]);
  });
  test('code point offsets with astral characters', () => {
    const text = '🚀 Launch day. "We made it," said Sam Altman.';
    const doc = run(text);
    expect(doc.quotes[0].segments[0]).toEqual({ start: 15, end: 25, text: 'We made it' });
    expect(doc.quotes[0].speaker!.mention).toEqual({ start: 33, end: 43, text: 'Sam Altman' });
  });
});

describe('dates', () => {
  const dates = (text: string, pub: string | null = PUB) => run(text, pub).dates.map((d) => [d.text, d.value, d.granularity]);
  test('absolute forms', () => {
    expect(dates('It opened on June 9, 2023 and closed on 2023-07-01. Sales fell in May 2022 and in 2021.')).toEqual([
      ['June 9, 2023', '2023-06-09', 'day'],
      ['2023-07-01', '2023-07-01', 'day'],
      ['May 2022', '2022-05', 'month'],
      ['2021', '2021', 'year'],
    ]);
  });
  test('relative forms by tense', () => {
    expect(dates('The firm will report in March. It said sales rose in March.')).toEqual([
      ['March', '2025-03', 'month'],
      ['March', '2024-03', 'month'],
    ]);
    expect(dates('Prices rose today. Talks resume tomorrow. Output fell last month and this year.')).toEqual([
      ['today', '2024-05-15', 'day'],
      ['tomorrow', '2024-05-16', 'day'],
      ['last month', '2024-04', 'month'],
      ['this year', '2024', 'year'],
    ]);
    expect(dates('Results are due in Q3 and next week.')).toEqual([
      ['Q3', '2024-Q3', 'quarter'],
      ['next week', '2024-W21', 'week'],
    ]);
    expect(dates('The board will meet on Friday.')).toEqual([['Friday', '2024-05-17', 'day']]);
  });
  test('no reference date: unknown parts are X or null', () => {
    expect(dates('It happened on June 9 and in March. He left on Tuesday.', null)).toEqual([
      ['June 9', 'XXXX-06-09', 'day'],
      ['March', 'XXXX-03', 'month'],
      ['Tuesday', null, 'day'],
    ]);
  });
  test('"may" the verb is not a month', () => {
    expect(dates('Prices may rise. The plan may work in May.')).toEqual([['May', '2024-05', 'month']]);
  });
});

describe('a long English article', () => {
  // Speed is measured by `npm run bench`, not asserted here; this checks that a long input is handled whole.
  test('quotes across a 1 MB article', () => {
    const base = fixture('en-openai.txt') + '\n' + fixture('en-policy.txt') + '\n';
    const big = base.repeat(Math.ceil(1_000_000 / base.length));
    const doc = extractEnglish(big, { published: PUB });
    expect(doc.quotes.length).toBeGreaterThan(100);
  });
});

describe('robustness', () => {
  test('random English-like text: never throws, every span slices the text', () => {
    const fc = require('fast-check');
    const words = ['said', 'Sam', 'Altman', 'OpenAI', 'he', 'she', 'that', 'the', 'Ministry', 'of', 'Finance', '"', '“', '”', ',', '.', '\n', 'on', 'Tuesday', 'March', '2023', 'June', '9', 'told', 'reporters', ':', '🚀', 'According', 'to', "'s", 'Inc.', 'Mr.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.array(fc.constantFrom(' ', ''), { maxLength: 60 }), (ws: string[], gaps: string[]) => {
        const text = ws.map((w, i) => w + (gaps[i] ?? ' ')).join('');
        const doc = extractEnglish(text, { published: PUB });
        expect(spanProblems(doc, text)).toEqual([]);
        expect(validate('extract', { version: 1, documents: [doc] })).toEqual([]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
  test('empty text and a paragraph with an unclosed quote', () => {
    expect(run('').quotes).toEqual([]);
    const doc = run('Kim Soo-jin said: "The market will recover soon and we are ready\nShe left.');
    expect(doc.quotes[0].text).toBe('The market will recover soon and we are ready');
    expect(doc.quotes[0].speaker!.name).toBe('Kim Soo-jin');
  });
});

describe('fixture en-fed', () => {
  const text = fixture('en-fed.txt');
  const doc = run(text);
  test('quotes', () => {
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.speaker?.resolvedBy ?? null, q.cue?.text ?? null])).toEqual([
      ['indirect', 'the central bank was in no hurry to cut', 'Jerome Powell', 'explicit', 'said'],
      ['direct', 'We are prepared to maintain the current target range for as long as appropriate', 'Jerome Powell', 'surname', 'told'],
      ['indirect', 'she expected inflation to keep falling through the second half of 2024', 'Janet Yellen', 'explicit', 'said'],
      ['direct', "I don't see a recession", 'Janet Yellen', 'pronoun', 'said'],
      ['direct', 'The labor market remains strong.', 'Janet Yellen', 'elided', null],
      ['indirect', 'Goldman Sachs economists now expect two cuts this year, down from three', 'Goldman Sachs', 'title', 'said'],
      ['direct', 'The Fed is clearly worried', 'Priya Natarajan', 'explicit', 'said'],
      ['direct', 'Markets got ahead of themselves.', 'Priya Natarajan', 'pronoun', 'added'],
    ]);
  });
  test('entities and dates', () => {
    const e = (n: string) => doc.entities.find((x) => x.name === n)!;
    expect(e('Priya Natarajan')).toMatchObject({ title: 'chief economist', affiliation: e('Acme Capital Partners LLC').id });
    expect(e('Jerome Powell').mentions.map((m) => m.text)).toEqual(['Jerome Powell', 'Powell', 'Powell']);
    expect(e('Reuters').type).toBe('organization');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['Wednesday', '2024-05-15'],
      ['second half of 2024', '2024-H2'],
      ['September', '2024-09'],
      ['this year', '2024'],
      ['Thursday', '2024-05-09'],
    ]);
  });
});

/** Attribution as English news writes it beyond "X said": every text below is written for these tests. */
describe('news attribution patterns', () => {
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const rows = (doc: DocumentResult) => doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

  test('a quoted fragment inside a reported clause is one indirect quote, not a direct one', () => {
    const text = 'Halvard Foods said it remained "confident" the merger would close by June.';
    const doc = run(text);
    expect(rows(doc)).toEqual([['indirect', 'it remained "confident" the merger would close by June', 'Halvard Foods', 'said']]);
    expect(doc.quotes[0].segments).toEqual([at(text, 'it remained "confident" the merger would close by June')]);
    // The clause starts at its subject, not at a later "that" ("a deal that …").
    const t2 = 'Summit President Omar Haddad said he wanted a deal that "respects the evidence."';
    const d2 = run(t2);
    expect(rows(d2)).toEqual([['indirect', 'he wanted a deal that "respects the evidence."', 'Omar Haddad', 'said']]);
    // A quote introduced by the verb stays direct.
    expect(rows(run('Omar Haddad said on Tuesday "the door is open" and left.'))).toEqual([['direct', 'the door is open', 'Omar Haddad', 'said']]);
  });

  test('a participle clause reports the subject: ", saying CLAUSE", ", adding that CLAUSE"', () => {
    const text = 'Mayor Ines Duarte on Friday defended the budget, saying the city had no other way to fund its schools.';
    const doc = run(text);
    expect(rows(doc)).toEqual([['indirect', 'the city had no other way to fund its schools', 'Ines Duarte', 'saying']]);
    expect(doc.quotes[0].speaker!.mention).toEqual(at(text, 'Ines Duarte'));
    expect(doc.quotes[0].cue).toEqual(at(text, 'saying'));
    const t2 = 'Ines Duarte leads the city.\n"We will win," Duarte said, adding that the vote would be close.';
    expect(rows(run(t2))).toEqual([
      ['direct', 'We will win', 'Ines Duarte', 'said'],
      ['indirect', 'the vote would be close', 'Ines Duarte', 'adding'],
    ]);
  });

  test('"X called the plan "…" and said CLAUSE": the sentence subject speaks', () => {
    const text = 'Opposition leader Priya Raman called the plan "reckless" and said her party would fight it in court.';
    const doc = run(text);
    expect(rows(doc)).toEqual([['indirect', 'her party would fight it in court', 'Priya Raman', 'said']]);
    expect(doc.quotes[0].segments).toEqual([at(text, 'her party would fight it in court')]);
  });

  test('described plural sources and "told OBJECT CLAUSE" without that', () => {
    const doc = run('Local residents say the road floods every spring. Vela Corp and Orin Ltd signed the deal. The two companies said the merger would close in May. Priya Raman told lawmakers the vote would be delayed.');
    expect(rows(doc)).toEqual([
      ['indirect', 'the road floods every spring', 'Local residents', 'say'],
      ['indirect', 'the merger would close in May', 'The two companies', 'said'],
      ['indirect', 'the vote would be delayed', 'Priya Raman', 'told'],
    ]);
    expect(doc.quotes.map((q) => q.speaker!.type)).toEqual(['group', 'group', 'person']);
  });

  test('"A, B, told": the name in the apposition when the first part names nobody; a title before a name makes a person', () => {
    const text = "Oman's energy minister, Prince Tariq bin Nasser, told Reuters that output would rise next year.\n\"Demand is strong,\" he said.";
    const doc = run(text);
    expect(rows(doc)).toEqual([
      ['indirect', 'output would rise next year', 'Tariq bin Nasser', 'told'],
      ['direct', 'Demand is strong', 'Tariq bin Nasser', 'said'],
    ]);
    const e = doc.entities.find((x) => x.name === 'Tariq bin Nasser')!;
    expect(e).toMatchObject({ type: 'person', title: 'Prince' });
  });

  test('the setting before a comma is not the content: "In an interview with CNN, X said CLAUSE"', () => {
    const text = 'In an interview with CNN, Ana Ortiz said she planned to reopen by spring.';
    expect(rows(run(text))).toEqual([['indirect', 'she planned to reopen by spring', 'Ana Ortiz', 'said']]);
  });

  test("British single quote marks; apostrophes are not quote marks", () => {
    const text = "'The roof simply gave way,' said Owen Pryce, a builder from Cardiff. 'Nobody was hurt.'\nThe workers' union met on Monday.";
    const doc = run(text);
    expect(rows(doc)).toEqual([
      ['direct', 'The roof simply gave way', 'Owen Pryce', 'said'],
      ['direct', 'Nobody was hurt.', 'Owen Pryce', null],
    ]);
    expect(doc.quotes[0].segments).toEqual([at(text, 'The roof simply gave way')]);
  });

  test('"it" is an organization, not the group that spoke before', () => {
    const doc = run('A spokesperson for Vela Corp said the company was reviewing the footage.\n"We do not comment on investigations," it said.');
    expect(doc.quotes[1]).toMatchObject({ text: 'We do not comment on investigations', speaker: { name: 'Vela Corp', type: 'organization', resolvedBy: 'pronoun' } });
  });
});

describe('names in English news', () => {
  const ent = (doc: DocumentResult, name: string) => doc.entities.find((e) => e.name === name);

  test('Korean names, surname first: the surname alone is the person last introduced with it', () => {
    const text = 'President Lee Jae-myung met Kim Min-ji and Kim Tae-ho on Monday. Lee said growth would pick up. Kim Min-ji said exports were strong. Kim said the won was stable.';
    const doc = run(text);
    expect(ent(doc, 'Lee Jae-myung')!.mentions.map((m) => m.text)).toEqual(['Lee Jae-myung', 'Lee']);
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Lee Jae-myung', 'Kim Min-ji', 'Kim Min-ji']);
    expect(ent(doc, 'Kim Tae-ho')!.type).toBe('person');
    // Three-word names without a hyphen, after a lower-case title.
    const d2 = run('Party spokesperson Park Sung Hoon said the bill would pass.');
    expect(d2.quotes[0].speaker).toMatchObject({ name: 'Park Sung Hoon', type: 'person' });
  });

  test('an acronym in parentheses, or by its initials, and an organization by its first word are one organization', () => {
    const text = 'The ruling People Power Party (PPP) met the Federal Trade Commission. PPP lawmakers asked the FTC for data. Nimbus Systems Inc. said shares of Nimbus rose.';
    const doc = run(text);
    expect(ent(doc, 'People Power Party')!.aliases).toEqual(['PPP']);
    expect(ent(doc, 'Federal Trade Commission')!.aliases).toEqual(['FTC']);
    expect(ent(doc, 'Nimbus Systems Inc.')!.aliases).toEqual(['Nimbus']);
    expect(doc.entities.map((e) => e.name)).toEqual(['People Power Party', 'Federal Trade Commission', 'Nimbus Systems Inc.']);
  });

  test('no entity from a party-state tag, a lone legal suffix, "No." before a word, a dateline-led common noun; places compromise lacks', () => {
    const doc = run('WASHINGTON — Negotiators met again. Sen. Ruth Adler, D-Mass., said SK hynix Inc. would answer. "No. We will not," Adler said. Britain and the Middle East were next.');
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['place', 'WASHINGTON'],
      ['person', 'Ruth Adler'],
      ['organization', 'SK hynix'],
      ['place', 'Britain'],
      ['place', 'Middle East'],
    ]);
  });

  test('police ranks are titles, not names', () => {
    const doc = run('"We made an arrest," said Chief Inspector Dan Reilly of the Metropolitan Police.');
    expect(doc.quotes[0].speaker).toMatchObject({ name: 'Dan Reilly', type: 'person' });
    expect(ent(doc, 'Dan Reilly')!.title).toBe('Chief Inspector');
  });
});

describe('wire-service attribution (Korea desk style)', () => {
  const rows = (doc: DocumentResult) => doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

  test('"CLAUSE, X said, PHRASE": a closing phrase after the verb keeps the clause reported', () => {
    const doc = run('SEOUL, May 2 (Yonhap) -- The navy seized a fishing boat near the border on Tuesday, the Joint Chiefs of Staff (JCS) said, hours before the talks.');
    expect(rows(doc)).toEqual([['indirect', 'The navy seized a fishing boat near the border on Tuesday', 'Joint Chiefs of Staff', 'said']]);
    expect(doc.entities.find((e) => e.name === 'Joint Chiefs of Staff')).toMatchObject({ type: 'organization', aliases: ['JCS'] });
  });

  test('described institutions: "the presidential office" speaks as described; "the defense ministry" is the ministry named before', () => {
    const doc = run('The Ministry of National Defense briefed reporters. The drill will end on Friday, the defense ministry said. The leaders met twice, the presidential office said.');
    expect(rows(doc)).toEqual([
      ['indirect', 'The drill will end on Friday', 'Ministry of National Defense', 'said'],
      ['indirect', 'The leaders met twice', 'the presidential office', 'said'],
    ]);
    expect(doc.quotes.map((q) => q.speaker!.type)).toEqual(['organization', 'group']);
  });

  test('a time phrase between the verb and its clause; a lower-case subject with a past verb', () => {
    const doc = run('Defense Minister Han Ji-won told lawmakers last week the North could test again. Vela Corp said last month it would cut jobs. The Ministry of Economy and Finance said exports fell 9 percent in May.');
    expect(rows(doc)).toEqual([
      ['indirect', 'the North could test again', 'Han Ji-won', 'told'],
      ['indirect', 'it would cut jobs', 'Vela Corp', 'said'],
      ['indirect', 'exports fell 9 percent in May', 'Ministry of Economy and Finance', 'said'],
    ]);
  });

  test('a Korean name says nothing of gender: "he" after Kim Dong-won is Kim Dong-won', () => {
    const doc = run('Chairman Lee Jae-won spoke first.\n"Inventory is normal," said Kim Dong-won, an analyst at Harbor Securities. He added that prices could rise in the spring.');
    expect(doc.quotes[1]).toMatchObject({ text: 'prices could rise in the spring', speaker: { name: 'Kim Dong-won', resolvedBy: 'pronoun' } });
  });

  test('seas and provinces are places; the half and quarter "of next year"', () => {
    const doc = run('Ships gathered in the East Sea off Gangwon Province. Analysts expect a recovery in the second half of next year, after a weak first quarter of this year.', '2024-03-12');
    expect(doc.entities.map((e) => [e.type, e.name])).toEqual([
      ['place', 'East Sea'],
      ['place', 'Gangwon Province'],
    ]);
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['second half of next year', '2025-H2'],
      ['first quarter of this year', '2024-Q1'],
    ]);
  });
});

describe('courtesy titles and ages (newspaper style)', () => {
  test('"Mr. Okafor said": one word after Mr./Ms. is a person, and the dot is no sentence end', () => {
    const text = '"This is about dignity," Mr. Okafor said. Ms. Brandt, 45, a nurse who attended the speech, said she was hopeful.';
    const doc = run(text);
    expect(doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.speaker?.type])).toEqual([
      ['direct', 'This is about dignity', 'Okafor', 'person'],
      ['indirect', 'she was hopeful', 'Brandt', 'person'],
    ]);
    expect(doc.quotes[0].speaker!.mention).toEqual({ start: text.indexOf('Okafor'), end: text.indexOf('Okafor') + 6, text: 'Okafor' });
  });

  test('Mc/Mac surnames are names, not brands; OK and GDP name nothing', () => {
    const doc = run('Senator Alan McLeod of Ohio spoke. "It is OK," Mr. McLeod said of the GDP figures.');
    expect(doc.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['person', 'Alan McLeod', ['McLeod']],
      ['place', 'Ohio', []],
    ]);
    expect(doc.quotes[0].speaker).toMatchObject({ name: 'Alan McLeod', resolvedBy: 'surname' });
  });
});

describe('attribution after the quote by "according to"; Korean names after a role word', () => {
  test('"…," according to a statement from Sen. X: X speaks, cue "according to"', () => {
    const text = '"The court got it right," according to a statement from Sen. Maria Okoye, who backed the bill.';
    const doc = run(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ kind: 'direct', text: 'The court got it right', speaker: { name: 'Maria Okoye', type: 'person' } });
    expect(doc.quotes[0].cue).toEqual({ start: text.indexOf('according to'), end: text.indexOf('according to') + 12, text: 'according to' });
  });

  test('"Coach Kim Pan-su told reporters …": the role word is not part of the name', () => {
    const doc = run('Coach Kim Pan-su told reporters after the match that his players "gave everything." Kim said the team would rest.');
    expect(doc.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([['person', 'Kim Pan-su', ['Kim']]]);
    expect(doc.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['his players "gave everything."', 'Kim Pan-su'],
      ['the team would rest', 'Kim Pan-su'],
    ]);
  });
});

describe('wire and newspaper attribution, second round', () => {
  const rows = (doc: DocumentResult) => doc.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);
  const one = (text: string) => rows(run(text, '2024-06-10'));

  test('"…, the ministry said Monday." and a possessive body: "…, South Korea\'s military said."', () => {
    expect(one('Exports rose for the eighth month in May, the trade ministry said Monday.')).toEqual([['indirect', 'Exports rose for the eighth month in May', 'the trade ministry']]);
    expect(one("North Korea fired two missiles on Sunday, South Korea's military said.")).toEqual([['indirect', 'North Korea fired two missiles on Sunday', "South Korea's military"]]);
  });

  test('commas around the words between the verb and "that"', () => {
    expect(one('The official said, on condition of anonymity, that the plan was dead.')).toEqual([['indirect', 'the plan was dead', 'The official']]);
    expect(one('J.D. Vance wrote on X, formerly Twitter, that the ruling was wrong.')).toEqual([['indirect', 'the ruling was wrong', 'J.D. Vance']]);
  });

  test('a relative clause on the subject is not the speaker; a number\'s comma separates nothing', () => {
    expect(one('The Harbor Nurses Association, which represents about 1,200 workers, said the strike would last three days.')).toEqual([
      ['indirect', 'the strike would last three days', 'Harbor Nurses Association'],
    ]);
    expect(one('The union, which represents nurses, said the strike would last three days.')).toEqual([['indirect', 'the strike would last three days', 'The union']]);
  });

  test('a title abbreviation after "said" and before a name; Ms. + a surname that is a common word', () => {
    expect(one('"This bill cuts waste," said Rep. Kay Granger.')).toEqual([['direct', 'This bill cuts waste', 'Kay Granger']]);
    expect(one('Ms. Park said the customer was a carmaker.')).toEqual([['indirect', 'the customer was a carmaker', 'Park']]);
  });

  test('"X said … that CLAUSE, according to KCNA": the agency relays, X speaks', () => {
    expect(one('Kim Jong Un said during a party meeting last week that the North would expand its arsenal, according to KCNA.')).toEqual([
      ['indirect', 'the North would expand its arsenal', 'Kim Jong Un'],
    ]);
  });

  test('a name in apposition to a role; an owner is not the speaker; "he" after a sentence about someone else', () => {
    expect(one('His lawyer, Alan Fitzgerald, said his client would appeal.')).toEqual([['indirect', 'his client would appeal', 'Alan Fitzgerald']]);
    expect(one('Daniel Reyes pleaded guilty. Alan Fitzgerald spoke for him.\n"He is sorry," said Daniel Reyes\'s lawyer, Alan Fitzgerald.')).toEqual([['direct', 'He is sorry', 'Alan Fitzgerald']]);
    expect(one('"We will appeal," said Alan Fitzgerald. Daniel Reyes, who pleaded guilty in January, apologized to the victims. "I am sorry," he said.')).toEqual([
      ['direct', 'We will appeal', 'Alan Fitzgerald'],
      ['direct', 'I am sorry', 'Daniel Reyes'],
    ]);
    expect(one('Pep Guardiola signed a new deal. "I am happy here," the Spaniard told a news conference.')).toEqual([['direct', 'I am happy here', 'Pep Guardiola']]);
  });

  test('the writer\'s comment after a reported clause is not part of it; a colon introduces a quote after a clause', () => {
    expect(one('Harry Kane said on Sunday he had no intention of leaving the club this summer, ending weeks of speculation.')).toEqual([
      ['indirect', 'he had no intention of leaving the club this summer', 'Harry Kane'],
    ]);
    expect(one('Sam Altman said the model would launch this year, but declined to say whether it would be free.')).toEqual([['indirect', 'the model would launch this year', 'Sam Altman']]);
    expect(one('Janet Yellen said prices, including rents, rose sharply.')).toEqual([['indirect', 'prices, including rents, rose sharply', 'Janet Yellen']]);
    expect(one('Akio Sugiura said the scandal was unlikely to dent demand: "Customers still trust the cars."')).toEqual([
      ['indirect', 'the scandal was unlikely to dent demand', 'Akio Sugiura'],
      ['direct', 'Customers still trust the cars.', 'Akio Sugiura'],
    ]);
  });

  test('names: lists and possessives inside bodies, multi-word titles, datelines in capitals, short forms', () => {
    const doc = run("SEJONG, June 10 (Yonhap) -- The Ministry of Trade, Industry and Energy met the Securities and Exchange Commission. Doctors at St. Mary's Hospital and Seoul Central District Prosecutors' Office agreed. Premier League clubs voted. Trade Minister Ahn Duk-geun and Japan's Prime Minister Fumio Kishida spoke. Mr. Jun Young-hyun spoke; Mr. Jun did not name it. The Bank of Korea met. BOK officials spoke.", '2024-06-10');
    expect(doc.entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ['place', 'SEJONG', []],
      ['organization', 'Yonhap', []],
      ['organization', 'Ministry of Trade, Industry and Energy', []],
      ['organization', 'Securities and Exchange Commission', []],
      ['organization', "St. Mary's Hospital", []],
      ['organization', "Seoul Central District Prosecutors' Office", []],
      ['organization', 'Premier League', []],
      ['person', 'Ahn Duk-geun', []],
      ['place', 'Japan', []],
      ['person', 'Fumio Kishida', []],
      ['person', 'Jun Young-hyun', ['Jun']],
      ['organization', 'Bank of Korea', ['BOK']],
    ]);
    expect(doc.dates.map((d) => d.text)).toEqual(['June 10']);
  });
});

describe('English, third round: roles, plural subjects, relayed and relative clauses, dates by tense', () => {
  const rows = (text: string) => run(text, '2024-09-20').quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  test('"the spokeswoman" is the person named with that role; "the Norway striker", "the 20-year-old American" the person the sentence before is about', () => {
    expect(rows('"Search teams are in the area," said Alejandra Ruiz, a spokeswoman for the agency. Teams were still searching, the spokeswoman said.')).toEqual([
      ['direct', 'Search teams are in the area', 'Alejandra Ruiz'],
      ['indirect', 'Teams were still searching', 'Alejandra Ruiz'],
    ]);
    expect(rows('Erling Haaland scored twice. "Why not?" the Norway striker said.')).toEqual([['direct', 'Why not?', 'Erling Haaland']]);
    expect(rows('Coco Gauff beat Daria Kasatkina on Sunday. Speaking after the win, the 20-year-old American said she felt relieved.')).toEqual([['indirect', 'she felt relieved', 'Coco Gauff']]);
  });

  test('"They" after a plural subject; "At least 23 people have died, officials said."', () => {
    expect(rows('Prosecutors had sought 10 years for Kim Min-su. They said Kim took bribes for years.')).toEqual([['indirect', 'Kim took bribes for years', 'Prosecutors']]);
    expect(rows('At least 23 people have died, officials said.')).toEqual([['indirect', 'At least 23 people have died', 'officials']]);
  });

  test('not attributions: ", which Bloomberg News reported", "agreed to be acquired"; a "that" clause around a quoted fragment is indirect', () => {
    expect(rows('The company declined to comment on a sale, which Bloomberg News reported last month.')).toEqual([]);
    expect(rows('The Seattle-based airline agreed to be acquired by Pacific Crest.')).toEqual([]);
    expect(rows('Hyundai Motor Group said in a statement that it "respects the decision" but would review its options.')).toEqual([
      ['indirect', 'it "respects the decision" but would review its options', 'Hyundai Motor Group'],
    ]);
  });

  test('"According to" a body whose name holds commas; a colon after any verb introduces a quote; a place before a title and a name', () => {
    expect(rows('According to the Ministry of Trade, Industry and Energy, exports rose 5 percent.')).toEqual([['indirect', 'exports rose 5 percent', 'Ministry of Trade, Industry and Energy']]);
    expect(rows('Chris Marchese put it bluntly: "We will see the state in court."')).toEqual([['direct', 'We will see the state in court.', 'Chris Marchese']]);
    const doc = run('Nuevo León Governor Samuel García told reporters that the plant would open. The festival moved to Hobart and to Yongin in 2023, then back in Hobart.', '2024-09-20');
    expect(doc.quotes[0].speaker!.name).toBe('Samuel García');
    expect(doc.entities.find((e) => e.name === 'Nuevo León')!.type).not.toBe('person');
  });

  test('dates: a passive after "will" is no past ("will be held on Dec. 20"), a dateline\'s date is the report\'s, "fourth-quarter", the BBC\'s Today programme is no date', () => {
    const d = (text: string) => run(text, '2024-09-20').dates.map((x) => [x.text, x.value]);
    expect(d('The vote will be held on Dec. 20, officials said.')).toEqual([['Dec. 20', '2024-12-20']]);
    expect(d('SEOUL, Sept. 19 (Yonhap) -- The ministry will launch a fund next month.')).toEqual([['Sept. 19', '2024-09-19'], ['next month', '2024-10']]);
    expect(d('Profit fell in the fourth-quarter.')).toEqual([['fourth-quarter', '2024-Q4']]);
    expect(d("She told the BBC's Today programme that it was fine.")).toEqual([]);
  });
});

describe('English, fourth round: words around the verb, long described subjects, end-of-period dates', () => {
  const rows = (text: string) => run(text, '2024-09-20').quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

  test('"insisted afterward that", "said outside the courthouse that"; a relative clause\'s verb is not the sentence\'s', () => {
    expect(rows('Pep Guardiola insisted afterward that the team was tired.')).toEqual([['indirect', 'the team was tired', 'Pep Guardiola']]);
    expect(rows('Josh Stroud said outside the courthouse that he would appeal.')).toEqual([['indirect', 'he would appeal', 'Josh Stroud']]);
    expect(rows('An official, who asked not to be named, said the talks had stalled.')).toEqual([['indirect', 'the talks had stalled', 'An official']]);
  });

  test('a long indefinite subject: the noun phrase before its participle speaks', () => {
    expect(rows('A former hedge fund manager accused of defrauding investors told a jury that he was innocent.')).toEqual([['indirect', 'he was innocent', 'A former hedge fund manager']]);
  });

  test('the end of the year / next month / the week, this morning, tonight', () => {
    const d = run('Profit should rise by the end of the year. Talks resume at the end of next month, or by the end of the week. The plant opens this morning and closes tonight.', '2024-09-20').dates;
    expect(d.map((x) => [x.text, x.value, x.granularity])).toEqual([
      ['end of the year', '2024', 'year'],
      ['end of next month', '2024-10', 'month'],
      ['end of the week', '2024-W38', 'week'],
      ['this morning', '2024-09-20', 'day'],
      ['tonight', '2024-09-20', 'day'],
    ]);
  });
});
