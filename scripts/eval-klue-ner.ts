/**
 * Dev measuring script for the Korean entity stages (not part of the library).
 *   npx ts-node scripts/eval-klue-ner.ts [--errors N] [--type PS|OG|LC]
 * KLUE NER news dev (/work/shared/corpus/klue/klue-ner-news-dev.jsonl, code-point offsets): exact-span and overlap
 * P/R/F1 for PS (person), OG (organization), LC (place). ko-dev (/work/shared/corpus/ko-dev/*.gold.json): recall of
 * the gold "people" and "organizations" names among predicted person/organization entities (name or alias contains the
 * gold name or is contained in it, spaces ignored). Prints figures only; the corpora are read, never copied.
 */
import { readFileSync, readdirSync, existsSync } from 'fs';
import { join } from 'path';
import { recognizeEntities } from '../src/ko/entities';
import { codePointMap } from '../src/pipeline/offsets';

const KLUE = '/work/shared/corpus/klue/klue-ner-news-dev.jsonl';
const KODEV = '/work/shared/corpus/ko-dev';
const MAP: Record<string, string> = { person: 'PS', organization: 'OG', place: 'LC' };
const args = process.argv.slice(2);
const nErr = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
const onlyType = args.includes('--type') ? args[args.indexOf('--type') + 1] : null;

interface S { type: string; start: number; end: number; text: string }

function f1(p: number, r: number): number { return p + r ? (2 * p * r) / (p + r) : 0; }

if (existsSync(KLUE)) {
  const lines = readFileSync(KLUE, 'utf8').split('\n').filter(Boolean);
  const st: Record<string, { tp: number; np: number; ng: number; op: number; og: number }> = {};
  for (const t of ['PS', 'OG', 'LC']) st[t] = { tp: 0, np: 0, ng: 0, op: 0, og: 0 };
  const misses: string[] = [];
  const falses: string[] = [];
  let bytes = 0;
  const t0 = Date.now();
  for (const line of lines) {
    const d = JSON.parse(line) as { text: string; entities: S[] };
    bytes += Buffer.byteLength(d.text);
    const m = codePointMap(d.text);
    const gold = d.entities.filter((e) => st[e.type]).map((e) => ({ ...e, start: m.toU16(e.start), end: m.toU16(e.end) }));
    const r = recognizeEntities(d.text, [{ start: 0, end: d.text.length }]);
    const pred = r.mentions.filter((x) => MAP[x.type]).map((x) => ({ type: MAP[x.type], start: x.start, end: x.end, text: d.text.slice(x.start, x.end) }));
    for (const g of gold) {
      st[g.type].ng++;
      const exact = pred.some((p) => p.type === g.type && p.start === g.start && p.end === g.end);
      if (exact) st[g.type].tp++;
      if (pred.some((p) => p.type === g.type && p.start < g.end && g.start < p.end)) st[g.type].og++;
      if (!exact && (!onlyType || onlyType === g.type)) {
        const other = pred.find((p) => p.start < g.end && g.start < p.end);
        misses.push(`MISS ${g.type} ${g.text}${other ? `  (got ${other.type} ${other.text})` : ''}  | ${d.text.slice(Math.max(0, g.start - 15), g.end + 15)}`);
      }
    }
    for (const p of pred) {
      st[p.type].np++;
      if (gold.some((g) => g.type === p.type && p.start < g.end && g.start < p.end)) st[p.type].op++;
      const exact = gold.some((g) => g.type === p.type && p.start === g.start && p.end === g.end);
      if (!exact && (!onlyType || onlyType === p.type)) {
        const other = gold.find((g) => p.start < g.end && g.start < p.end);
        falses.push(`FALSE ${p.type} ${p.text}${other ? `  (gold ${other.type} ${other.text})` : ''}  | ${d.text.slice(Math.max(0, p.start - 15), p.end + 15)}`);
      }
    }
  }
  const ms = Date.now() - t0;
  console.log(`KLUE NER news dev: ${lines.length} sentences, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
  let allO = { p: 0, np: 0, g: 0, ng: 0 };
  for (const [t, s] of Object.entries(st)) {
    const p = s.tp / (s.np || 1);
    const r = s.tp / (s.ng || 1);
    const op = s.op / (s.np || 1);
    const or = s.og / (s.ng || 1);
    allO = { p: allO.p + s.op, np: allO.np + s.np, g: allO.g + s.og, ng: allO.ng + s.ng };
    console.log(`  ${t}: exact P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1(p, r).toFixed(3)}   overlap F1=${f1(op, or).toFixed(3)}   (gold ${s.ng}, pred ${s.np})`);
  }
  console.log(`  all: overlap F1=${f1(allO.p / allO.np, allO.g / allO.ng).toFixed(3)}`);
  if (nErr) {
    const pick = (a: string[]) => a.slice(0, nErr);
    console.log(pick(misses).join('\n'));
    console.log(pick(falses).join('\n'));
  }
}

if (existsSync(KODEV)) {
  let pg = 0, pf = 0, og = 0, of = 0, pp = 0, ppOk = 0, op = 0, opOk = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const f of readdirSync(KODEV).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(KODEV, f), 'utf8')) as { people: string[]; organizations: string[] };
    const text = readFileSync(join(KODEV, f.replace('.gold.json', '.txt')), 'utf8');
    const r = recognizeEntities(text, [{ start: 0, end: text.length }]);
    const names = (type: string) => r.entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]).map((n) => n.replace(/\s+/g, ''));
    const found = (g: string, ns: string[]) => { const k = g.replace(/\s+/g, ''); return ns.some((n) => n && (n.includes(k) || k.includes(n))); };
    const P = names('person');
    const O = names('organization');
    for (const g of new Set(gold.people)) { pg++; if (found(g, P)) pf++; else missed.push(`${f} person ${g}`); }
    for (const g of new Set(gold.organizations)) { og++; if (found(g, O)) of++; else missed.push(`${f} org ${g}`); }
    // Precision: a predicted entity is right when one of its names matches a gold name of its kind.
    for (const [type, gs] of [['person', gold.people], ['organization', gold.organizations]] as const) {
      for (const e of r.entities.filter((x) => x.type === type)) {
        const ns = [e.name, ...e.aliases].map((n) => n.replace(/\s+/g, ''));
        const ok = gs.some((g) => found(g, ns));
        if (type === 'person') { pp++; if (ok) ppOk++; } else { op++; if (ok) opOk++; }
        if (!ok) wrong.push(`${f} false ${type} ${e.name}`);
      }
    }
  }
  console.log(`ko-dev recall: people ${(pf / pg).toFixed(3)} (${pf}/${pg}), organizations ${(of / og).toFixed(3)} (${of}/${og})`);
  console.log(`ko-dev precision: people ${(ppOk / pp).toFixed(3)} (${ppOk}/${pp}), organizations ${(opOk / op).toFixed(3)} (${opOk}/${op})`);
  if (nErr) console.log(missed.join('\n') + '\n' + wrong.join('\n'));
}
