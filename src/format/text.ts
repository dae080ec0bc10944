/**
 * Terminal text helpers for the table formatter: make article text safe to print, measure it in terminal cells
 * (East Asian wide characters such as Hangul count 2) and wrap it inside a column without losing a character.
 */
import type StringWidth = require('string-width');

let stringWidthFn: typeof StringWidth | undefined;
/** string-width, loaded on first use (JSON output never needs it: start-up time). */
function stringWidth(text: string): number {
  if (!stringWidthFn) stringWidthFn = require('string-width') as typeof StringWidth;
  return stringWidthFn(text);
}

// ANSI / ECMA-48 escape sequences. Every alternative starts with a fixed introducer and continues with character
// classes that do not overlap, so matching is linear in the input length.
//   CSI:  ESC [ params intermediates final      (and the 8-bit CSI U+009B)
//   OSC, DCS, SOS, PM, APC:  ESC ] P X ^ _ … terminated by BEL or ESC \ (or left unterminated)
//   other two-byte escapes: ESC intermediates final
const ANSI_RE =
  /\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u009b[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// Whitespace-like controls and separators become a plain space.
const SPACE_LIKE_RE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Everything else that must not reach the terminal: C0 and C1 controls, DEL, format characters (bidi overrides,
// zero-width spaces and joiners, soft hyphen, BOM…) and lone surrogates.
const CONTROL_RE =
  /[\u0000-\u001f\u007f-\u009f]|\p{Cf}|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const SPACES_RE = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Make one cell's text safe and predictable on a terminal: NFC-normalize, drop escape sequences and controls,
 * turn line breaks and tabs into spaces and collapse runs of spaces (the table does its own layout).
 */
export function sanitizeForTerminal(text: string): string {
  if (!text) return '';
  let s = text.replace(ANSI_RE, '');
  s = s.replace(SPACE_LIKE_RE, ' ');
  s = s.replace(CONTROL_RE, '');
  s = s.normalize('NFC');
  s = s.replace(SPACES_RE, ' ');
  return s.trim();
}

/**
 * Width in terminal cells (string-width@4: Hangul and other East Asian wide characters count 2). Plain ASCII,
 * Hangul, CJK ideographs and common punctuation are counted inline, with the same result as string-width
 * (which builds its ANSI and emoji regexes on every call); anything else goes to string-width.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width += 1;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x4e00 && c <= 0x9fff)) width += 2;
    else if ((c >= 0x2010 && c <= 0x2027) || c === 0xb7) width += 1;
    else return stringWidth(text);
  }
  return width;
}

/** Pad with spaces on the right (or left) to `width` cells. */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = width - displayWidth(text);
  if (gap <= 0) return text;
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

let segmenter: Intl.Segmenter | null = null;

function graphemes(text: string): string[] {
  if (!segmenter) segmenter = new Intl.Segmenter('ko', { granularity: 'grapheme' });
  const out: string[] = [];
  for (const g of segmenter.segment(text)) out.push(g.segment);
  return out;
}

/** Break one word that is wider than `width` into pieces of at most `width` cells, between grapheme clusters. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let cur = '';
  let curWidth = 0;
  for (const g of graphemes(word)) {
    const w = displayWidth(g);
    if (curWidth + w > width && cur !== '') {
      pieces.push(cur);
      cur = '';
      curWidth = 0;
    }
    cur += g;
    curWidth += w;
  }
  if (cur !== '') pieces.push(cur);
  return pieces;
}

/**
 * Wrap already-sanitized text to lines of at most `width` cells. Breaks at spaces; a word wider than the column
 * (a long Korean 어절, a URL) is broken inside, by display width. Nothing is dropped: joining the lines with
 * spaces gives back the input (up to where breaks were placed). `\n` in the input forces a line break.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(2, Math.floor(width));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const ww = displayWidth(word);
      if (line !== '' && lineWidth + 1 + ww <= w) {
        line += ' ' + word;
        lineWidth += 1 + ww;
        continue;
      }
      if (ww <= w) {
        if (line !== '') lines.push(line);
        line = word;
        lineWidth = ww;
        continue;
      }
      // Too wide for any line: fill what is left of the current line when that is worth it, then go on below.
      let rest = word;
      if (line !== '' && w - lineWidth - 1 >= Math.min(6, w / 2)) {
        const room = w - lineWidth - 1;
        const [head] = breakWord(word, room);
        if (displayWidth(head) <= room) {
          line += ' ' + head;
          rest = word.slice(head.length);
        }
      }
      if (line !== '') lines.push(line);
      const pieces = breakWord(rest, w);
      for (let i = 0; i < pieces.length - 1; i++) lines.push(pieces[i]);
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = displayWidth(line);
    }
    lines.push(line);
  }
  return lines;
}
