/**
 * Byte decoding for input files: BOMs (UTF-8, UTF-16 LE/BE), UTF-8 validation with byte offsets of invalid
 * sequences, EUC-KR/CP949 detection, UTF-16 without BOM, binary detection, and forced encodings (any iconv-lite
 * name). iconv-lite is required lazily, only when a non-UTF encoding is actually needed (cold start matters).
 */
import { isUtf8 } from 'buffer';
import type * as IconvLite from 'iconv-lite';

export interface DecodeProblem {
  message: string;
  /** Byte offset of the problem in the buffer, -1 when unknown. */
  byteOffset: number;
}

export interface DecodeResult {
  text: string;
  /** Normalized name of the encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'cp949' or the forced name. */
  encoding: string;
  problems: DecodeProblem[];
}

/** How many invalid sequences are reported one by one before a summary problem. */
const MAX_LISTED = 5;
/** Bytes looked at for binary / UTF-16 sniffing. */
export const SNIFF_BYTES = 8192;

let iconvCache: typeof IconvLite | null = null;
export function iconv(): typeof IconvLite {
  if (!iconvCache) iconvCache = require('iconv-lite') as typeof IconvLite;
  return iconvCache;
}

/** Normalize an encoding name for our own fast paths; other names go to iconv-lite as given. */
function normName(name: string): string {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (n === 'utf8') return 'utf-8';
  if (n === 'utf16le' || n === 'ucs2' || n === 'utf16') return 'utf-16le';
  if (n === 'utf16be') return 'utf-16be';
  if (n === 'cp949' || n === 'euckr' || n === 'uhc' || n === 'ksc56011987' || n === 'windows949' || n === 'ms949') {
    return 'cp949';
  }
  return name;
}

/** True when the name is an encoding decodeBuffer can force (the CLI can check --encoding early with this). */
export function isKnownEncoding(name: string): boolean {
  const n = normName(name);
  if (n === 'utf-8' || n === 'utf-16le' || n === 'utf-16be' || n === 'cp949') return true;
  try {
    return iconv().encodingExists(name);
  } catch {
    return false;
  }
}

export type Sniff = 'text' | 'binary' | 'utf-16le' | 'utf-16be';

/**
 * Look at the start of a buffer: a BOM says UTF-16; NUL bytes in the first 8 KB mean binary, unless the bytes read
 * as plausible UTF-16 text without BOM (ASCII/Hangul code units, almost no control characters).
 */
export function sniff(buf: Buffer): Sniff {
  if (buf.length >= 2) {
    if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
    if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  }
  const n = Math.min(buf.length, SNIFF_BYTES);
  if (buf.subarray(0, n).indexOf(0) < 0) return 'text';
  const even = n & ~1;
  if (even < 4) return 'binary';
  const le = utf16Plausibility(buf, even, true);
  const be = utf16Plausibility(buf, even, false);
  const best = le.good >= be.good ? le : be;
  const units = even / 2;
  if (best.good >= units * 0.6 && best.bad <= units * 0.01) return le.good >= be.good ? 'utf-16le' : 'utf-16be';
  return 'binary';
}

function utf16Plausibility(buf: Buffer, n: number, little: boolean): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < n; i += 2) {
    const u = little ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
    if (u < 0x20) {
      if (u === 9 || u === 10 || u === 13 || u === 12) good++;
      else bad++;
    } else if (u < 0x7f) good++;
    else if (u >= 0xac00 && u <= 0xd7a3) good++; // Hangul syllables
    else if ((u >= 0x3000 && u <= 0x303f) || (u >= 0x2010 && u <= 0x206f) || (u >= 0xff00 && u <= 0xffef)) good++;
    else if (u === 0xfffe || u === 0xffff) bad++;
  }
  return { good, bad };
}

/**
 * Offsets of invalid UTF-8 sequences (start of each maximal invalid subpart, as WHATWG decoders replace them).
 * Returns the total count and the first `limit` offsets.
 */
