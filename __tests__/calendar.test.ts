import { civil, dayNumber, daysInMonth, weekday } from '../src/ko/calendar';

const DAY_MS = 86400000;

describe('calendar arithmetic agrees with Date', () => {
  test('day numbers and back, 1000-01-01 … 2199-12-31, every 13th day', () => {
    for (let n = dayNumber(1000, 1, 1); n <= dayNumber(2199, 12, 31); n += 13) {
      const dt = new Date(n * DAY_MS);
      const ymd = { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
      expect(civil(n)).toEqual(ymd);
      expect(dayNumber(ymd.y, ymd.m, ymd.d)).toBe(n);
      expect(weekday(n)).toBe((dt.getUTCDay() + 6) % 7);
    }
  });

  test('every day of 2023–2025 and leap days', () => {
    for (let y = 2023; y <= 2025; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / DAY_MS);
      }
    }
    expect(civil(dayNumber(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
    expect(civil(dayNumber(1900, 2, 29))).toEqual({ y: 1900, m: 3, d: 1 });
    expect(civil(dayNumber(2000, 2, 29))).toEqual({ y: 2000, m: 2, d: 29 });
  });

  test('out-of-range months and days roll over as in Date.UTC, years 0–99 read as 19xx', () => {
    const cases: [number, number, number][] = [[2023, 13, 1], [2023, 0, 1], [2023, -1, 15], [2023, 2, 30], [2023, 3, 0], [2023, 1, 400], [50, 6, 1], [99, 12, 31], [0, 1, 1], [100, 1, 1]];
    for (const [y, m, d] of cases) expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / DAY_MS);
  });

  test('days in month', () => {
    for (let y = 1896; y <= 2104; y++) {
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
    // Years Date.UTC reads as 19xx, the years around them, negative years and the turns of centuries.
    for (const y of [-401, -400, -101, -100, -5, -4, -1, 0, 1, 4, 50, 96, 99, 100, 101, 104, 400, 1600, 1700, 1900, 2000, 2100, 2400, 9999]) {
      for (let m = -1; m <= 14; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
    }
  });
});
