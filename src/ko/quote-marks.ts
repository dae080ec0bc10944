/**
 * Stage: pair quote marks inside each paragraph. Handles “ ” " in any mix (also mismatched “…"), 「」『』,
 * single marks ‘ ’ ', apostrophes and inch marks inside words or numbers (90's, 5'10"), and an opening mark that is
 * never closed (the quote is bounded by its paragraph). Single-quoted spans inside a double-quoted span are not
 * recorded: they are part of the outer quote.
 */
import type { Doc, QuoteMarkPair } from '../pipeline/document';
import { codeSetOf, isLetterOrNumberCp, unitPositions } from './chars';
import { verbCueKind } from './cues';

// The kinds of marks, as sets of char codes: asked for every mark (a Set of strings hashed the mark each time).
const DOUBLE_OPEN = codeSetOf('“「『«„〝');
const DOUBLE_CLOSE = codeSetOf('”」』»〞〟');
const DOUBLE_AMBIG = codeSetOf('"＂');
const SINGLE_OPEN = codeSetOf('‘‚');
/** Corner brackets (titles, and sometimes quotes). */
const CORNER = codeSetOf('「」『』');
const SINGLE_CLOSE = codeSetOf('’');
const SINGLE_AMBIG = codeSetOf("'＇");

const SPACE_OR_OPEN_RE = /[\s(\[{<·,:;—–\-/…]/u;
const SPACE_OR_CLOSE_RE = /[\s)\]}>.,!?;:…·\-—–/]/u;

// Character tests on the hot path, by code (no string per character): the common cases directly, the rest by
// regular expression. -1 stands for "no character" (paragraph edge).
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
function isLetter(c: number): boolean {
  if (c < 0) return false;
  if (c < 0x80) return isAsciiAlnum(c);
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, quote marks, symbols
  return isLetterOrNumberCp(c);
}
function isOpenish(c: number): boolean {
  if (c < 0) return true;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c < 0x80 && isAsciiAlnum(c))) return false;
  return SPACE_OR_OPEN_RE.test(String.fromCharCode(c));
}
function isCloseish(c: number): boolean {
  if (c < 0) return true;
  if ((c >= 0xac00 && c <= 0xd7a3) || (c < 0x80 && isAsciiAlnum(c))) return false;
  return SPACE_OR_CLOSE_RE.test(String.fromCharCode(c));
}

interface Mark {
  pos: number;
  ch: string;
  double: boolean;
  canOpen: boolean;
  canClose: boolean;
  strong: boolean;
}

/** Every quote mark, double and single (none of them special in a regular-expression character class). */
const MARKS = '"“”＂「」『』«»„〝〞〟\'‘’‚＇';
const MARK_STRINGS = new Map([...MARKS].map((c) => [c.charCodeAt(0), c] as [number, string]));