export function scanUtf8(buf: Buffer, start = 0, limit = MAX_LISTED + 1): { count: number; offsets: number[] } {
  const offsets: number[] = [];
  let count = 0;
  const n = buf.length;
  let i = start;
  const bad = (at: number) => {
    count++;
    if (offsets.length < limit) offsets.push(at);
  };
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let j = i + 1;
    let k = 0;
    for (; k < need && j < n; k++, j++) {
      const c = buf[j];
      if (c < lo || c > hi) break;
      lo = 0x80;
      hi = 0xbf;
    }
    if (k === need) {
      i = j;
    } else {
      bad(i);
      i = j; // skip the maximal subpart; the offending byte (if any) is looked at again
    }
  }
  return { count, offsets };
}

function isCp949Lead(b: number): boolean {
  return b >= 0x81 && b <= 0xfe;
}
function isCp949Trail(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x81 && c <= 0xfe);
}

/** Structural CP949 check: count of invalid bytes, their first offsets, and how many double-byte characters. */
export function scanCp949(buf: Buffer, limit = MAX_LISTED + 1): { count: number; offsets: number[]; pairs: number } {
  const offsets: number[] = [];
  let count = 0;
  let pairs = 0;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
    } else if (isCp949Lead(b) && i + 1 < n && isCp949Trail(buf[i + 1])) {
      pairs++;
      i += 2;
    } else {
      count++;
      if (offsets.length < limit) offsets.push(i);
      i++;
    }
  }
  return { count, offsets, pairs };
}

function listProblems(what: string, count: number, offsets: number[]): DecodeProblem[] {
  const out: DecodeProblem[] = [];
  for (let k = 0; k < offsets.length && k < MAX_LISTED; k++) {
    out.push({ message: `invalid ${what} at byte ${offsets[k]} (replaced)`, byteOffset: offsets[k] });
  }
  if (count > MAX_LISTED) {
    const more = count - MAX_LISTED;
    out.push({
      message: `${more} more invalid ${what} sequence${more === 1 ? '' : 's'} (replaced)`,
      byteOffset: offsets.length > MAX_LISTED ? offsets[MAX_LISTED] : -1,
    });
  }
  return out;
}

function decodeUtf8(buf: Buffer, start: number): DecodeResult {
  const body = start ? buf.subarray(start) : buf;
  const text = body.toString('utf8');
  if (isUtf8(body)) return { text, encoding: 'utf-8', problems: [] };
  const { count, offsets } = scanUtf8(buf, start);
  return { text, encoding: 'utf-8', problems: listProblems('UTF-8', count, offsets) };
}

function decodeUtf16(buf: Buffer, start: number, little: boolean): DecodeResult {
  const problems: DecodeProblem[] = [];
  let body = buf.subarray(start);
  if (body.length % 2 === 1) {
    problems.push({ message: `odd number of bytes for UTF-16 (last byte dropped)`, byteOffset: buf.length - 1 });
    body = body.subarray(0, body.length - 1);
  }
  let text: string;
  if (little) text = body.toString('utf16le');
  else {
    const copy = Buffer.from(body);
    copy.swap16();
    text = copy.toString('utf16le');
  }
  // Lone surrogates: replace them, report the first few.
  let count = 0;
  const offsets: number[] = [];
  let fixed: string[] | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    count++;
    if (offsets.length <= MAX_LISTED) offsets.push(start + i * 2);
    if (!fixed) fixed = [];
    fixed.push(text.slice(last, i), '\uFFFD');
    last = i + 1;
  }
  if (fixed) {
    fixed.push(text.slice(last));
    text = fixed.join('');
    problems.push(...listProblems('UTF-16', count, offsets));
  }
  return { text, encoding: little ? 'utf-16le' : 'utf-16be', problems };
}

