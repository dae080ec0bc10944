/** Command-line options: parsing and validation only (commander). */
import { Command, CommanderError, Option } from 'commander';
import { CliError } from './exit-codes';

export type CommandName = 'list' | 'entities' | 'dates' | 'speakers' | 'extract' | 'eval' | 'check';

export interface CommonOptions {
  /** text and github: `quotes check` only. */
  format?: 'table' | 'json' | 'jsonl' | 'csv' | 'text' | 'github';
  date?: string;
  input?: 'text' | 'jsonl';
  encoding?: string;
  color: boolean;
  includeText?: boolean;
  quiet?: boolean;
  jobs?: number;
}

export interface ParsedCommand {
  command: CommandName;
  inputs: string[];
  options: CommonOptions & {
    speaker?: string;
    kind?: 'direct' | 'indirect';
    type?: string;
    misses?: boolean;
    klue?: string;
    predictions?: string;
    /** check: `--rule id=level`, repeatable. */
    rule?: string[];
    requireDate?: boolean;
  };
}

const FORMATS = ['table', 'json', 'jsonl', 'csv'];
const ENTITY_TYPES = ['person', 'organization', 'place', 'product', 'event'];

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new CliError(`--jobs: "${v}" is not a whole number from 1 to 64`);
  return n;
}

/** The options the reading commands share; `--jobs` only where extraction runs on workers (not `check`). */
function common(cmd: Command, formats = FORMATS, jobs = true): Command {
  cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats))
    .option('-d, --date <YYYY-MM-DD>', 'publication date: the reference for relative dates (default: the article\'s own dateline or jsonl "published")')
    .addOption(new Option('-i, --input <kind>', 'input kind (jsonl is chosen automatically for .jsonl files)').choices(['text', 'jsonl']))
    .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, cp949, …); detected by default')
    .option('--no-color', 'no colours (also with NO_COLOR set or when the output is not a terminal)')
    .option('-q, --quiet', 'no warnings or progress on stderr');
  if (jobs) {
    cmd.option('-j, --jobs <n>', 'worker threads for a batch (default: the number of cores, 8 at most, for directories, several files and JSON Lines; one article runs without)', parseJobs);
  }
  return cmd;
}

const EXAMPLES = `
Examples:
  $ quotes list article.txt --date 2023-06-09           quotes as a table
  $ quotes list --speaker altman article.txt            only Sam Altman's quotes (any name form)
  $ quotes list --kind indirect --format csv dir/       indirect quotes of every article in dir/
  $ quotes entities --type person article.txt           people with canonical names, titles, affiliations
  $ quotes dates --date 2023-06-09 article.txt          dates normalized against the publication date
  $ quotes speakers article.txt                         who speaks, and how often
  $ quotes extract --format json article.txt | jq .     everything, as JSON (contract version 1)
  $ cat articles.jsonl | quotes extract --input jsonl --format jsonl
  $ quotes eval corpus/ko-dev --misses                   score against hand-made gold
`;

