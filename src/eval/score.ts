/** Scoring predictions (DocumentResult) against gold documents. */
import type { DocumentResult, Entity, EntityType, Quote, QuoteKind, Span } from '../types';
import { GoldDoc, GoldQuote, locateDates, locateQuotes } from './gold';
import { greedyMatch, Intervals, jaccard, PRF, prf, ratio, toIntervals } from './match';
import { codePointMap, CodePointMap } from '../pipeline/offsets';
import { namesMatch, normName, sentenceAround } from './text';

/** Minimum Jaccard overlap of characters for a predicted quote to match a gold quote. */
export const QUOTE_JACCARD = 0.5;
/** Confidence threshold for "precision at confidence ≥ threshold". */
export const CONFIDENCE_THRESHOLD = 0.5;

export interface QuoteScores {
  all: PRF;
  direct: PRF;
  indirect: PRF;
  /** A quote counts only when matched and its speaker is correct. */
  attributed: PRF;
}

export interface SpeakerScores {
  /** Matched pairs whose gold speaker is not null. */
  evaluated: number;
  correct: number;
  accuracy: number | null;
}

export interface SegmentScores {
  /** Matched quotes whose predicted segments are exactly the gold segments (same texts, same order). */
  exact: number;
  matched: number;
  rate: number | null;
}

export interface DateScores {
  spans: PRF;
  /** Matched dates whose value equals the gold value. */
  valueCorrect: number;
  valueAccuracy: number | null;
}

export interface ConfidenceScores {
  /** Predicted quotes scored. */
  quotes: number;
  /** Predicted quotes that matched a gold quote. */
  positives: number;
  /** Probability that a matched quote has a higher confidence than an unmatched one (ties count half). */
  rocAuc: number | null;
  threshold: number;
  /** Predicted quotes with confidence ≥ threshold. */
  aboveThreshold: number;
  matchedAboveThreshold: number;
  precisionAboveThreshold: number | null;
}

export interface DocumentRow {
  id: string;
  goldQuotes: number;
  predictedQuotes: number;
  matched: number;
  /** Matched pairs with a gold speaker. */
  speakerEvaluated: number;
  speakerCorrect: number;
}

export type MissType = 'missed' | 'false' | 'speaker';

export interface QuoteMiss {
  doc: string;
  type: MissType;
  kind: QuoteKind;
  /** The quote's text (segments joined with " … "). */
  text: string;
  /** Code-point range from the first segment's start to the last segment's end. */
  start: number;
  end: number;
  sentence: string;
  goldSpeaker: string | null;
  predictedSpeaker: string | null;
  /** Best Jaccard overlap with a quote on the other side (shows spans shifted under the threshold). */
  bestOverlap: number;
}

export type DateMissType = 'missed' | 'false' | 'value';

export interface DateMiss {
  doc: string;
  type: DateMissType;
  text: string;
  start: number;
  end: number;
  sentence: string;
  goldValue: string | null;
  predictedValue: string | null;
}

export interface NameMiss {
  doc: string;
  type: 'missed' | 'false';
  entityType: 'person' | 'organization';
  name: string;
}

/** `matched` counts gold names found; `correctPredicted` counts predicted entities that match a gold name. */
export type NameScores = PRF & { correctPredicted: number };

export interface EvalReport {
  documents: number;
  quotes: QuoteScores;
  speakers: SpeakerScores;
  /** Boundaries: how many matched quotes have exactly the gold segments. */
  segments: SegmentScores;
  dates: DateScores;
  /** Recall: gold names found among predicted names/aliases; precision: predicted entities matching a gold name. */
  people: NameScores;
  organizations: NameScores;
  confidence: ConfidenceScores;
  perDocument: DocumentRow[];
  misses: QuoteMiss[];
  dateMisses: DateMiss[];
  nameMisses: NameMiss[];
  /** Problems with the inputs (gold strings not found, predicted span text that does not match the document). */
  warnings: string[];
  /** How the figures are computed. */
  notes: string[];
}

export const EVAL_NOTES: string[] = [
  `quotes match when the Jaccard overlap of their characters (union of segments) is >= ${QUOTE_JACCARD}; pairs are taken greedily from the best overlap down, one-to-one`,
  'by kind: gold quotes of a kind against predicted quotes of that kind, matched separately within the kind',
  'segments exact: matched quotes whose segments are the gold segments, character for character and in order',
  'speaker: correct when the predicted name, canonical name or an alias of its entity contains the gold name or is contained in it (case and spaces ignored); a null gold speaker is correct only against a null prediction',
  'dates: a prediction matches a gold date whose span it overlaps (greedy, one-to-one); value accuracy over matched dates',
  'people/organizations: recall of gold names, precision of predicted entities (containment of names or aliases, spaces ignored)',
  `confidence: ROC AUC of quote confidence for matched vs unmatched predicted quotes; precision at confidence >= ${CONFIDENCE_THRESHOLD}`,
  'offsets: predicted spans are Unicode code points',
];

