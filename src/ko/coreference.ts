/**
 * Stage: resolve each quote's speaker phrase to a source. Names resolve to their entity's fullest name; pronouns
 * (그는, 그녀는) and elided subjects to the most recent speaking or topic person (never to a person who was only an
 * object: 윤석열 대통령을 만나 …); surname + title (김 대표는) and title alone (회장은) to the person entity that
 * carries them. Records the way each was resolved.
 */
import type { Doc, EntityRecord, QuoteRecord, Range, SpeakerRecord } from '../pipeline/document';
import type { SpeakerType } from '../types';
import { RangeSetCursor, inRangeSet, quotedSpans, rangeSet, sentenceTokens } from './doc-index';
import { HEADLINE_ABBREVIATIONS, INDIVIDUAL_SOURCES, KOREAN_NAME, SpeakerPhrase, speakerPhraseAt } from './speaker-phrase';
import { itemsWithin, lowerBoundBy } from '../pipeline/ranges';
import { canonicalName } from './entities';
import { isCompanyKind } from './entities/common';
import { hasLoan, roleWordBeforeName, strongForeign } from './entities/persons';
import speech from './lexicon/speech.json';
import orgSuffixes from './lexicon/org-suffixes.json';
import { wordsRegex } from './words';
import { Token, twoOrMoreCodePoints } from './tokens';
import { SUBJECT_PARTICLE_CHARS, codeSetOf } from './chars';
import { verbCueKind } from './cues';
import { NOUN_TITLES, titlesConflict } from './titles';

const SOURCE_NOUNS = new Set(speech.sourceNouns);
const GROUP_WORDS = wordsRegex(speech.groupModifiers, 'whole');

const ORG_HEADS = wordsRegex(speech.speakingInstitutions, 'end');

/** How far back (in UTF-16 units, about three paragraphs of news) a speaker stays the centre for 그는. */
const SPEAKER_SPAN = 600;

interface Event {
  pos: number;
  speaker: SpeakerRecord;
  /**
   * A topic whose sentence ends in a speech verb without a quote of its own (박소영 연구원도 비슷한 진단을 내놨다): a
   * report of what the topic said, as good as a quote for what 그는 means next.
   */
  spoke: boolean;
}

function entityIndexOf(ph: SpeakerPhrase): number | null {
  if (ph.mention && ph.mention.entity !== undefined) return ph.mention.entity;
  return null;
}

/**
 * Every speaker record is made here, with one property order and a mention of its own as a plain {start, end}: one
 * object shape for the stages and the output to read (spread copies of records and ranges made several).
 */
function speakerRecord(name: string, canonical: string | null, type: SpeakerType, entity: number | null, mention: Range | null, resolvedBy: SpeakerRecord['resolvedBy']): SpeakerRecord {
  return { name, canonical, type, entity, mention: mention === null ? null : { start: mention.start, end: mention.end }, resolvedBy };
}

/** The same source as `sp`, found again another way: with the mention that points to it here and how it was resolved. */
function sameSource(sp: SpeakerRecord, mention: Range | null, resolvedBy: SpeakerRecord['resolvedBy']): SpeakerRecord {
  return speakerRecord(sp.name, sp.canonical, sp.type, sp.entity, mention, resolvedBy);
}

function fromEntity(doc: Doc, idx: number, ph: SpeakerPhrase, resolvedBy: SpeakerRecord['resolvedBy']): SpeakerRecord {
  const e: EntityRecord = doc.entities[idx];
  const type: SpeakerType = e.type === 'person' ? 'person' : e.type === 'organization' ? 'organization' : 'group';
  return speakerRecord(e.name, e.canonical, type, idx, ph.range, resolvedBy);
}

function plain(doc: Doc, ph: SpeakerPhrase, type: SpeakerType, name = doc.text.slice(ph.range.start, ph.range.end)): SpeakerRecord {
  return speakerRecord(name, null, type, null, ph.range, 'explicit');
}

/** 주민 박영호씨 → 박영호 (a real name without 씨); A씨, 김모씨 stay as written (they are the only name). */
function pseudonymName(phrase: string): string {
  const last = phrase.trim().split(/\s+/).pop() ?? phrase;
  const real = /^(\p{Script=Hangul}{2,4})씨$/u.exec(last);
  if (real && !/모$/u.test(real[1])) return real[1];
  return last;
}

const ORG_END = wordsRegex(speech.organizationEndings, 'end');
const LONG_ORG_END = wordsRegex(speech.organizationEndings.filter((w) => w.length >= 2), 'end');
const PERSON_WORD = /^[\p{Script=Hangul}]{1,6}(?:-[\p{Script=Hangul}]{1,6})?$/u;

/**
 * A person the entity stage missed but the quote stage found speaking (존 루든 … 회장은, 이끈 윌 타바레스는,
 * 김성조 공사 사장은): the name (the last one or two name-like words of the phrase) becomes a person entity, so that
 * the speaker has an entity and the article's people include it. Described sources (업계 관계자), organizations and
 * plural groups are left as they are.
 */
function promote(doc: Doc, sp: SpeakerRecord, ph: SpeakerPhrase): SpeakerRecord {
  if (sp.type === 'organization' || isPlural(sp.name)) return sp;
  if (sp.type === 'group' && (ph.title || ph.mention || ph.kind !== 'group')) return sp;
  const words = sp.name.split(/\s+/);
  // … nor a side (양측, 사측: 측 ends no Korean given name).
  if (words.some((w) => SOURCE_NOUNS.has(w) || GROUP_WORDS.test(w) || w.endsWith('측'))) return sp;
  // 소속사 어도어는, 시장조사업체 한빛리서치는: a kind of company before a name the entity stage did not know: the
  // company speaks.
  if (words.length >= 2 && isCompanyKind(words[words.length - 2])) return speakerRecord(words[words.length - 1], null, 'organization', null, sp.mention, sp.resolvedBy);
  let name: string;
  if (KOREAN_NAME.test(words[words.length - 1]) && (sp.type === 'person' || words.length === 1)) name = words[words.length - 1];
  else {
    let tail = words.slice(-Math.min(2, words.length));
    if (sp.type === 'group' && tail.length < 2) return sp; // one unknown word as a topic: not evidence of a person
    // (막내 세인은, 래퍼 빈지노는: a role word before the name is no part of it.)
    if (tail.length === 2 && roleWordBeforeName(tail[0])) tail = tail.slice(1);
    name = tail.join(' ');
  }
  const parts = name.split(' ');
  // (연구소, 위원회, 협회: a word ending in a body's head of two syllables or more is the body, though shaped like a
  // Korean name, 연 + 구소.)
  if (!parts.every((w) => PERSON_WORD.test(w)) || ((!KOREAN_NAME.test(name) || LONG_ORG_END.test(name)) && ORG_END.test(parts[parts.length - 1]))) return sp;
  const at = doc.text.indexOf(name, ph.range.start);
  if (at < 0 || at + name.length > ph.range.end) return sp;
  const persons = personIndex(doc);
  let idx = persons.byName.get(name) ?? -1;
  if (idx < 0) {
    idx = doc.entities.length;
    doc.entities.push({ type: 'person', name, canonical: KOREAN_NAME.test(name) ? canonicalName(name, 'person') : null, aliases: [], title: ph.title, affiliation: null, mentions: [] });
    persons.byName.set(name, idx);
  }
  const e = doc.entities[idx];
  if (!e.mentions.some((m) => m.start === at)) {
    e.mentions.push({ start: at, end: at + name.length });
    e.mentions.sort((a, b) => a.start - b.start);
    const n = persons.added.length;
    if (n > 0 && (persons.added[n - 2] > at || (persons.added[n - 2] === at && persons.added[n - 1] < idx))) persons.addedSorted = false;
    persons.added.push(at, idx);
  }
  return speakerRecord(name, e.canonical, 'person', idx, sp.mention, sp.resolvedBy);
}

