/** Text and JSON renderings of evaluation reports. */
import chalk from 'chalk';
import stringWidth from 'string-width';
import type { KlueReport } from './klue';
import { KLUE_TYPE_ORDER } from './klue';
import type { PRF } from './match';
import type { EvalReport } from './score';

export type ReportFormat = 'table' | 'json';

export function fmt(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '-' : x.toFixed(3);
}

function pad(s: string, width: number, right: boolean): string {
  const fill = Math.max(0, width - stringWidth(s));
  return right ? ' '.repeat(fill) + s : s + ' '.repeat(fill);
}

/** Aligned rows: first column left-aligned, the others right-aligned. */
function table(rows: string[][], widths: number[]): string[] {
  return rows.map((r) =>
    r
      .map((cell, i) => pad(cell, widths[i], i > 0))
      .join('')
      .replace(/\s+$/, ''),
  );
}

function truncate(s: string, max: number): string {
  const cps = Array.from(s.replace(/\s+/g, ' '));
  return cps.length <= max ? cps.join('') : cps.slice(0, max - 1).join('') + '…';
}

const PRF_WIDTHS = [26, 7, 7, 7, 11, 8, 8];

function prfRow(label: string, p: PRF): string[] {
  return [label, String(p.gold), String(p.predicted), String(p.matched), fmt(p.precision), fmt(p.recall), fmt(p.f1)];
}

function painter(color: boolean | undefined) {
  const c = new chalk.Instance({ level: color ? 1 : 0 });
  return { bold: (s: string) => c.bold(s), dim: (s: string) => c.dim(s) };
}

/** Stable JSON: the report object as built (keys in a fixed order), two-space indented. */
function json(x: unknown): string {
  return JSON.stringify(x, null, 2) + '\n';
}

