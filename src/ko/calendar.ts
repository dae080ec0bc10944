/**
 * Proleptic Gregorian calendar arithmetic on UTC day numbers (days since 1970-01-01), without Date objects: the date
 * stage runs these for every date mention. Same answers as Date.UTC / getUTC* (years 0–99 included, which Date.UTC
 * reads as 1900–1999; months and days out of range roll over as in Date.UTC); checked against Date in the tests.
 */

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Date.UTC's reading of a year: 0–99 mean 1900–1999. */
function fullYear(y: number): number {
  return y >= 0 && y <= 99 ? 1900 + y : y;
}

/** Day number of y-m-d (m 1-based; out-of-range months and days roll over). */
export function dayNumber(y: number, m: number, d: number): number {
  // Month overflow first (Date.UTC does it on the year it was given, before the 0–99 rule).
  let yy = fullYear(y) + floorDiv(m - 1, 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  // H. Hinnant's days_from_civil.
  yy -= mm <= 2 ? 1 : 0;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const doy = floorDiv(153 * (mm + (mm > 2 ? -3 : 9)) + 2, 5);
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468 + (d - 1);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The calendar day of a day number. */
export function civil(n: number): Ymd {
  // H. Hinnant's civil_from_days.
  const z = n + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month m (1-based) of year y, as new Date(Date.UTC(y, m, 0)).getUTCDate(). */
export function daysInMonth(y: number, m: number): number {
  // Months 1–12 from the table (the date stage asks for these for every day it resolves); February by the Gregorian
  // rule on the year as Date.UTC reads it. Other months roll over through the day numbers.
  if (m >= 1 && m <= 12 && Number.isInteger(m) && Number.isInteger(y)) {
    if (m !== 2) return MONTH_DAYS[m];
    const yy = fullYear(y);
    return yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0) ? 29 : 28;
  }
  return dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
}

/** Day of the week of a day number, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** Two digits (months, days, hours). */
export function p2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}
/** A day, month or year number a date can have in news text. */
export function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}
export function validMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}
export function validYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}