const MAX_WARNINGS = 50;

interface Counter {
  gold: number;
  pred: number;
  matched: number;
}
const counter = (): Counter => ({ gold: 0, pred: 0, matched: 0 });

interface GoldQ {
  q: GoldQuote;
  iv: Intervals;
  text: string;
}

function quoteText(q: Quote): string {
  if (q.segments.length > 0) return q.segments.map((s) => s.text).join(' … ');
  return q.text;
}

function speakerLabel(q: Quote): string | null {
  const s = q.speaker;
  if (!s) return null;
  return s.canonical && s.canonical !== s.name ? `${s.name} (${s.canonical})` : s.name;
}

function speakerCandidates(q: Quote, entities: Map<string, Entity>): string[] {
  const s = q.speaker;
  if (!s) return [];
  const out = [s.name, s.canonical];
  const ent = s.entity ? entities.get(s.entity) : undefined;
  if (ent) out.push(ent.name, ent.canonical, ...(ent.aliases ?? []));
  return out.map(normName).filter((x) => x !== '');
}

export function speakerCorrect(gold: string | null, q: Quote, entities: Map<string, Entity>): boolean {
  if (gold === null) return q.speaker === null;
  const g = normName(gold);
  return speakerCandidates(q, entities).some((c) => namesMatch(c, g));
}

function entityNames(e: Entity): string[] {
  return [e.name, e.canonical, ...(e.aliases ?? [])].map(normName).filter((x) => x !== '');
}

/** Mann-Whitney form of the ROC AUC; null without both classes. */
export function rocAuc(scores: Array<{ score: number; positive: boolean }>): number | null {
  const pos = scores.filter((s) => s.positive).length;
  const neg = scores.length - pos;
  if (pos === 0 || neg === 0) return null;
  const sorted = [...scores].sort((a, b) => a.score - b.score);
  let rankSumPos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k].positive) rankSumPos += avgRank;
    i = j;
  }
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

function spanIv(map: CodePointMap, ranges: Array<{ start: number; end: number }>): Intervals {
  return toIntervals(ranges.map((r) => ({ start: map.toCp(r.start), end: map.toCp(r.end) })));
}

function numberOr(x: unknown, d: number): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : d;
}

