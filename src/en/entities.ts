/**
 * English named entities: capitalized sequences classified with compromise's lexicon (first/last names, places,
 * organizations) and organization suffixes, clustered (Altman → Sam Altman), with titles and affiliations from
 * appositions ("OpenAI CEO Sam Altman", "Sam Altman, chief executive of OpenAI").
 */
import type { EntityType } from '../types';
import type { Range } from '../pipeline/document';
import type { Token } from './text';
import orgLex from './lexicon/org-suffixes.json';
import titleLex from './lexicon/titles.json';
import knownLex from './lexicon/known.json';

export interface Model {
  lex: Record<string, string | string[]>;
  orgWords: Record<string, boolean>;
  placeWords: Record<string, boolean>;
}

let model: Model | null = null;
/** compromise is loaded here, on first English document only (it takes ~200 ms to require). */
export function loadModel(): Model {
  if (model) return model;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const nlp = require('compromise');
  const m = nlp.model();
  model = { lex: m.one.lexicon, orgWords: m.two.orgWords ?? {}, placeWords: m.two.placeWords ?? {} };
  return model;
}

export function tagsOf(md: Model, w: string): string[] {
  const v = md.lex[w];
  if (!v) return [];
  return Array.isArray(v) ? v : [v];
}

const ORG_SUFFIX = new Set(orgLex.suffixes.map((s) => s.toLowerCase()));
const ORG_HEAD = new Set(orgLex.heads.map((s) => s.split(' ')[0].toLowerCase()));
const LEGAL = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'ltd', 'ltd.', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'co', 'co.', 'company', 'group', 'holdings']);
export const TITLES = titleLex.titles.map((t) => t.toLowerCase()).sort((a, b) => b.length - a.length);
const TITLE_WORDS = new Set(TITLES.filter((t) => !t.includes(' ')));
/** First words of the titles written in several words (prime minister, chief executive): titleAt only after them. */
const MULTI_TITLE_FIRST = new Set(TITLES.filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]));
const COURTESY = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.']);
const HONORIFIC = new Set(titleLex.honorifics.map((h) => h.toLowerCase()));
const FUNCTION = new Set(
  'the a an but and or in on at for to of it he she they we i you this that these those after before when while as if there his her their our its my your by with from according meanwhile however still yet also so then now earlier later since during under over about into more most some many all both each every no not one two three new last next said says told asked why how what who where which despite although though because until unless once'.split(
    ' ',
  ),
);
const DATE_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow'.split(
    ' ',
  ),
);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const KNOWN = new Map<string, EntityType>([
  ...knownLex.places.map((p): [string, EntityType] => [p.toLowerCase(), 'place']),
  ...knownLex.organizations.map((o): [string, EntityType] => [o.toLowerCase(), 'organization']),
]);
/** Word sequences that open a listed name ("joint chiefs of staff" → "joint chiefs of", "joint chiefs of staff"). */
const KNOWN_PREFIX = new Set<string>();
for (const k of KNOWN.keys()) {
  const w = k.split(' ');
  for (let n = 2; n <= w.length; n++) KNOWN_PREFIX.add(w.slice(0, n).join(' '));
}
const PLACE_HEADS = new Set(knownLex.placeHeads);
/** Capitalized words that name nothing: OK, TV, GDP … */
const NOT_NAMES = new Set(knownLex.notNames);
const KOREAN_SURNAMES = new Set(knownLex.koreanSurnames);
/** A romanized Korean given name: hyphenated syllables ("Jae-myung", "Sung-hoon"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$/u;
/** One romanized syllable written as a word ("Jong", "Un", "Suk", "Yeol"). */
const SYLLABLE = /^\p{Lu}\p{Ll}{0,4}$/u;

/**
 * A Korean name in English, surname first: "Lee Jae-myung", "Park Sung-hoon", "Kim Jong Un" (a listed surname and a
 * hyphenated given name, or two one-syllable words). Its surname alone ("Lee said") is the person.
 */
export function koreanName(words: string[]): boolean {
  if (!KOREAN_SURNAMES.has(words[0])) return false;
  if (words.length === 2) return HYPHENATED_GIVEN.test(words[1]);
  return words.length === 3 && SYLLABLE.test(words[1]) && SYLLABLE.test(words[2]) && words[1].length + words[2].length <= 8;
}

