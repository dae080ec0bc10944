/** Interval arithmetic and greedy one-to-one matching used by every scorer. */

/** Sorted, disjoint, non-empty half-open intervals. */
export type Intervals = ReadonlyArray<readonly [number, number]>;

export function toIntervals(spans: ReadonlyArray<{ start: number; end: number }>): Intervals {
  const list = spans
    .filter((s) => s.end > s.start)
    .map((s) => [s.start, s.end] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const iv of list) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) {
      if (iv[1] > last[1]) last[1] = iv[1];
    } else out.push([iv[0], iv[1]]);
  }
  return out;
}

export function intervalsLength(a: Intervals): number {
  let n = 0;
  for (const [s, e] of a) n += e - s;
  return n;
}

export function intersectionLength(a: Intervals, b: Intervals): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i][0], b[j][0]);
    const e = Math.min(a[i][1], b[j][1]);
    if (e > s) n += e - s;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return n;
}

/** Jaccard overlap of the characters covered by two interval sets (0 when both are empty). */
export function jaccard(a: Intervals, b: Intervals): number {
  const inter = intersectionLength(a, b);
  if (inter === 0) return 0;
  return inter / (intervalsLength(a) + intervalsLength(b) - inter);
}

export interface Pair {
  gold: number;
  pred: number;
  score: number;
}

/**
 * Greedy one-to-one matching: every (gold, pred) pair whose score is accepted, taken from the best score down
 * (ties: earlier gold, then earlier prediction), each gold and each prediction used at most once.
 */
export function greedyMatch(
  nGold: number,
  nPred: number,
  score: (g: number, p: number) => number,
  accept: (score: number) => boolean,
): Pair[] {
  const candidates: Pair[] = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (accept(s)) candidates.push({ gold: g, pred: p, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.gold - y.gold || x.pred - y.pred);
  const usedG = new Uint8Array(nGold);
  const usedP = new Uint8Array(nPred);
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedG[c.gold] || usedP[c.pred]) continue;
    usedG[c.gold] = 1;
    usedP[c.pred] = 1;
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.gold - y.gold);
}

export interface PRF {
  gold: number;
  predicted: number;
  matched: number;
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when there is no gold item. */
  recall: number | null;
  /** null when there is neither gold nor prediction; 0 when only one side is empty. */
  f1: number | null;
}

export function prf(matchedGold: number, gold: number, predicted: number, matchedPred = matchedGold): PRF {
  const precision = predicted > 0 ? matchedPred / predicted : null;
  const recall = gold > 0 ? matchedGold / gold : null;
  let f1: number | null;
  if (precision !== null && recall !== null) f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  else f1 = gold === 0 && predicted === 0 ? null : 0;
  return { gold, predicted, matched: matchedGold, precision, recall, f1 };
}

export function ratio(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}
