/**
 * English calendar expressions, normalized against the publication date (same value formats as the Korean stage:
 * YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, YYYY-Qn, YYYY-Hn; X for unknown parts). Offsets are UTF-16.
 */
import type { DateMention } from '../types';
import type { Range } from '../pipeline/document';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0 };
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const MON = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// One alternation, tried left to right at each position (no nested quantifiers: linear).
const RE = new RegExp(
  [
    `(?<iso>\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b)`,
    `(?<mdy>\\b${MON} ([0-3]?\\d)(?:st|nd|rd|th)?(?:, ((?:19|20)\\d\\d))?(?![\\d:]))`,
    `(?<dmy>\\b([0-3]?\\d) ${MON}(?: ((?:19|20)\\d\\d))?\\b)`,
    `(?<my>\\b(?:(?:(?:in|since|until|by|from|of|during) )?(?:(?<rel2>last|next|this) )?)${MON}(?! [0-3]?\\d(?:st|nd|rd|th)?\\b)(?: ((?:19|20)\\d\\d))?\\b)`,
    `(?<q>\\b(?:(?:the )?(?:(first|second|third|fourth)[ -]quarter|Q([1-4]))(?:(?: of)? ((?:19|20)\\d\\d)| of (?:this|next|last) year)?)\\b)`,
    `(?<h>\\b(?:the )?(first|second) half(?:(?: of)? ((?:19|20)\\d\\d)| of (?:this|next|last) year)?\\b)`,
    `(?<wd>\\b(?:(?:last|next|this|on) )?${WD}\\b)`,
    `(?<dw>\\b(?:yesterday|today|tomorrow)\\b)`,
    `(?<rel>\\b(last|next|this) (week|month|year)\\b)`,
    `(?<year>\\b(?:19|20)\\d\\d\\b)`,
    // (Last, so that the numbered groups above keep their numbers.)
    `(?<eo>\\b(?:the )?end of (?:the|this|next|last) (week|month|year)\\b)`,
    `(?<part>\\bthis (?:morning|afternoon|evening)\\b|\\btonight\\b)`,
  ].join('|'),
  'gi',
);

const p2 = (n: number) => String(n).padStart(2, '0');
function dayNum(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}
function fromNum(n: number): [number, number, number] {
  const dt = new Date(n * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
}
function ymd(n: number): string {
  const [y, m, d] = fromNum(n);
  return `${y}-${p2(m)}-${p2(d)}`;
}
function isoWeek(n: number): string {
  const wd = (new Date(n * 86400000).getUTCDay() + 6) % 7; // Monday 0
  const thursday = n - wd + 3;
  const [ty] = fromNum(thursday);
  const week = Math.floor((thursday - dayNum(ty, 1, 1)) / 7) + 1;
  return `${ty}-W${p2(week)}`;
}

export type Tense = 'past' | 'future' | 'unknown';
const FUTURE = /\b(?:will|would|shall|plans?|planned|planning|expects?|expected|scheduled|set to|upcoming|next|intends?|aims?|hopes?|could|may|might)\b|'ll\b/gi;
const PAST = /\b(?:said|was|were|had|did|last|ago|earlier|began|rose|fell|met|went|came|took|made|grew|saw|left|won|lost|spent|sold|bought|held|led|paid|hit|told|wrote|\w+ed)\b/gi;
/** The tense marker nearest before `at` in the clause wins; with none before, the first one after it. */
export function tenseOf(clause: string, at = clause.length): Tense {
  let best: Tense = 'unknown';
  let bestPos = -1;
  let after: Tense = 'unknown';
  let afterPos = Infinity;
  for (const [re, t] of [[FUTURE, 'future'], [PAST, 'past']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause))) {
      // (A participle after be/been/being is passive, no past: "will be held on Dec. 20".)
      if (t === 'past' && /\b(?:be|been|being)\s+$/i.test(clause.slice(Math.max(0, m.index - 7), m.index))) continue;
      if (m.index < at) {
        if (m.index > bestPos) (bestPos = m.index), (best = t);
      } else if (m.index < afterPos) (afterPos = m.index), (after = t);
    }
  }
  return best !== 'unknown' ? best : after;
}

/**
 * Find date expressions. `sentenceAt(i)` gives the sentence range containing UTF-16 offset i (for tense).
 */
