/** `quotes check [inputs...]`: run the extraction, apply the check rules, print findings; exit 1 on errors. */
import * as fs from 'fs';
import { CliError, EXIT } from './exit-codes';
import type { CliIO } from './io';
import type { ParsedCommand } from './options';
import type { Output } from './main';
import { Progress, countInputs } from './progress';
import { runStages } from '../pipeline';
import { toResult } from '../pipeline/output';
import { isProblem, readInputs } from '../io';
import { checkDocument, CheckFormat, Finding, formatFindings, resolveConfig, RuleConfigError } from '../check';
import { githubLine, summaryLine, textLine } from '../check/format';

type Out = Pick<Output, 'write' | 'closed'>;

export async function runCheck(parsed: ParsedCommand, io: CliIO, out: Out): Promise<number> {
  const { options } = parsed;
  const format = (options.format ?? 'text') as CheckFormat;
  let config;
  try {
    config = resolveConfig({ cwd: io.cwd, rules: options.rule, requireDate: options.requireDate }).config;
  } catch (e) {
    if (e instanceof RuleConfigError) throw new CliError(e.message);
    throw e;
  }
  let inputs = parsed.inputs;
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new CliError('no input: give files or directories, or pipe an article into stdin (see quotes check --help)');
    inputs = ['-'];
  }
  const progress = new Progress(io.stderr, { total: countInputs(inputs, fs.statSync), quiet: options.quiet });
  const findings: Finding[] = [];
  let failed = false;
  let files = 0;
  for await (const item of readInputs(inputs, { input: options.input ?? 'auto', encoding: options.encoding, stdin: inputs.includes('-') ? io.stdin : undefined })) {
    if (out.closed()) break; // the reader went away (`| head -1`)
    if (isProblem(item)) {
      if (item.level === 'error') failed = true;
      if (item.level === 'error' || !options.quiet) {
        progress.clear();
        io.stderr.write(`quotes: ${item.level === 'warning' ? 'warning: ' : ''}${item.message}\n`);
      }
      continue;
    }
    const text = item.text.replace(/^\uFEFF/, '');
    const doc = runStages(text, { id: item.id, published: item.published ?? options.date ?? item.meta?.published ?? null });
    const result = toResult(doc);
    const found = checkDocument(doc, result, config, {
      file: item.source,
      jsonlLine: item.line,
      record: item.line !== undefined ? item.id : undefined,
    });
    files++;
    findings.push(...found);
    // text and github stream one line a finding, as each article finishes; json is one array at the end.
    if (format !== 'json' && found.length && !out.closed()) {
      progress.clear();
      out.write(found.map(format === 'github' ? githubLine : textLine).join(''));
    }
    progress.tick();
  }
  progress.clear();
  if (format === 'json') out.write(formatFindings(findings, 'json', files));
  else if (format === 'text') out.write(summaryLine(findings, files) + '\n');
  if (failed) return EXIT.USAGE;
  return findings.some((f) => f.level === 'error') ? EXIT.FINDINGS : EXIT.OK;
}
