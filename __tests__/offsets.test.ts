/** Code-point offsets: the identity without an astral character, the pair counted once with one (wherever it is). */
import { codePointMap } from '../src/pipeline/offsets';

describe('codePointMap', () => {
  test('BMP only (Hangul, a lone low surrogate): the identity, clamped to the text', () => {
    const text = '가나다 abc\udc00';
    const m = codePointMap(text);
    expect([m.length, m.toCp(3), m.toU16(5), m.toCp(-1), m.toCp(99), m.slice(0, 3)]).toEqual([8, 3, 5, 0, 8, '가나다']);
  });
  test('an astral character at the start, in the middle, at the very end, and a lone high surrogate', () => {
    for (const [text, length, cpOfLast] of [
      ['😀가나', 3, 2],
      ['가😀나', 3, 2],
      ['가나😀', 3, 2],
      ['가\ud800나', 3, 2],
    ] as [string, number, number][]) {
      const m = codePointMap(text);
      expect([m.length, m.toCp(text.length - 1), m.toU16(m.length)]).toEqual([length, cpOfLast, text.length]);
    }
    const m = codePointMap('가😀나');
    expect([m.toCp(1), m.toCp(2), m.toCp(3), m.toU16(2), m.slice(1, 3)]).toEqual([1, 1, 2, 3, '😀나']);
  });
});
