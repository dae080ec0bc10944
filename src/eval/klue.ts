/** Scoring entity and date mentions against KLUE-NER style records (jsonl: {id, text, entities:[{type,start,end,text}]}). */
import * as fs from 'fs';
import type { DocumentResult } from '../types';
import { greedyMatch, PRF, prf } from './match';

export interface KlueEntity {
  type: string;
  /** Code-point offsets, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface KlueRecord {
  id: string;
  text: string;
  entities: KlueEntity[];
}

export type KlueType = 'person' | 'organization' | 'place' | 'date';

/** KLUE tag -> our type. TI (time) and QT (quantity) are not scored. */
export const KLUE_TYPES: Record<string, KlueType> = { PS: 'person', OG: 'organization', LC: 'place', DT: 'date' };
export const KLUE_TYPE_ORDER: KlueType[] = ['person', 'organization', 'place', 'date'];

export interface KlueTypeScores {
  exact: PRF;
  overlap: PRF;
}

export interface KlueReport {
  sentences: number;
  types: Record<KlueType, KlueTypeScores>;
  /** Micro average over the four types. */
  overall: KlueTypeScores;
  notes: string[];
}

export const KLUE_NOTES = [
  'KLUE PS->person, OG->organization, LC->place (entity mentions), DT->date (dates); TI and QT are ignored',
  'exact: same type, start and end; overlap: same type and any overlap, greedy one-to-one from the largest overlap',
  'predicted mentions with the same type and span are counted once; offsets are code points',
];

export function loadKlue(file: string): KlueRecord[] {
  const raw = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const out: KlueRecord[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: unknown;
    try {
      r = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: invalid JSON (${(e as Error).message})`);
    }
    const o = r as Record<string, unknown>;
    if (!o || typeof o.text !== 'string' || !Array.isArray(o.entities))
      throw new Error(`${file}:${i + 1}: expected {"id", "text", "entities": [...]}`);
    const entities = (o.entities as Array<Record<string, unknown>>).map((e, k) => {
      if (typeof e?.type !== 'string' || typeof e.start !== 'number' || typeof e.end !== 'number')
        throw new Error(`${file}:${i + 1}: entities[${k}] needs type, start and end`);
      return { type: e.type, start: e.start, end: e.end, text: typeof e.text === 'string' ? e.text : '' };
    });
    out.push({ id: typeof o.id === 'string' ? o.id : String(i + 1), text: o.text, entities });
  });
  if (out.length === 0) throw new Error(`${file}: no record`);
  return out;
}

interface M {
  start: number;
  end: number;
}

function predictedMentions(p: DocumentResult, type: KlueType): M[] {
  const list: M[] =
    type === 'date'
      ? (p.dates ?? []).map((d) => ({ start: d.start, end: d.end }))
      : (p.entities ?? []).filter((e) => e.type === type).flatMap((e) => (e.mentions ?? []).map((m) => ({ start: m.start, end: m.end })));
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function overlapLen(a: M, b: M): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function evaluateKlue(records: KlueRecord[], predictions: DocumentResult[]): KlueReport {
  if (records.length !== predictions.length)
    throw new Error(`evaluateKlue: ${records.length} records but ${predictions.length} predictions`);
  const c: Record<KlueType, { gold: number; pred: number; exact: number; overlap: number }> = {
    person: { gold: 0, pred: 0, exact: 0, overlap: 0 },
    organization: { gold: 0, pred: 0, exact: 0, overlap: 0 },
    place: { gold: 0, pred: 0, exact: 0, overlap: 0 },
    date: { gold: 0, pred: 0, exact: 0, overlap: 0 },
  };
  records.forEach((r, i) => {
    for (const type of KLUE_TYPE_ORDER) {
      const gold: M[] = r.entities.filter((e) => KLUE_TYPES[e.type] === type);
      const pred = predictedMentions(predictions[i], type);
      const acc = c[type];
      acc.gold += gold.length;
      acc.pred += pred.length;
      const predKeys = new Map<string, number>();
      for (const p of pred) predKeys.set(`${p.start}:${p.end}`, (predKeys.get(`${p.start}:${p.end}`) ?? 0) + 1);
      for (const g of gold) {
        const k = `${g.start}:${g.end}`;
        const n = predKeys.get(k) ?? 0;
        if (n > 0) {
          acc.exact++;
          predKeys.set(k, n - 1);
        }
      }
      acc.overlap += greedyMatch(
        gold.length,
        pred.length,
        (g, p) => {
          const o = overlapLen(gold[g], pred[p]);
          // prefer the largest overlap, then the tightest pair
          return o === 0 ? 0 : o + o / (Math.max(gold[g].end, pred[p].end) - Math.min(gold[g].start, pred[p].start) + 1);
        },
        (s) => s > 0,
      ).length;
    }
  });
  const scores = (x: { gold: number; pred: number; exact: number; overlap: number }): KlueTypeScores => ({
    exact: prf(x.exact, x.gold, x.pred),
    overlap: prf(x.overlap, x.gold, x.pred),
  });
  const total = { gold: 0, pred: 0, exact: 0, overlap: 0 };
  for (const t of KLUE_TYPE_ORDER) {
    total.gold += c[t].gold;
    total.pred += c[t].pred;
    total.exact += c[t].exact;
    total.overlap += c[t].overlap;
  }
  return {
    sentences: records.length,
    types: {
      person: scores(c.person),
      organization: scores(c.organization),
      place: scores(c.place),
      date: scores(c.date),
    },
    overall: scores(total),
    notes: KLUE_NOTES,
  };
}