/**
 * The person entities' mentions in text order, for personBy, and the person entities by name, for promote: both
 * scanned all the entities on every call, which made a long article's coreference quadratic (a 50 MB article of
 * generated news: ~100,000 quotes asking among ~100,000 entities).
 */
interface PersonIndex {
  /** Mentions of the person entities when the index was made, as start and entity, sorted by start (equal starts: the
   * higher entity first, so that walking back meets the lower one first). */
  starts: number[];
  ents: number[];
  /** Mentions promote added since, (start, entity) pairs in the order added; addedSorted while their starts ascend. */
  added: number[];
  addedSorted: boolean;
  /** The first person entity of each name. */
  byName: Map<string, number>;
  /** personBy's marks of the entities it has tested, per call (stamp). */
  tested: number[];
  stamp: number;
}

function personIndex(doc: Doc): PersonIndex {
  let p = doc.index.persons as PersonIndex | null;
  if (p) return p;
  const pairs: [number, number][] = [];
  const byName = new Map<string, number>();
  doc.entities.forEach((e, idx) => {
    if (e.type !== 'person') return;
    if (!byName.has(e.name)) byName.set(e.name, idx);
    for (const m of e.mentions) pairs.push([m.start, idx]);
  });
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  p = { starts: pairs.map((x) => x[0]), ents: pairs.map((x) => x[1]), added: [], addedSorted: true, byName, tested: [], stamp: 0 };
  doc.index.persons = p;
  return p;
}

/** Index of the first value >= pos in an ascending list of numbers (every `step`-th, from 0). */
function firstAtOrAfter(values: number[], pos: number, step: number): number {
  let lo = 0;
  let hi = values.length / step;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid * step] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The person entity that a surname + title or a bare title points to: the one mentioned most recently before pos
 * (of two mentioned at the same place, the first entity). Walks back from pos over the mentions, each entity tested
 * once.
 */
function personBy(doc: Doc, pos: number, test: (e: EntityRecord) => boolean): number | null {
  const p = personIndex(doc);
  if (!p.addedSorted) {
    const pairs: [number, number][] = [];
    for (let k = 0; k < p.added.length; k += 2) pairs.push([p.added[k], p.added[k + 1]]);
    pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    p.added = pairs.flat();
    p.addedSorted = true;
  }
  const stamp = ++p.stamp;
  let i = firstAtOrAfter(p.starts, pos, 1) - 1;
  let j = firstAtOrAfter(p.added, pos, 2) - 1;
  while (i >= 0 || j >= 0) {
    let e: number;
    // The later mention first; at the same place the lower entity.
    if (j < 0 || (i >= 0 && (p.starts[i] > p.added[2 * j] || (p.starts[i] === p.added[2 * j] && p.ents[i] <= p.added[2 * j + 1])))) e = p.ents[i--];
    else e = p.added[2 * j-- + 1];
    if (p.tested[e] === stamp) continue;
    p.tested[e] = stamp;
    const ent = doc.entities[e];
    if (ent.type === 'person' && test(ent)) return e;
  }
  return null;
}

/** Does the article use this role word right after one of the entity's names (이종운 감독대행 … 이 대행)? */
function roleNearName(doc: Doc, e: EntityRecord, role: string): boolean {
  if (!role) return false;
  return e.mentions.some((m) => roleAfter(doc.text, m.end, role));
}
/** Is the role written in the 20 characters after a name ending at `end` (제임스 하딩 영국 총리)? */
function roleAfter(text: string, end: number, role: string): boolean {
  return text.slice(end, end + 20).includes(role);
}

/**
 * A person the entity stages did not recognize, named before an organization or a title: 존 루든 국제지질과학연맹
 * 회장 → 존 루든; 조준혁 대변인 → 조준혁. Described sources (업계 관계자, 외교부 대변인) have no such name.
 */
function nameBeforeTitle(doc: Doc, ph: SpeakerPhrase): string | null {
  if (!ph.title) return null;
  const titleStart = ph.head.end - ph.title.length;
  // 프라이부르크의 요헨 자이델 단장, 하마스 정치국의 아부 칼릴 대변인: after a body or person in the genitive, a name of
  // one to three words whose last word is transliterated (not 서울의 한 대학병원 교수: a description).
  const before = doc.text.slice(ph.range.start, titleStart).trim();
  const gen = before.lastIndexOf('의 ');
  if (gen > 0) {
    const name = validName(before.slice(gen + 2).trim());
    const last = name?.slice(name.lastIndexOf(' ') + 1);
    if (name && last && last.length >= 2 && (hasLoan(last) || strongForeign(last))) return name;
  }
  if (SOURCE_NOUNS.has(ph.title)) return null;
  // The name ends where the organization begins; when the first "organization" leaves no name before it (존 루든 …,
  // with 루든 misread as one), the next one is tried.
  const bodies = itemsWithin(doc.mentions, ph.range.start, titleStart).filter((m) => m.type !== 'person');
  // 토트넘 감독은: the words before the title are all a body the lexicon knows: its manager, not a person so named.
  const whole = bodies.find((m) => m.start === ph.range.start && doc.text.slice(m.end, titleStart).trim() === '');
  if (whole && whole.entity !== undefined && doc.entities[whole.entity].canonical !== null) return null;
  // 민주당 한 재선 의원: a body and 'a' (한) before the title describe one of its members, whom nothing names.
  if (bodies.length > 0 && bodies[0].start === ph.range.start && /^한\s/u.test(doc.text.slice(bodies[0].end, titleStart).trimStart())) return null;
  const cuts = bodies.map((m) => m.start);
  cuts.push(titleStart);
  for (const end of cuts) {
    const name = validName(doc.text.slice(ph.range.start, end).trim());
    // (독일 내무부 장관: words ending in a body the lexicon knows name that body, not a person.)
    if (name && !(name.includes(' ') && canonicalName(name.slice(name.lastIndexOf(' ') + 1), 'organization') !== null)) return name;
  }
  return null;
}

/**
 * 쿡 CEO는 after 팀 쿡, 혼 부사장은 after 샤오우엔 혼: the last word of a person's name of several words, named before
 * in the article, and a title: that person (a surname of one syllable is no name by its look alone: validName); or
 * the first syllables of a one-word name with that person's title (시 주석 after 시진핑 국가주석).
 */
