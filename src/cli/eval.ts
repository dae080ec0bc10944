/** `quotes eval`: run the extractor over a gold folder (or a KLUE-NER file) and print the scores. */
import * as fs from 'fs';
import { CliError, EXIT } from './exit-codes';
import type { CliIO } from './io';
import type { ParsedCommand } from './options';
import { extract } from '../pipeline';
import { evaluate, evaluateKlue, formatEvalReport, formatKlueReport, formatMisses, loadGoldDir, loadKlue } from '../eval';

export async function runEval(parsed: ParsedCommand, io: CliIO): Promise<number> {
  const { options } = parsed;
  const format = options.format === 'json' ? 'json' : 'table';
  const color = options.color && !io.env.NO_COLOR && !!io.stdout.isTTY;
  if (options.klue) {
    if (!fs.existsSync(options.klue)) throw new CliError(`${options.klue}: no such file or directory`);
    let records;
    try {
      records = loadKlue(options.klue);
    } catch (e) {
      throw new CliError(`${options.klue}: ${(e as Error).message}`);
    }
    const predictions = records.map((r) => extract(r.text, { id: r.id, published: null }));
    io.stdout.write(formatKlueReport(evaluateKlue(records, predictions), format));
    return EXIT.OK;
  }
  const dir = parsed.inputs[0];
  if (!dir) throw new CliError('eval: give a gold folder (NNN.txt + NNN.gold.json) or --klue FILE');
  if (!fs.existsSync(dir)) throw new CliError(`${dir}: no such file or directory`);
  let golds;
  try {
    golds = loadGoldDir(dir);
  } catch (e) {
    throw new CliError(`${dir}: ${(e as Error).message}`);
  }
  const predictions = golds.map((g) => extract(g.text, { id: g.id, published: g.published }));
  const report = evaluate(golds, predictions);
  io.stdout.write(formatEvalReport(report, format, { color }));
  if (options.misses) io.stdout.write(formatMisses(report));
  return EXIT.OK;
}
