/**
 * `quotes check`: rules over one extracted article. Reads the working document (doc.messages recorded by the
 * stages, quote records, entities) and the output result; returns findings with 1-based line and column (column in
 * code points, end exclusive). Pure: no printing, no exiting.
 */
import type { Doc } from '../pipeline/document';
import { codePointMap, CodePointMap } from '../pipeline/offsets';
import type { DocumentResult } from '../types';
import { sanitizeForTerminal } from '../format/text';
import { FindingLevel, isRuleId, RuleConfig, RuleId } from './rules';

export * from './rules';
export { formatFindings, summaryLine } from './format';
export type { CheckFormat } from './format';

export interface Finding {
  /** The input as given (path, '-' for stdin). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  level: FindingLevel;
  rule: RuleId;
  message: string;
  /** For JSON Lines input: the record id (line/column are then the jsonl line, column 1). */
  record?: string;
}

/** UTF-16 offset → 1-based line and code-point column. Built once per text, O(length). */
export class Locator {
  private readonly lineStarts: number[] = [0];
  private readonly cp: CodePointMap;
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.cp = codePointMap(text);
  }
  locate(offset: number): { line: number; column: number } {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: this.cp.toCp(offset) - this.cp.toCp(ls[lo]) + 1 };
  }
}

interface RawFinding {
  rule: RuleId;
  level: FindingLevel;
  start: number;
  end: number;
  message: string;
}

const HANGUL_NAME = /^[\uAC00-\uD7A3]{2,}$/;
const EXCERPT = 30;

function excerpt(s: string): string {
  const clean = sanitizeForTerminal(s);
  const cps = Array.from(clean);
  return cps.length > EXCERPT ? cps.slice(0, EXCERPT).join('') + '…' : clean;
}

/** Two Hangul names of one length ≥ 2, same first syllable (surname), differing in exactly one syllable. */
export function isNameVariant(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || !HANGUL_NAME.test(a) || !HANGUL_NAME.test(b) || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/** Person names the article gives (entity names and aliases, person speakers): first offset and count. */
function personNames(doc: Doc): Map<string, { first: number; end: number; count: number }> {
  const names = new Map<string, { first: number; end: number; count: number }>();
  const add = (name: string, start: number, end: number, count: number) => {
    const n = names.get(name);
    if (!n) names.set(name, { first: start, end, count });
    else {
      n.count += count;
      if (start >= 0 && (n.first < 0 || start < n.first)) {
        n.first = start;
        n.end = end;
      }
    }
  };
  for (const e of doc.entities) {
    if (e.type !== 'person') continue;
    for (const name of [e.name, ...e.aliases]) {
      if (!HANGUL_NAME.test(name)) continue;
      const ms = e.mentions.filter((m) => doc.text.slice(m.start, m.end) === name);
      const first = ms.length ? ms.reduce((a, m) => (m.start < a.start ? m : a)) : e.mentions[0];
      add(name, first ? first.start : -1, first ? first.end : -1, ms.length);
    }
  }
  for (const q of doc.quotes) {
    const s = q.speaker;
    if (!s || s.type !== 'person' || !HANGUL_NAME.test(s.name)) continue;
    // The mention may carry a title after the name (김성운 대표): point at the name.
    const m = s.mention && doc.text.startsWith(s.name, s.mention.start) ? { start: s.mention.start, end: s.mention.start + s.name.length } : null;
    if (m) add(s.name, m.start, m.end, 0);
    else if (!names.has(s.name)) add(s.name, -1, -1, 0);
  }
  return names;
}

function nameVariants(doc: Doc): RawFinding[] {
  const names = [...personNames(doc).entries()];
  const out: RawFinding[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, ia] = names[i];
      const [b, ib] = names[j];
      if (!isNameVariant(a, b)) continue;
      // Point at the rarer spelling (the later one on a tie): that is most likely the typo.
      const rarer = ia.count < ib.count || (ia.count === ib.count && ia.first > ib.first) ? ia : ib;
      const start = rarer.first >= 0 ? rarer.first : Math.max(ia.first, ib.first, 0);
      const end = rarer.first >= 0 ? rarer.end : start;
      out.push({
        rule: 'speaker-name-variants',
        level: 'warning',
        start,
        end,
        message: `one name spelled two ways: ${a} (${ia.count}×) / ${b} (${ib.count}×)`,
      });
    }
  }
  return out;
}

export interface CheckOptions {
  /** The input name printed in findings. */
  file: string;
  /** JSON Lines: the record's line in the file and its id. Positions then point at that line. */
  jsonlLine?: number;
  record?: string;
}

/** Apply the rules (levels from `config`, 'off' skips) to one article. Findings are sorted by position. */
export function checkDocument(doc: Doc, result: DocumentResult, config: RuleConfig, opts: CheckOptions): Finding[] {
  const raw: RawFinding[] = [];
  const on = (id: RuleId) => config[id] !== 'off';
  if (on('direct-quote-without-speaker')) {
    // A quote whose speaker is a dangling pronoun is reported once, by pronoun-without-antecedent.
    const dangling = doc.messages.filter((m) => m.rule === 'pronoun-without-antecedent');
    for (const q of doc.quotes) {
      if (q.kind !== 'direct' || q.speaker || q.segments.length === 0) continue;
      const sent = doc.sentences[q.sentence];
      if (on('pronoun-without-antecedent') && sent && dangling.some((m) => m.start >= sent.start && m.start < sent.end)) continue;
      const start = q.segments[0].start;
      const end = q.segments[q.segments.length - 1].end;
      raw.push({
        rule: 'direct-quote-without-speaker',
        level: 'error',
        start,
        end,
        message: `direct quote without a speaker: “${excerpt(doc.text.slice(start, end))}”`,
      });
    }
  }
  for (const m of doc.messages) {
    if (!isRuleId(m.rule) || !on(m.rule) || m.level === 'info') continue;
    raw.push({ rule: m.rule, level: m.level, start: m.start, end: m.end, message: sanitizeForTerminal(m.message) });
  }
  if (on('speaker-name-variants')) raw.push(...nameVariants(doc));
  if (on('no-date') && !result.published && !result.dates.some((d) => d.value !== null)) {
    raw.push({ rule: 'no-date', level: 'error', start: 0, end: 0, message: 'no date: no dated expression and no publication date (give --date or a "published" field)' });
  }
  const loc = new Locator(doc.text);
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  return raw.map((r): Finding => {
    const level = config[r.rule] === 'off' ? r.level : (config[r.rule] as FindingLevel);
    const s = loc.locate(r.start);
    const e = loc.locate(Math.max(r.start, r.end));
    if (opts.jsonlLine !== undefined) {
      return {
        file: opts.file,
        line: opts.jsonlLine,
        column: 1,
        endLine: opts.jsonlLine,
        endColumn: 1,
        level,
        rule: r.rule,
        message: `${r.message} [record ${opts.record ?? '?'}, text ${s.line}:${s.column}]`,
        record: opts.record,
      };
    }
    return { file: opts.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, level, rule: r.rule, message: r.message };
  });
}
