/**
 * English quotes: direct quotes in “…” / "…" with attribution before or after the marks, split quotes, continuing
 * floating quotes; indirect speech ("X said (that) CLAUSE", "CLAUSE, X said", "According to X, CLAUSE").
 * Speakers are names, pronouns, titles ("the company's chief executive") or described groups. UTF-16 offsets.
 */
import type { QuoteKind, ResolvedBy } from '../types';
import type { Range } from '../pipeline/document';
import { lowerBound } from '../pipeline/ranges';
import type { EnPair, EnSentence, Token } from './text';
import type { EnEntity, Mention } from './entities';
import { titleAt, titleBefore } from './entities';
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
const TRIM_AFTER = /\s+(?:in|on|at|during|who|when|while|after|before|adding|referring|citing|last|this|earlier|yesterday|today|to|as|and|but|because|via|from)\b/i;

interface Ctx {
  text: string;
  toks: Token[];
  mentions: Mention[];
  ents: EnEntity[];
  /** Mentions sorted by start. */
  mentionStarts: number[];
  lastSpeaker: EnSpeaker | null;
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
      if (prev && prev.type === 'person' && okP(prev.entity)) target = prev;
      else {
        const m = lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined && okP(x.entity));
        if (m) target = fromEntity(m, 'pronoun');
      }
    } else {
      if (prev && prev.type !== 'person') target = prev;
      else {
        const m = lastMentionBefore(c, r.start, (x) => x.type === 'organization' && x.entity !== undefined);
        if (m) target = fromEntity(m, 'pronoun');
      }
    }
    if (!target) return null;
    return { ...target, mention: r, resolvedBy: 'pronoun' };
  }
  const ms = mentionsIn(c, r).filter((m) => m.entity !== undefined && m.type !== 'place');
  const person = ms.find((m) => m.type === 'person');
  // Described sources: "a spokesperson for Microsoft", "analysts", "people familiar with the matter".
  const firstWords = low.replace(/^(?:a|an|the|one|two|three|several|some|many|other|senior|top|two|government|company)\s+/g, '');
  const head = firstWords.split(/[\s,]/)[0];
  if (!person && (GROUP_WORDS.has(head) || /^(?:a|an|one|two|three|several|some|many)\s/.test(low) && !ms.length)) {
    return { name: s, canonical: null, type: 'group', entity: null, mention: r, resolvedBy: 'explicit' };
  }
  if (person) return fromEntity(person, null);
  // "the company's chief executive", "its chief executive", "the chief executive" → the person with that title.
  const tb = titleBefore(low) ?? titleAt(firstWords);
  if (tb && /^(?:the|its|his|her|their)\b/.test(low)) {
    const m = lastMentionBefore(c, r.start, (x) => x.type === 'person' && x.entity !== undefined && (c.ents[x.entity].title ?? '').toLowerCase() === tb);
    if (m) {
      const e = c.ents[m.entity!];
      return { name: e.name, canonical: e.name, type: 'person', entity: m.entity!, mention: r, resolvedBy: 'title' };
    }
    return { name: s, canonical: null, type: 'group', entity: null, mention: r, resolvedBy: 'title' };
  }
  if (ms.length) return fromEntity(ms[0], null);
  // "the company", "the ministry", "the bank" → the last organization mentioned.
  if (/^the [a-z]+$/.test(low)) {
    const m = lastMentionBefore(c, r.start, (x) => x.type === 'organization' && x.entity !== undefined);
    if (m) {
      const e = c.ents[m.entity!];
      return { name: e.name, canonical: e.name, type: 'organization', entity: m.entity!, mention: r, resolvedBy: 'title' };
    }
  }
  return null;
}

