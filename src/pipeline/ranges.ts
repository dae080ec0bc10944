/** Range look-ups over arrays sorted by start (binary search keeps stages linear on long articles). */
import type { Range } from './document';

/** Index of the first item whose start is >= pos. (Its own loop: through lowerBoundBy, each call made a closure.) */
export function lowerBound<T extends Range>(items: T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose key is >= pos (items sorted by key). */
export function lowerBoundBy<T>(items: T[], pos: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items that lie entirely inside [s, e). */
export function itemsWithin<T extends Range>(items: T[], s: number, e: number): T[] {
  const out: T[] = [];
  for (let k = lowerBound(items, s); k < items.length && items[k].start < e; k++) if (items[k].end <= e) out.push(items[k]);
  return out;
}

/** An item that covers [s, e) entirely, if any (items may not nest deeply: scans back a few). */
export function itemCovering<T extends Range>(items: T[], s: number, e: number): T | null {
  const k = lowerBound(items, s + 1) - 1;
  for (let j = k; j >= 0 && j >= k - 4; j--) if (items[j].start <= s && items[j].end >= e) return items[j];
  return null;
}
