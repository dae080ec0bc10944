/** Stage: split the text into paragraphs (one per non-empty line), trimmed of surrounding white space. */
import type { Doc, Paragraph } from '../pipeline/document';

/**
 * The line breaks (\n, \r, U+2029), found by a regular-expression search (native code; one pass over the text, from
 * where the last one ended) instead of a test of every character in JavaScript.
 */
const LINE_BREAK = /[\n\r\u2029]/g;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const n = text.length;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const found = LINE_BREAK.test(text);
    const i = found ? LINE_BREAK.lastIndex - 1 : n;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    if (!found) return out;
    lineStart = i + 1;
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 11 || c === 12;
}

export function paragraphsStage(doc: Doc): void {
  doc.paragraphs = splitParagraphs(doc.text);
}