/** Decode CP949 with iconv-lite; locate replacement characters by walking bytes and characters in step. */
function decodeCp949(buf: Buffer, start: number): DecodeResult {
  const body = start ? buf.subarray(start) : buf;
  const text = iconv().decode(body, 'cp949');
  // Count replacement characters that are not structural errors (unassigned pairs) by a parallel walk.
  let count = 0;
  const offsets: number[] = [];
  const note = (at: number) => {
    count++;
    if (offsets.length <= MAX_LISTED) offsets.push(start + at);
  };
  if (text.indexOf('\uFFFD') < 0) return { text, encoding: 'cp949', problems: [] };
  let ci = 0;
  let i = 0;
  const n = body.length;
  let inStep = true;
  while (i < n) {
    const b = body[i];
    const pair = b >= 0x80 && isCp949Lead(b) && i + 1 < n && isCp949Trail(body[i + 1]);
    if (ci >= text.length) {
      inStep = false;
      break;
    }
    if (text.charCodeAt(ci) === 0xfffd) note(i); // (CP949 has no encoding of U+FFFD itself)
    ci++;
    i += pair ? 2 : 1;
  }
  if (!inStep || ci !== text.length) {
    // The decoder did not map one character per unit: fall back to the structural errors.
    const scan = scanCp949(body);
    for (let j = 0; j < scan.offsets.length; j++) scan.offsets[j] += start;
    return { text, encoding: 'cp949', problems: listProblems('CP949', scan.count, scan.offsets) };
  }
  return { text, encoding: 'cp949', problems: listProblems('CP949', count, offsets) };
}

function mostlyHangul(text: string): boolean {
  let hangul = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else other++;
  }
  return hangul > 0 && hangul >= other;
}

export interface DecodeOptions {
  /** Forced encoding (any iconv-lite name); wins over everything but a BOM of the same family. */
  forced?: string;
  /** Charset declared by the document (HTML <meta charset>): used when the bytes are not valid UTF-8. */
  declared?: string;
}

/**
 * Decode a whole buffer. Never throws for bad bytes (replacement characters and problems with byte offsets).
 * Throws only for an unknown forced encoding.
 */
export function decodeBuffer(buf: Buffer, forced?: string): DecodeResult {
  return decodeWith(buf, { forced });
}

export function decodeWith(buf: Buffer, opts: DecodeOptions): DecodeResult {
  const hasUtf8Bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const s = sniff(buf);
  if (opts.forced) {
    const name = normName(opts.forced);
    if (name === 'utf-8') return decodeUtf8(buf, hasUtf8Bom ? 3 : 0);
    if (name === 'utf-16le') return decodeUtf16(buf, s === 'utf-16le' ? 2 : 0, true);
    if (name === 'utf-16be') return decodeUtf16(buf, s === 'utf-16be' ? 2 : 0, false);
    if (name === 'cp949') return decodeCp949(buf, 0);
    const ic = iconv();
    if (!ic.encodingExists(opts.forced)) throw new Error(`unknown encoding "${opts.forced}"`);
    const text = ic.decode(buf, opts.forced);
    let count = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
    const problems: DecodeProblem[] = count
      ? [{ message: `${count} byte sequence${count === 1 ? '' : 's'} not valid in ${opts.forced} (replaced)`, byteOffset: -1 }]
      : [];
    return { text, encoding: opts.forced, problems };
  }
  if (hasUtf8Bom) return decodeUtf8(buf, 3);
  if (s === 'utf-16le') return decodeUtf16(buf, buf[0] === 0xff && buf[1] === 0xfe ? 2 : 0, true);
  if (s === 'utf-16be') return decodeUtf16(buf, buf[0] === 0xfe && buf[1] === 0xff ? 2 : 0, false);
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8', problems: [] };
  // Not valid UTF-8: a declared charset, else CP949 when it fits the bytes better and reads as Korean.
  if (opts.declared) {
    const d = normName(opts.declared);
    if (d === 'cp949') return decodeCp949(buf, 0);
    if (d !== 'utf-8' && d !== 'utf-16le' && d !== 'utf-16be' && iconv().encodingExists(opts.declared)) {
      return decodeWith(buf, { forced: opts.declared });
    }
  }
  const u = scanUtf8(buf);
  const k = scanCp949(buf);
  if (k.pairs > 0 && k.count < u.count) {
    const r = decodeCp949(buf, 0);
    if (mostlyHangul(r.text)) return r;
  }
  return { text: buf.toString('utf8'), encoding: 'utf-8', problems: listProblems('UTF-8', u.count, u.offsets) };
}
