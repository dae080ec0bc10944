/**
 * Stage: pair quote marks inside each paragraph. Handles “ ” " in any mix (also mismatched “…"), 「」『』,
 * single marks ‘ ’ ', apostrophes and inch marks inside words or numbers (90's, 5'10"), and an opening mark that is
 * never closed (the quote is bounded by its paragraph). Single-quoted spans inside a double-quoted span are not
 * recorded: they are part of the outer quote.
 */
import type { Doc, QuoteMarkPair } from '../pipeline/document';

const DOUBLE_OPEN = new Set(['“', '「', '『', '«', '„', '〝']);
const DOUBLE_CLOSE = new Set(['”', '」', '』', '»', '〞', '〟']);
const DOUBLE_AMBIG = new Set(['"', '＂']);
const SINGLE_OPEN = new Set(['‘', '‚']);
const SINGLE_CLOSE = new Set(['’']);
const SINGLE_AMBIG = new Set(["'", '＇']);

const LETTER = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const SPACE_OR_OPEN = /[\s(\[{<·,:;—–\-/…]/u;
const SPACE_OR_CLOSE = /[\s)\]}>.,!?;:…·\-—–/]/u;

interface Mark {
  pos: number;
  ch: string;
  double: boolean;
  canOpen: boolean;
  canClose: boolean;
  strong: boolean;
}

function classify(text: string, pos: number, pStart: number, pEnd: number): Mark | null {
  const ch = text[pos];
  const prev = pos > pStart ? text[pos - 1] : '';
  const next = pos + 1 < pEnd ? text[pos + 1] : '';
  const prevIsLetter = prev !== '' && LETTER.test(prev);
  const nextIsLetter = next !== '' && LETTER.test(next);
  const prevOpenish = prev === '' || SPACE_OR_OPEN.test(prev);
  const nextCloseish = next === '' || SPACE_OR_CLOSE.test(next);
  if (DOUBLE_OPEN.has(ch)) return { pos, ch, double: true, canOpen: true, canClose: ch === '“' && !prevOpenish && nextCloseish, strong: true };
  if (DOUBLE_CLOSE.has(ch)) return { pos, ch, double: true, canOpen: ch === '”' && prevOpenish && !nextCloseish, canClose: true, strong: true };
  if (DOUBLE_AMBIG.has(ch)) {
    // Inch mark: 5'10" or 27" monitor.
    if (DIGIT.test(prev) && (pos >= 3 && /[0-9]'[0-9]{1,2}$/.test(text.slice(Math.max(pStart, pos - 4), pos)))) return null;
    return { pos, ch, double: true, canOpen: !(prevIsLetter && nextCloseish), canClose: !(prevOpenish && !nextCloseish) || next === '', strong: false };
  }
  if (SINGLE_OPEN.has(ch)) return { pos, ch, double: false, canOpen: true, canClose: false, strong: true };
  if (SINGLE_CLOSE.has(ch)) {
    // ’ between letters is an apostrophe (don’t).
    if (prevIsLetter && nextIsLetter && /[A-Za-z]/.test(prev) && /[A-Za-z]/.test(next)) return null;
    return { pos, ch, double: false, canOpen: prevOpenish && !nextCloseish, canClose: true, strong: true };
  }
  if (SINGLE_AMBIG.has(ch)) {
    // Apostrophes and feet marks: 90's, don't, 5'10", '90s.
    if (prevIsLetter && /[A-Za-z]/.test(next)) return null;
    if (DIGIT.test(prev) && DIGIT.test(next)) return null;
    if (/[A-Za-z0-9]/.test(prev) && /s\b/.test(text.slice(pos + 1, pos + 3)) && !LETTER.test(text[pos + 2] ?? '')) return null;
    if (prevOpenish && DIGIT.test(next) && /^[0-9]{2}s?\b/.test(text.slice(pos + 1, pos + 4))) return null;
    return { pos, ch, double: false, canOpen: !(prevIsLetter && nextCloseish), canClose: !(prevOpenish && !nextCloseish) || next === '', strong: false };
  }
  return null;
}

const MARK_CHARS = /["“”＂「」『』«»„〝〞〟'‘’‚＇]/g;

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
    if (m.canClose && !(m.strong && m.canOpen && !m.canClose)) {
      // A strong opener seen while open (“A … “B”) means the first quote was never closed.
      if (DOUBLE_OPEN.has(m.ch) && m.ch !== '“') {
        push(open, null, trimEnd(m.pos));
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
  function trimEnd(x: number): number {
    return x;
  }
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
  let carry: { pair: QuoteMarkPair; paragraphEnd: number; skipped: number } | null = null;
  const giveUp = () => {
    if (carry) doublePairs.push(carry.pair); // unclosed: bounded by its own paragraph
    carry = null;
  };
  paragraphs.forEach((p, pi) => {
    let doubles: Mark[] = [];
    const singles: Mark[] = [];
    const slice = text.slice(p.start, p.end);
    MARK_CHARS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARK_CHARS.exec(slice)) !== null) {
      const mk = classify(text, p.start + m.index, p.start, p.end);
      if (mk) (mk.double ? doubles : singles).push(mk);
    }
    if (carry) {
      const c: { pair: QuoteMarkPair; paragraphEnd: number; skipped: number } = carry;
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
      carry = { pair: last, paragraphEnd: p.end, skipped: 0 };
    }
    for (const x of pairs) doublePairs.push(x);
    pairMarks(singles, p.end, pi, singlePairs);
  });
  giveUp();
  // Drop single-quoted spans inside double-quoted ones, and unclosed single marks (usually apostrophes).
  // Both lists are in text order and double pairs do not overlap: one sweep, then a merge.
  const out: QuoteMarkPair[] = [];
  let d = 0;
  let k = 0;
  for (const sp of singlePairs) {
    if (sp.close === null) continue;
    while (d < doublePairs.length && doublePairs[d].content.end <= sp.open) out.push(doublePairs[d++]);
    if (d < doublePairs.length && doublePairs[d].open < sp.open && sp.open < doublePairs[d].content.end) continue;
    out.push(sp);
    k++;
  }
  while (d < doublePairs.length) out.push(doublePairs[d++]);
  out.sort((a, b) => a.open - b.open);
  return out;
}

export function quoteMarksStage(doc: Doc): void {
  doc.marks = findQuoteMarks(doc.text, doc.paragraphs);
  for (const m of doc.marks) {
    if (!m.double) continue;
    if (m.close === null) {
      doc.messages.push({ rule: 'unclosed-quote', level: 'error', start: m.open, end: m.open + 1, message: `quote mark ${m.openChar} is never closed in its paragraph` });
    } else if (m.mismatched) {
      doc.messages.push({ rule: 'mismatched-quotes', level: 'warning', start: m.open, end: m.close + 1, message: `quote opened with ${m.openChar} but closed with ${m.closeChar}` });
    }
  }
}
