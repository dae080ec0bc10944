/**
 * The publication date from a dateline in the first lines of an article. Kept apart from the date scanner (dates.ts):
 * every article needs its publication date, but the views that show no dates (list, speakers, entities) never load the
 * scanner and its lexicon.
 */
import { daysInMonth, p2, validMonth, validYear } from './calendar';

const RE_DATELINE = /(?:(입력|등록|기사입력|발행|승인|송고|작성|수정)[ :]*)?(\d{4})[ ]?(?:([.\-/])[ ]?(\d{1,2})[ ]?\3[ ]?(\d{1,2})|년[ ]?(\d{1,2})월[ ]?(\d{1,2})일)/u;
/**
 * A dateline in the first lines of an article ("입력 2023-06-09 10:30", "2023.06.09", "2023년 6월 9일") → "2023-06-09";
 * without one, the date of a wire photo's credit line (photoCreditDate).
 */
export function findDateline(text: string): string | null {
  // The first 4 non-empty lines, trimmed (without splitting the whole text: articles can be very long).
  const lines: string[] = [];
  for (let p = 0; p <= text.length && lines.length < 4; ) {
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    const line = text.slice(p, nl).trim();
    if (line.length > 0) lines.push(line);
    p = nl + 1;
  }
  for (const line of lines) {
    const m = RE_DATELINE.exec(line);
    if (!m) continue;
    const y = +m[2];
    const mo = +(m[4] ?? m[6]);
    const d = +(m[5] ?? m[7]);
    if (!validYear(y) || !validMonth(mo) || d < 1 || d > daysInMonth(y, mo)) continue;
    const labelled = !!m[1];
    const numeric = m[3] !== undefined;
    if (labelled || numeric || line.length < 40) return `${y}-${p2(mo)}-${p2(d)}`;
  }
  return photoCreditDate(text);
}

/**
 * A wire photo's credit line anywhere in the article: its date and the photographer's address on a line of their own
 * ("2016.11.3 mon@yna.co.kr"). The photo was taken for the article, so its day stands for the publication date.
 */
const RE_CREDIT = /^[ \t]*(\d{4})\.[ ]?(\d{1,2})\.[ ]?(\d{1,2})\.?[ \t]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*$/mu;
function photoCreditDate(text: string): string | null {
  // (Most articles hold no @: the regular expression runs only on those that do.)
  if (text.indexOf('@') < 0) return null;
  const m = RE_CREDIT.exec(text);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return validYear(y) && validMonth(mo) && d >= 1 && d <= daysInMonth(y, mo) ? `${y}-${p2(mo)}-${p2(d)}` : null;
}
