/**
 * Dev measurement of the dates stage (not part of the build). Run: npx ts-node scripts/eval-dates.ts [-v]
 * - ko-dev gold: overlap matching (one-to-one, in text order), P/R/F1 and value accuracy over matched.
 * - KLUE NER news dev, type DT: exact-span and overlap P/R/F1 (no publication date).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findDates } from '../src/ko/dates';
import { findDateline } from '../src/ko/dateline';
import { splitParagraphs } from '../src/ko/paragraphs';
import { findQuoteMarks } from '../src/ko/quote-marks';
import { splitSentences } from '../src/ko/sentences';
import type { DateMention } from '../src/types';

const verbose = process.argv.includes('-v');
const DEV = '/work/shared/corpus/ko-dev';
const KLUE = '/work/shared/corpus/klue/klue-ner-news-dev.jsonl';

function sentencesOf(text: string) {
  const paras = splitParagraphs(text);
  return splitSentences(text, paras, findQuoteMarks(text, paras));
}
function prf(tp: number, np: number, ng: number) {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const f3 = (x: number) => x.toFixed(3);
function ctx(text: string, s: number, e: number) {
  return (text.slice(Math.max(0, s - 15), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 15)).replace(/\n/g, ' ');
}

// ---- ko-dev
let tp = 0, np = 0, ng = 0, valOk = 0;
const misses: string[] = [], falses: string[] = [], wrongVal: string[] = [];
const t0 = Date.now();
let bytes = 0;
for (const f of fs.readdirSync(DEV).filter((x) => x.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(fs.readFileSync(path.join(DEV, f), 'utf8'));
  const id = f.slice(0, 3);
  const text = fs.readFileSync(path.join(DEV, id + '.txt'), 'utf8');
  bytes += Buffer.byteLength(text);
  const metaPath = path.join(DEV, id + '.meta.json');
  const meta = fs.existsSync(metaPath) ? JSON.parse(fs.readFileSync(metaPath, 'utf8')) : {};
  const published: string | null = meta.published ?? gold.published ?? findDateline(text);
  const pred = findDates(text, sentencesOf(text), published);
  const golds: { s: number; e: number; text: string; value: string | null; used: boolean }[] = [];
  let pos = 0;
  for (const g of gold.dates) {
    const i = text.indexOf(g.text, pos);
    if (i < 0) continue;
    golds.push({ s: i, e: i + g.text.length, text: g.text, value: g.value, used: false });
    pos = i + g.text.length;
  }
  np += pred.length;
  ng += golds.length;
  for (const p of pred) {
    const g = golds.find((x) => !x.used && x.s < p.end && p.start < x.e);
    if (!g) {
      falses.push(`${id} ${p.value} ${ctx(text, p.start, p.end)}`);
      continue;
    }
    g.used = true;
    tp++;
    if (p.value === g.value) valOk++;
    else wrongVal.push(`${id} pred=${p.value} gold=${g.value} pub=${published} ${ctx(text, p.start, p.end)} (gold "${g.text}")`);
  }
  for (const g of golds) if (!g.used) misses.push(`${id} ${g.value} ${ctx(text, g.s, g.e)}`);
}
const ms = Date.now() - t0;
const d = prf(tp, np, ng);
console.log(`ko-dev dates: gold ${ng} pred ${np} matched ${tp}  P ${f3(d.p)} R ${f3(d.r)} F1 ${f3(d.f)}  value acc ${f3(tp ? valOk / tp : 0)} (${valOk}/${tp})`);
if (verbose) {
  console.log('\n-- misses'); misses.forEach((x) => console.log(x));
  console.log('\n-- false hits'); falses.forEach((x) => console.log(x));
  console.log('\n-- wrong values'); wrongVal.forEach((x) => console.log(x));
}

// ---- KLUE
let ktpE = 0, ktpO = 0, knp = 0, kng = 0;
const kMiss: string[] = [], kFalse: string[] = [], kSpan: string[] = [];
let kBytes = 0;
const t1 = Date.now();
for (const line of fs.readFileSync(KLUE, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  const text: string = r.text;
  kBytes += Buffer.byteLength(text);
  const gold = (r.entities as { type: string; start: number; end: number; text: string }[]).filter((e) => e.type === 'DT');
  const pred: DateMention[] = findDates(text, [{ start: 0, end: text.length }], null);
  knp += pred.length;
  kng += gold.length;
  const usedE = new Set<number>(), usedO = new Set<number>();
  for (const p of pred) {
    const ei = gold.findIndex((g, k) => !usedE.has(k) && g.start === p.start && g.end === p.end);
    if (ei >= 0) { usedE.add(ei); ktpE++; }
    const oi = gold.findIndex((g, k) => !usedO.has(k) && g.start < p.end && p.start < g.end);
    if (oi >= 0) {
      usedO.add(oi); ktpO++;
      if (ei < 0) kSpan.push(`pred "${p.text}" gold "${gold[oi].text}"  ${ctx(text, p.start, p.end)}`);
    } else kFalse.push(`${p.value} ${ctx(text, p.start, p.end)}`);
  }
  gold.forEach((g, k) => { if (!usedO.has(k)) kMiss.push(`${ctx(text, g.start, g.end)}`); });
}
const ms2 = Date.now() - t1;
const ke = prf(ktpE, knp, kng), ko = prf(ktpO, knp, kng);
console.log(`KLUE DT: gold ${kng} pred ${knp}  exact P ${f3(ke.p)} R ${f3(ke.r)} F1 ${f3(ke.f)}  overlap P ${f3(ko.p)} R ${f3(ko.r)} F1 ${f3(ko.f)}`);
console.log(`rough speed (small inputs, JIT warm-up included): ko-dev ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (incl. sentence split), KLUE ${(kBytes / 1e6 / (ms2 / 1000)).toFixed(1)} MB/s`);
if (verbose) {
  console.log('\n-- KLUE misses'); kMiss.forEach((x) => console.log(x));
  console.log('\n-- KLUE false hits'); kFalse.forEach((x) => console.log(x));
  console.log('\n-- KLUE span differences'); kSpan.forEach((x) => console.log(x));
}
