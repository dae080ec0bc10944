/**
 * English quotes: direct quotes in “…” / "…" with attribution before or after the marks, split quotes, continuing
 * floating quotes; indirect speech ("X said (that) CLAUSE", "CLAUSE, X said", "According to X, CLAUSE").
 * Speakers are names, pronouns, titles ("the company's chief executive") or described groups. UTF-16 offsets.
 */
import type { QuoteKind, ResolvedBy } from '../types';
import type { Range } from '../pipeline/document';
import { lowerBound } from '../pipeline/ranges';
import type { EnPair, EnSentence, Token } from './text';
import { abbreviationDot, isAbbrev } from './text';
import type { EnEntity, Mention } from './entities';
import { CONNECT, TITLES, titleAt, titleBefore } from './entities';
import type { SpeakerRecord } from '../pipeline/document';
import speechLex from './lexicon/speech.json';
import titleLex from './lexicon/titles.json';

/** The same speaker record as the Korean stages. */
export type EnSpeaker = SpeakerRecord;

export interface EnQuote {
  kind: QuoteKind;
  segments: Range[];
  cue: Range | null;
  speaker: EnSpeaker | null;
  confidence: number;
}

export const VERBS = new Set(speechLex.verbs.filter((v) => !v.includes(' ')));
const OBJECT_VERBS = new Set(speechLex.objectVerbs);
const GROUP_WORDS = new Set(titleLex.groups.map((g) => g.split(' ')[0]));
const PRONOUNS: Record<string, 'm' | 'f' | 'pl' | 'it'> = { he: 'm', she: 'f', they: 'pl', it: 'it', we: 'pl' };
export const SUBJECT_START = new Set('he she it they we i the a an its his her their this that these those there our some many most no prices'.split(' '));
/** Participles that report what the sentence's subject said: "Macron defended the reform, saying (that) CLAUSE". */
const PARTICIPLES = new Set(speechLex.participles);
const PARTICIPLE_ALT = [...PARTICIPLES].join('|');
/** A participle right before a quote mark: `…, saying "…"`. */
const PARTICIPLE_BEFORE = new RegExp(`,\\s+(${PARTICIPLE_ALT})\\s*:?\\s*$`);
/** A participle opening a reported clause: `…, saying (that) CLAUSE`. */
const PARTICIPLE_CLAUSE = new RegExp(`,\\s+(${PARTICIPLE_ALT})\\s+(?:that\\s+)?`, 'g');
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`, 'i');
/** Words opening a relative clause set off by a comma (", which Bloomberg News reported", ", who asked not to be named,"). */
const RELATIVE_OPENING = /^\s*(?:who|which|whose|whom|where|when|that|as)\b/i;
/** Weekdays and months: "…, the ministry said Monday." closes the sentence with a time, not a clause. */
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAYS}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?$`);
/** A sentence opening with a prepositional phrase ("In an interview with CNN,", "On Tuesday,"): no reported clause. */
const LEADING_ADVERBIAL = /^(?:In|On|At(?! least)|During|After|Before|Speaking|Asked|Earlier|Later|Last|This)\b[^,]*$/;
/** Words of a prepositional or time phrase that may stand between a speech verb and its quote ("said on Tuesday "…""). */
const ADVERBIAL_START = new Set('in on at during after before via from to late early earlier last this yesterday today tonight outside inside near afterward afterwards later again also then'.split(' '));
/** Nouns that head a described institution speaking ("the presidential office said", "the defense ministry said"). */
const BODY_HEADS = new Set(['office', 'ministry', 'government', 'military', 'agency', 'company', 'committee', 'commission', 'council', 'department', 'court', 'party', 'bank', 'embassy', 'army', 'navy', 'prosecution', 'police', 'regulator', 'watchdog', 'administration', 'cabinet', 'union', 'firm', 'group', 'board', 'authority', 'authorities', 'spokesperson', 'statement']);
/** Plural heads that name no group ("said this", "said the news"): few; a lower-case plural before a speech verb is a group. */
const NOT_GROUP = new Set(['news', 'series', 'species', 'means', 'always', 'perhaps', 'this', 'his', 'its', 'was', 'has', 'is', 'as', 'us', 'yes', 'thus']);
/** Every word of a title ("energy minister", "chief executive"): a subject phrase runs through them. */
const TITLE_PART = new Set(TITLES.flatMap((t) => t.split(' ')).concat(['envoy', 'officer', 'spokesperson', 'leader', 'head']));
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'two', 'three', 'several', 'some', 'many']);
const TRIM_AFTER = /\s+(?:in|on|at|during|who|when|while|after|before|adding|referring|citing|last|this|earlier|yesterday|today|to|as|and|but|because|via|from)\b/i;

interface Ctx {
  text: string;
  toks: Token[];
  mentions: Mention[];
  ents: EnEntity[];
  /** Mentions sorted by start. */
  mentionStarts: number[];
  lastSpeaker: EnSpeaker | null;
  /** The sentence before the one being read: its subject is what "he"/"she" most likely names. */
  prevSentence: EnSentence | null;
}

function isVerbTok(t: Token): boolean {
  return VERBS.has(t.lower);
}

function mentionsIn(c: Ctx, r: Range): Mention[] {
  let lo = 0;
  let hi = c.mentionStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.mentionStarts[mid] < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < c.mentions.length && c.mentions[i].start < r.end; i++) if (c.mentions[i].end <= r.end) out.push(c.mentions[i]);
  return out;
}