export const CONNECT = new Set(['of', 'for', 'de', 'la', 'van', 'von', 'der', 'bin', 'al', '&']);

export interface Mention extends Range {
  type: EntityType;
  tokens: string[];
  /** Unknown single words and doubtful sequences: resolved by clustering. */
  weak: boolean;
  /** Keep only when it clusters with an entity named elsewhere. */
  onlyKnown?: 'common' | 'unknown';
  title?: string;
  /** Mention index of the organization in "OpenAI CEO Sam Altman". */
  affiliation?: number;
  entity?: number;
}

export interface EnEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  title: string | null;
  affiliation: number | null;
  mentions: Range[];
  /** Gender from the first name when compromise knows it. */
  gender: 'm' | 'f' | null;
}

function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || HONORIFIC.has(t.lower) || HONORIFIC.has(t.lower + '.');
}

/** Capitalized sequences → mentions. `sentStart(i)` says whether token i starts a sentence or a quote. */
export function findMentions(text: string, toks: Token[], md: Model, sentStart: (tokIndex: number) => boolean): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    // (A month's short form opening a Korean name is the surname: "Jun Young-hyun".)
    const surname = (i + 1 < toks.length && koreanName([t.w, toks[i + 1].w]) && adjacent(text, t, toks[i + 1])) || titledBefore(text, t.start) === 'courtesy';
    if (!t.cap || ((DATE_WORDS.has(t.lower) || DATE_WORDS.has(t.lower.replace(/\.$/, ''))) && !surname) || t.w === 'I') {
      i++;
      continue;
    }
    // Leading function word at sentence start ("The", "But", "In") — not a dateline's word in capitals ("NEW YORK").
    if (FUNCTION.has(t.lower) && (sentStart(i) || t.lower === 'the') && !(t.w.length > 1 && t.w === t.w.toUpperCase() && toks[i + 1] && toks[i + 1].w === toks[i + 1].w.toUpperCase() && adjacent(text, t, toks[i + 1]))) {
      i++;
      continue;
    }
    // Title words before a name: "President Joe Biden", "OpenAI CEO Sam Altman", "Prime Minister Keir Starmer" — not
    // the first word of a body ("Premier League").
    if (isTitleWord(t) && i + 1 < toks.length && toks[i + 1].cap && adjacent(text, t, toks[i + 1]) && !ORG_SUFFIX.has(toks[i + 1].lower) && !ORG_HEAD.has(toks[i + 1].lower)) {
      i++;
      continue;
    }
    const multi = MULTI_TITLE_FIRST.has(t.lower) ? titleAt(text.slice(t.start, t.start + 40).toLowerCase()) : null;
    if (multi && multi.includes(' ')) {
      let k = i;
      while (k < toks.length && toks[k].end <= t.start + multi.length) k++;
      if (k < toks.length && toks[k].cap && text.slice(t.start + multi.length, toks[k].start) === ' ') {
        i = k;
        continue;
      }
    }
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      // (A possessive inside a body's name: "St. Mary's Hospital", "Seoul Central District Prosecutors' Office".)
      const bodyNext = ORG_SUFFIX.has(n.lower) || ORG_HEAD.has(n.lower);
      // (Not after a place's possessive: "South Korea's Ministry of Finance" is the ministry.)
      const ownerPlace = () => {
        const so = toks.slice(i, j + 1).map((x) => x.lower).join(' ');
        return KNOWN.get(so) === 'place' || tagsOf(md, so).some((x) => x === 'Country' || x === 'City' || x === 'Place' || x === 'Region');
      };
      if (toks[j].possessive && !(bodyNext && text.slice(toks[j].end + 2, n.start) === ' ' && !ownerPlace())) break;
      if (!adjacent(text, toks[j], n) && !(bodyNext && /^['’] $/.test(text.slice(toks[j].end, n.start)) && /s$/.test(toks[j].w))) {
        // "Ministry of Trade, Industry and Energy": a comma in a ministry's list of portfolios.
        const listed = text.slice(toks[j].end, n.start) === ', ' && n.cap && ORG_HEAD.has(toks[i].lower) && toks.slice(i, j).some((x) => x.lower === 'of') &&
          toks.slice(j + 2, j + 5).some((x, q, arr) => x.lower === 'and' && arr[q + 1]?.cap);
        if (!listed) break;
        j++;
        continue;
      }
      if (n.cap && !DATE_WORDS.has(n.lower)) {
        if (isTitleWord(n) && j + 2 < toks.length && toks[j + 2].cap && !ORG_SUFFIX.has(n.lower)) break;
        j++;
        continue;
      }
      // "Ministry of Finance", "Bank of America": connector after an organization head; "Ministry of Economy and
      // Finance": "and" after such a connector; "Joint Chiefs of Staff": a listed name.
      if ((CONNECT.has(n.lower) || n.lower === 'and') && j + 2 < toks.length && toks[j + 2].cap && adjacent(text, n, toks[j + 2])) {
        const named = KNOWN_PREFIX.has(toks.slice(i, j + 1).map((x) => x.lower).concat(n.lower, toks[j + 2].lower).join(' '));
        // ("Securities and Exchange Commission": "and" before capitalized words that end in a body's suffix.)
        const andBody = n.lower === 'and' && toks.slice(j + 2, j + 5).some((x, q, arr) => x.cap && ORG_SUFFIX.has(x.lower) && arr.slice(0, q + 1).every((y) => y.cap));
        const ofOrg = n.lower === 'and' ? andBody || (ORG_HEAD.has(toks[i].lower) && toks.slice(i, j).some((x) => x.lower === 'of')) : n.lower === '&' || ORG_HEAD.has(toks[j].lower) || md.orgWords[toks[j].lower] || ['de', 'van', 'von', 'der', 'bin', 'al', 'la'].includes(n.lower);
        if (named || ofOrg) {
          j += 2;
          continue;
        }
      }
      break;
    }
    let seq = toks.slice(i, j + 1);
    i = j + 1;
    // "Trade Minister", "Former England captain": common words before a title word modify the title.
    const after = toks[i];
    if (after && isTitleWord(after) && adjacent(text, seq[seq.length - 1], after) && seq.every((x) => commonWord(md, x.lower))) continue;
    // A Korean name after capitalized words that are not part of it ("Coach Kim Pan-gon", "Striker Son Heung-min").
    for (let k = 1; k < seq.length && seq.length > 2; k++) {
      if (seq.length - k <= 3 && koreanName(seq.slice(k).map((x) => x.w))) {
        seq = seq.slice(k);
        break;
      }
    }
    // "Inc." alone (after a lower-case brand: "SK hynix Inc."), a U.S. legislator's party and state ("D-Mass."): no name.
    if (seq.length === 1 && (LEGAL.has(seq[0].lower) || NOT_NAMES.has(seq[0].w) || /^[DRI]-[A-Z][a-z]{0,3}\.?$/.test(seq[0].w))) continue;
    // A name right after a title ("President Sultan Al Jaber", "spokesperson Park Sung-hoon") is a person's.
    const afterTitle = titledBefore(text, seq[0].start);
    const m = classify(md, seq, afterTitle);
    // A listed name with a lower-case word ("SK hynix").
    if (m) {
      const low = /^ (\p{Ll}[\p{L}\p{N}-]*)/u.exec(text.slice(m.end, m.end + 24));
      const full = low ? KNOWN.get(m.tokens.join(' ').toLowerCase() + ' ' + low[1].toLowerCase()) : undefined;
      if (low && full) {
        m.end += low[0].length;
        m.tokens = m.tokens.concat(low[1]);
        m.type = full;
        m.weak = false;
      }
      // A dateline in capitals ("SEJONG, June 10 (Yonhap) --") is a place.
      if (/^\p{Lu}{3,}(?: \p{Lu}{3,})*$/u.test(m.tokens.join(' ')) && (m.start === 0 || text[m.start - 1] === '\n') && /^\s*(?:,|\(|—|–|-)/.test(text.slice(m.end, m.end + 4))) {
        m.type = 'place';
        m.weak = false;
      }
    }
    // "Nuevo León Governor Samuel García", "U.S. District Judge …": a name right before a title and a name is the
    // title's place or body, not a person.
    if (m && m.type === 'person' && after && isTitleWord(after) && i + 1 < toks.length && toks[i + 1].cap && adjacent(text, seq[seq.length - 1], after)) {
      m.type = m.tokens.length === 1 || PLACE_HEADS.has(m.tokens[m.tokens.length - 1].toLowerCase()) ? 'place' : 'organization';
      m.weak = true;
    }
    // "Rain Newton-Smith, the group's chief executive,": a name-shaped pair with a title in apposition is a person.
    if (m && m.type === 'organization' && m.weak && seq.length >= 2 && seq.length <= 3 && titledAfter(text, m.end)) {
      m.type = 'person';
      m.weak = false;
    }
    // "in Hobart", "in Yongin": one unknown word after "in" is a place.
    if (m && seq.length === 1 && m.weak && m.type === 'organization' && / in $/.test(text.slice(m.start - 4, m.start)) && !/^[\p{Lu}&]{2,6}$/u.test(seq[0].w)) m.type = 'place';
    // A capitalized common word at a sentence start counts only when it names a known entity ("Park said").
    if (m && seq.length === 1 && sentStart(i - 1)) {
      if (commonWord(md, seq[0].lower)) m.onlyKnown = 'common';
      else if (m.weak) m.onlyKnown = 'unknown';
    }
    if (m) out.push(m);
  }
  return out;
}