export function formatEvalReport(report: EvalReport, format: ReportFormat, opts: { color?: boolean } = {}): string {
  if (format === 'json') return json(report);
  const paint = painter(opts.color);
  const q = report.quotes;
  const lines: string[] = [];
  lines.push(paint.bold(`quotes eval: ${report.documents} document${report.documents === 1 ? '' : 's'}`));
  const [head, ...rows] = table(
    [
      ['', 'gold', 'pred', 'match', 'precision', 'recall', 'f1'],
      prfRow('quotes', q.all),
      prfRow('  direct', q.direct),
      prfRow('  indirect', q.indirect),
      prfRow('  attributed (+speaker)', q.attributed),
      prfRow('dates (spans)', report.dates.spans),
      prfRow('people', report.people),
      prfRow('organizations', report.organizations),
    ],
    PRF_WIDTHS,
  );
  lines.push(paint.bold(head), ...rows, '');
  const s = report.speakers;
  const c = report.confidence;
  const [h2, ...r2] = table(
    [
      ['', 'value', '  detail'],
      ['speaker accuracy', fmt(s.accuracy), `  ${s.correct} of ${s.evaluated} matched quotes with a gold speaker`],
      ['segments exact', fmt(report.segments.rate), `  ${report.segments.exact} of ${report.segments.matched} matched quotes`],
      [
        'date value accuracy',
        fmt(report.dates.valueAccuracy),
        `  ${report.dates.valueCorrect} of ${report.dates.spans.matched} matched dates`,
      ],
      ['confidence ROC AUC', fmt(c.rocAuc), `  ${c.positives} matched of ${c.quotes} predicted quotes`],
      [
        `precision at conf >= ${c.threshold}`,
        fmt(c.precisionAboveThreshold),
        `  ${c.matchedAboveThreshold} of ${c.aboveThreshold} quotes`,
      ],
    ],
    [26, 7, 0],
  );
  lines.push(paint.bold(h2), ...r2, '');
  lines.push(paint.dim('match: Jaccard of quote characters >= 0.5, greedy one-to-one, best first.'));
  lines.push(paint.dim('by kind: gold quotes of a kind vs predicted quotes of that kind, matched'));
  lines.push(paint.dim('separately. people/organizations: match = gold names found.'));
  if (report.warnings.length > 0) {
    lines.push('', `warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`  ${truncate(w, 76)}`);
  }
  return lines.join('\n') + '\n';
}

function speakerOr(s: string | null): string {
  return s === null ? '(none)' : s;
}

/** Per-document rows, then every missed gold quote, false predicted quote and wrong speaker (then dates, names). */
export function formatMisses(report: EvalReport): string {
  const lines: string[] = [];
  const idWidth = Math.max(4, ...report.perDocument.map((r) => stringWidth(r.id))) + 2;
  lines.push(
    ...table(
      [
        ['document', 'gold', 'pred', 'match', 'speaker ok'],
        ...report.perDocument.map((r) => [
          r.id,
          String(r.goldQuotes),
          String(r.predictedQuotes),
          String(r.matched),
          `${r.speakerCorrect}/${r.speakerEvaluated}`,
        ]),
      ],
      [Math.max(idWidth, 10), 6, 6, 7, 12],
    ),
  );
  const label = { missed: 'MISSED', false: 'FALSE', speaker: 'SPEAKER' } as const;
  lines.push('', `quotes: ${report.misses.length} problem${report.misses.length === 1 ? '' : 's'}`);
  for (const m of report.misses) {
    let who: string;
    if (m.type === 'missed') who = `gold speaker: ${speakerOr(m.goldSpeaker)}`;
    else if (m.type === 'false') who = `predicted speaker: ${speakerOr(m.predictedSpeaker)}`;
    else who = `gold: ${speakerOr(m.goldSpeaker)}  predicted: ${speakerOr(m.predictedSpeaker)}`;
    const overlap = m.type !== 'speaker' && m.bestOverlap > 0 ? `  (best overlap ${fmt(m.bestOverlap)})` : '';
    lines.push(`${m.doc}  ${label[m.type]} ${m.kind} [${m.start},${m.end})  ${who}${overlap}`);
    lines.push(`    quote:    ${truncate(m.text, 150)}`);
    lines.push(`    sentence: ${truncate(m.sentence, 300)}`);
  }
  if (report.dateMisses.length > 0) {
    lines.push('', `dates: ${report.dateMisses.length} problem${report.dateMisses.length === 1 ? '' : 's'}`);
    const dl = { missed: 'MISSED', false: 'FALSE', value: 'VALUE' } as const;
    for (const d of report.dateMisses) {
      lines.push(
        `${d.doc}  ${dl[d.type]} "${d.text}" [${d.start},${d.end})  gold: ${d.goldValue ?? '(none)'}  predicted: ${d.predictedValue ?? '(none)'}`,
      );
      lines.push(`    sentence: ${truncate(d.sentence, 300)}`);
    }
  }
  if (report.nameMisses.length > 0) {
    lines.push('', `people/organizations: ${report.nameMisses.length} problem${report.nameMisses.length === 1 ? '' : 's'}`);
    for (const n of report.nameMisses) lines.push(`${n.doc}  ${n.type === 'missed' ? 'MISSED' : 'FALSE'} ${n.entityType}: ${n.name}`);
  }
  return lines.join('\n') + '\n';
}

export function formatKlueReport(r: KlueReport, format: ReportFormat): string {
  if (format === 'json') return json(r);
  const rows: string[][] = [
    ['', '', '', 'exact', '', '', 'overlap', '', ''],
    ['type', 'gold', 'pred', 'P', 'R', 'F1', 'P', 'R', 'F1'],
  ];
  const row = (label: string, s: KlueReport['overall']) => [
    label,
    String(s.exact.gold),
    String(s.exact.predicted),
    fmt(s.exact.precision),
    fmt(s.exact.recall),
    fmt(s.exact.f1),
    fmt(s.overlap.precision),
    fmt(s.overlap.recall),
    fmt(s.overlap.f1),
  ];
  for (const t of KLUE_TYPE_ORDER) rows.push(row(t, r.types[t]));
  rows.push(row('overall (micro)', r.overall));
  const out = table(rows, [16, 7, 7, 7, 7, 7, 8, 7, 7]);
  return [`KLUE NER: ${r.sentences} sentence${r.sentences === 1 ? '' : 's'} (TI and QT ignored)`, ...out].join('\n') + '\n';
}
