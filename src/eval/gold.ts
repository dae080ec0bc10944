/** Reading a gold folder (NNN.txt + NNN.gold.json [+ NNN.meta.json]) and locating gold strings in the text. */
import * as fs from 'fs';
import * as path from 'path';
import type { QuoteKind } from '../types';

export type GoldSpeakerType = 'person' | 'organization' | 'group' | 'unknown';

export interface GoldQuote {
  kind: QuoteKind;
  /** Exact substrings of the text, in order. */
  segments: string[];
  speaker: string | null;
  speakerType?: GoldSpeakerType;
  mention?: string;
  cue?: string;
}

export interface GoldDate {
  text: string;
  value: string | null;
}

/** The parsed NNN.gold.json. */
export interface GoldFile {
  id: string;
  published?: string | null;
  quotes: GoldQuote[];
  dates: GoldDate[];
  people: string[];
  organizations: string[];
  notes?: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  published: string | null;
  gold: GoldFile;
}

function readJson(file: string): unknown {
  const raw = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${file}: invalid JSON (${(e as Error).message})`);
  }
}

function stringArray(v: unknown, what: string, file: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`${file}: "${what}" must be an array of strings`);
  return v as string[];
}

/** Checks the shape of a parsed gold file and fills in missing lists. */
export function parseGold(data: unknown, file: string, fallbackId: string): GoldFile {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: a gold file must hold a JSON object`);
  const o = data as Record<string, unknown>;
  const quotesRaw = o.quotes ?? [];
  if (!Array.isArray(quotesRaw)) throw new Error(`${file}: "quotes" must be an array`);
  const quotes: GoldQuote[] = quotesRaw.map((q, i) => {
    if (!q || typeof q !== 'object') throw new Error(`${file}: quotes[${i}] must be an object`);
    const r = q as Record<string, unknown>;
    if (r.kind !== 'direct' && r.kind !== 'indirect') throw new Error(`${file}: quotes[${i}].kind must be "direct" or "indirect"`);
    const segments = stringArray(r.segments, `quotes[${i}].segments`, file);
    if (segments.length === 0) throw new Error(`${file}: quotes[${i}] has no segments`);
    if (r.speaker !== null && r.speaker !== undefined && typeof r.speaker !== 'string')
      throw new Error(`${file}: quotes[${i}].speaker must be a string or null`);
    return {
      kind: r.kind,
      segments,
      speaker: typeof r.speaker === 'string' && r.speaker.trim() !== '' ? r.speaker : null,
      speakerType: r.speakerType as GoldSpeakerType | undefined,
      mention: typeof r.mention === 'string' ? r.mention : undefined,
      cue: typeof r.cue === 'string' ? r.cue : undefined,
    };
  });
  const datesRaw = o.dates ?? [];
  if (!Array.isArray(datesRaw)) throw new Error(`${file}: "dates" must be an array`);
  const dates: GoldDate[] = datesRaw.map((d, i) => {
    const r = (d ?? {}) as Record<string, unknown>;
    if (typeof r.text !== 'string' || r.text === '') throw new Error(`${file}: dates[${i}].text must be a non-empty string`);
    return { text: r.text, value: typeof r.value === 'string' ? r.value : null };
  });
  return {
    id: typeof o.id === 'string' ? o.id : fallbackId,
    published: typeof o.published === 'string' ? o.published : null,
    quotes,
    dates,
    people: stringArray(o.people, 'people', file),
    organizations: stringArray(o.organizations, 'organizations', file),
    notes: typeof o.notes === 'string' ? o.notes : undefined,
  };
}

/**
 * Loads every NNN.gold.json of a folder with its NNN.txt (required) and NNN.meta.json (optional: "published"),
 * sorted by file name. `published` comes from the meta file, else from the gold file, else null.
 */