function surnameOfNamed(doc: Doc, ph: SpeakerPhrase): number | null {
  if (!ph.title) return null;
  const w = doc.text.slice(ph.range.start, ph.head.end - ph.title.length).trim();
  if (!/^\p{Script=Hangul}{1,4}$/u.test(w)) return null;
  const title = ph.title;
  // (시 주석은 after 시진핑 국가주석: a surname the Korean lists take for a rare one, with the person's own title.)
  const found = personBy(doc, ph.range.start, (e) => e.name.endsWith(' ' + w) ||
    (e.name.length > w.length && !e.name.includes(' ') && e.name.startsWith(w) && e.title !== null && !titlesConflict(e.title, title)));
  return found;
}

/**
 * 부동산 시장은, 주택 시장은: one Korean word before a title that is also an ordinary noun (시장 'market', 검사 'test':
 * titles.json nounTitles), which the entity stage did not take for a name, is the first noun of a compound: the phrase
 * names a thing or a group, not a person.
 */
function nounCompound(ph: SpeakerPhrase, named: string): boolean {
  return ph.title !== null && NOUN_TITLES.has(ph.title) && /^\p{Script=Hangul}{2,3}$/u.test(named);
}

/** A word of a clause that modifies a noun (중인, 있는, 맡던, 담당하는): no part of a name. */
const ADNOMINAL_WORD = /^(?:\p{Script=Hangul}*(?:는|던)|중인|있는|없는|맡은|출신인|소속인)$/u;
function validName(text: string): string | null {
  let name = text;
  // 김성조 공사 사장: the Korean name that opens the phrase, without the organization after it.
  const firstWord = name.split(' ')[0];
  // (서울의 한 대학병원 … 교수: a word in the genitive opens a description, not a name.)
  if (name.includes(' ') && firstWord.endsWith('의')) return null;
  if (name.includes(' ') && KOREAN_NAME.test(firstWord)) name = firstWord;
  // One word of 2–6 syllables, or two or three words (존 루든, 샤오우엔 혼).
  if (!/^(?:\p{Script=Hangul}{2,6}|\p{Script=Hangul}{1,6}(?: \p{Script=Hangul}{1,6}){1,2})$/u.test(name)) return null;
  if (name.split(' ').some((w) => SOURCE_NOUNS.has(w) || GROUP_WORDS.test(w))) return null;
  // (치료 중인 … 전문의, 사건을 맡은 … 검사: a clause modifying the title, no name.)
  if (name.includes(' ') && name.split(' ').some((w) => ADNOMINAL_WORD.test(w))) return null;
  return name;
}

/**
 * 김모씨 … 김씨는: a person the article names only by a withheld surname is named by that form wherever a mention of
 * it stands (the fullest name the article gives, as the gold format asks): 김모씨, 김모(45)씨, 김모 (경정). Null when the
 * entity has no such mention.
 */
function withheldName(doc: Doc, idx: number): string | null {
  for (const m of doc.entities[idx].mentions) {
    if (doc.text.charCodeAt(m.end) !== 0xbaa8 /* 모 */) continue;
    const w = WITHHELD_SSI.exec(doc.text.slice(m.end, m.end + 14));
    if (w) return withoutAge(doc.text.slice(m.start, m.end + w[0].length));
  }
  return null;
}
/** 김모(45)씨 → 김모씨, 이모(54·여) 씨 → 이모 씨: an age (and sex) in parentheses is no part of the name. */
function withoutAge(name: string): string {
  return name.replace(/\([^()]{1,10}\)/u, '');
}
/** 씨 and an age (and sex) in parentheses after it, ending a head: A씨(67), 김모씨(45·여). */
const SSI_AGE_END = /씨\([^()]{1,10}\)$/u;
/** 모 after a surname, and 씨 if written, with an age or a space between (모, 모씨, 모(45)씨, 모 씨, 모(54·여)씨). */
const WITHHELD_SSI = /^모(?:(?:\([^()]{1,10}\))?\s?씨)?/u;

function resolveExplicit(doc: Doc, ph: SpeakerPhrase): SpeakerRecord | null {
  const idx = entityIndexOf(ph);
  switch (ph.kind) {
    case 'entity':
      // (A씨(67)는: 씨 and the age in parentheses after it.)
      if (idx !== null && ph.head.end > ph.head.start && (doc.text.charCodeAt(ph.head.end - 1) === 0xc528 /* 씨 */ || SSI_AGE_END.test(doc.text.slice(Math.max(ph.head.start, ph.head.end - 13), ph.head.end)))) return resolveExplicit(doc, { ...ph, kind: 'pseudonym' });
      if (idx !== null) {
        // 허 부사장은 tagged as a surname of its own (the entity stage knew no 허 … 부사장 to join it to): a person with
        // that surname and title found since (허재율 부사장, promoted from an earlier quote) is the one meant.
        const own = doc.entities[idx];
        const surnameAlone = own.type === 'person' && own.name.length === 1;
        if (surnameAlone && ph.title) {
          const title = ph.title;
          const found = personBy(doc, ph.range.start, (e) => e.name.length > 1 && e.name.startsWith(own.name) && e.title !== null && !titlesConflict(e.title, title));
          if (found !== null) return fromEntity(doc, found, ph, 'surname');
        }
        // 김 대표는 tagged as a mention of 김성훈: resolved by the surname.
        const m = ph.mention!;
        const byS = m.end - m.start === 1 && own.name.length > 1 && own.type === 'person';
        const sp = fromEntity(doc, idx, ph, byS ? 'surname' : 'explicit');
        // 김모 경정은: a withheld name is named as written, with its 모 (as 김모씨 is).
        if (surnameAlone) sp.name = withheldName(doc, idx) ?? sp.name;
        return sp;
      }
      return plain(doc, ph, ph.mention?.type === 'organization' ? 'organization' : 'person');
    case 'pseudonym': {
      // A씨, 김모씨: the entity may be tagged by the letter or surname alone; the source is named "A씨".
      if (idx === null) return plain(doc, ph, 'person', withoutAge(pseudonymName(doc.text.slice(ph.range.start, ph.range.end))));
      const sp = fromEntity(doc, idx, ph, 'explicit');
      // The name is the letter or surname with 모 and 씨 as written (숨진 박모씨의 아내 이모씨는: 이모씨), not the words before.
      if (sp.name.length <= 2) sp.name = withheldName(doc, idx) ?? withoutAge(doc.text.slice(ph.mention && ph.mention.start >= ph.range.start ? ph.mention.start : ph.range.start, ph.range.end).replace(/^한\s/u, ''));
      return sp;
    }
    case 'group': {
      if (idx !== null && !ph.title) return fromEntity(doc, idx, ph, 'explicit');
      const short = surnameOfNamed(doc, ph);
      if (short !== null) return fromEntity(doc, short, ph, 'surname');
      const named = nameBeforeTitle(doc, ph);
      if (named && !nounCompound(ph, named)) return plain(doc, ph, 'person', named);
      const text = doc.text.slice(ph.head.start, ph.head.end);
      return plain(doc, ph, !ph.title && ORG_HEADS.test(text) ? 'organization' : 'group');
    }
    case 'surname-title': {
      const sur = ph.surname ?? '';
      const title = ph.title ?? '';
      // (송 이사장 after 송지호 교수 and 송혜진 이사장: the person with that title first, then one with none known.)
      const found = ph.roleOnly
        ? personBy(doc, ph.range.start, (e) => e.name.startsWith(sur) && e.name.length > sur.length && roleNearName(doc, e, title))
        : (title ? personBy(doc, ph.range.start + 1, (e) => e.name.startsWith(sur) && e.name.length > sur.length && e.title === title) : null) ??
          personBy(doc, ph.range.start + 1, (e) => e.name.startsWith(sur) && e.name.length > sur.length && (!title || e.title === null || e.title === title || roleNearName(doc, e, title)));
      if (found !== null) return fromEntity(doc, found, ph, 'surname');
      // 한 승객이, 이 승객은: with no person of that surname in the role, 한 and 이 are 'a' and 'this': a described source.
      if (ph.roleOnly && (sur === '한' || sur === '이')) return plain(doc, ph, 'group');
      return ph.roleOnly ? null : plain(doc, ph, 'person');
    }
    case 'title': {
      // 한 원로 목사는: 'a' and a word before the title, a described source (not the 목사 named before).
      const lead = A_BEFORE.exec(doc.text.slice(Math.max(0, ph.range.start - 12), ph.range.start));
      if (lead) {
        const start = ph.range.start - lead[0].length + (lead[0].length - lead[0].trimStart().length);
        return speakerRecord(doc.text.slice(start, ph.range.end), null, 'group', null, { start, end: ph.range.end }, 'explicit');
      }
      const named = nameBeforeTitle(doc, ph);
      if (named && nounCompound(ph, named)) return plain(doc, ph, 'group');
      if (named) return plain(doc, ph, 'person', named);
      const found = personBy(doc, ph.range.start, (e) => e.title === ph.title);
      if (found !== null) return fromEntity(doc, found, ph, 'title');
      return plain(doc, ph, 'group');
    }
    case 'abbreviation': {
      // 與 "…", 중 "…": the source under its full name (여당, 중국), as the article's entity of that name if there is one.
      const [full, type] = HEADLINE_ABBREVIATIONS[doc.text.slice(ph.head.start, ph.head.end)];
      let named = doc.entities.findIndex((e) => e.name === full);
      // (대법 "…" after 대법원 2부는 …: the bench the article names, when it names one.)
      if (named < 0) named = doc.entities.findIndex((e) => e.type === 'organization' && e.name.startsWith(full + ' '));
      // (Typed look-ups: a word of a name's shape, 여당, is not romanized as a person's name.)
      const canonical = named >= 0 ? doc.entities[named].canonical : canonicalName(full, 'organization') ?? canonicalName(full, 'place');
      return speakerRecord(full, canonical, type as SpeakerType, named >= 0 ? named : null, ph.range, 'explicit');
    }
    default:
      return null;
  }
}