/** Parse argv (as process.argv: node, script, ...args). Throws CliError on usage errors. */
export function parseArgs(argv: string[], version: string, write: { out: (s: string) => void; err: (s: string) => void }): ParsedCommand | { exit: number } {
  let parsed: ParsedCommand | null = null;
  const program = new Command('quotes')
    .description('Extract who said what (direct and indirect quotes with speakers), named entities and dates from Korean news articles.')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .configureOutput({ writeOut: write.out, writeErr: write.err, outputError: () => undefined })
    .exitOverride();

  const done = (command: CommandName) => (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const opts = cmd.opts() as ParsedCommand['options'];
    const inputs = (args[0] as string[] | string | undefined) ?? [];
    parsed = { command, inputs: Array.isArray(inputs) ? inputs : [inputs], options: opts };
  };

  // Each command is declared by its builder. A run names its command first (quotes list …): only that one is built
  // (start-up time is a target); help, version and unknown commands get all of them.
  const builders: Record<CommandName, () => void> = {
    list: () =>
      common(program.command('list').description('the quotes: speaker, kind, text, cue').argument('[inputs...]', 'files, directories, - for stdin'))
        .option('-s, --speaker <name>', 'only quotes of this speaker (any name the article gives, or the canonical name)')
        .addOption(new Option('-k, --kind <kind>', 'only direct or indirect quotes').choices(['direct', 'indirect']))
        .addHelpText('after', '\nExample:\n  $ quotes list --speaker 올트먼 --date 2023-06-09 article.txt')
        .action(done('list')),
    entities: () =>
      common(program.command('entities').description('named entities with canonical names, titles and affiliations').argument('[inputs...]'))
        .addOption(new Option('-t, --type <type>', 'only entities of this type').choices(ENTITY_TYPES))
        .addHelpText('after', '\nExample:\n  $ quotes entities --type organization article.txt')
        .action(done('entities')),
    dates: () =>
      common(program.command('dates').description('dates, normalized against the publication date').argument('[inputs...]'))
        .addHelpText('after', '\nExample:\n  $ quotes dates --date 2023-06-09 article.txt')
        .action(done('dates')),
    speakers: () =>
      common(program.command('speakers').description('each speaker with canonical name, title, affiliation and number of quotes').argument('[inputs...]'))
        .addHelpText('after', '\nExample:\n  $ quotes speakers article.txt')
        .action(done('speakers')),
    extract: () =>
      common(program.command('extract').description('everything, one document object per input (JSON by default)').argument('[inputs...]'))
        .option('--include-text', 'include the (decoded) article text in each document')
        .addHelpText('after', '\nExample:\n  $ quotes extract --format json article.txt | jq ".documents[0].quotes"')
        .action(done('extract')),
    check: () =>
      common(program.command('check').description('lint articles: quotes without speaker, unclosed quote marks, name variants, … (exit 1 on errors)').argument('[inputs...]', 'files, directories, - for stdin'), ['text', 'json', 'github'], false)
        .option('--rule <id=level>', 'set a rule to off, warning or error (repeatable; also .quotesrc.json {"rules": {...}})', (v: string, prev: string[] = []) => [...prev, v])
        .option('--require-date', 'error when an article has no date and no publication date (rule no-date)')
        .addHelpText(
          'after',
          '\nRules: direct-quote-without-speaker, unclosed-quote, pronoun-without-antecedent (error); mismatched-quotes,\n' +
            'speaker-name-variants (warning); no-date (off; error with --require-date).\n' +
            'Examples:\n  $ quotes check articles/\n  $ quotes check --format github --rule mismatched-quotes=off articles/',
        )
        .action(done('check')),
    eval: () =>
      program
        .command('eval')
        .description('score the extractor on gold annotations (NNN.txt + NNN.gold.json), or on KLUE-NER with --klue')
        .argument('[gold_dir]', 'folder of NNN.txt + NNN.gold.json (+ NNN.meta.json)')
        .addOption(new Option('-f, --format <format>', 'report format').choices(['table', 'json']))
        .option('--misses', 'list each missed quote, false quote and wrong speaker with its sentence')
        .option('--klue <file>', 'score entities and dates on a KLUE-NER jsonl file')
        .option('--no-color', 'no colours')
        .addHelpText('after', '\nExamples:\n  $ quotes eval corpus/ko-dev\n  $ quotes eval corpus/ko-dev --misses\n  $ quotes eval --klue klue-ner-news-dev.jsonl')
        .action(done('eval')),
  };
  const named = argv[2] as CommandName;
  if (Object.prototype.hasOwnProperty.call(builders, named)) builders[named]();
  else for (const build of Object.values(builders)) build();

  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return { exit: 0 };
      const msg = e.message.replace(/^error:\s*/i, '').split('\n')[0];
      throw new CliError(msg);
    }
    throw e;
  }
  if (!parsed) {
    write.err(program.helpInformation());
    throw new CliError('no command given (list, entities, dates, speakers, extract, check, eval)');
  }
  const p = parsed as ParsedCommand;
  if (p.options.date !== undefined && !isValidDate(p.options.date)) {
    throw new CliError(`--date: "${p.options.date}" is not a valid date (expected YYYY-MM-DD)`);
  }
  if (p.options.type !== undefined && !ENTITY_TYPES.includes(p.options.type)) throw new CliError(`--type: unknown type "${p.options.type}"`);
  return p;
}