/**
 * The title word right before `start`: 'courtesy' for Mr./Ms./Dr. (then even one word is a surname: "Mr. Biden"),
 * 'title' for the others ("President ", "envoy ", "spokesperson "), else null.
 */
function titledBefore(text: string, start: number): 'courtesy' | 'title' | null {
  if (text[start - 1] !== ' ') return null;
  const before = text.slice(Math.max(0, start - 40), start - 1).toLowerCase();
  const w = /[a-z.-]+$/.exec(before);
  if (w === null) return null;
  if (COURTESY.has(w[0]) || COURTESY.has(w[0] + '.')) return 'courtesy';
  return TITLE_WORDS.has(w[0]) || HONORIFIC.has(w[0]) || HONORIFIC.has(w[0] + '.') ? 'title' : null;
}

/** Whether an apposition with a title follows `end`: ", the group's chief executive", ", a spokesperson for". */
function titledAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 80).toLowerCase();
  const m = /^,\s+(?:the |a |an |its |their )?/.exec(after);
  if (!m) return false;
  let p = m[0].length;
  for (let k = 0; k < 4 && p < after.length; k++) {
    if (titleAt(after.slice(p))) return true;
    const w = /^[^\s,]+\s+/.exec(after.slice(p));
    if (!w) return false;
    p += w[0].length;
  }
  return false;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  return gap === ' ';
}