function lastMentionBefore(c: Ctx, pos: number, pred: (m: Mention) => boolean): Mention | null {
  let lo = 0;
  let hi = c.mentionStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.mentionStarts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 200; i--) if (pred(c.mentions[i])) return c.mentions[i];
  return null;
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s,:;]/.test(text[start])) start++;
  while (end > start && /[\s,:;]/.test(text[end - 1])) end--;
  return { start, end };
}

/** A described source (a spokesperson for X, Local residents, the presidential office), as written. */
function described(name: string, mention: Range, resolvedBy: ResolvedBy = 'explicit'): EnSpeaker {
  return { name, canonical: null, type: 'group', entity: null, mention, resolvedBy };
}
/** The entity a mention belongs to, as the speaker named by other words (the company, the Spaniard). */
function entityNamedBy(c: Ctx, m: Mention, mention: Range): EnSpeaker {
  const e = c.ents[m.entity!];
  return { name: e.name, canonical: e.name, type: e.type === 'person' ? 'person' : 'organization', entity: m.entity!, mention, resolvedBy: 'title' };
}

/** Resolve a speaker phrase (the words before or after the speech verb). */
function resolvePhrase(c: Ctx, r0: Range): EnSpeaker | null {
  const r = trimRange(c.text, r0);
  if (r.end <= r.start) return null;
  const s = c.text.slice(r.start, r.end);
  if (s.split(/\s+/).length > 9 || /["“”]/.test(s)) return null;
  const low = s.toLowerCase();
  const fromEntity = (m: Mention, by: ResolvedBy | null): EnSpeaker => {
    const e = c.ents[m.entity!];
    const mt = c.text.slice(m.start, m.end);
    const resolvedBy: ResolvedBy = by ?? (mt === e.name ? 'explicit' : e.type === 'person' ? 'surname' : 'explicit');
    return { name: e.name, canonical: e.name, type: e.type === 'person' ? 'person' : 'organization', entity: m.entity!, mention: { start: m.start, end: m.end }, resolvedBy };
  };
  const pron = PRONOUNS[low];
  if (pron) {
    let target: EnSpeaker | null = null;
    const prev = c.lastSpeaker;
    if (pron === 'm' || pron === 'f') {
      const okP = (e: number | null) => e !== null && c.ents[e].type === 'person' && (c.ents[e].gender === null || c.ents[e].gender === pron);
      // The person the sentence before is about ("Reyes, who …, apologized. "…," he said."), else the last speaker.
      const subject = c.prevSentence ? subjectMention(c, c.prevSentence) : null;
      if (subject && okP(subject.entity!)) target = fromEntity(subject, 'pronoun');
      else if (prev && prev.type === 'person' && okP(prev.entity)) target = prev;
      else {
        const m = lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined && okP(x.entity));
        if (m) target = fromEntity(m, 'pronoun');
      }
    } else {
      // "it" is an organization's; "they", "we" also a group's — first the plural subject of the sentence before
      // ("Prosecutors had sought 10 years. They said …").
      const group = pron === 'pl' && c.prevSentence ? pluralSubject(c, c.prevSentence) : null;
      if (group) target = group;
      else if (prev && (pron === 'it' ? prev.type === 'organization' : prev.type !== 'person')) target = prev;
      else {
        const m = lastMentionBefore(c, r.start, (x) => x.type === 'organization' && x.entity !== undefined);
        if (m) target = fromEntity(m, 'pronoun');
      }
    }
    if (!target) return null;
    return { ...target, mention: r, resolvedBy: 'pronoun' };
  }
  const ms = mentionsIn(c, r).filter((m) => m.entity !== undefined && m.type !== 'place' && !possessor(c.text, m));
  const person = ms.find((m) => m.type === 'person');
  // Described sources: "a spokesperson for Microsoft", "analysts", "people familiar with the matter".
  const firstWords = low.replace(/^(?:a|an|the|one|two|three|several|some|many|other|senior|top|two|government|company)\s+/g, '');
  const head = firstWords.split(/[\s,]/)[0];
  // (An indefinite source with an organization in it is a described group: "a group of current and former OpenAI staff",
  // "a Vela Corp spokesperson"; a person's possession names nobody: "Kim's lawyer" — unless named in apposition.)
  // "the spokeswoman", "the striker" (definite, one word after "the"): the person named with that role, if any.
  const role = /^the (?:[a-z]+ )?([a-z]+)$/.exec(low);
  if (!person && role && (TITLE_PART.has(role[1]) || SPORTS_ROLES.has(role[1]))) {
    const m = lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined && (c.ents[x.entity].title ?? '').toLowerCase().split(' ').includes(role[1]));
    if (m) return entityNamedBy(c, m, r);
    const subject = c.prevSentence ? subjectMention(c, c.prevSentence) : null;
    if (subject && SPORTS_ROLES.has(role[1])) return entityNamedBy(c, subject, r);
  }
  if (!person && (GROUP_WORDS.has(head) || /^(?:a|an|one|two|three|several|some|many)\s/.test(low) || pluralHead(low, ms.length > 0))) return describedHead(c, r) ?? described(s, r);
  if (person) return fromEntity(person, null);
  // "the company's chief executive", "its chief executive", "the chief executive" → the person with that title.
  const tb = titleBefore(low) ?? titleAt(firstWords);
  if (tb && /^(?:the|its|his|her|their)\b/.test(low)) {
    const m = lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined && (c.ents[x.entity].title ?? '').toLowerCase() === tb);
    if (m) return entityNamedBy(c, m, r);
    return described(s, r, 'title');
  }
  if (ms.length) return fromEntity(ms[0], null);
  // "the Spaniard", "the 52-year-old Briton": a nationality standing for the person named last.
  if (!ms.length && /^the (?:\d+-year-old )?\p{Lu}\p{Ll}+(?:an|ean|ese|ish|ard|on|man|woman|ine|i|ch)$/u.test(s)) {
    const m = (c.prevSentence ? subjectMention(c, c.prevSentence) : null) ?? lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined);
    if (m) return entityNamedBy(c, m, r);
  }
  // "the company", "the ministry", "the bank" → the last organization mentioned; "the presidential office", "the
  // defense ministry" → the last organization named with that head word ("Ministry of National Defense"), else the
  // body as described.
  const body = /^the (?:[a-z-]+ ){0,2}([a-z]+)$/.exec(low);
  if (body && !PRONOUNS[body[1]]) {
    const words = low.split(' ').length;
    const head = body[1];
    const m = lastMentionBefore(c, r.start, (x) => x.type === 'organization' && x.entity !== undefined && (words === 2 || c.ents[x.entity].name.toLowerCase().split(' ').includes(head)));
    if (m) return entityNamedBy(c, m, r);
    if (words > 2 && BODY_HEADS.has(head)) return described(s, r);
  }
  // "South Korea's military", "the company's lawyers", "Kim's lawyer": a body, group or role of a named owner.
  const owned = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{L}][\p{L}.-]*['’]s?\s+(?:[a-z-]+\s+){0,2}([a-z]+)$/u.exec(s);
  if (owned && /['’]/.test(s)) {
    const h = owned[1].toLowerCase();
    if (BODY_HEADS.has(h) || GROUP_WORDS.has(h) || TITLE_PART.has(h) || pluralHead(h, false)) return described(s, r);
  }
  return null;
}

/**
 * A described plural source: "Local officials", "industry experts", "the two companies", "Chinese officials" — up to
 * four words ending in a lower-case plural (or "police", "people"), with no name in them except modifiers.
 */
function pluralHead(low: string, hasName: boolean): boolean {
  const words = low.split(/\s+/);
  if (words.length > 4) return false;
  const head = words[words.length - 1];
  if (NOT_GROUP.has(head) || PRONOUNS[head]) return false;
  if (!(head === 'police' || head === 'people' || /^[a-z]{3,}[^su']s$/.test(head) || /^[a-z]{2,}ies$/.test(head) || GROUP_WORDS.has(head))) return false;
  // "Microsoft officials" (a name as modifier) is a group; "Tesla's shares" is not a source anyway.
  return !hasName || words.length > 1;
}

/**
 * The subject of a sentence, for the verbs that do not stand next to it: "X called the plan … and said CLAUSE",
 * "X defended the reform, saying CLAUSE". Reads the leading noun phrase — capitalized words, determiners, title
 * words and an apposition ("Saudi Arabia's energy minister, Prince Abdulaziz bin Salman,") — after a dateline
 * and a leading adverbial ("On Friday,", "In a statement,").
 */
function subjectOf(c: Ctx, s: EnSentence): EnSpeaker | null {
  const r = subjectRange(c, s);
  return r ? resolvePhrase(c, r) : null;
}

/** The person named in the subject of a sentence (not a possessor: "Kim's lawyer"), if any. */
function subjectMention(c: Ctx, s: EnSentence): Mention | null {
  const r = subjectRange(c, s);
  if (!r) return null;
  return mentionsIn(c, r).find((m) => m.type === 'person' && m.entity !== undefined && !possessor(c.text, m)) ?? null;
}

/** The plural subject of a sentence ("Prosecutors", "Local officials"), as a described group. */
function pluralSubject(c: Ctx, s: EnSentence): EnSpeaker | null {
  const r = subjectRange(c, s);
  if (!r) return null;
  const phrase = c.text.slice(r.start, r.end);
  return pluralHead(phrase.toLowerCase(), mentionsIn(c, r).length > 0) ? described(phrase, r) : null;
}

/** Roles of players: "the striker said" names the player the sentence before is about. */
const SPORTS_ROLES = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'pitcher', 'quarterback', 'guard', 'captain', 'veteran', 'rookie', 'champion', 'player']);

/** A name followed by 's and a noun owns what the phrase names ("Daniel Reyes's lawyer"): it is not the source. */
function possessor(text: string, m: Range): boolean {
  return /^['’]s?\s+[a-z]/.test(text.slice(m.end, m.end + 4));
}

function subjectRange(c: Ctx, s: EnSentence): Range | null {
  const t = c.text;
  let start = s.start;
  const dl = DATELINE.exec(t.slice(start, s.end));
  if (dl) start += dl[0].length;
  const lead = /^(?:On|In|At|After|Before|During|Earlier|Later|Meanwhile|However|But|And|Yet|Still|Separately|Last|This)\b[^,"“”]{0,40},\s+/.exec(t.slice(start, s.end));
  if (lead) start += lead[0].length;
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*|[,"“”]/gu;
  WORD.lastIndex = start;
  let end = start;
  let commas = 0;
  let afterDeterminer = false;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(t)) && m.index < s.end) {
    const w = m[0];
    if (w === ',') {
      if (++commas > 2) break;
      afterDeterminer = false;
      continue;
    }
    if (w === '"' || w === '“' || w === '”') break;
    const lw = w.toLowerCase().replace(/['’]s$/, '');
    const next = /^\s+([\p{L}][\p{L}.'’-]*)/u.exec(t.slice(m.index + w.length, m.index + w.length + 30));
    const ok =
      /^[\p{Lu}\p{N}]/u.test(w) || DETERMINER.has(lw) || TITLE_PART.has(lw) || CONNECT.has(lw) ||
      afterDeterminer || (next !== null && TITLE_PART.has(next[1].toLowerCase()));
    if (!ok) break;
    afterDeterminer = DETERMINER.has(lw);
    end = m.index + w.length;
  }
  if (end <= start) return null;
  return { start, end };
}

/**
 * Whether the words between a speech verb and an opening quote mark introduce the quote ("said:", "said,", "told
 * reporters", "said on Tuesday", "said that") rather than begin a reported clause that the quoted words end or
 * interrupt ("said the plan was "unworkable"", "said he wanted a deal that "respects the science""): such a mixed
 * quote is one indirect quote, the quoted words part of its clause.
 */
function introducesQuote(between: string, verb: Token): boolean {
  const b = between.trim();
  if (!b || /[:,]$/.test(b) || b === 'that') return true;
  // ("said in a statement that it "respects the decision"": a clause started after that, the quote inside it.)
  if (/\bthat\s+\S/.test(b)) return false;
  const words = b.split(/\s+/);
  const first = words[0].toLowerCase();
  if (ADVERBIAL_START.has(first) || WEEKDAY.test(first)) return true;
  return OBJECT_VERBS.has(verb.lower) && words.length <= 3;
}

/** The speaker named before a speech verb; "… and said" is the sentence's subject's. */
function speakerBefore(c: Ctx, s: EnSentence, from: number, verbStart: number): EnSpeaker | null {
  const r = phraseBefore(c, from, verbStart);
  if (/(?:^|\s)(?:and|but)$/i.test(c.text.slice(r.start, r.end).trim())) return subjectOf(c, s);
  // "A, B, said": A (Sam Altman, chief executive of OpenAI,) — or B when A names nobody (Saudi Arabia's energy
  // minister, Prince Abdulaziz bin Salman,) or only describes whom B names (His lawyer, Alan Fitzgerald,); never a
  // relative clause (The union, which represents nurses,).
  const outer = resolvePhrase(c, r) ?? describedHead(c, r);
  if (!r.inner || RELATIVE_OPENING.test(c.text.slice(r.inner.start, r.inner.end))) return outer ?? bodyAlone(c, r);
  if (outer && outer.type !== 'group') return outer;
  const inner = resolvePhrase(c, r.inner);
  return inner && (inner.type === 'person' || !outer) ? inner : outer;
}

/**
 * "A former hedge fund manager accused of defrauding investors … told": an indefinite described source whose phrase
 * runs on into a participle or relative clause — the source is the noun phrase before it.
 */
function describedHead(c: Ctx, r: Range): EnSpeaker | null {
  const s = c.text.slice(r.start, r.end);
  const m = /^\s*((?:a|an|one|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+?)\s+(?:accused|charged|convicted|sentenced|who|which|that)\b/iu.exec(s);
  if (!m || m[1].split(/\s+/).length < 2) return null;
  const start = r.start + s.indexOf(m[1]);
  return described(m[1], { start, end: start + m[1].length });
}

/** "The union", "The ministry" with no organization named before: the body as described. */
function bodyAlone(c: Ctx, r: Range): EnSpeaker | null {
  const s = c.text.slice(r.start, r.end).trim();
  const m = /^the ([a-z]+)$/i.exec(s);
  if (!m || !BODY_HEADS.has(m[1].toLowerCase())) return null;
  const start = r.start + c.text.slice(r.start, r.end).indexOf(s);
  return described(s, { start, end: start + s.length });
}

/** Speaker phrase before a verb: back to the clause start; "Sam Altman, chief executive of OpenAI, said" → Sam Altman. */
function phraseBefore(c: Ctx, from: number, verbStart: number): Range & { inner?: Range } {
  const t = c.text;
  // (A comma between digits, 1,200, separates nothing.)
  const stop = (k: number) => /[;:"“”(]/.test(t[k]) || (t[k] === ',' && !(/\d/.test(t[k - 1] ?? '') && /\d/.test(t[k + 1] ?? '')));
  let p = verbStart;
  while (p > from && t[p - 1] === ' ') p--;
  let s = p;
  while (s > from && !stop(s - 1)) s--;
  if (s === p && t[s - 1] === ',') {
    // Apposition: skip it, take the chunk before.
    let k = s - 1;
    while (k > from && !stop(k - 1)) k--;
    if (k > from && t[k - 1] === ',') {
      let e = k - 1;
      let b = e;
      while (b > from && !stop(b - 1)) b--;
      // An age between the name and the apposition ("Ms. Alvarez, 45, a nurse, said"): the name is before it.
      if (/^\s*\d{1,3}\s*$/.test(t.slice(b, e)) && b > from && t[b - 1] === ',') {
        e = b - 1;
        b = e;
        while (b > from && !stop(b - 1)) b--;
      }
      return { start: b, end: e, inner: { start: k, end: s - 1 } };
    }
  }
  // Drop adverbs and auxiliaries between the subject and the verb ("Altman also said", "she has said").
  let e = p;
  for (;;) {
    const m = /\s+(?:also|later|then|again|separately|previously|recently|had|has|have|was|reportedly|further|repeatedly|publicly|earlier|once|has\s+long|privately|first)$/i.exec(t.slice(s, e));
    if (!m) break;
    e = s + m.index;
  }
  return { start: s, end: e };
}

/** Speaker phrase after a verb: up to punctuation, without trailing adverbials ("said Altman in a statement"). */
function phraseAfter(c: Ctx, from: number, limit: number): Range {
  const t = c.text;
  let e = from;
  // (An abbreviation's dot does not end the phrase: "said Rep. Kay Granger", "said J.D. Vance".)
  while (e < limit && (!/[,;:.!?"“”(]/.test(t[e]) || (t[e] === '.' && abbreviationDot(t, e, from)))) e++;
  const seg = t.slice(from, e);
  const m = TRIM_AFTER.exec(seg);
  if (m && m.index > 0 && !/^\s+(?:for|of)\b/i.test(m[0])) e = from + m.index;
  return { start: from, end: e };
}

/** The text with the dots of abbreviations removed ("Mr. Biden", "U.S. officials"): a dot left ends a sentence. */
function withoutAbbreviations(s: string): string {
  return s.replace(/(?:\p{L}\.)+\p{L}?\.|\p{L}+\./gu, (w) => (isAbbrev(w.slice(0, -1)) ? w.slice(0, -1) : w));
}

function firstVerb(c: Ctx, from: number, to: number, skip: EnPair[] = []): number {
  for (let i = lowerBound(c.toks, from); i < c.toks.length && c.toks[i].start < to; i++) if (isVerbTok(c.toks[i]) && !insidePair(skip, c.toks[i].start)) return i;
  return -1;
}
/** Whether pos lies inside ", who … ," / ", which … ," (a relative clause set off by commas) of a sentence. */
function insideRelative(text: string, from: number, pos: number): boolean {
  const before = text.slice(Math.max(from, pos - 80), pos);
  const open = before.lastIndexOf(', ');
  return open >= 0 && /^, (?:who|which|whose|whom)\b[^,]*$/.test(before.slice(open)) && text.indexOf(',', pos) > 0;
}
function insidePair(pairs: EnPair[], pos: number): boolean {
  for (const p of pairs) if (pos > p.open && (p.close === null || pos < p.close)) return true;
  return false;
}
/** The first participle clause of the sentence outside its quote marks: its comma, participle and clause start. */
function participleIn(c: Ctx, s: EnSentence, pairs: EnPair[]): { comma: number; verb: Range; clause: number } | null {
  PARTICIPLE_CLAUSE.lastIndex = 0;
  const sent = c.text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = PARTICIPLE_CLAUSE.exec(sent))) {
    const comma = s.start + m.index;
    if (insidePair(pairs, comma)) continue;
    const vs = comma + m[0].indexOf(m[1]);
    return { comma, verb: { start: vs, end: vs + m[1].length }, clause: comma + m[0].length };
  }
  return null;
}

/**
 * `X defended the reform, saying (that) CLAUSE` / `"…," X said, adding that CLAUSE`: the clause is X's — the speaker
 * of the sentence's other quote, else the sentence's subject. Not when the clause opens with a quote mark (a direct
 * quote, found with its marks).
 */
function participial(c: Ctx, s: EnSentence, pairs: EnPair[], prior: EnQuote[]): EnQuote | null {
  const pt = participleIn(c, s, pairs);
  if (!pt || /^["“]/.test(c.text.slice(pt.clause, pt.clause + 1))) return null;
  let end = s.end;
  while (end > pt.clause && /[\s.!?]/.test(c.text[end - 1])) end--;
  if (c.text.slice(pt.clause, end).split(/\s+/).length < 3) return null;
  const said = prior.find((q) => q.speaker);
  const speaker = said ? said.speaker : subjectOf(c, s);
  if (!speaker) return null;
  return { kind: 'indirect', segments: [{ start: pt.clause, end }], cue: pt.verb, speaker, confidence: 0.6 };
}
function lastVerb(c: Ctx, from: number, to: number): number {
  let found = -1;
  for (let i = lowerBound(c.toks, from); i < c.toks.length && c.toks[i].end <= to; i++) if (isVerbTok(c.toks[i])) found = i;
  return found;
}

export function findQuotes(text: string, toks: Token[], sents: EnSentence[], pairs: EnPair[], mentions: Mention[], ents: EnEntity[]): EnQuote[] {
  const c: Ctx = { text, toks, mentions, ents, mentionStarts: mentions.map((m) => m.start), lastSpeaker: null, prevSentence: null };
  const out: EnQuote[] = [];
  let pi = 0;
  let lastDirect: { q: EnQuote; paragraph: number } | null = null;
  let prevSentence: EnSentence | null = null;
  for (const s of sents) {
    c.prevSentence = prevSentence;
    prevSentence = s;
    const ps: EnPair[] = [];
    while (pi < pairs.length && pairs[pi].open < s.end) {
      if (pairs[pi].open >= s.start) ps.push(pairs[pi]);
      pi++;
    }
    if (ps.length === 0) {
      reported(c, s, ps, [], out);
      continue;
    }
    const fromSentence: EnQuote[] = [];
    for (let k = 0; k < ps.length; k++) {
      const p = ps[k];
      const seg = quoteSegment(text, p);
      if (seg.end <= seg.start) continue;
      const nextOpen = k + 1 < ps.length ? ps[k + 1].open : s.end;
      const prevClose = k > 0 ? (ps[k - 1].close ?? ps[k - 1].content.end) + 1 : s.start;
      const closeEnd = p.close === null ? p.content.end : p.close + 1;
      let speaker: EnSpeaker | null = null;
      let cue: Range | null = null;
      const segments: Range[] = [seg];
      // After the quote: `"…," X said.` / `"…," said X.`
      const vi = firstVerb(c, closeEnd, Math.min(nextOpen, closeEnd + 120));
      if (vi >= 0) {
        const v = toks[vi];
        const gap = text.slice(closeEnd, v.start);
        if (/^[\s,]*$/.test(gap)) {
          const pa = phraseAfter(c, v.end, nextOpen);
          speaker = resolvePhrase(c, pa);
          // `said Daniel Reyes's lawyer, Alan Fitzgerald.`: the name in apposition is the speaker.
          if ((!speaker || speaker.type === 'group') && c.text[pa.end] === ',') {
            const ap = phraseAfter(c, pa.end + 1, nextOpen);
            const named = resolvePhrase(c, ap);
            if (named && named.type === 'person') speaker = named;
          }
        }
        else if (!/[.!?;:"“”]/.test(withoutAbbreviations(gap))) speaker = resolvePhrase(c, { start: closeEnd, end: v.start });
        if (speaker) {
          cue = { start: v.start, end: v.end };
          // `"A," X said, "B."`: the next pair in the sentence is the same quote.
          if (k + 1 < ps.length && /^[^.!?;"“”]*,\s*$/.test(text.slice(v.end, ps[k + 1].open))) {
            const seg2 = quoteSegment(text, ps[k + 1]);
            if (seg2.end > seg2.start) segments.push(seg2);
            k++;
          }
        }
      }
      // `"…," according to a statement from X.`
      if (!speaker) {
        const acc = /^\s*,?\s*(according to)\s+/i.exec(text.slice(closeEnd, nextOpen));
        if (acc) {
          // (The whole phrase to the comma: "a statement from Senator X" is X's.)
          const from = closeEnd + acc[0].length;
          let to = from;
          while (to < nextOpen && !/[,;!?"“”]/.test(text[to]) && !(text[to] === '.' && !abbreviationDot(text, to, from))) to++;
          speaker = resolvePhrase(c, { start: from, end: to });
          if (speaker) {
            const cs = closeEnd + acc[0].indexOf(acc[1]);
            cue = { start: cs, end: cs + acc[1].length };
          }
        }
      }
      // Before the quote: `X said: "…"`, `X told reporters "…"`; `X defended the plan, saying "…"`.
      if (!speaker) {
        const bi = lastVerb(c, prevClose, p.open);
        const part = PARTICIPLE_BEFORE.exec(text.slice(Math.max(prevClose, p.open - 40), p.open));
        if (bi >= 0) {
          const v = toks[bi];
          const between = text.slice(v.end, p.open);
          if (/^(?:\s+[\p{L}\p{N}'’.-]+){0,5}\s*[:,]?\s*$/u.test(between) && !/\b(?:the|a|an)\s*$/i.test(between) && introducesQuote(between, v)) {
            speaker = speakerBefore(c, s, prevClose, v.start);
            if (speaker) cue = { start: v.start, end: v.end };
          } else if (k === 0 && /:\s*$/.test(between) && !/[.!?;"“”]/.test(withoutAbbreviations(between))) {
            // `X said the scandal was unlikely to dent demand: "…"`: a reported clause, then the quote it introduces —
            // two quotes of one speaker.
            speaker = speakerBefore(c, s, prevClose, v.start);
            if (speaker) {
              cue = { start: v.start, end: v.end };
              const lead = indirect(c, s, [], v.end + between.lastIndexOf(':'));
              if (lead && lead.cue && lead.cue.start === v.start) out.push(lead);
            }
          }
        } else if (part && k === 0) {
          speaker = subjectOf(c, s);
          if (speaker) {
            const cs = Math.max(prevClose, p.open - 40) + part.index + part[0].indexOf(part[1]);
            cue = { start: cs, end: cs + part[1].length };
          }
        } else if (k === 0 && /:\s*$/.test(text.slice(Math.max(prevClose, p.open - 3), p.open))) {
          // `Chris Marchese put it bluntly: "…"`: a sentence introducing the quote with a colon, its subject the source.
          speaker = subjectOf(c, s);
        }
      }
      let confidence = speaker ? (speaker.resolvedBy === 'explicit' ? 0.9 : speaker.resolvedBy === 'surname' ? 0.85 : 0.75) : 0.3;
      if (!speaker) {
        // Continuing quote: a sentence that opens with a quote, after a quote with a speaker in this or the previous paragraph.
        const starts = p.open === s.start;
        const words = text.slice(seg.start, seg.end).split(/\s+/).length;
        if (starts && lastDirect && lastDirect.q.speaker && s.paragraph - lastDirect.paragraph <= 1) {
          speaker = { ...lastDirect.q.speaker, mention: null, resolvedBy: 'elided' };
          confidence = 0.6;
        } else if (!starts || words < 5) continue; // scare quotes, titles, unattributed fragments
      }
      const q: EnQuote = { kind: 'direct', segments, cue, speaker, confidence };
      out.push(q);
      fromSentence.push(q);
      if (speaker) {
        lastDirect = { q, paragraph: s.paragraph };
        c.lastSpeaker = speaker;
      }
    }
    // Quoted words that made no quote of their own (scare quotes, the end of a mixed quote): the sentence may still
    // report speech, its quoted words inside the clause.
    reported(c, s, ps, fromSentence, out);
  }
  return out;
}

/**
 * Reported speech in a sentence: its indirect quote (only when its quoted words made no direct quote) and a
 * participle clause (`…, saying CLAUSE`).
 */
function reported(c: Ctx, s: EnSentence, ps: EnPair[], direct: EnQuote[], out: EnQuote[]): void {
  const pt = participleIn(c, s, ps);
  const q = direct.length ? null : indirect(c, s, ps, pt ? pt.comma : s.end);
  if (q) {
    out.push(q);
    if (q.speaker) c.lastSpeaker = q.speaker;
  }
  const pq = participial(c, s, ps, q ? [q] : direct);
  if (pq) {
    out.push(pq);
    if (pq.speaker) c.lastSpeaker = pq.speaker;
  }
}

function quoteSegment(text: string, p: EnPair): Range {
  const r = trimRange(text, p.content);
  return r;
}

/**
 * The object of "told" before a reported clause without "that": a name ("Reuters", "France Inter radio", "the BBC")
 * or one lower-case noun ("lawmakers", "reporters"), and a short time or place phrase.
 */
const TOLD_OBJECT = /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}(?:\s+(?:radio|television|TV|newspaper|magazine|news agency))?|[a-z]+)(?:\s+(?:(?:on|in|at|during|late|earlier|last|this)\s+(?:\p{Lu}\p{L}+|week|month|year|(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)|yesterday|today))?\s+/u;
/**
 * Words between the verb and "that" are the verb's own — an object of told/asked, a time or place phrase, an adverb
 * ("said on Tuesday that", "told reporters that", "said repeatedly that") — not the start of the reported clause,
 * whose own "that" comes later ("said he wanted a deal that …": the clause starts at "he").
 */
function thatGapOk(gap: string, verb: Token): boolean {
  const words = gap.trim().split(/\s+/);
  if (words.length === 1) return true;
  const first = words[0].toLowerCase();
  if (OBJECT_VERBS.has(verb.lower)) return !words.some((w) => PRONOUNS[w.toLowerCase()]);
  return ADVERBIAL_START.has(first) || /ly$/.test(first) || WEEKDAY.test(first);
}
/** Commas in a verb-to-"that" gap only around a phrase of the verb: a pair (", on condition of anonymity,") or one
 * before "that" after a prepositional phrase ("wrote on X, formerly Twitter, that"). */
function commaGapOk(gap: string): boolean {
  const parts = gap.split(',').map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.slice(0, -1).every((x) => x.split(/\s+/).length <= 5) && /^(?:that|[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}\s+that)$/u.test(parts[parts.length - 1]);
}
const NOUN_SUBJECT = /^\s+(?!to\s)(?:[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3}\s+(?:would|will|could|can|may|might|should|must|was|were|is|are|has|have|had)|[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:fell|rose|grew|[a-z]{3,}ed))\b/;
/** A time phrase between the verb and its clause: "said last month it would …", "said Thursday the bank would …". */
const TIME_AFTER_VERB = new RegExp(`^\\s+(?:(?:on\\s+)?(?:${WEEKDAYS})|(?:last|this|next|earlier this|late last)\\s+(?:week|month|year|${WEEKDAYS})|yesterday|today|earlier|later)(?=\\s)`);
const THAT_GAP = /^,?(?:\s+[\p{L}\p{N}'’.-]+,?){0,8}?\s+that\s+/u;

const DATELINE = /^\p{Lu}[\p{Lu} .]{1,30}(?:\([^)\n]{0,30}\))?(?:,[^–—\n]{0,30})?\s+[–—-]{1,2}\s+/u;

function indirect(c: Ctx, s0: EnSentence, pairs: EnPair[], until: number): EnQuote | null {
  const t = c.text;
  let s: EnSentence = { start: s0.start, end: until, paragraph: s0.paragraph };
  let sent = t.slice(s.start, s.end);
  // Dateline ("SEOUL, June 9 (Reuters) -"): not part of the reported clause.
  const dl = DATELINE.exec(sent);
  if (dl) {
    s = { start: s.start + dl[0].length, end: s.end, paragraph: s.paragraph };
    sent = t.slice(s.start, s.end);
  }
  let endTrim = s.end;
  while (endTrim > s.start && /[\s.!?,]/.test(t[endTrim - 1])) endTrim--;
  // According to X, CLAUSE. / CLAUSE, according to X.
  // (The source may hold commas of its own: "According to the Ministry of Trade, Industry and Energy, …".)
  const accMention = sent.startsWith('According to ') ? mentionsIn(c, { start: s.start + 13, end: Math.min(s.end, s.start + 100) }).find((m) => m.start <= s.start + 17 && t.startsWith(', ', m.end)) : undefined;
  const acc = accMention ? /^According to (.+), $/.exec(t.slice(s.start, accMention.end + 2)) : /^According to ([^,]{2,80}), /.exec(sent);
  if (acc) {
    const sp = resolvePhrase(c, { start: s.start + 13, end: s.start + 13 + acc[1].length });
    if (sp) return { kind: 'indirect', segments: [{ start: s.start + acc[0].length, end: endTrim }], cue: { start: s.start, end: s.start + 12 }, speaker: sp, confidence: 0.7 };
  }
  const acc2 = /, according to ([^,]{2,80})[.!?]?$/.exec(sent);
  if (acc2) {
    // "Kim said … that CLAUSE, according to KCNA": the agency relays; the sentence's own speaker speaks.
    const own = indirect(c, s0, pairs, s.start + acc2.index);
    if (own) return own;
    const cs = s.start + acc2.index + 2;
    const sp = resolvePhrase(c, { start: cs + 13, end: Math.min(endTrim, cs + 13 + acc2[1].length) });
    if (sp) return { kind: 'indirect', segments: [{ start: s.start, end: s.start + acc2.index }], cue: { start: cs, end: cs + 12 }, speaker: sp, confidence: 0.65 };
  }
  let vi = firstVerb(c, s.start, s.end, pairs);
  // ("An official, who asked not to be named, said …": a verb inside a relative clause is not the sentence's.)
  while (vi >= 0 && insideRelative(t, s.start, c.toks[vi].start)) vi = firstVerb(c, c.toks[vi].end, s.end, pairs);
  if (vi < 0) return null;
  const v = c.toks[vi];
  // "declined to say whether …", "wants to say": an infinitive reports nothing said.
  if (/\bto\s+$/.test(t.slice(Math.max(s.start, v.start - 4), v.start))) return null;
  // CLAUSE, X said. / CLAUSE, said X.
  const tail = t.slice(v.end, endTrim);
  let comma = v.start - 1;
  while (comma > s.start && t[comma] !== ',') comma--;
  // After the verb only adverbials may follow ("in a note to clients on Thursday"), not a clause ("In an interview
  // with CNN, Ruiz said she planned …": the part before the comma is then the verb's setting, not its content).
  const tailWord = /^\s+([\p{L}]+)/u.exec(tail);
  const tailClause = tailWord !== null && (SUBJECT_START.has(tailWord[1].toLowerCase()) || /^\p{Lu}/u.test(tailWord[1]) && !ADVERBIAL_START.has(tailWord[1].toLowerCase()) && !CALENDAR_WORD.test(tailWord[1]));
  // ("…, the JCS said, days ahead of the vote": a phrase after a comma, no clause, may close the sentence.)
  const afterComma = /^\s*,\s+([\p{L}]+)/u.exec(tail);
  const tailPhrase = afterComma !== null && !SUBJECT_START.has(afterComma[1].toLowerCase()) && !/[,;:]/.test(tail.slice(afterComma[0].length)) && !/\bthat\b/.test(tail);
  if (comma > s.start && (tailPhrase || (!/[,;:]|\bthat\b/.test(tail) && tail.split(' ').length <= 9 && !tailClause)) && !LEADING_ADVERBIAL.test(t.slice(s.start, comma))) {
    // (", which Bloomberg News reported": a relative clause on the clause before, no attribution.)
    const sp = RELATIVE_OPENING.test(t.slice(comma + 1, v.start)) ? null : resolvePhrase(c, { start: comma + 1, end: v.start });
    if (sp && t.slice(s.start, comma).split(' ').length >= 3) {
      return { kind: 'indirect', segments: [trimRange(t, { start: s.start, end: comma })], cue: { start: v.start, end: v.end }, speaker: sp, confidence: 0.6 };
    }
  }
  // X said (that) CLAUSE.
  const time = TIME_AFTER_VERB.exec(t.slice(v.end, endTrim));
  const p = v.end + (time ? time[0].length : 0);
  const rest = t.slice(p, endTrim);
  let clauseStart = -1;
  const tm = THAT_GAP.exec(rest);
  // (Commas may set off the phrase: "said, on condition of anonymity, that", "wrote on X, formerly Twitter, that".)
  if (tm && !/;/.test(tm[0]) && thatGapOk(tm[0].replace(/,/g, ''), v) && (!tm[0].includes(',') || commaGapOk(tm[0]))) clauseStart = p + tm[0].length;
  // X told lawmakers (on Tuesday) CLAUSE.
  if (clauseStart < 0 && (v.lower === 'told' || v.lower === 'tells')) {
    const m = TOLD_OBJECT.exec(rest);
    if (m) {
      const n = /^[\p{L}\p{N}]+/u.exec(rest.slice(m[0].length));
      if (n && (SUBJECT_START.has(n[0].toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(n[0]))) clauseStart = p + m[0].length;
    }
  }
  if (clauseStart < 0) {
    const m = /^\s+/.exec(rest);
    if (m && !OBJECT_VERBS.has(v.lower)) {
      const n = c.toks[lowerBound(c.toks, p + m[0].length)];
      if (n && n.start === p + m[0].length && (SUBJECT_START.has(n.lower) || n.cap || /^\p{N}/u.test(n.w))) clauseStart = n.start;
      // A lower-case subject and its verb: "said growth would pick up", "said exports were strong".
      else if (NOUN_SUBJECT.test(rest)) clauseStart = p + m[0].length;
    }
  }
  if (clauseStart < 0 || clauseStart >= endTrim) return null;
  const clauseEnd = clauseStart + commentaryStart(t.slice(clauseStart, endTrim));
  if (t.slice(clauseStart, clauseEnd).split(/\s+/).length < 3) return null;
  const sp = speakerBefore(c, s0, s.start, v.start);
  if (!sp) return null;
  return { kind: 'indirect', segments: [{ start: clauseStart, end: clauseEnd }], cue: { start: v.start, end: v.end }, speaker: sp, confidence: 0.7 };
}

/** -ing words that continue a clause rather than open the writer's comment after it. */
const NOT_COMMENT_ING = new Set(['including', 'during', 'excluding', 'following', 'regarding', 'concerning', 'notwithstanding', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'spring', 'according']);
/**
 * Where the writer's own comment starts at the end of a reported clause, else the clause's length: a participle
 * clause (", ending weeks of speculation", ", sending shares up 3%"), an appositive noun phrase on the whole clause
 * (", a move analysts said could …", ", the latest in a string of …"), a coordinated verb of the speaker's (", but
 * declined to say whether …").
 */
function commentaryStart(clause: string): number {
  const m = /,\s+(?:(?:but|and)\s+(?:declined|refused|did not|didn't|would not|wouldn't|gave no|offered no|stopped short)\b|(?:a|an|the)\s+(?:move|step|decision|sign|development|blow|boost|setback|reversal|shift|latest|first|second|third|largest|biggest|highest|lowest|fastest|slowest)\b[^,]*$|([a-z]{3,}ing)\s+[a-z$\d][^,]*$)/.exec(clause);
  if (!m || (m[1] && NOT_COMMENT_ING.has(m[1]))) return clause.length;
  return m.index;
}