export function findDates(text: string, published: string | null, sentenceAt: (i: number) => Range): DateMention[] {
  const out: DateMention[] = [];
  let pub: [number, number, number] | null = null;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) pub = published.split('-').map(Number) as [number, number, number];
  const pubN = pub ? dayNum(pub[0], pub[1], pub[2]) : 0;
  const tense = (i: number): Tense => {
    // A dateline's date ("SEOUL, Sept. 19 (Yonhap) --", at a paragraph's start) is the day of the report: past.
    const line = text.lastIndexOf('\n', i) + 1;
    if (i - line <= 30 && /^[^\n]{0,12}(?:\([^)\n]{0,30}\))?\s*(?:--|—|–|-)\s/.test(text.slice(i, i + 50)) && /^\p{Lu}[\p{Lu} .]+,\s*$/u.test(text.slice(line, i))) return 'past';
    // Tense of the clause around the date (between commas, "that" and the sentence limits).
    const s = sentenceAt(i);
    let a = i;
    while (a > s.start && !/[,;]/.test(text[a - 1]) && !(text.startsWith(' that ', a - 6) && a - 6 >= s.start)) a--;
    let b = i;
    while (b < s.end && !/[,;]/.test(text[b]) && !text.startsWith(' that ', b)) b++;
    return tenseOf(text.slice(a, b), i - a);
  };
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(text))) {
    const g = m.groups!;
    let start = m.index;
    const raw = m[0];
    let end = start + raw.length;
    let value: string | null = null;
    let gran: DateMention['granularity'] = 'day';
    let relative = false;
    if (g.iso) {
      value = g.iso;
    } else if (g.mdy) {
      const mo = MONTHS[m[3].replace('.', '').toLowerCase()];
      const d = Number(m[4]);
      if (d < 1 || d > 31) continue;
      const y = m[5] ? m[5] : pub ? String(resolveYear(pub, mo, d, tense(start))) : 'XXXX';
      relative = !m[5];
      value = `${y}-${p2(mo)}-${p2(d)}`;
    } else if (g.dmy) {
      const d = Number(m[7]);
      const mo = MONTHS[m[8].replace('.', '').toLowerCase()];
      if (d < 1 || d > 31) continue;
      const y = m[9] ? m[9] : pub ? String(resolveYear(pub, mo, d, tense(start))) : 'XXXX';
      relative = !m[9];
      value = `${y}-${p2(mo)}-${p2(d)}`;
    } else if (g.my) {
      const monWord = m[12];
      // "may" is usually the modal verb: only a capitalized month counts.
      if (monWord[0] !== monWord[0].toUpperCase()) continue;
      // An abbreviated month names a month only with its day or year ("Jun. 5", "Sept 2023"): "Mr. Jun said" is a name.
      if (!m[13] && /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(monWord)) continue;
      if (/^May$/.test(monWord) && !m[13] && !/^(?:in|since|until|by|from|of|during|last|next|this) /i.test(raw)) continue;
      // Drop the leading preposition from the span; keep last/next/this.
      const pre = /^(?:in|since|until|by|from|of|during) /i.exec(raw);
      if (pre) start += pre[0].length;
      const mo = MONTHS[monWord.replace('.', '').toLowerCase()];
      gran = 'month';
      if (m[13]) value = `${m[13]}-${p2(mo)}`;
      else {
        relative = true;
        const rel = g.rel2?.toLowerCase();
        if (!pub) value = `XXXX-${p2(mo)}`;
        else {
          let y = pub[0];
          const t = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? 'this' : tense(start);
          if (t === 'past' && mo > pub[1]) y--;
          else if (t === 'future' && mo < pub[1]) y++;
          value = `${y}-${p2(mo)}`;
        }
      }
    } else if (g.q) {
      const n = m[15] ? ORD[m[15].toLowerCase()] : Number(m[16]);
      gran = 'quarter';
      const y = m[17] ?? yearOf(raw, pub);
      relative = !m[17];
      value = `${y}-Q${n}`;
      // Strip a leading "the ".
      if (/^the /i.test(raw)) start += 4;
    } else if (g.h) {
      gran = 'half';
      const y = m[20] ?? yearOf(raw, pub);
      relative = !m[20];
      value = `${y}-H${m[19].toLowerCase() === 'first' ? 1 : 2}`;
      if (/^the /i.test(raw)) start += 4;
    } else if (g.wd) {
      const w = WEEKDAYS[m[22].toLowerCase()];
      if (m[22][0] !== m[22][0].toUpperCase()) continue;
      relative = true;
      if (/^on /i.test(raw)) start += 3;
      if (pub) {
        const pw = new Date(pubN * 86400000).getUTCDay();
        const lead = raw.split(' ')[0].toLowerCase();
        const t = lead === 'last' ? 'past' : lead === 'next' ? 'future' : tense(start);
        let n: number;
        if (t === 'future') n = pubN + ((w - pw + 7) % 7 || (lead === 'next' ? 7 : 0));
        else n = pubN - ((pw - w + 7) % 7) - (lead === 'last' && w === pw ? 7 : 0);
        value = ymd(n);
      }
    } else if (g.dw) {
      // ("the BBC's Today programme": a capitalized Today inside a sentence names a show.)
      if (/^T/.test(raw) && start > 0 && !/[.!?"“\n]\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
      relative = true;
      const k = raw.toLowerCase();
      if (pub) value = ymd(pubN + (k === 'yesterday' ? -1 : k === 'tomorrow' ? 1 : 0));
    } else if (g.rel) {
      relative = true;
      const d = m[25].toLowerCase() === 'last' ? -1 : m[25].toLowerCase() === 'next' ? 1 : 0;
      ({ gran, value } = periodFrom(m[26].toLowerCase(), d, pub, pubN));
    } else if (g.eo) {
      // "by the end of the year" → the year; "the end of next month" → that month; "the end of the week" → that week.
      relative = true;
      if (/^the /i.test(raw)) start += 4;
      const rel = /end of (next|last)/i.exec(raw)?.[1]?.toLowerCase();
      ({ gran, value } = periodFrom(g.eo.match(/(week|month|year)$/i)![1].toLowerCase(), rel === 'next' ? 1 : rel === 'last' ? -1 : 0, pub, pubN));
    } else if (g.part) {
      relative = true;
      gran = 'day';
      if (pub) value = ymd(pubN);
    } else if (g.year) {
      // Skip numbers that are amounts ("$2023", "2023 people" is rare): require no digit/currency before.
      const before = text[start - 1];
      if (before === '$' || before === '.' || before === ',' || before === '#') continue;
      gran = 'year';
      value = raw;
    }
    out.push({ start, end, text: text.slice(start, end), value, granularity: gran, relative });
  }
  return out;
}

/** The week, month or year `d` of them from the publication date's ("last month", "the end of next year"). */
function periodFrom(unit: string, d: number, pub: [number, number, number] | null, pubN: number): { gran: DateMention['granularity']; value: string | null } {
  if (unit === 'week') return { gran: 'week', value: pub ? isoWeek(pubN + 7 * d) : null };
  if (unit === 'month') {
    if (!pub) return { gran: 'month', value: null };
    const mi = pub[0] * 12 + pub[1] - 1 + d;
    return { gran: 'month', value: `${Math.floor(mi / 12)}-${p2((mi % 12) + 1)}` };
  }
  return { gran: 'year', value: pub ? String(pub[0] + d) : null };
}

/** The year of "the second half of next year", "the first quarter" (this year): against the publication date. */
function yearOf(raw: string, pub: [number, number, number] | null): string {
  if (!pub) return 'XXXX';
  const rel = / of (this|next|last) year$/i.exec(raw);
  return String(pub[0] + (rel ? (rel[1].toLowerCase() === 'next' ? 1 : rel[1].toLowerCase() === 'last' ? -1 : 0) : 0));
}

/** Year of a month-day with no year: the occurrence nearest the publication date in the sentence's tense. */
function resolveYear(pub: [number, number, number], mo: number, d: number, t: Tense): number {
  const after = mo > pub[1] || (mo === pub[1] && d > pub[2]);
  if (t === 'future') return !after && (mo < pub[1] || d < pub[2]) ? pub[0] + 1 : pub[0];
  if (after && t === 'past') return pub[0] - 1;
  // Unknown tense: within ~6 months either way.
  if (t === 'unknown' && after && mo - pub[1] > 6) return pub[0] - 1;
  return pub[0];
}