/**
 * Plural sources, what 이들은 / 그들은 point to: a plural (네티즌들, 전문가들, X와 동료들), or bodies counted (12개
 * 시민단체, 여러 단체, 시민단체 12곳).
 */
const isPlural = (name: string) => name.endsWith('들') || (countedHint(name) && COUNTED.test(name));
/** 개 or 곳 at the end, or 개 or 여러 before a space: most names have none, and COUNTED is not run for them. */
function countedHint(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  if (last === 0xac1c /* 개 */ || last === 0xacf3 /* 곳 */) return true;
  // (…12개 시민단체, 여러 단체: the word before the last.)
  const sp = name.lastIndexOf(' ');
  return sp > 0 && (name.charCodeAt(sp - 1) === 0xac1c /* 개 */ || (name.charCodeAt(sp - 1) === 0xb7ec /* 러 */ && name.charCodeAt(sp - 2) === 0xc5ec /* 여 */));
}
const COUNTED = /(?:^|\s)(?:\d+개|여러)\s\S+$|\s\d+(?:곳|개)$/u;

/** The last characters of pluralSubject. */
const PLURAL_LAST = codeSetOf('은는이도');

/**
 * /들(?:은|는|이|도)$/u on a token's core, by char code on the text (no slice of the core: most tokens ending in
 * 은/는/이/도 are no plural): a plural subject or topic (네티즌들도).
 */
function pluralSubject(text: string, t: Token): boolean {
  const n = t.coreEnd - t.start;
  if (n < 2 || text.charCodeAt(t.coreEnd - 2) !== 0xb4e4 /* 들 */) return false;
  const last = text.charCodeAt(t.coreEnd - 1);
  return last === 0xc740 /* 은 */ || last === 0xb294 /* 는 */ || last === 0xc774 /* 이 */ || last === 0xb3c4 /* 도 */;
}

/** Topic persons: the person named by the first subject/topic phrase of a sentence, outside quotes. */
function topicEvents(doc: Doc): Event[] {
  const out: Event[] = [];
  // A subject inside reported content (…에서 로저 워터스가 공연을 열었다고 부연했다) is not a topic of the passage.
  const segments: Range[] = [];
  for (const q of doc.quotes) if (q.kind === 'indirect') for (const g of q.segments) segments.push(g);
  const reported = segments.length ? rangeSet(segments) : null;
  // Both asked front to back; before the phrase is read (a word inside a quote or a reported clause is never a topic).
  const quoted = new RangeSetCursor(quotedSpans(doc));
  const inReported = reported !== null ? new RangeSetCursor(reported) : null;
  // The sentences with a quote of their own: a topic there speaks as the quote's source, found by the quote stages.
  // (The quotes are in text order, so their sentences are too: one pointer walks them with the sentences.)
  const quotes = doc.quotes;
  let qi = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const tokens = sentenceTokens(doc, si);
    let speaks: boolean | null = null;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].mark) continue;
      if (quoted.has(tokens[i].start) || (inReported !== null && inReported.has(tokens[i].start))) continue;
      const ph = speakerPhraseAt(doc, tokens, i);
      if (!ph || ph.kind === 'pronoun') continue;
      const sp = resolveExplicit(doc, ph);
      if (sp && ((sp.type === 'person' && twoOrMoreCodePoints(sp.name)) || isPlural(sp.name))) {
        if (speaks === null) {
          const last = tokens[tokens.length - 1].core;
          // (A speech verb in the sentence-final form ends in 다: most sentences are not asked the verb lists.)
          while (qi < quotes.length && quotes[qi].sentence < si) qi++;
          speaks = last.charCodeAt(last.length - 1) === 0xb2e4 /* 다 */ && !(qi < quotes.length && quotes[qi].sentence === si) && verbCueKind(last) === 'verb';
        }
        out.push({ pos: ph.range.start, speaker: sp, spoke: speaks });
      }
      // Plural subjects later in the sentence (… 옹호하는 네티즌들도 있었다) are what a following 이들은 means.
      for (let k = i + 1; k < tokens.length; k++) {
        if (tokens[k].mark || !PLURAL_LAST.has(tokens[k].last) || !pluralSubject(doc.text, tokens[k])) continue;
        // (… 팬들이 계시는 만큼 … inside a quote, or a subject inside reported content, is no one the passage is about.)
        if (quoted.has(tokens[k].start) || (inReported !== null && inReported.has(tokens[k].start))) continue;
        const pp = speakerPhraseAt(doc, tokens, k, { topicSpeaks: true });
        const ps = pp && pp.kind !== 'pronoun' ? resolveExplicit(doc, pp) : null;
        if (ps && isPlural(ps.name)) out.push({ pos: pp!.range.start, speaker: ps, spoke: false });
      }
      break;
    }
  }
  return out;
}

