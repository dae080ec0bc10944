/** Stage: order quotes by position and drop a quote whose segments lie inside another's (keep the better one). */
import type { Doc, QuoteRecord } from '../pipeline/document';

const startOf = (q: QuoteRecord) => q.segments[0].start;
const endOf = (q: QuoteRecord) => q.segments[q.segments.length - 1].end;

export function overlapStage(doc: Doc): void {
  const qs = [...doc.quotes].sort((a, b) => startOf(a) - startOf(b) || endOf(b) - endOf(a));
  const out: QuoteRecord[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (prev && startOf(q) < endOf(prev)) {
      // Overlap: keep the direct quote (also one in double marks inside an indirect one: X에 따르면 Y는 "…"고
      // 말했다; not one in single marks, which is a part of what the indirect one reports: 11월을 ‘…’이라고 표현했다),
      // else the longer.
      if (prev.kind === 'direct') continue;
      if (q.kind === 'direct' && !q.evidence.includes('single-marks')) {
        out[out.length - 1] = q;
        continue;
      }
      if (endOf(prev) - startOf(prev) >= endOf(q) - startOf(q)) continue;
      out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  doc.quotes = out;
}
