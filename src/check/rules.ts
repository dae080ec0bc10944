/**
 * `quotes check` rules: ids, default levels and the configuration that changes them (`--rule id=level`,
 * `.quotesrc.json`, `--require-date`). Pure: no printing, no exiting; bad configuration throws RuleConfigError.
 */
import * as fs from 'fs';
import * as path from 'path';

export type RuleLevel = 'off' | 'warning' | 'error';
export type FindingLevel = 'warning' | 'error';

export const RULES = {
  'direct-quote-without-speaker': { level: 'error', description: 'a direct quote whose speaker could not be found' },
  'unclosed-quote': { level: 'error', description: 'a quote mark never closed in its paragraph' },
  'mismatched-quotes': { level: 'warning', description: 'a quote opened and closed with marks of different shapes' },
  'pronoun-without-antecedent': { level: 'error', description: 'a speaker pronoun (그는, 그녀는) with no one it can refer to' },
  'speaker-name-variants': { level: 'warning', description: 'one person spelled two ways in one article (김성훈 / 김성운)' },
  'no-date': { level: 'off', description: 'no dated expression and no publication date (on with --require-date)' },
} as const satisfies Record<string, { level: RuleLevel; description: string }>;

export type RuleId = keyof typeof RULES;
export type RuleConfig = Record<RuleId, RuleLevel>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
const LEVELS: RuleLevel[] = ['off', 'warning', 'error'];
export const CONFIG_FILE = '.quotesrc.json';

export class RuleConfigError extends Error {}

export function isRuleId(s: string): s is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, s);
}

export function defaultConfig(): RuleConfig {
  const c = {} as RuleConfig;
  for (const id of RULE_IDS) c[id] = RULES[id].level;
  return c;
}

function checkedLevel(id: string, level: unknown, where: string): [RuleId, RuleLevel] {
  if (!isRuleId(id)) throw new RuleConfigError(`${where}: unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
  if (typeof level !== 'string' || !LEVELS.includes(level as RuleLevel)) {
    throw new RuleConfigError(`${where}: rule "${id}": level must be off, warning or error (got ${JSON.stringify(level)})`);
  }
  return [id, level as RuleLevel];
}

/** Parse one `--rule id=level` value. */
export function parseRuleOption(s: string): [RuleId, RuleLevel] {
  const eq = s.indexOf('=');
  if (eq < 0) throw new RuleConfigError(`--rule: expected id=off|warning|error, got "${s}"`);
  return checkedLevel(s.slice(0, eq).trim(), s.slice(eq + 1).trim(), '--rule');
}

/** The nearest `.quotesrc.json` from `dir` up to the filesystem root, or null. */
export function findConfigFile(dir: string): string | null {
  let d = path.resolve(dir);
  for (;;) {
    const p = path.join(d, CONFIG_FILE);
    try {
      if (fs.statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/** Read `{"rules": {"id": "off"|"warning"|"error"}}`. */
export function readConfigFile(file: string): Partial<RuleConfig> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new RuleConfigError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new RuleConfigError(`${file}: expected an object {"rules": {...}}`);
  const rules = (json as { rules?: unknown }).rules;
  if (rules === undefined) return {};
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) throw new RuleConfigError(`${file}: "rules" must be an object`);
  const out: Partial<RuleConfig> = {};
  for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
    const [rid, lv] = checkedLevel(id, level, file);
    out[rid] = lv;
  }
  return out;
}

/**
 * The effective rule levels: defaults < `.quotesrc.json` (nearest from cwd up) < `--require-date` < `--rule`.
 */
export function resolveConfig(opts: { cwd?: string; rules?: string[]; requireDate?: boolean; configFile?: string | null } = {}): {
  config: RuleConfig;
  file: string | null;
} {
  const config = defaultConfig();
  const file = opts.configFile !== undefined ? opts.configFile : opts.cwd ? findConfigFile(opts.cwd) : null;
  if (file) Object.assign(config, readConfigFile(file));
  if (opts.requireDate) config['no-date'] = 'error';
  for (const r of opts.rules ?? []) {
    const [id, level] = parseRuleOption(r);
    config[id] = level;
  }
  return { config, file };
}