/**
 * A direct quote that opens an article or a passage on its own, with no source before it ("…" as the lead, then 피아니스트
 * 허원숙 교수는 … 소회를 밝혔다): the person the next sentence opens with is the one quoted, as a reader takes it.
 * Only the sentence right after the quote's own, and only a person (a topic event, see topicEvents).
 */
function leadQuoteSpeaker(doc: Doc, q: QuoteRecord, next: Event): SpeakerRecord | null {
  // (A direct quote standing without a cue: a reported clause has its cue and the source's place in its sentence.)
  if (q.kind !== 'direct' || q.cue !== null || next.speaker.type !== 'person' || !next.speaker.mention) return null;
  const end = q.segments[q.segments.length - 1].end;
  const si = lowerBoundBy(doc.sentences, end, (s) => s.end);
  const following = doc.sentences[si + 1];
  if (!following || next.pos < following.start || next.pos >= following.end) return null;
  return sameSource(next.speaker, next.speaker.mention, 'following');
}

/** A word of two letters or more (global: stemsIn sets its lastIndex). */
const WORD_OF_TWO = /[\p{L}\p{N}]{2,}/gu;

/** The first two letters of each word of two letters or more in text[start, end) (흑인이라 → 흑인): crude stems. */
function stemsIn(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const re = WORD_OF_TWO;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    if (m.index + m[0].length > end) break;
    out.push(m[0].slice(0, 2));
  }
  return out;
}

/**
 * Quoted paragraphs in a row before the one whose source the next sentence names ("…" "…" X는 … 이같이 강조했다):
 * the earlier ones, left without a source, are the same speaker's, resolved 'following' too.
 */
function leadRuns(doc: Doc): void {
  const quotes = doc.quotes;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i];
    const next = quotes[i + 1];
    if (q.speaker || q.kind !== 'direct' || q.cue || next.kind !== 'direct' || !next.speaker || next.speaker.resolvedBy !== 'following') continue;
    // Only white space between the two quotes' marks (the closing mark of one, the opening mark of the next).
    const from = q.segments[q.segments.length - 1].end + 1;
    const to = next.segments[0].start - 1;
    if (to < from || to - from > 8 || doc.text.slice(from, to).trim() !== '') continue;
    q.speaker = sameSource(next.speaker, next.speaker.mention, 'following');
  }
}

/** How far after a sourceless quote (UTF-16 units, a long article) the quote it echoes is looked for. */
const ECHO_SPAN = 8000;

/**
 * A quote left without a source that echoes a later attributed one, as a headline condenses the article's quote
 * ("아들이 돌아오기만 기다렸는데"… above, 김모씨는 "아들이 돌아오기만을 기다렸는데 …"라며 below): most of its words
 * (at least two, and 60 %) are in that quote, and it takes that quote's source, resolved 'following'.
 */
function echoedSpeakers(doc: Doc): void {
  const quotes = doc.quotes;
  // The words of each quote asked about, made once (most articles ask about none).
  const saidOf: (string | undefined)[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || q.kind !== 'direct' || q.cue) continue;
    const stems: string[] = [];
    for (const g of q.segments) for (const w of stemsIn(doc.text, g.start, g.end)) stems.push(w);
    if (stems.length < 2) continue;
    let best: QuoteRecord | null = null;
    let bestShare = 0.6;
    for (let j = i + 1; j < quotes.length; j++) {
      const later = quotes[j];
      // (Within an article's length after it: a very long text of many articles is not searched through.)
      if (later.segments[0].start - q.segments[0].start > ECHO_SPAN) break;
      if (!later.speaker) continue;
      let said = saidOf[j];
      if (said === undefined) {
        said = '';
        for (const g of later.segments) said += doc.text.slice(g.start, g.end) + ' ';
        saidOf[j] = said;
      }
      let found = 0;
      for (const w of stems) if (said.includes(w)) found++;
      const share = found / stems.length;
      if (found >= 2 && share > bestShare) {
        best = later;
        bestShare = share;
      }
    }
    if (best && best.speaker) q.speaker = sameSource(best.speaker, best.speaker.mention, 'following');
  }
}

/** 그에게, 그녀의, 그를: someone else pointed to as 그 (not the subject 그는). */
const OTHER_AS_PRONOUN = /(?:^|\s)(?:그|그녀)(?:에게|의|를|와|한테|에게서)\s/u;
/** A described source that is one person (한 시중은행 여신 담당 임원, 업계 관계자): its last word names an individual. */
function individualSource(name: string): boolean {
  if (isPlural(name)) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return INDIVIDUAL_SOURCES.has(last);
}

/**
 * A body named by its kind alone (회사는, 회사 측은, 병원 측은, 교회는, 소속사는), with 이, 그, 해당 or 이번 before it
 * or nothing: the body of that kind named before it in the article. For each kind, how its name ends (신문: …일보 too);
 * 회사 and 소속사 take any body not of the state.
 */
const KIND_HEADS: Record<string, string[] | null> = speech.kindAnaphors;
/** A newspaper by its English name (뉴욕타임스: The New York Times; 르몽드: Le Monde): what 이 신문은 may mean. */
const NEWSPAPER_CANONICAL = /\b(?:Times|Post|Journal|Herald|Tribune|Guardian|Gazette|Telegraph|Shimbun|Zeitung|Monde|Daily|Ilbo)\b/u;
/** A union or a civic group is no company (회사 측은 after 대성중공업 노동조합 is the company it bargains with). */
const NOT_COMPANY_HEADS: string[] = [...(KIND_HEADS['노조'] ?? []), ...(KIND_HEADS['단체'] ?? [])];
/** Kinds whose body is a local government named as its place (부산시 … 시는): a place of that name is the body. */
const LOCAL_KINDS = new Set<string>(speech.localKinds);
/** Kinds that mean the body only when the article named it as a subject (군: also the armed forces). */
const SUBJECT_ONLY_KINDS = new Set<string>(speech.localKindsNamedAsSubject);
const KIND_PHRASE = /^(?:(?:이|그|해당|이번)\s)?(\S+?)(?:\s?측)?$/u;
/** The entity is among the last five sources. */
function spokeLately(spoken: SpeakerRecord[], entity: number): boolean {
  for (let k = spoken.length - 1; k >= 0 && k >= spoken.length - 5; k--) if (spoken[k].entity === entity) return true;
  return false;
}
/** A news outlet's name or English name (the byline's 연합뉴스, 뉴스1; AP통신): no company an article's 회사 means. */
const MEDIA_NAME = /(?:뉴스|뉴스1|일보|신문|방송|TV|뉴시스)$/u;
const MEDIA_CANONICAL = /\b(?:News|Press|Agency|Reuters|Times|Broadcasting|Television|Journal|Post)\b/u;
/** How far back (in UTF-16 units, about a long article) a body of the kind named is looked for. */
const KIND_WINDOW = 4000;
/**
 * Names of the state's bodies, public institutes, associations and places (not a company): 금융위원회, 국토교통부,
 * 금융감독원, 한국경영자총협회, 서울시.
 */
