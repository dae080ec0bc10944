/** RFC 4180 CSV: CRLF line ends, a header row, fields with comma, quote, CR or LF quoted, quotes doubled. */

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value == null) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export function csvTable(header: string[], rows: CsvValue[][]): string {
  let out = csvLine(header);
  for (const r of rows) out += csvLine(r);
  return out;
}
