/** Small text helpers for the evaluation: name comparison and sentence context. */

/** Lower-cased, NFC, without any whitespace: the form names are compared in. */
export function normName(s: string | null | undefined): string {
  if (!s) return '';
  return s.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
}

/** True when one name contains the other (both normalized, neither empty). */
export function namesMatch(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a.includes(b) || b.includes(a);
}

const MAX_SIDE = 400;
const ENDERS = '.!?';

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\u00a0' || c === '\u3000';
}

/**
 * The sentence around a UTF-16 range: from just after the previous [.!?] + space (or line start) to the next
 * [.!?] followed by a space or the end (or line end). Looks at most a few hundred characters each side.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  let cutLeft = true;
  for (let i = start - 1; i >= 0 && start - i <= MAX_SIDE; i--) {
    const c = text[i];
    if (c === '\n' || (isSpace(c) && i > 0 && ENDERS.includes(text[i - 1]))) {
      s = i + 1;
      cutLeft = false;
      break;
    }
    if (i === 0) {
      s = 0;
      cutLeft = false;
    }
  }
  if (start === 0) cutLeft = false;
  if (cutLeft) s = Math.max(0, start - MAX_SIDE);
  let e = end;
  let cutRight = true;
  for (let j = end; j < text.length && j - end <= MAX_SIDE; j++) {
    const c = text[j];
    if (c === '\n') {
      e = j;
      cutRight = false;
      break;
    }
    if (ENDERS.includes(c) && (j + 1 === text.length || isSpace(text[j + 1]))) {
      e = j + 1;
      cutRight = false;
      break;
    }
    if (j + 1 === text.length) {
      e = text.length;
      cutRight = false;
    }
  }
  if (end >= text.length) cutRight = false;
  if (cutRight) e = Math.min(text.length, end + MAX_SIDE);
  return (cutLeft ? '…' : '') + text.slice(s, e).trim() + (cutRight ? '…' : '');
}
