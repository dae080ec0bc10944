/**
 * HTML input: article body and metadata with @mozilla/readability over linkedom (both required lazily, only when an
 * HTML input is seen). The text keeps paragraphs: one line per block element, white space collapsed in each line.
 */

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  /** The published time as found in the page (raw). */
  publishedRaw?: string;
  /** YYYY-MM-DD from publishedRaw, when it is a date. */
  published?: string;
  /** Non-fatal trouble (e.g. readability failed and the whole body was used). */
  warnings: string[];
}

/* Minimal DOM shapes we use (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface DomDocument {
  title?: string;
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'LEGEND', 'OPTION', 'SELECT', 'TEXTAREA', 'VIDEO', 'AUDIO', 'PICTURE', 'IFRAME', 'OBJECT',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'HEAD', 'TITLE', 'BUTTON']);

/** True when the first non-space characters look like an HTML document. */
export function looksLikeHtml(text: string): boolean {
  let i = 0;
  const n = Math.min(text.length, 4096);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 32 || c === 9 || c === 10 || c === 13 || c === 12) i++;
    else break;
  }
  const head = text.slice(i, i + 14).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The charset an HTML document declares in its first 2 KB (<meta charset> or http-equiv content), if any. */
export function declaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  return m ? m[1] : undefined;
}

/** Collapse white space to single spaces and trim. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Text of a DOM subtree: one line per block element or <br>, white space collapsed within each line. */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length) {
      const line = collapse(cur.join(''));
      if (line) lines.push(line);
      cur = [];
    }
  };
  let preDepth = 0;
  // Iterative walk (deeply nested pages must not overflow the stack). Negative marker = leaving an element.
  const stack: Array<DomNode | { leave: DomNode }> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('leave' in item) {
      const name = item.leave.nodeName.toUpperCase();
      if (name === 'PRE') preDepth--;
      if (BLOCK.has(name)) flush();
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      const v = node.nodeValue || '';
      if (preDepth > 0 && v.indexOf('\n') >= 0) {
        const parts = v.split('\n');
        for (let k = 0; k < parts.length; k++) {
          if (k > 0) flush();
          cur.push(parts[k]);
        }
      } else cur.push(v);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (name === 'PRE') preDepth++;
    stack.push({ leave: node });
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  flush();
  return lines.join('\n');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A strict YYYY-MM-DD that is a real calendar date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && validYmd(+m[1], +m[2], +m[3]);
}

function validYmd(y: number, mo: number, d: number): boolean {
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (!validYmd(y, mo, d)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar date of a published-time string, as written (the publisher's local date, no time-zone shift):
 * 2023-05-01T09:00:00+09:00, 2023.05.01, 2023/5/1, 2023년 5월 1일, 20230501, Mon, 01 May 2023 …, May 1, 2023.
 */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim().slice(0, 100);
  let m = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /(?:^|[^0-9])(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?,?\s+(\d{4})(?!\d)/.exec(s);
  if (m && MONTHS.includes(m[2].toLowerCase())) return ymd(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = /(?:^|[^A-Za-z])([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/.exec(s);
  if (m && MONTHS.includes(m[1].toLowerCase())) return ymd(+m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, +m[2]);
  return undefined;
}

/** Meta keys that carry the publication time, best first (property, name or itemprop; lower case). */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'published_time', 'article.published', 'date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'article:modified_time',
];

function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    const key = el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop');
    const content = el.getAttribute('content');
    if (!key || content == null) continue;
    const k = key.trim().toLowerCase();
    if (!map.has(k) && content.trim()) map.set(k, content.trim());
  }
  return map;
}

function findPublished(doc: DomDocument, metas: Map<string, string>): string | undefined {
  for (const k of PUBLISHED_KEYS) {
    const v = metas.get(k);
    if (v) return v;
  }
  const times = doc.querySelectorAll('time[datetime], [itemprop="datePublished"][datetime]');
  for (let i = 0; i < times.length; i++) {
    const v = times[i].getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

interface ReadabilityResult {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  content?: DomNode | null;
}

type ParseHTML = (html: string) => { document: DomDocument };
type ReadabilityCtor = new (d: unknown, o: object) => { parse(): ReadabilityResult | null };
let libs: { parseHTML: ParseHTML; Readability: ReadabilityCtor } | null = null;

/**
 * Load linkedom and readability (lazily: they are large and only needed for HTML). linkedom's CommonJS build
 * requires ESM-only packages (css-select 7): plain require works on Node >= 20.19 (require(esm)); under a module
 * system without require(esm) (jest) Node's own require is used; on older Node 20 a dynamic import().
 */
async function loadLibs(): Promise<{ parseHTML: ParseHTML; Readability: ReadabilityCtor }> {
  if (libs) return libs;
  const { Readability } = require('@mozilla/readability') as { Readability: ReadabilityCtor };
  let parseHTML: ParseHTML | undefined;
  let firstError: unknown;
  try {
    parseHTML = (require('linkedom') as { parseHTML: ParseHTML }).parseHTML;
  } catch (e) {
    firstError = e;
  }
  if (!parseHTML) {
    try {
      const nodeRequire = (require('module') as { createRequire(p: string): NodeRequire }).createRequire(__filename);
      parseHTML = (nodeRequire('linkedom') as { parseHTML: ParseHTML }).parseHTML;
    } catch {
      /* try import() next */
    }
  }
  if (!parseHTML) {
    try {
      // A real dynamic import (TypeScript would turn `import()` into require() in CommonJS output).
      const dynImport = new Function('s', 'return import(s)') as (s: string) => Promise<{ parseHTML: ParseHTML }>;
      parseHTML = (await dynImport('linkedom')).parseHTML;
    } catch {
      const why = String((firstError as { message?: string })?.message ?? firstError).split('\n')[0];
      throw new Error(`HTML support unavailable: cannot load linkedom (${why})`);
    }
  }
  libs = { parseHTML, Readability };
  return libs;
}

/** Parse an HTML document and extract the article text and metadata. Never throws for bad HTML. */
export async function extractHtml(html: string): Promise<HtmlArticle> {
  const warnings: string[] = [];
  const { parseHTML, Readability } = await loadLibs();
  let doc: DomDocument;
  try {
    doc = parseHTML(html).document;
  } catch (e) {
    return { text: '', warnings: [`HTML could not be parsed (${(e as Error).message})`] };
  }
  const metas = metaMap(doc);
  const metaPublished = findPublished(doc, metas);
  const metaTitle = metas.get('og:title') || (doc.title ? collapse(doc.title) : undefined);
  const metaByline = metas.get('author') || metas.get('article:author') || metas.get('byl') || undefined;

  let article: ReadabilityResult | null = null;
  try {
    article = new Readability(doc, { serializer: (n: DomNode) => n }).parse();
  } catch (e) {
    warnings.push(`readability failed (${(e as Error).message}); using the whole page text`);
  }
  let text: string;
  if (article && article.content) text = blockText(article.content);
  else {
    // Readability found nothing (or failed): fall back to the body text.
    const body = doc.body || doc.documentElement;
    text = body ? blockText(body) : '';
  }
  const title = (article && article.title && collapse(article.title)) || metaTitle || undefined;
  const byline = (article && article.byline && collapse(article.byline)) || metaByline || undefined;
  const publishedRaw = (article && article.publishedTime && article.publishedTime.trim()) || metaPublished;
  let published = publishedRaw ? toIsoDate(publishedRaw) : undefined;
  if (publishedRaw && !published && metaPublished && metaPublished !== publishedRaw) published = toIsoDate(metaPublished);
  return { text, title, byline, publishedRaw, published, warnings };
}
