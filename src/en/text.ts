/** English text structure: paragraphs, quote-mark pairs, sentences and word tokens (UTF-16 offsets). */
import type { Range } from '../pipeline/document';

export interface EnPair {
  open: number;
  close: number | null;
  content: Range;
  paragraph: number;
}

export interface EnSentence extends Range {
  paragraph: number;
}

export interface Token extends Range {
  /** The word as written (possessive 's removed). */
  w: string;
  lower: string;
  cap: boolean;
  possessive: boolean;
}

export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let s = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      push(s, i);
      s = i + 1;
    }
  }
  return out;
}

/** Pair “…” and "…" inside each paragraph; an opening mark never closed runs to the paragraph end. */
export function quotePairs(text: string, paras: Range[]): EnPair[] {
  const out: EnPair[] = [];
  paras.forEach((p, pi) => {
    const before = out.length;
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      if (c === '\u201C' || (c === '"' && open < 0)) {
        if (open >= 0) continue; // nested/unbalanced curly open: keep the first
        open = i;
      } else if ((c === '\u201D' || c === '"') && open >= 0) {
        out.push({ open, close: i, content: { start: open + 1, end: i }, paragraph: pi });
        open = -1;
      }
    }
    if (open >= 0) out.push({ open, close: null, content: { start: open + 1, end: p.end }, paragraph: pi });
    else if (out.length === before) singlePairs(text, p, pi, out);
  });
  return out;
}

/**
 * Single quote marks as the quotation marks of British style ('We will fight,' she said.), in a paragraph without
 * double ones: an opening mark at a word start before a capital or digit, and a closing mark right after the
 * quote's own punctuation (, . ! ?) and before a space or the paragraph end — never an apostrophe (don't, workers').
 */
const SINGLE_QUOTE_MAX = 1500;

function singlePairs(text: string, p: Range, pi: number, out: EnPair[]): void {
  // The closing marks first (whether a mark closes does not depend on where the quote opened), then each opening
  // takes the first after it: linear, however many stray marks a paragraph holds.
  const closes: number[] = [];
  for (let j = p.start + 1; j < p.end; j++) {
    const d = text[j];
    if ((d === "'" || d === '\u2019') && /[,.!?]/.test(text[j - 1]) && (j + 1 === p.end || /[\s)]/.test(text[j + 1]))) closes.push(j);
  }
  let k = 0;
  for (let i = p.start; i < p.end && k < closes.length; i++) {
    const c = text[i];
    if ((c !== "'" && c !== '\u2018') || (i > p.start && !/[\s(—–]/.test(text[i - 1])) || !/[\p{Lu}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    while (k < closes.length && closes[k] < i + 2) k++;
    if (k === closes.length) break;
    const j = closes[k];
    // (A quote in single marks runs a few sentences at most.)
    if (j - i <= SINGLE_QUOTE_MAX && text.slice(i + 1, j).split(/\s+/).length >= 3) {
      out.push({ open: i, close: j, content: { start: i + 1, end: j }, paragraph: pi });
      i = j;
    }
  }
}

const ABBR = new Set(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm supt insp det st jr sr inc corp ltd co no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m mt ft approx dept est'.split(' '),
);

export function isAbbrev(word: string): boolean {
  const w = word.toLowerCase();
  return ABBR.has(w) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word);
}

/** Whether the dot at `dot` ends an abbreviation ("Mr.", "Rep.", "U.S.", "J.D."), reading back no further than `from`. */
export function abbreviationDot(text: string, dot: number, from = 0): boolean {
  return isAbbrev(/[\p{L}.]*$/u.exec(text.slice(Math.max(from, dot - 12), dot))![0]);
}

/** Sentences: split after . ! ? (and closing quotes) outside quotes, before an upper-case letter, digit or quote. */
export function sentences(text: string, paras: Range[], inside: Uint8Array): EnSentence[] {
  const out: EnSentence[] = [];
  paras.forEach((p, pi) => {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i];
      let end = -1;
      if ((c === '.' || c === '!' || c === '?') && !inside[i]) {
        if (c === '.') {
          let k = i;
          while (k > p.start && /[\p{L}.]/u.test(text[k - 1])) k--;
          // ("No." is an abbreviation before a number only: "No. 1", but "No. We will not.")
          if (isAbbrev(text.slice(k, i)) && !(/^no$/i.test(text.slice(k, i)) && !/^\s*\d/.test(text.slice(i + 1, i + 3)))) continue;
        }
        end = i + 1;
      } else if ((c === '\u201D' || c === '"' || c === '\u2019' || c === "'") && inside[i - 1] && !inside[i] && /[.!?]/.test(text[i - 1])) {
        end = i + 1;
      }
      if (end < 0) continue;
      while (end < p.end && /[)\]'’\u201D"]/.test(text[end]) && !inside[end]) end++;
      let n = end;
      while (n < p.end && (text[n] === ' ' || text[n] === '\t')) n++;
      if (n >= p.end) break;
      if (n === end) continue;
      if (!/[\p{Lu}\p{N}\u201C"'‘(]/u.test(text[n])) continue;
      out.push({ start: s, end, paragraph: pi });
      s = n;
      i = n - 1;
    }
    if (s < p.end) out.push({ start: s, end: p.end, paragraph: pi });
  });
  return out;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*\.?/gu;

/** Word tokens; with `keep`, lower-case words outside it are left out (fewer objects: the stages only look at
 * capitalized words, numbers, speech verbs, connectors and clause-opening words). */
export function tokenize(text: string, keep?: Set<string>): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let w = m[0];
    const c0 = w.charCodeAt(0);
    if (keep && c0 >= 97 && c0 <= 122) {
      const lw = w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w;
      if (!keep.has(lw)) continue;
    }
    let end = m.index + w.length;
    if (w.charCodeAt(w.length - 1) === 46 /* . */ && (!isAbbrev(w.slice(0, -1)) || (/^no\.$/i.test(w) && !/^\s\d/.test(text.slice(end, end + 2))))) {
      w = w.slice(0, -1);
      end--;
    }
    let possessive = false;
    const n = w.length;
    if (n > 2 && (w.charCodeAt(n - 1) === 115 /* s */ || w.charCodeAt(n - 1) === 83) && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019)) {
      w = w.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    const first = w[0];
    out.push({ start: m.index, end, w, lower: w.toLowerCase(), cap: first !== first.toLowerCase(), possessive });
  }
  return out;
}
