/** Shared pieces of the Korean entity stages: lexicons, the word tokenizer, particle stripping, candidate type. */
import type { EntityType } from '../../types';
import knownJson from '../lexicon/known-entities.json';
import particlesJson from '../lexicon/particles.json';
import orgJson from '../lexicon/org-suffixes.json';
import namesJson from '../lexicon/names.json';
import commonJson from '../lexicon/common-words.json';

export interface LexEntry {
  id: number;
  name: string;
  canonical: string;
  type: EntityType;
  aliases: string[];
}

const TYPE_CODE: Record<string, EntityType> = { o: 'organization', l: 'place', p: 'person', r: 'product', e: 'event' };

export const LEXICON: LexEntry[] = [];
/** Normalized (spaces removed) name or alias → entry. */
export const LEX_INDEX = new Map<string, LexEntry>();
for (const row of (knownJson as { entries: unknown[][] }).entries) {
  const [name, canonical, code, aliases] = row as [string, string, string, string[] | undefined];
  const e: LexEntry = { id: LEXICON.length, name, canonical, type: TYPE_CODE[code], aliases: aliases ?? [] };
  LEXICON.push(e);
  for (const n of [name, ...e.aliases]) {
    const k = norm(n);
    if (!LEX_INDEX.has(k) || n === name) LEX_INDEX.set(k, e);
  }
}

/** First words of lexicon names and aliases written in several words (유엔 안보리, 샘 올트먼). */
export const LEX_FIRST_WORDS = new Set<string>();
for (const e of LEXICON) for (const n of [e.name, ...e.aliases]) if (n.includes(' ')) LEX_FIRST_WORDS.add(n.slice(0, n.indexOf(' ')));

export function norm(s: string): string {
  return s.replace(/\s+/g, '');
}

export const PARTICLES = new Set<string>((particlesJson as { particles: string[] }).particles);
const MAX_P = Math.max(...[...PARTICLES].map((p) => p.length));
export const STRONG_ORG = (orgJson as { strong: string[] }).strong.slice().sort((a, b) => b.length - a.length);
export const STRONG_ORG_SET = new Set(STRONG_ORG);
export const STRONG_ORG_MAX = Math.max(...STRONG_ORG.map((x) => x.length));
export const WEAK_ORG = new Set<string>((orgJson as { weak: string[] }).weak);
export const GENERIC_ORG = new Set<string>((orgJson as { generic: string[] }).generic);
export const SURNAMES: Record<string, string> = (namesJson as { surnames: Record<string, string> }).surnames;
export const GIVEN = new Set<string>([...(namesJson as { givenSyllables: string }).givenSyllables]);
const common = commonJson as { notOrg: string; notPerson: string; placeHeads: string[] };
export const NOT_ORG = new Set(common.notOrg.split(/\s+/));
export const NOT_PERSON = new Set(common.notPerson.split(/\s+/));
export const PLACE_HEADS = common.placeHeads.slice().sort((a, b) => b.length - a.length);
export const PLACE_HEAD_SET = new Set(PLACE_HEADS);
export const PLACE_HEAD_MAX = Math.max(...PLACE_HEADS.map((x) => x.length));

export interface Tok {
  start: number;
  end: number;
  text: string;
}

const TOKEN_RE = /[\p{Script=Hangul}A-Za-z0-9㈜&][\p{Script=Hangul}A-Za-z0-9㈜&\-.]*|[\p{Script=Han}]+/gu;

/** Words of the text: runs of Hangul, Latin letters and digits (inner - and . kept: GPT-4, 2.0); Hanja runs apart. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    let t = m[0];
    while (t.length > 1 && (t.endsWith('.') || t.endsWith('-'))) t = t.slice(0, -1);
    out.push({ start: m.index, end: m.index + t.length, text: t });
  }
  return out;
}

export const isHangul = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 0xac00 && x <= 0xd7a3) || (x >= 0x1100 && x <= 0x11ff) || (x >= 0x3130 && x <= 0x318f);
};

/** The longest entry of `set` (max length `maxLen`) that ends `w` and is shorter than it, or undefined. */
export function endingIn(w: string, set: Set<string>, maxLen: number): string | undefined {
  for (let l = Math.min(maxLen, w.length - 1); l >= 1; l--) {
    const tail = w.slice(w.length - l);
    if (set.has(tail)) return tail;
  }
  return undefined;
}
export const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/**
 * Possible stems of a word, longest first: the word itself, then the word without each particle (chain) that ends it.
 * A stem keeps at least `minStem` characters.
 */
const STEM_CACHE = new Map<string, string[]>();
export function stems(word: string, minStem = 1): string[] {
  const key = minStem + word;
  const hit = STEM_CACHE.get(key);
  if (hit) return hit;
  if (STEM_CACHE.size > 50000) STEM_CACHE.clear();
  const out = computeStems(word, minStem);
  STEM_CACHE.set(key, out);
  return out;
}

function computeStems(word: string, minStem: number): string[] {
  const out = [word];
  for (let l = 1; l <= MAX_P && word.length - l >= minStem; l++) {
    const tail = word.slice(word.length - l);
    if (!isHangul(tail[0])) break;
    if (PARTICLES.has(tail)) out.push(word.slice(0, word.length - l));
  }
  return out;
}

/** The word without its particle: the shortest particle-free reading when a particle ends it (stem ≥ minStem). */
export function stripParticle(word: string, minStem = 2): string {
  // Latin (or digits) followed by Hangul: the Hangul tail is a particle when it is one.
  const m = /^([A-Za-z0-9㈜&\-.]+)(\p{Script=Hangul}+)$/u.exec(word);
  if (m && PARTICLES.has(m[2])) return m[1];
  const s = stems(word, minStem);
  return s[s.length - 1];
}

export function hasParticle(word: string, minStem = 2): boolean {
  return stripParticle(word, minStem) !== word;
}

/** A Korean personal name: known surname + 1–2 syllables (or 2-syllable surname + 1–2). */
export function koreanNameShape(w: string): boolean {
  if (!/^\p{Script=Hangul}{2,4}$/u.test(w)) return false;
  if (w.length === 4) return !!SURNAMES[w.slice(0, 2)] && SURNAMES[w.slice(0, 2)].length > 3;
  return !!SURNAMES[w[0]];
}

/** Korean-name shape with given-name syllables that are usual in names (to find names that stand alone). */
export function likelyKoreanName(w: string): boolean {
  if (w.length !== 3 || !koreanNameShape(w)) return false;
  if (!GIVEN.has(w[1]) || !GIVEN.has(w[2])) return false;
  if (NOT_PERSON.has(w) || NOT_PERSON.has(w.slice(0, 2)) || NOT_PERSON.has(w.slice(1))) return false;
  return true;
}

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins overlaps. */
  priority: number;
  source: string;
  lex?: LexEntry;
  title?: string;
  /** Span of the organization the person belongs to (apposition: 김성훈 업스테이지 대표). */
  affiliation?: { start: number; end: number };
  /** Span this candidate is another name of (parenthesized alias). */
  aliasOf?: { start: number; end: number };
}

export interface StageInput {
  text: string;
  tokens: Tok[];
  sentences: { start: number; end: number }[];
}

/** Text between two tokens is only spaces (same phrase). */
export function spaced(text: string, a: Tok, b: Tok): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ') return false;
  return true;
}