/** Speaker phrase before a verb: back to the clause start; "Sam Altman, chief executive of OpenAI, said" → Sam Altman. */
function phraseBefore(c: Ctx, from: number, verbStart: number): Range {
  const t = c.text;
  let p = verbStart;
  while (p > from && t[p - 1] === ' ') p--;
  let s = p;
  while (s > from && !/[,;:"“”(]/.test(t[s - 1])) s--;
  if (s === p && t[s - 1] === ',') {
    // Apposition: skip it, take the chunk before.
    let k = s - 1;
    while (k > from && !/[,;:"“”(]/.test(t[k - 1])) k--;
    if (k > from && t[k - 1] === ',') {
      const e = k - 1;
      let b = e;
      while (b > from && !/[,;:"“”(]/.test(t[b - 1])) b--;
      return { start: b, end: e };
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
  while (e < limit && !/[,;:.!?"“”(]/.test(t[e]) || (e < limit && t[e] === '.' && /\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Co|Ltd|Jr|Sr)$/.test(t.slice(Math.max(from, e - 4), e)))) e++;
  const seg = t.slice(from, e);
  const m = TRIM_AFTER.exec(seg);
  if (m && m.index > 0 && !/^\s+(?:for|of)\b/i.test(m[0])) e = from + m.index;
  return { start: from, end: e };
}

function firstVerb(c: Ctx, from: number, to: number): number {
  for (let i = lowerBound(c.toks, from); i < c.toks.length && c.toks[i].start < to; i++) if (isVerbTok(c.toks[i])) return i;
  return -1;
}
function lastVerb(c: Ctx, from: number, to: number): number {
  let found = -1;
  for (let i = lowerBound(c.toks, from); i < c.toks.length && c.toks[i].end <= to; i++) if (isVerbTok(c.toks[i])) found = i;
  return found;
}

export function findQuotes(text: string, toks: Token[], sents: EnSentence[], pairs: EnPair[], mentions: Mention[], ents: EnEntity[]): EnQuote[] {
  const c: Ctx = { text, toks, mentions, ents, mentionStarts: mentions.map((m) => m.start), lastSpeaker: null };
  const out: EnQuote[] = [];
  let pi = 0;
  let lastDirect: { q: EnQuote; paragraph: number } | null = null;
  for (const s of sents) {
    const ps: EnPair[] = [];
    while (pi < pairs.length && pairs[pi].open < s.end) {
      if (pairs[pi].open >= s.start) ps.push(pairs[pi]);
      pi++;
    }
    if (ps.length === 0) {
      const q = indirect(c, s);
      if (q) {
        out.push(q);
        if (q.speaker) c.lastSpeaker = q.speaker;
      }
      continue;
    }
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
        if (/^[\s,]*$/.test(gap)) speaker = resolvePhrase(c, phraseAfter(c, v.end, nextOpen));
        else if (!/[.!?;:"“”]/.test(gap)) speaker = resolvePhrase(c, { start: closeEnd, end: v.start });
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
      // Before the quote: `X said: "…"`, `X told reporters "…"`.
      if (!speaker) {
        const bi = lastVerb(c, prevClose, p.open);
        if (bi >= 0) {
          const v = toks[bi];
          const between = text.slice(v.end, p.open);
          if (/^(?:\s+[\p{L}\p{N}'’.-]+){0,5}\s*[:,]?\s*$/u.test(between) && !/\b(?:the|a|an)\s*$/i.test(between)) {
            speaker = resolvePhrase(c, phraseBefore(c, prevClose, v.start));
            if (speaker) cue = { start: v.start, end: v.end };
          }
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
      if (speaker) {
        lastDirect = { q, paragraph: s.paragraph };
        c.lastSpeaker = speaker;
      }
    }
  }
  return out;
}

function quoteSegment(text: string, p: EnPair): Range {
  const r = trimRange(text, p.content);
  return r;
}

const THAT_GAP = /^(?:\s+[\p{L}\p{N}'’.-]+){0,6}?\s+that\s+/u;

const DATELINE = /^\p{Lu}[\p{Lu} .]{1,30}(?:\([^)\n]{0,30}\))?(?:,[^–—\n]{0,30})?\s+[–—-]{1,2}\s+/u;

function indirect(c: Ctx, s0: EnSentence): EnQuote | null {
  const t = c.text;
  let s = s0;
  let sent = t.slice(s.start, s.end);
  // Dateline ("SEOUL, June 9 (Reuters) -"): not part of the reported clause.
  const dl = DATELINE.exec(sent);
  if (dl) {
    s = { start: s.start + dl[0].length, end: s.end, paragraph: s.paragraph };
    sent = t.slice(s.start, s.end);
  }
  let endTrim = s.end;
  while (endTrim > s.start && /[\s.!?]/.test(t[endTrim - 1])) endTrim--;
  // According to X, CLAUSE. / CLAUSE, according to X.
  const acc = /^According to ([^,]{2,80}), /.exec(sent);
  if (acc) {
    const sp = resolvePhrase(c, { start: s.start + 13, end: s.start + 13 + acc[1].length });
    if (sp) return { kind: 'indirect', segments: [{ start: s.start + acc[0].length, end: endTrim }], cue: { start: s.start, end: s.start + 12 }, speaker: sp, confidence: 0.7 };
  }
  const acc2 = /, according to ([^,]{2,80})[.!?]?$/.exec(sent);
  if (acc2) {
    const cs = s.start + acc2.index + 2;
    const sp = resolvePhrase(c, { start: cs + 13, end: Math.min(endTrim, cs + 13 + acc2[1].length) });
    if (sp) return { kind: 'indirect', segments: [{ start: s.start, end: s.start + acc2.index }], cue: { start: cs, end: cs + 12 }, speaker: sp, confidence: 0.65 };
  }
  const vi = firstVerb(c, s.start, s.end);
  if (vi < 0) return null;
  const v = c.toks[vi];
  // CLAUSE, X said. / CLAUSE, said X.
  const tail = t.slice(v.end, endTrim);
  let comma = v.start - 1;
  while (comma > s.start && t[comma] !== ',') comma--;
  // After the verb only adverbials may follow ("in a note to clients on Thursday"), not a clause.
  if (comma > s.start && !/[,;:]|\bthat\b/.test(tail) && tail.split(' ').length <= 9) {
    const sp = resolvePhrase(c, { start: comma + 1, end: v.start });
    if (sp && t.slice(s.start, comma).split(' ').length >= 3) {
      return { kind: 'indirect', segments: [trimRange(t, { start: s.start, end: comma })], cue: { start: v.start, end: v.end }, speaker: sp, confidence: 0.6 };
    }
  }
  // X said (that) CLAUSE.
  const p = v.end;
  const rest = t.slice(p, endTrim);
  let clauseStart = -1;
  const tm = THAT_GAP.exec(rest);
  if (tm && !/[,;]/.test(tm[0])) clauseStart = p + tm[0].length;
  if (clauseStart < 0) {
    const m = /^\s+/.exec(rest);
    if (m && !OBJECT_VERBS.has(v.lower)) {
      const ni = vi + 1;
      const n = c.toks[ni];
      if (n && n.start === p + m[0].length && (SUBJECT_START.has(n.lower) || n.cap || /^\p{N}/u.test(n.w))) clauseStart = n.start;
    }
  }
  if (clauseStart < 0 || clauseStart >= endTrim) return null;
  if (t.slice(clauseStart, endTrim).split(/\s+/).length < 3) return null;
  const sp = resolvePhrase(c, phraseBefore(c, s.start, v.start));
  if (!sp) return null;
  return { kind: 'indirect', segments: [{ start: clauseStart, end: endTrim }], cue: { start: v.start, end: v.end }, speaker: sp, confidence: 0.7 };
}