const STATE_END = /(?:[부청처원회단당실국]|정부|당국|법원|검찰|경찰|[시도군구])$/u;
const GENERIC_BODIES = new Set([...speech.genericOrgNouns, ...orgSuffixes.generic]);
/** The name ends in one of the heads and is longer than it. */
function endsInOneOf(name: string, heads: string[]): boolean {
  for (const h of heads) if (name.length > h.length && name.endsWith(h)) return true;
  return false;
}

function kindReferent(doc: Doc, ph: SpeakerPhrase, spoken: SpeakerRecord[]): SpeakerRecord | null {
  // (A phrase of two words at most, 회사 or 이 회사 or 회사 측: longer ones are not read.)
  if (ph.range.end - ph.range.start > 12) return null;
  const w = doc.text.slice(ph.range.start, ph.range.end);
  const m = KIND_PHRASE.exec(w);
  if (!m) return null;
  // 조사본부 after 국방부 조사본부, 학회 after 대한치매학회: the end of a body's name stands for the body (not a
  // generic noun: 정부 after 중국 정부 is Korea's).
  const short = !Object.prototype.hasOwnProperty.call(KIND_HEADS, m[1]);
  if (short && (m[1].length < 2 || GENERIC_BODIES.has(m[1]) || SOURCE_NOUNS.has(m[1]))) return null;
  const heads = short ? [m[1]] : KIND_HEADS[m[1]];
  // (시는, 도에 따르면: the city or the province named before, whether the entity stage typed it a place or a body.)
  const local = !short && LOCAL_KINDS.has(m[1]);
  // Is the entity a body of that kind? (Asked of the window's bodies only, once each: a long article names thousands.)
  const ofKind = new Map<number, boolean>();
  const isOfKind = (i: number): boolean => {
    let yes = ofKind.get(i);
    if (yes === undefined) {
      const e = doc.entities[i];
      yes = (e.type === 'organization' || (local && e.type === 'place' && e.name.length >= 3)) && e.name !== m[1] &&
        (heads === null ? !STATE_END.test(e.name) && !GENERIC_BODIES.has(e.name) && !endsInOneOf(e.name, NOT_COMPANY_HEADS) :
          endsInOneOf(e.name, heads) || (m[1] === '신문' && e.canonical !== null && NEWSPAPER_CANONICAL.test(e.canonical)));
      ofKind.set(i, yes);
    }
    return yes;
  };
  // The organization of that kind mentioned most often in the KIND_WINDOW characters before the phrase; on a tie, one
  // named as a subject, then the latest. (The mentions are read in that window only: a long article names thousands of bodies, and
  // this is asked for every 회사 측은 in it.)
  const pos = ph.range.start;
  const quoted = quotedSpans(doc);
  const counts = new Map<number, number>();
  const lasts = new Map<number, number>();
  // Bodies named right after the kind word (소속사 별빛엔터테인먼트): that kind's, however seldom named.
  const apposed = new Set<number>();
  // Bodies named as a subject (대법원 2부는 …): on a tie, the one meant before one named in passing (…을 서울고법에
  // 돌려보냈다).
  const subjects = new Set<number>();
  const kindSpace = m[1] + ' ';
  const ms = doc.mentions;
  for (let k = lowerBoundBy(ms, pos - KIND_WINDOW, (x) => x.start); k < ms.length && ms[k].start < pos; k++) {
    const r = ms[k];
    if ((r.type !== 'organization' && !(local && r.type === 'place')) || r.entity === undefined || !isOfKind(r.entity)) continue;
    // (Mentions inside quoted words do not count: "특검은 …"라며 … 회사는: the company is no 특검.)
    if (quoted.length > 0 && inRangeSet(quoted, r.start)) continue;
    counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
    lasts.set(r.entity, r.start);
    if (subjectAfter(doc.text, r.end)) subjects.add(r.entity);
    if (doc.text.startsWith(kindSpace, r.start - kindSpace.length)) apposed.add(r.entity);
  }
  // (회사 측은: any company is a company, so the one meant must be the article's — named in its first two paragraphs,
  // the headline and the lead, or twice before; a securities firm quoted once is not the company the article is about.)
  const lead = heads === null && doc.paragraphs.length > 0 ? doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)].end : -1;
  // (…한결건설 주가는 급락했다. 회사 측은 …: a company named in the sentence right before is the one meant, named once.)
  const justBefore = heads === null ? sentenceBeforeStart(doc, pos) : Infinity;
  let best = -1;
  let bestCount = 0;
  let bestLast = -1;
  let bestSubject = false;
  for (const [i, count] of counts) {
    const e = doc.entities[i];
    // (Nor is the count asked of a body named after the same kind word, 소속사 별빛엔터테인먼트는 … 소속사는, or of one
    // among the last sources: 대한로지스는 "…"고 밝혔다. 회사 측은 ….)
    if (heads === null && ((count < 2 && !apposed.has(i) && !(e.mentions.length > 0 && e.mentions[0].start < lead) && !spokeLately(spoken, i) && !(lasts.get(i)! >= justBefore && !affiliationAt(doc, lasts.get(i)!))) ||
      MEDIA_NAME.test(e.name) || (e.canonical !== null && MEDIA_CANONICAL.test(e.canonical)))) continue;
    const last = lasts.get(i)!;
    const subject = subjects.has(i);
    if (count > bestCount || (count === bestCount && (subject !== bestSubject ? subject : last > bestLast))) {
      best = i;
      bestCount = count;
      bestLast = last;
      bestSubject = subject;
    }
  }
  if (best < 0) return heads === null ? companyOfUnion(doc, pos, ph) : null;
  // (군은 is the armed forces as often as the county: such a kind means the body only when the article named it as a
  // subject, 곡성군은 … 밝혔다, 마포구는 ….)
  if (SUBJECT_ONLY_KINDS.has(m[1]) && !bestSubject) return null;
  return speakerRecord(doc.entities[best].name, doc.entities[best].canonical, 'organization', best, ph.range, 'title');
}

/** Is the body mentioned at `start` a person's affiliation (한빛증권 박소영 연구원): a person named right after it? */
function affiliationAt(doc: Doc, start: number): boolean {
  const k = lowerBoundBy(doc.mentions, start, (x) => x.start);
  const m = doc.mentions[k];
  if (!m || m.start !== start) return false;
  const next = doc.mentions[k + 1];
  return next !== undefined && next.type === 'person' && next.start - m.end <= 2;
}

