import Ajv from 'ajv';
import * as path from 'path';
import * as fs from 'fs';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'quotes-v1.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'quotes');

/** Validate a JSON value against one definition of the contract ('extract', 'quoteList', …). */
export function validate(def: string, value: unknown): string[] {
  const v = ajv.getSchema(`quotes#/definitions/${def}`);
  if (!v) throw new Error(`no schema definition ${def}`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every span in a document slices its text exactly (offsets in code points). */
export function spanProblems(doc: { quotes: any[]; entities: any[]; dates: any[] }, text: string): string[] {
  const cps = Array.from(text);
  const slice = (s: number, e: number) => cps.slice(s, e).join('');
  const bad: string[] = [];
  const check = (sp: any, what: string) => {
    if (!sp) return;
    if (slice(sp.start, sp.end) !== sp.text || sp.start > sp.end) bad.push(`${what} [${sp.start},${sp.end}) ${JSON.stringify(sp.text)}`);
  };
  for (const q of doc.quotes) {
    q.segments.forEach((s: any) => check(s, `quote ${q.id} segment`));
    check(q.cue, `quote ${q.id} cue`);
    if (q.speaker) check(q.speaker.mention, `quote ${q.id} speaker mention`);
  }
  for (const e of doc.entities) e.mentions.forEach((m: any) => check(m, `entity ${e.id}`));
  for (const d of doc.dates) check(d, 'date');
  return bad;
}