function classify(text: string, pos: number, pStart: number, pEnd: number): Mark | null {
  const code = text.charCodeAt(pos);
  const ch = MARK_STRINGS.get(code)!;
  const prev = pos > pStart ? text.charCodeAt(pos - 1) : -1;
  const next = pos + 1 < pEnd ? text.charCodeAt(pos + 1) : -1;
  const prevIsLetter = isLetter(prev);
  const nextIsLetter = isLetter(next);
  const prevOpenish = isOpenish(prev);
  const nextCloseish = isCloseish(next);
  if (DOUBLE_OPEN.has(code)) return { pos, ch, double: true, canOpen: true, canClose: ch === '“' && !prevOpenish && nextCloseish, strong: true };
  if (DOUBLE_CLOSE.has(code)) return { pos, ch, double: true, canOpen: ch === '”' && prevOpenish && !nextCloseish, canClose: true, strong: true };
  if (DOUBLE_AMBIG.has(code)) {
    // Inch mark: 5'10" or 27" monitor.
    if (isDigit(prev) && pos >= 3 && /[0-9]'[0-9]{1,2}$/.test(text.slice(Math.max(pStart, pos - 4), pos))) return null;
    // (After an ellipsis or a comma, a mark followed by a quotative closes: "요즘 젊은이들은…"이라며, “와 있었다,"며.)
    const closes = !(prevOpenish && !nextCloseish) || next < 0 || ((prev === 0x2026 || prev === 44) && QUOTATIVE_AFTER.test(text.slice(pos + 1, Math.min(pEnd, pos + 6))));
    return { pos, ch, double: true, canOpen: !(prevIsLetter && nextCloseish), canClose: closes, strong: false };
  }
  if (SINGLE_OPEN.has(code)) return { pos, ch, double: false, canOpen: true, canClose: false, strong: true };
  if (SINGLE_CLOSE.has(code)) {
    // ’ between letters is an apostrophe (don’t).
    if (prevIsLetter && nextIsLetter && isAsciiAlpha(prev) && isAsciiAlpha(next)) return null;
    return { pos, ch, double: false, canOpen: prevOpenish && !nextCloseish, canClose: true, strong: true };
  }
  if (SINGLE_AMBIG.has(code)) {
    // Apostrophes and feet marks: 90's, don't, 5'10", '90s.
    if (prevIsLetter && isAsciiAlpha(next)) return null;
    if (isDigit(prev) && isDigit(next)) return null;
    if (prev >= 0 && prev < 0x80 && isAsciiAlnum(prev) && /s\b/.test(text.slice(pos + 1, pos + 3)) && !isLetter(pos + 2 < pEnd ? text.charCodeAt(pos + 2) : -1)) return null;
    if (prevOpenish && isDigit(next) && /^[0-9]{2}s?\b/.test(text.slice(pos + 1, pos + 4))) return null;
    return { pos, ch, double: false, canOpen: !(prevIsLetter && nextCloseish), canClose: !(prevOpenish && !nextCloseish) || next < 0, strong: false };
  }
  return null;
}

/** The marks of the text (see unitPositions): a few per article. */
const MARK_RE = new RegExp(`[${MARKS}]`, 'g');

/** Pair the marks of one kind (double or single) in a paragraph. */
function pairMarks(marks: Mark[], pEnd: number, paragraph: number, out: QuoteMarkPair[]): void {
  let open: Mark | null = null;
  const push = (o: Mark, c: Mark | null, end: number) => {
    out.push({
      open: o.pos,
      close: c ? c.pos : null,
      content: { start: o.pos + 1, end },
      openChar: o.ch,
      closeChar: c ? c.ch : null,
      double: o.double,
      mismatched: c !== null && !isMatchingPair(o.ch, c.ch),
      paragraph,
    });
  };
  for (const m of marks) {
    if (open === null) {
      if (m.canOpen) open = m;
      continue;
    }
    // “「그림자 정원」은 …”: corner brackets inside a quote in quote marks name a title in it, no quote of their own.
    if (CORNER.has(m.ch.charCodeAt(0)) && !CORNER.has(open.ch.charCodeAt(0))) continue;
    if (m.canClose && !(m.strong && m.canOpen && !m.canClose)) {
      // A strong opener seen while open (“A … “B”) means the first quote was never closed.
      if (DOUBLE_OPEN.has(m.ch.charCodeAt(0)) && m.ch !== '“') {
        push(open, null, m.pos);
        open = m;
        continue;
      }
      if (m.ch === '“' && open.ch === '“' && !(m.canClose && !m.canOpen)) {
        push(open, null, m.pos);
        open = m;
        continue;
      }
      push(open, m, m.pos);
      open = null;
    } else if (m.canOpen && m.strong) {
      push(open, null, m.pos);
      open = m;
    }
  }
  if (open !== null) push(open, null, pEnd);
}

function isMatchingPair(o: string, c: string): boolean {
  return (
    (o === '“' && c === '”') || (o === '"' && c === '"') || (o === '「' && c === '」') || (o === '『' && c === '』') ||
    (o === '«' && c === '»') || (o === '„' && c === '“') || (o === '‘' && c === '’') || (o === "'" && c === "'") ||
    (o === '＂' && c === '＂') || (o === '〝' && (c === '〞' || c === '〟'))
  );
}

/** How many paragraphs a quote may run on when its paragraph ends without closing it. */
const MAX_CONTINUATION_PARAGRAPHS = 3;
const QUOTATIVE_AFTER = /^(?:이)?(?:라고|라며|라면서|라는|고|며|면서|는)(?=[\s,.]|$)/u;

export function findQuoteMarks(text: string, paragraphs: { start: number; end: number }[]): QuoteMarkPair[] {
  const doublePairs: QuoteMarkPair[] = [];
  const singlePairs: QuoteMarkPair[] = [];
  // A quote left open at the end of its paragraph, waiting for a closing mark at the start of a later one.
  let carry: { pair: QuoteMarkPair; skipped: number } | null = null;
  const giveUp = () => {
    if (carry) doublePairs.push(carry.pair); // unclosed: bounded by its own paragraph
    carry = null;
  };
  const positions = unitPositions(MARK_RE, text);
  let k = 0; // the first mark not before the paragraph
  paragraphs.forEach((p, pi) => {
    while (k < positions.length && positions[k] < p.start) k++;
    // A paragraph without marks and no quote carried into it: nothing to pair (most paragraphs; no arrays made).
    if (carry === null && (k >= positions.length || positions[k] >= p.end)) return;
    let doubles: Mark[] = [];
    const singles: Mark[] = [];
    for (; k < positions.length && positions[k] < p.end; k++) {
      const pos = positions[k];
      const mk = classify(text, pos, p.start, p.end);
      if (mk) (mk.double ? doubles : singles).push(mk);
    }
    if (carry) {
      const c: { pair: QuoteMarkPair; skipped: number } = carry;
      if (doubles.length === 0) {
        if (++c.skipped > MAX_CONTINUATION_PARAGRAPHS) giveUp();
      } else {
        const first = doubles[0];
        const closes = first.canClose && (!first.canOpen || QUOTATIVE_AFTER.test(text.slice(first.pos + 1, first.pos + 6)) || first.pos + 1 >= p.end);
        if (closes) {
          // A quote that runs over several paragraphs (long interview answers).
          c.pair.close = first.pos;
          c.pair.closeChar = first.ch;
          c.pair.content = { start: c.pair.content.start, end: first.pos };
          c.pair.mismatched = !isMatchingPair(c.pair.openChar, first.ch);
          doublePairs.push(c.pair);
          carry = null;
          doubles = doubles.slice(1);
        } else giveUp();
      }
    }
    const pairs: QuoteMarkPair[] = [];
    pairMarks(doubles, p.end, pi, pairs);
    const last = pairs[pairs.length - 1];
    if (last && last.close === null && last.content.end === p.end) {
      pairs.pop();
      carry = { pair: last, skipped: 0 };
    }
    for (const x of pairs) doublePairs.push(x);
    pairMarks(singles, p.end, pi, singlePairs);
  });
  giveUp();
  // Drop single-quoted spans inside double-quoted ones, and unclosed single marks (usually apostrophes).
  // Both lists are in text order and double pairs do not overlap: one sweep, then a merge.
  const out: QuoteMarkPair[] = [];
  let d = 0;
  for (const sp of singlePairs) {
    if (sp.close === null) continue;
    while (d < doublePairs.length && doublePairs[d].content.end <= sp.open) out.push(doublePairs[d++]);
    if (d < doublePairs.length && doublePairs[d].open < sp.open && sp.open < doublePairs[d].content.end) continue;
    out.push(sp);
  }
  while (d < doublePairs.length) out.push(doublePairs[d++]);
  out.sort((a, b) => a.open - b.open);
  return out;
}

/**
 * The end of a paragraph left inside a quote that was never closed: …하겠다고 강조했다 (a quotative, at most one word
 * and a speech verb closing the paragraph).
 */
const QUOTATIVE_TAIL = /(?:다|까|요|죠)(?:고|며|면서)\s+(?:\p{Script=Hangul}+\s+)?(\p{Script=Hangul}+)[.!?]?\s*$/u;

/**
 * An unclosed quote whose paragraph ends in a quotative and a speech verb ("…고민하겠다고 강조했다): the closing mark
 * before the quotative was left out, and the quote ends there (its source and cue are then read as for a closed one).
 */
function endAtQuotative(text: string, m: QuoteMarkPair): void {
  const from = Math.max(m.content.start, m.content.end - 40);
  const tail = text.slice(from, m.content.end);
  const x = QUOTATIVE_TAIL.exec(tail);
  if (!x || verbCueKind(x[1]) !== 'verb') return;
  const end = from + x.index + 1;
  if (end - m.content.start >= 2) m.content = { start: m.content.start, end };
}

export function quoteMarksStage(doc: Doc): void {
  doc.marks = findQuoteMarks(doc.text, doc.paragraphs);
  for (const m of doc.marks) {
    if (!m.double) continue;
    if (m.close === null) {
      doc.messages.push({ rule: 'unclosed-quote', level: 'error', start: m.open, end: m.open + 1, message: `quote mark ${m.openChar} is never closed in its paragraph` });
      endAtQuotative(doc.text, m);
    } else if (m.mismatched) {
      doc.messages.push({ rule: 'mismatched-quotes', level: 'warning', start: m.open, end: m.close + 1, message: `quote opened with ${m.openChar} but closed with ${m.closeChar}` });
    }
  }
}