/** Where the sentence before the one at `pos` starts (or that sentence's own start when it is the first). */
function sentenceBeforeStart(doc: Doc, pos: number): number {
  const si = lowerBoundBy(doc.sentences, pos + 1, (x) => x.start) - 1;
  return si <= 0 ? (si === 0 ? doc.sentences[0].start : pos) : doc.sentences[si - 1].start;
}

/** A company's union named as the company and its union (대성중공업 노동조합, 한빛전자 노조). */
const UNION_OF = /^(\S{2,})\s?(?:노동조합|노조)$/u;
/**
 * 회사 측은 in an article that names only the company's union (대성중공업 노동조합이 파업을 예고했다. 회사 측은 …): the
 * company the union's name opens with, as its own entity when the article names it.
 */
function companyOfUnion(doc: Doc, pos: number, ph: SpeakerPhrase): SpeakerRecord | null {
  const ms = doc.mentions;
  for (let k = lowerBoundBy(ms, pos - KIND_WINDOW, (x) => x.start); k < ms.length && ms[k].start < pos; k++) {
    const r = ms[k];
    if (r.type !== 'organization' || r.entity === undefined) continue;
    const u = UNION_OF.exec(doc.entities[r.entity].name);
    if (!u || GENERIC_BODIES.has(u[1])) continue;
    const own = doc.entities.findIndex((e) => e.type === 'organization' && e.name === u[1]);
    return speakerRecord(u[1], own >= 0 ? doc.entities[own].canonical : null, 'organization', own >= 0 ? own : null, ph.range, 'title');
  }
  return null;
}

/** Is a name ending at `end` a subject: a subject's particle after it, or after a parenthesis (대법원 2부(주심 …)는)? */
function subjectAfter(text: string, end: number): boolean {
  let p = end;
  if (text.charCodeAt(p) === 40 /* ( */) {
    const stop = Math.min(text.length, p + 40);
    while (p < stop && text.charCodeAt(p) !== 41 /* ) */) p++;
    if (p >= stop) return false;
    p++;
  }
  return SUBJECT_PARTICLE_CHARS.has(text.charCodeAt(p));
}

/** 한 and one bare word right before a phrase (한 원로 목사): 'a', not the surname 한. */
const A_BEFORE = /(?:^|\s)한\s\p{Script=Hangul}{1,6}\s$/u;

/** 이 관계자, 그 당국자, 이 단체 관계자, 해당 관계자: a demonstrative, perhaps a kind, and a source noun. */
const DEMONSTRATIVE_SOURCE = /^(?:이|그|해당)\s+(?:\S+\s+)?(\S+)$/u;

/**
 * The source a demonstrative phrase points back to (이 관계자는 after 한화 구단 관계자는 "…"): the latest source that
 * spoke whose name ends in the same source noun; null when none did (then the phrase stands as written).
 */
function demonstrativeReferent(doc: Doc, ph: SpeakerPhrase, spoken: SpeakerRecord[]): SpeakerRecord | null {
  if (spoken.length === 0 || ph.range.end - ph.range.start > 20) return null;
  const m = DEMONSTRATIVE_SOURCE.exec(doc.text.slice(ph.range.start, ph.range.end));
  if (!m || !SOURCE_NOUNS.has(m[1])) return null;
  return lastSourceEndingIn(spoken, m[1], ph.range, (sp) => !DEMONSTRATIVE_SOURCE.test(sp.name));
}

/**
 * The last source (of the last 40 at most: a long article's whole history is not searched for each phrase) whose name
 * ends in the word after a space (업계 관계자 for 관계자, 한 협력업체 대표 for 대표) and passes `ok`, as the source of `range`.
 */
function lastSourceEndingIn(spoken: SpeakerRecord[], word: string, range: Range, ok: (sp: SpeakerRecord) => boolean): SpeakerRecord | null {
  const end = ' ' + word;
  for (let k = spoken.length - 1; k >= 0 && k >= spoken.length - 40; k--) {
    const sp = spoken[k];
    if (sp.name.endsWith(end) && ok(sp)) return sameSource(sp, range, 'pronoun');
  }
  return null;
}

/** The phrase is 이 and a title (이 대표), read as the surname 이 alone, by the phrase or by the entity stage. */
function thisSurname(doc: Doc, ph: SpeakerPhrase): boolean {
  if (ph.kind === 'surname-title') return ph.surname === '이';
  const m = ph.mention;
  return ph.kind === 'entity' && m !== null && m.type === 'person' && m.end - m.start === 1 && doc.text.charCodeAt(m.start) === 0xc774 /* 이 */;
}
/** Whether the article names someone with the surname 이 (asked once per article: a long one has thousands of entities). */
const NAMED_LEE = new WeakMap<Doc, boolean>();
function namesLee(doc: Doc): boolean {
  let yes = NAMED_LEE.get(doc);
  if (yes === undefined) {
    yes = doc.entities.some((e) => e.type === 'person' && e.name.length > 1 && e.name.charCodeAt(0) === 0xc774 /* 이 */);
    NAMED_LEE.set(doc, yes);
  }
  return yes;
}
/**
 * 이 대표는 in an article that names nobody with the surname 이: the described source with that title who spoke last
 * (한 협력업체 대표), as 이 관계자는 is (demonstrativeReferent); null when someone is named 이 or no such source spoke.
 */
function thisTitled(doc: Doc, ph: SpeakerPhrase, spoken: SpeakerRecord[]): SpeakerRecord | null {
  if (namesLee(doc) || ph.title === null) return null;
  return lastSourceEndingIn(spoken, ph.title, ph.range, (sp) => sp.type === 'group');
}

/** How far after a headline's quote (in UTF-16 units, about an article) the holder of its title is looked for. */
const HOLDER_WINDOW = 3000;
/**
 * The one person named in the HOLDER_WINDOW characters after `from` whose entity has that title, or else the one
 * named there with the title a few words after the name (제임스 하딩 영국 총리는); null when none or several are.
 */
function onlyHolder(doc: Doc, title: string, from: number): number | null {
  let titled: number | null = null;
  let near: number | null = null;
  let titledMany = false;
  let nearMany = false;
  const ms = doc.mentions;
  for (let k = lowerBoundBy(ms, from, (x) => x.start); k < ms.length && ms[k].start < from + HOLDER_WINDOW; k++) {
    const r = ms[k];
    if (r.type !== 'person' || r.entity === undefined) continue;
    if (doc.entities[r.entity].title === title) {
      if (titled !== null && titled !== r.entity) titledMany = true;
      titled = r.entity;
    } else if (roleAfter(doc.text, r.end, title)) {
      if (near !== null && near !== r.entity) nearMany = true;
      near = r.entity;
    }
  }
  if (titled !== null) return titledMany ? null : titled;
  return near === null || nearMany ? null : near;
}

