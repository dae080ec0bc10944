/** The per-document range look-ups shared by the quote stages. */
import fc from 'fast-check';
import { RangeSetCursor, inRangeSet, rangeSet } from '../src/ko/doc-index';

describe('range sets', () => {
  test('ranges are merged where they overlap or touch; empty ones are left out', () => {
    expect(rangeSet([{ start: 10, end: 12 }, { start: 0, end: 3 }, { start: 3, end: 5 }, { start: 7, end: 7 }, { start: 11, end: 15 }])).toEqual([0, 5, 10, 15]);
    const set = rangeSet([{ start: 2, end: 4 }, { start: 8, end: 9 }]);
    expect([1, 2, 3, 4, 7, 8, 9].map((p) => inRangeSet(set, p))).toEqual([false, true, true, false, false, true, false]);
  });

  test('a cursor asked in non-decreasing order answers as inRangeSet', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 })).map(([start, n]) => ({ start, end: start + n }));
    const positions = fc.array(fc.integer({ min: -2, max: 75 }), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), positions, (ranges, ps) => {
        const set = rangeSet(ranges);
        const cursor = new RangeSetCursor(set);
        for (const p of ps) expect(cursor.has(p)).toBe(inRangeSet(set, p));
      }),
      { numRuns: 500 },
    );
  });
});
