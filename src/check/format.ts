/** Output formats of `quotes check`: text (for people), json (for machines), github (workflow annotations). */
import type { Finding } from './index';

export type CheckFormat = 'text' | 'json' | 'github';

/** `N problems (E errors, W warnings) in F files` — the last line of the text format. */
export function summaryLine(findings: Finding[], files: number): string {
  const errors = findings.filter((f) => f.level === 'error').length;
  const warnings = findings.length - errors;
  const pl = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (findings.length === 0) return `no problems in ${pl(files, 'file')}`;
  return `${pl(findings.length, 'problem')} (${pl(errors, 'error')}, ${pl(warnings, 'warning')}) in ${pl(files, 'file')}`;
}

/** GitHub workflow command escaping (data: % CR LF; properties also : and ,). */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function textLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}  ${f.level.padEnd(7)}  ${f.message}  ${f.rule}\n`;
}

export function githubLine(f: Finding): string {
  const props = [`file=${ghProp(f.file)}`, `line=${f.line}`, `col=${f.column}`];
  if (f.endLine !== f.line || f.endColumn !== f.column) props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
  props.push(`title=${ghProp(f.rule)}`);
  return `::${f.level} ${props.join(',')}::${ghData(f.message)}\n`;
}

/** The whole output for a finished run (json is one array; text and github one line a finding). */
export function formatFindings(findings: Finding[], format: CheckFormat, files: number): string {
  if (format === 'json') {
    return JSON.stringify(
      findings.map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        level: f.level,
        rule: f.rule,
        message: f.message,
        ...(f.record !== undefined ? { record: f.record } : {}),
      })),
      null,
      2,
    ) + '\n';
  }
  if (format === 'github') return findings.map(githubLine).join('');
  return findings.map(textLine).join('') + summaryLine(findings, files) + '\n';
}