export function loadGoldDir(dir: string): GoldDoc[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    throw new Error(`cannot read gold folder ${dir}: ${(e as Error).message}`);
  }
  const golds = names.filter((n) => n.endsWith('.gold.json')).sort();
  if (golds.length === 0) throw new Error(`no *.gold.json file in ${dir} (expected NNN.txt + NNN.gold.json pairs)`);
  return golds.map((name) => {
    const base = name.slice(0, -'.gold.json'.length);
    const goldFile = path.join(dir, name);
    const txtFile = path.join(dir, `${base}.txt`);
    if (!fs.existsSync(txtFile)) throw new Error(`${goldFile}: no text file ${base}.txt next to it`);
    const text = fs.readFileSync(txtFile, 'utf8').replace(/^\uFEFF/, '');
    const gold = parseGold(readJson(goldFile), goldFile, base);
    let published: string | null = gold.published ?? null;
    const metaFile = path.join(dir, `${base}.meta.json`);
    if (fs.existsSync(metaFile)) {
      const meta = readJson(metaFile) as Record<string, unknown> | null;
      if (meta && typeof meta.published === 'string') published = meta.published;
    }
    return { id: base, text, published, gold };
  });
}

/** UTF-16 range of a located gold string. */
export interface Located {
  start: number;
  end: number;
}

const DIGIT = /[0-9]/;

/** True when the occurrence at `at` does not cut a number in two (a "1일" inside "11일"). */
function cleanBoundary(text: string, at: number, needle: string): boolean {
  if (DIGIT.test(needle[0]) && at > 0 && DIGIT.test(text[at - 1])) return false;
  const end = at + needle.length;
  if (DIGIT.test(needle[needle.length - 1]) && end < text.length && DIGIT.test(text[end])) return false;
  return true;
}

function findFrom(text: string, needle: string, from: number, clean: boolean): number {
  let at = text.indexOf(needle, from);
  while (at >= 0 && clean && !cleanBoundary(text, at, needle)) at = text.indexOf(needle, at + 1);
  return at;
}

/**
 * Finds `needle` at or after `from` (then at or after each of `alsoFrom`), else anywhere, preferring occurrences
 * that do not cut a number and are not already `taken`. Returns null when the string is not in the text.
 */
export function locate(
  text: string,
  needle: string,
  from: number,
  taken?: Set<number>,
  alsoFrom: number[] = [],
): Located | null {
  if (needle === '') return null;
  const starts = [from, ...alsoFrom, 0];
  const tries: Array<[number, boolean]> = [...starts.map((s) => [s, true] as [number, boolean]), ...starts.map((s) => [s, false] as [number, boolean])];
  let fallback = -1;
  for (const [start, clean] of tries) {
    let at = findFrom(text, needle, start, clean);
    while (at >= 0 && taken?.has(at)) {
      if (fallback < 0) fallback = at;
      at = findFrom(text, needle, at + 1, clean);
    }
    if (at >= 0) return { start: at, end: at + needle.length };
  }
  return fallback >= 0 ? { start: fallback, end: fallback + needle.length } : null;
}

export interface LocatedQuote {
  /** UTF-16 ranges of the segments; a segment not found in the text is left out. */
  segments: Located[];
  missing: string[];
}

/**
 * Locates the gold quotes in order: each quote after the end of the previous one (then after the start of the
 * previous one, then anywhere), its segments one after the other.
 */
export function locateQuotes(text: string, quotes: GoldQuote[]): LocatedQuote[] {
  let prevEnd = 0;
  let prevStart = 0;
  const taken = new Set<number>();
  return quotes.map((q) => {
    const segments: Located[] = [];
    const missing: string[] = [];
    let from = prevEnd;
    q.segments.forEach((seg, i) => {
      const loc =
        i === 0 ? locate(text, seg, prevEnd, taken, [prevStart]) : locate(text, seg, from);
      if (!loc) {
        missing.push(seg);
        return;
      }
      if (i === 0) {
        taken.add(loc.start);
        prevStart = loc.start + 1;
      }
      segments.push(loc);
      from = loc.end;
    });
    if (segments.length > 0) prevEnd = segments[segments.length - 1].end;
    return { segments, missing };
  });
}

/** Locates gold dates in order, each after the end of the previous one (the same text twice -> two places). */
export function locateDates(text: string, dates: GoldDate[]): Array<Located | null> {
  let cursor = 0;
  const taken = new Set<number>();
  return dates.map((d) => {
    const loc = locate(text, d.text, cursor, taken);
    if (loc) {
      taken.add(loc.start);
      cursor = loc.end;
    }
    return loc;
  });
}