export function coreferenceStage(doc: Doc): void {
  const quotes = doc.quotes;
  const topics = topicEvents(doc);
  let ti = 0;
  let lastPerson: Event | null = null;
  let lastSpeaker: Event | null = null;
  let lastPlural: Event | null = null;
  const seen: string[] = [];
  const spokeBefore = new Set<string>();
  /** Every source resolved so far, in text order. */
  const spoken: SpeakerRecord[] = [];
  for (const q of quotes) {
    const pos = q.phrase && q.placement !== 'before' ? q.segments[0].start : q.phrase ? q.phrase.range.start : q.segments[0].start;
    while (ti < topics.length && topics[ti].pos < pos) {
      const t = topics[ti];
      if (isPlural(t.speaker.name)) lastPlural = t;
      else if (!lastPerson || t.pos >= lastPerson.pos) lastPerson = t;
      ti++;
    }
    let sp: SpeakerRecord | null = null;
    const ph = q.phrase;
    if (ph && ph.kind === 'pronoun') {
      const plural = ph.head.end > ph.head.start && doc.text.charCodeAt(ph.head.end - 1) === 0xb4e4; /* 들 */
      // A person quoted a moment ago stays the centre of the passage: 그는 is that speaker unless another person
      // has since become the topic and has spoken too (not only been talked about).
      const recentSpeaker = lastSpeaker && lastSpeaker.speaker.type === 'person' && ph.range.start - lastSpeaker.pos < SPEAKER_SPAN;
      const topicSpoke = lastPerson && (lastPerson.spoke || spokeBefore.has(lastPerson.speaker.name));
      // (그는, 그녀는 never stand for a plural source: 외신들은 … 그는 has no antecedent unless a person came before.
      // Nor for an organization: 한빛증권은 … 그는 has none either.)
      const singular = lastSpeaker && !isPlural(lastSpeaker.speaker.name) && lastSpeaker.speaker.type !== 'organization' ? lastSpeaker : lastPerson;
      // One described person who spoke last, after every named one (한 시중은행 임원은 "…"고 말했다. 그는 …): that person;
      // unless that sentence itself points to another as 그 (한 관계자는 그에게 "…"고 말했다. 그는 …: the one spoken to
      // stays the centre).
      const describedOne = !plural && lastSpeaker && lastSpeaker.speaker.type === 'group' && ph.range.start - lastSpeaker.pos < SPEAKER_SPAN &&
        (!lastPerson || lastSpeaker.pos > lastPerson.pos) && individualSource(lastSpeaker.speaker.name) &&
        !OTHER_AS_PRONOUN.test(doc.text.slice(lastSpeaker.pos, ph.range.start));
      // (이들은, 그들은 never stand for one person: with no plural or collective source before, no antecedent.)
      const ref: Event | null = describedOne
        ? lastSpeaker
        : plural
        ? lastPlural && (!lastSpeaker || lastPlural.pos >= lastSpeaker.pos) ? lastPlural : lastSpeaker && lastSpeaker.speaker.type !== 'person' ? lastSpeaker : lastPlural
        : lastPerson && (!lastSpeaker || lastSpeaker.speaker.type !== 'person' || (lastPerson.pos >= lastSpeaker.pos && (!recentSpeaker || topicSpoke)))
          ? lastPerson
          : singular;
      if (ref) sp = sameSource(ref.speaker, ph.range, 'pronoun');
      else doc.messages.push({ rule: 'pronoun-without-antecedent', level: 'error', start: ph.range.start, end: ph.range.end, message: `speaker "${doc.text.slice(ph.range.start, ph.range.end)}" has no antecedent` });
    } else if (ph && ph.title !== null && thisSurname(doc, ph) && (sp = thisTitled(doc, ph, spoken))) {
      // (이 대표는 after 한 협력업체 대표는 "…", with nobody named 이 in the article: 'this' 대표, the one who spoke.)
    } else if (ph && ph.kind === 'group' && (sp = demonstrativeReferent(doc, ph, spoken) ?? kindReferent(doc, ph, spoken))) {
      // (이 관계자는: the described source that spoke before; 회사 측은, 병원은: the company or hospital named before.)
    } else if (ph && (sp = resolveExplicit(doc, ph))) {
      if (q.placement === 'following') sp.resolvedBy = 'following';
    } else {
      let ref: Event | null = lastSpeaker && (!lastPerson || lastSpeaker.pos >= lastPerson.pos || lastSpeaker.speaker.type === 'person') ? lastSpeaker : lastPerson;
      // 전문가들은 … 꼽았다. 그러면서 …다고 강조했다: a plural topic after every speaker and person is the subject left out.
      if (lastPlural && pos - lastPlural.pos < SPEAKER_SPAN && (!lastSpeaker || lastPlural.pos > lastSpeaker.pos) && (!lastPerson || lastPlural.pos > lastPerson.pos)) ref = lastPlural;
      if (ref) sp = sameSource(ref.speaker, null, 'elided');
      else if (!ph && ti < topics.length) sp = leadQuoteSpeaker(doc, q, topics[ti]);
    }
    if (sp && sp.type === 'person' && sp.entity === null) {
      // 루든 회장 after 존 루든 …: one person under the fuller name already seen.
      const short = sp.name;
      const fuller = seen.find((n) => n !== short && (n.endsWith(' ' + short) || n.startsWith(short + ' ')));
      if (fuller) sp = speakerRecord(fuller, sp.canonical, sp.type, sp.entity, sp.mention, sp.resolvedBy);
      else if (!seen.includes(short)) seen.push(short);
    }
    if (sp && sp.entity === null && ph && ph.kind !== 'pronoun' && q.placement !== 'elided') sp = promote(doc, sp, ph);
    // 英 총리 "…"…, 감독 "…": a headline's title without a name is the one person the article gives that title.
    if (sp && sp.entity === null && sp.type !== 'person' && ph && ph.title && q.placement === 'headline') {
      const holder = onlyHolder(doc, ph.title, ph.range.end);
      if (holder !== null) sp = fromEntity(doc, holder, ph, 'title');
    }
    q.speaker = sp;
    if (sp) {
      const ev: Event = { pos, speaker: sp, spoke: true };
      spoken.push(sp);
      lastSpeaker = ev;
      spokeBefore.add(sp.name);
      if (isPlural(sp.name)) lastPlural = ev;
      else if (sp.type === 'person') lastPerson = ev;
    }
  }
  // (The echo first: what a quote says is better evidence than where it stands.)
  echoedSpeakers(doc);
  leadRuns(doc);
  // A title's quote that nothing else gave a source: the topic the title opens with.
  for (const q of quotes) if (!q.speaker && q.titleTopic) q.speaker = resolveExplicit(doc, q.titleTopic);
  // Speakers named without an entity (pronouns and topics resolved before a promotion) join the person entity of
  // the same name, so that one person is one speaker everywhere.
  // The first person entity of each name, made when a quote first needs it (most articles have no such speaker).
  let byName: Map<string, number> | null = null;
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.entity !== null || sp.type !== 'person') continue;
    if (byName === null) {
      byName = new Map<string, number>();
      for (let i = 0; i < doc.entities.length; i++) {
        const e = doc.entities[i];
        if (e.type === 'person' && !byName.has(e.name)) byName.set(e.name, i);
      }
    }
    const idx = byName.get(sp.name);
    if (idx !== undefined) q.speaker = speakerRecord(sp.name, doc.entities[idx].canonical, sp.type, idx, sp.mention, sp.resolvedBy);
  }
}