function commonWord(md: Model, w: string): boolean {
  const tags = tagsOf(md, w);
  return FUNCTION.has(w) || (tags.length > 0 && !tags.some((x) => NAME_TAGS.has(x) || x === 'Organization' || x === 'Country' || x === 'City' || x === 'Place' || x === 'Region' || x === 'ProperNoun'));
}

function classify(md: Model, seq: Token[], afterTitle: 'courtesy' | 'title' | null = null): Mention | null {
  const words = seq.map((t) => t.w);
  const full = words.join(' ').toLowerCase();
  const start = seq[0].start;
  const end = seq[seq.length - 1].end;
  const mk = (type: EntityType, weak = false): Mention => ({ start, end, type, tokens: words, weak });
  const known = KNOWN.get(full);
  if (known) return mk(known);
  if (koreanName(words)) return mk('person');
  // "J.D. Vance", "T. S. Eliot": initials before a name.
  if (seq.length >= 2 && seq.length <= 3 && /^(?:\p{Lu}\.){1,3}$/u.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[seq.length - 1])) return mk('person');
  const tags = tagsOf(md, full);
  if (tags.includes('Person')) return mk('person');
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return mk('organization');
  if (tags.some((x) => x === 'Country' || x === 'City' || x === 'Region' || x === 'Place')) return mk('place');
  if (tags.includes('Demonym') || (seq.length > 1 && tagsOf(md, seq[seq.length - 1].lower).includes('Demonym'))) return null;
  if (afterTitle === 'courtesy' && seq.length === 1 && !/^[\p{Lu}&]{2,6}$/u.test(words[0])) return mk('person');
  if (afterTitle && seq.length > 1 && seq.length <= 4 && !ORG_SUFFIX.has(seq[seq.length - 1].lower) && !seq.some((t) => ORG_HEAD.has(t.lower))) return mk('person');
  const last = seq[seq.length - 1].lower;
  if (seq.length > 1 && PLACE_HEADS.has(last)) return mk('place');
  if ((seq.length > 1 && ORG_SUFFIX.has(last)) || seq.some((t, k) => k < seq.length - 1 && ORG_HEAD.has(t.lower))) return mk('organization');
  const firstTags = tagsOf(md, seq[0].lower);
  const lastTags = tagsOf(md, last);
  const firstName = firstTags.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName');
  if (seq.length > 1 && seq.length <= 4 && firstName && !md.orgWords[last]) return mk('person');
  if (seq.length > 1 && md.orgWords[last]) return mk('organization');
  if (seq.length > 1 && md.placeWords[last]) return mk('place');
  const isAcronym = (w: string) => /^[\p{Lu}&]{2,6}$/u.test(w);
  // (McConnell, MacArthur are surnames, not brands like OpenAI.)
  const innerCap = (w: string) => /^\p{L}+$/u.test(w) && /\p{Ll}\p{Lu}/u.test(w) && !/^(?:Mc|Mac)\p{Lu}\p{Ll}+$/u.test(w);
  if (seq.length === 1) {
    const w = words[0];
    if (isAcronym(w) || innerCap(w)) return mk('organization');
    const t1 = tagsOf(md, seq[0].lower);
    if (t1.some((x) => NAME_TAGS.has(x))) return mk('person', true);
    return mk('organization', true);
  }
  if (firstName || lastTags.includes('LastName')) return mk('person');
  if (seq.every((t) => /^\p{Lu}[\p{Ll}'’-]+\.?$|^\p{Lu}\.$/u.test(t.w)) && seq.length <= 4 && !commonWord(md, seq[0].lower) && !commonWord(md, last)) return mk('person', true);
  return mk('organization', true);
}

/** Strip legal suffixes for organization keys ("Microsoft Corp." → "microsoft"). */
function orgKey(words: string[]): string {
  const w = words.slice();
  while (w.length > 1 && LEGAL.has(w[w.length - 1].toLowerCase())) w.pop();
  return w.join(' ').toLowerCase();
}

/** Cluster mentions into entities; canonical = the fullest form. Sets m.entity. */
export function cluster(mentions: Mention[], md: Model, text = ''): EnEntity[] {
  const ents: EnEntity[] = [];
  const byKey = new Map<string, number>();
  const persons: number[] = [];
  const add = (m: Mention, key: string) => {
    let e = byKey.get(key);
    // (As written: "Ministry of Trade, Industry and Energy", "Prosecutors' Office".)
    const name = text ? text.slice(m.start, m.end) : m.tokens.join(' ');
    if (e === undefined) {
      e = ents.length;
      ents.push({ type: m.type, name, aliases: [], title: null, affiliation: null, mentions: [], gender: null });
      byKey.set(key, e);
      if (m.type === 'person') persons.push(e);
    } else if (name.length > ents[e].name.length) ents[e].name = name;
    ents[e].mentions.push({ start: m.start, end: m.end });
    m.entity = e;
  };
  // Pass 1: multi-word persons, organizations, places. An acronym in parentheses right after an organization
  // ("People Power Party (PPP)") is that organization, there and wherever it recurs.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = k > 0 ? mentions[k - 1] : undefined;
    if (
      prev && prev.type === 'organization' && prev.entity !== undefined && m.tokens.length === 1 && /^[\p{Lu}&]{2,6}$/u.test(m.tokens[0]) &&
      text.slice(prev.end, m.start) === ' (' && text[m.end] === ')' && !byKey.has('o:' + orgKey(m.tokens))
    ) {
      m.type = 'organization';
      m.weak = false;
      m.onlyKnown = undefined;
      byKey.set('o:' + orgKey(m.tokens), prev.entity);
    }
    if (m.type === 'person' && m.tokens.length > 1) add(m, 'p:' + m.tokens.join(' ').toLowerCase());
    else if (m.type !== 'person' && !m.weak && !m.onlyKnown && (m.tokens.length > 1 || byKey.has('o:' + orgKey(m.tokens)))) add(m, (m.type === 'organization' ? 'o:' + orgKey(m.tokens) : 'l:' + m.tokens.join(' ').toLowerCase()));
  }
  // A multi-word organization named again by its first word ("Nimbus Systems Inc" … "Nimbus") or its initials
  // ("Federal Trade Commission" … "FTC"); not when two organizations share them.
  const shortOrg = new Map<string, number>();
  const shared = new Set<string>();
  const offer = (k: string, e: number) => {
    if (shared.has(k)) return;
    if (shortOrg.has(k) && shortOrg.get(k) !== e) {
      shortOrg.delete(k);
      shared.add(k);
    } else shortOrg.set(k, e);
  };
  ents.forEach((e, i) => {
    if (e.type !== 'organization') return;
    const words = e.name.split(' ');
    if (words.length < 2) return;
    const first = words[0].toLowerCase();
    const firstTags = tagsOf(md, first);
    if (!FUNCTION.has(first) && (!firstTags.length || firstTags.includes('Organization')) && !KNOWN.has(first) && !ORG_HEAD.has(first) && !/^\p{Lu}+$/u.test(words[0])) offer(first, i);
    const initials = words.filter((w) => !CONNECT.has(w.toLowerCase()) && !['the', 'and'].includes(w.toLowerCase()) && !LEGAL.has(w.toLowerCase())).map((w) => w[0]).join('');
    if (initials.length >= 2) offer(initials.toLowerCase(), i);
    // (Some acronyms keep the connector's letter: Bank of Korea → BOK.)
    const withOf = words.filter((w) => !['the', 'and'].includes(w.toLowerCase()) && !LEGAL.has(w.toLowerCase())).map((w) => w[0]).join('');
    if (withOf !== initials && withOf.length >= 3) offer(withOf.toLowerCase(), i);
  });
  // Pass 1b: one-word names sure of their type ("OpenAI", "NATO", "FTC").
  for (const m of mentions) {
    if (m.entity !== undefined || m.type === 'person' || m.weak || m.onlyKnown || m.tokens.length > 1) continue;
    const key = m.type === 'organization' ? 'o:' + orgKey(m.tokens) : 'l:' + m.tokens.join(' ').toLowerCase();
    const short = m.type === 'organization' && !byKey.has(key) ? shortOrg.get(m.tokens[0].toLowerCase()) : undefined;
    if (short !== undefined) byKey.set(key, short);
    add(m, key);
  }
  const unknownCount = new Map<string, number>();
  for (const m of mentions) if (m.weak && m.tokens.length === 1) {
    const k = m.tokens[0].toLowerCase();
    unknownCount.set(k, (unknownCount.get(k) ?? 0) + 1);
  }
  // Person surnames of a known person: "Altman" → Sam Altman, "Lee" → Lee Jae-myung (a Korean name's surname is its
  // first word). Of several persons with that surname, the one named last before the mention.
  const bySurname = new Map<string, number[]>();
  for (const e of persons) {
    const parts = ents[e].name.split(' ');
    const l = (koreanName(parts) ? parts[0] : parts[parts.length - 1]).toLowerCase();
    const list = bySurname.get(l);
    if (list) list.push(e);
    else bySurname.set(l, [e]);
  }
  const surnameOf = (word: string, at: number): number | undefined => {
    const list = bySurname.get(word);
    if (!list) return undefined;
    let best = list[0];
    let bestAt = -1;
    for (const e of list) for (const r of ents[e].mentions) if (r.start < at && r.start > bestAt) (best = e), (bestAt = r.start);
    return best;
  };
  for (const m of mentions) {
    if (m.entity !== undefined) continue;
    const key = m.tokens.join(' ').toLowerCase();
    const lastWord = m.tokens[m.tokens.length - 1].toLowerCase();
    const p = surnameOf(lastWord, m.start);
    if (p !== undefined && m.tokens.length < ents[p].name.split(' ').length) {
      ents[p].mentions.push({ start: m.start, end: m.end });
      m.entity = p;
      m.type = 'person';
      continue;
    }
    const ok = byKey.get('o:' + orgKey(m.tokens)) ?? byKey.get('l:' + key) ?? (m.tokens.length === 1 && m.type === 'organization' ? shortOrg.get(key) : undefined);
    // An unknown word seen twice at sentence starts ("Tesla hired …", "Tesla said …") is a name.
    if (m.onlyKnown === 'unknown' && (unknownCount.get(key) ?? 0) >= 2) m.onlyKnown = undefined;
    if (m.onlyKnown) {
      if (ok !== undefined) {
        m.type = ents[ok].type;
        ents[ok].mentions.push({ start: m.start, end: m.end });
        m.entity = ok;
      }
      continue;
    }
    if (ok !== undefined && ents[ok].type === 'organization') {
      m.type = 'organization';
      if (!byKey.has('o:' + orgKey(m.tokens))) byKey.set('o:' + orgKey(m.tokens), ok);
      add(m, 'o:' + orgKey(m.tokens));
      continue;
    }
    if (m.type === 'person') add(m, 'p:' + key);
    else if (m.type === 'organization') add(m, 'o:' + orgKey(m.tokens));
    else add(m, 'l:' + key);
  }
  for (const e of ents) {
    e.mentions.sort((a, b) => a.start - b.start);
    if (e.type === 'person' && !koreanName(e.name.split(' '))) {
      // (A Korean name opens with the surname: Kim is no first name there.)
      const f = tagsOf(md, e.name.split(' ')[0].toLowerCase());
      e.gender = f.includes('MaleName') ? 'm' : f.includes('FemaleName') ? 'f' : null;
    }
  }
  return ents;
}

/** Longest title in TITLES that `s` (lower case) starts with, at a word boundary. */
export function titleAt(s: string): string | null {
  for (const t of TITLES) if (s.startsWith(t) && !/[a-z]/.test(s[t.length] ?? '')) return t;
  return null;
}
/** Longest title that `s` (lower case) ends with, at a word boundary. */
export function titleBefore(s: string): string | null {
  for (const t of TITLES) if (s.endsWith(t) && !/[a-z]/.test(s[s.length - t.length - 1] ?? '')) return t;
  return null;
}

/** Titles and affiliations from "ORG TITLE Name" and "Name, (the) TITLE of/at ORG" / "Name, ORG's TITLE". */
export function appositions(text: string, mentions: Mention[], ents: EnEntity[]): void {
  const byEnd = new Map<number, Mention>();
  const byStart = new Map<number, Mention>();
  for (const m of mentions) {
    byEnd.set(m.end, m);
    byStart.set(m.start, m);
  }
  const orgEnding = (pos: number): Mention | undefined => {
    let p = pos;
    while (p > 0 && text[p - 1] === ' ') p--;
    const m = byEnd.get(p) ?? (/['’]s$/.test(text.slice(p - 2, p)) ? byEnd.get(p - 2) : undefined);
    return m && m.type === 'organization' ? m : undefined;
  };
  for (const m of mentions) {
    if (m.type !== 'person' || m.entity === undefined) continue;
    const e = ents[m.entity];
    // Before: "OpenAI CEO Sam Altman", "the company's chief executive, Sam Altman".
    let pe = m.start;
    while (pe > 0 && /[\s,]/.test(text[pe - 1])) pe--;
    const tb = titleBefore(text.slice(Math.max(0, pe - 60), pe).toLowerCase());
    if (tb && !COURTESY.has(tb)) {
      const ts = pe - tb.length;
      if (!e.title) e.title = text.slice(ts, pe);
      const org = orgEnding(ts);
      if (org && org.entity !== undefined && e.affiliation === null) e.affiliation = org.entity;
      continue;
    }
    // After: ", chief executive of OpenAI," / ", OpenAI's chief executive,".
    const after = text.slice(m.end, m.end + 80);
    const am = /^,\s+(?:the |a |an |its |their )?/i.exec(after);
    if (!am) continue;
    let p = m.end + am[0].length;
    const org1 = byStart.get(p);
    let org: Mention | undefined;
    if (org1 && org1.type === 'organization' && /^['’]s /.test(text.slice(org1.end, org1.end + 3))) {
      org = org1;
      p = org1.end + 3;
    }
    const ta = titleAt(text.slice(p, p + 50).toLowerCase());
    if (!ta || COURTESY.has(ta)) continue;
    if (!e.title) e.title = text.slice(p, p + ta.length);
    p += ta.length;
    const of = /^ (?:of|at|for) (?:the )?/.exec(text.slice(p, p + 10));
    if (!org && of) {
      const o = byStart.get(p + of[0].length);
      if (o && o.type === 'organization') org = o;
    }
    if (org && org.entity !== undefined && e.affiliation === null) e.affiliation = org.entity;
  }
}