export function evaluate(golds: GoldDoc[], predictions: DocumentResult[]): EvalReport {
  if (golds.length !== predictions.length)
    throw new Error(`evaluate: ${golds.length} gold documents but ${predictions.length} predictions`);
  const warnings: string[] = [];
  let warningCount = 0;
  const warn = (w: string) => {
    warningCount++;
    if (warnings.length < MAX_WARNINGS) warnings.push(w);
  };

  const all = counter();
  const byKind: Record<QuoteKind, Counter> = { direct: counter(), indirect: counter() };
  let attributedTp = 0;
  const spk = { evaluated: 0, correct: 0 };
  let exactSegments = 0;
  const dates = counter();
  let dateValueCorrect = 0;
  const names = {
    person: { gold: 0, pred: 0, goldFound: 0, predCorrect: 0 },
    organization: { gold: 0, pred: 0, goldFound: 0, predCorrect: 0 },
  };
  const conf: Array<{ score: number; positive: boolean }> = [];
  const perDocument: DocumentRow[] = [];
  const misses: QuoteMiss[] = [];
  const dateMisses: DateMiss[] = [];
  const nameMisses: NameMiss[] = [];

  golds.forEach((doc, di) => {
    const pred = predictions[di];
    const text = doc.text;
    const map = codePointMap(text);
    const sentence = (iv: Intervals) =>
      iv.length === 0 ? '' : sentenceAround(text, map.toU16(iv[0][0]), map.toU16(iv[iv.length - 1][1]));
    const checkSpan = (what: string, s: Span) => {
      if (typeof s.text === 'string' && map.slice(s.start, s.end) !== s.text)
        warn(`${doc.id}: ${what} [${s.start},${s.end}) is "${s.text}" but the text there (code points) is "${map.slice(s.start, s.end)}"`);
    };
    const entities = new Map<string, Entity>();
    for (const e of pred.entities ?? []) entities.set(e.id, e);

    // ---- quotes
    const located = locateQuotes(text, doc.gold.quotes);
    const gq: GoldQ[] = doc.gold.quotes.map((q, i) => {
      for (const m of located[i].missing) warn(`${doc.id}: gold quote segment not found in the text: "${m}"`);
      return { q, iv: spanIv(map, located[i].segments), text: q.segments.join(' … ') };
    });
    const pq = pred.quotes ?? [];
    const piv: Intervals[] = pq.map((q) => {
      q.segments.forEach((s, k) => checkSpan(`quote ${q.id} segment ${k}`, s));
      return toIntervals(q.segments);
    });
    const J: number[][] = gq.map((g) => piv.map((p) => jaccard(g.iv, p)));
    const accept = (s: number) => s >= QUOTE_JACCARD && s > 0;
    const pairs = greedyMatch(gq.length, pq.length, (g, p) => J[g][p], accept);
    all.gold += gq.length;
    all.pred += pq.length;
    all.matched += pairs.length;
    for (const kind of ['direct', 'indirect'] as const) {
      const gi = gq.map((_, i) => i).filter((i) => gq[i].q.kind === kind);
      const pi = pq.map((_, i) => i).filter((i) => pq[i].kind === kind);
      const kp = greedyMatch(gi.length, pi.length, (g, p) => J[gi[g]][pi[p]], accept);
      byKind[kind].gold += gi.length;
      byKind[kind].pred += pi.length;
      byKind[kind].matched += kp.length;
    }
    const goldMatched = new Array<number>(gq.length).fill(-1);
    const predMatched = new Array<number>(pq.length).fill(-1);
    const row: DocumentRow = {
      id: doc.id,
      goldQuotes: gq.length,
      predictedQuotes: pq.length,
      matched: pairs.length,
      speakerEvaluated: 0,
      speakerCorrect: 0,
    };
    for (const pr of pairs) {
      goldMatched[pr.gold] = pr.pred;
      predMatched[pr.pred] = pr.gold;
      const g = gq[pr.gold];
      const p = pq[pr.pred];
      const ok = speakerCorrect(g.q.speaker, p, entities);
      if (ok) attributedTp++;
      if (p.segments.length === g.q.segments.length && p.segments.every((ps, k) => ps.text === g.q.segments[k])) exactSegments++;
      if (g.q.speaker !== null) {
        spk.evaluated++;
        row.speakerEvaluated++;
        if (ok) {
          spk.correct++;
          row.speakerCorrect++;
        }
      }
      if (!ok) {
        misses.push({
          doc: doc.id,
          type: 'speaker',
          kind: g.q.kind,
          text: g.text,
          start: g.iv.length ? g.iv[0][0] : 0,
          end: g.iv.length ? g.iv[g.iv.length - 1][1] : 0,
          sentence: sentence(g.iv),
          goldSpeaker: g.q.speaker,
          predictedSpeaker: speakerLabel(p),
          bestOverlap: pr.score,
        });
      }
    }
    gq.forEach((g, i) => {
      if (goldMatched[i] >= 0) return;
      misses.push({
        doc: doc.id,
        type: 'missed',
        kind: g.q.kind,
        text: g.text,
        start: g.iv.length ? g.iv[0][0] : 0,
        end: g.iv.length ? g.iv[g.iv.length - 1][1] : 0,
        sentence: sentence(g.iv),
        goldSpeaker: g.q.speaker,
        predictedSpeaker: null,
        bestOverlap: Math.max(0, ...J[i]),
      });
    });
    pq.forEach((p, i) => {
      const positive = predMatched[i] >= 0;
      conf.push({ score: numberOr(p.confidence, 0), positive });
      if (positive) return;
      misses.push({
        doc: doc.id,
        type: 'false',
        kind: p.kind,
        text: quoteText(p),
        start: piv[i].length ? piv[i][0][0] : 0,
        end: piv[i].length ? piv[i][piv[i].length - 1][1] : 0,
        sentence: sentence(piv[i]),
        goldSpeaker: null,
        predictedSpeaker: speakerLabel(p),
        bestOverlap: Math.max(0, ...gq.map((_, k) => J[k][i])),
      });
    });
    perDocument.push(row);

    // ---- dates
    const gdLoc = locateDates(text, doc.gold.dates);
    const gd = doc.gold.dates.map((d, i) => {
      const loc = gdLoc[i];
      if (!loc) warn(`${doc.id}: gold date not found in the text: "${d.text}"`);
      return { d, iv: loc ? spanIv(map, [loc]) : ([] as Intervals) };
    });
    const pd = pred.dates ?? [];
    const pdiv = pd.map((d) => {
      checkSpan('date', d);
      return toIntervals([d]);
    });
    const dpairs = greedyMatch(gd.length, pd.length, (g, p) => jaccard(gd[g].iv, pdiv[p]), (s) => s > 0);
    dates.gold += gd.length;
    dates.pred += pd.length;
    dates.matched += dpairs.length;
    const gdMatched = new Uint8Array(gd.length);
    const pdMatched = new Uint8Array(pd.length);
    for (const pr of dpairs) {
      gdMatched[pr.gold] = 1;
      pdMatched[pr.pred] = 1;
      const g = gd[pr.gold];
      const p = pd[pr.pred];
      const pv = p.value ?? null;
      if (pv === g.d.value) dateValueCorrect++;
      else
        dateMisses.push({
          doc: doc.id,
          type: 'value',
          text: g.d.text,
          start: g.iv.length ? g.iv[0][0] : p.start,
          end: g.iv.length ? g.iv[0][1] : p.end,
          sentence: sentence(g.iv.length ? g.iv : pdiv[pr.pred]),
          goldValue: g.d.value,
          predictedValue: pv,
        });
    }
    gd.forEach((g, i) => {
      if (gdMatched[i]) return;
      dateMisses.push({
        doc: doc.id,
        type: 'missed',
        text: g.d.text,
        start: g.iv.length ? g.iv[0][0] : 0,
        end: g.iv.length ? g.iv[0][1] : 0,
        sentence: sentence(g.iv),
        goldValue: g.d.value,
        predictedValue: null,
      });
    });
    pd.forEach((p, i) => {
      if (pdMatched[i]) return;
      dateMisses.push({
        doc: doc.id,
        type: 'false',
        text: p.text,
        start: p.start,
        end: p.end,
        sentence: sentence(pdiv[i]),
        goldValue: null,
        predictedValue: p.value ?? null,
      });
    });

    // ---- people and organizations
    for (const e of pred.entities ?? []) for (const [k, m] of (e.mentions ?? []).entries()) checkSpan(`entity ${e.id} mention ${k}`, m);
    for (const [type, goldList] of [
      ['person', doc.gold.people],
      ['organization', doc.gold.organizations],
    ] as Array<[EntityType & ('person' | 'organization'), string[]]>) {
      const seen = new Set<string>();
      const goldNames: Array<{ raw: string; n: string }> = [];
      for (const raw of goldList) {
        const n = normName(raw);
        if (n === '' || seen.has(n)) continue;
        seen.add(n);
        goldNames.push({ raw, n });
      }
      const ents = (pred.entities ?? []).filter((e) => e.type === type).map((e) => ({ e, names: entityNames(e) }));
      const acc = names[type];
      acc.gold += goldNames.length;
      acc.pred += ents.length;
      for (const g of goldNames) {
        if (ents.some((x) => x.names.some((c) => namesMatch(c, g.n)))) acc.goldFound++;
        else nameMisses.push({ doc: doc.id, type: 'missed', entityType: type, name: g.raw });
      }
      for (const x of ents) {
        if (goldNames.some((g) => x.names.some((c) => namesMatch(c, g.n)))) acc.predCorrect++;
        else nameMisses.push({ doc: doc.id, type: 'false', entityType: type, name: x.e.name });
      }
    }
  });

  if (warningCount > warnings.length) warnings.push(`… and ${warningCount - warnings.length} more warnings`);
  const above = conf.filter((c) => c.score >= CONFIDENCE_THRESHOLD);
  const aboveMatched = above.filter((c) => c.positive).length;
  const missOrder: Record<MissType, number> = { missed: 0, false: 1, speaker: 2 };
  misses.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.start - b.start || missOrder[a.type] - missOrder[b.type]);
  dateMisses.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.start - b.start);

  return {
    documents: golds.length,
    quotes: {
      all: prf(all.matched, all.gold, all.pred),
      direct: prf(byKind.direct.matched, byKind.direct.gold, byKind.direct.pred),
      indirect: prf(byKind.indirect.matched, byKind.indirect.gold, byKind.indirect.pred),
      attributed: prf(attributedTp, all.gold, all.pred),
    },
    speakers: { evaluated: spk.evaluated, correct: spk.correct, accuracy: ratio(spk.correct, spk.evaluated) },
    segments: { exact: exactSegments, matched: all.matched, rate: ratio(exactSegments, all.matched) },
    dates: {
      spans: prf(dates.matched, dates.gold, dates.pred),
      valueCorrect: dateValueCorrect,
      valueAccuracy: ratio(dateValueCorrect, dates.matched),
    },
    people: {
      ...prf(names.person.goldFound, names.person.gold, names.person.pred, names.person.predCorrect),
      correctPredicted: names.person.predCorrect,
    },
    organizations: {
      ...prf(names.organization.goldFound, names.organization.gold, names.organization.pred, names.organization.predCorrect),
      correctPredicted: names.organization.predCorrect,
    },
    confidence: {
      quotes: conf.length,
      positives: conf.filter((c) => c.positive).length,
      rocAuc: rocAuc(conf),
      threshold: CONFIDENCE_THRESHOLD,
      aboveThreshold: above.length,
      matchedAboveThreshold: aboveMatched,
      precisionAboveThreshold: ratio(aboveMatched, above.length),
    },
    perDocument,
    misses,
    dateMisses,
    nameMisses,
    warnings,
    notes: EVAL_NOTES,
  };
}
