/**
 * Romanization of Korean person names.
 * Convention: surname in its usual English spelling (김 Kim, 이 Lee, 박 Park, 최 Choi, 정 Jung …); given name in
 * Revised Romanization, syllables joined by a hyphen, first letter capitalized: 김성훈 → "Kim Seong-hun",
 * 윤석열 → "Yoon Seok-yeol". Sound changes across syllables are not applied (each syllable romanized on its own),
 * as is usual for personal names. Two-syllable surnames (남궁, 황보, 선우, 제갈 …) are recognized first.
 */
import { norm } from './chars';
import { SURNAMES } from './entities/common';

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Romanized syllables by code (a few hundred in use; a Map, so that the start-up snapshot holds only those). */
const SYLLABLES = new Map<number, string>();
/** The same, capitalized (the first syllable of a surname not listed, of a given name). */
const CAPITALIZED = new Map<number, string>();

/** Revised Romanization of one Hangul syllable on its own (initial ㄹ → r, final ㄹ → l). */
export function romanizeSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return ch;
  let r = SYLLABLES.get(code);
  if (r === undefined) {
    r = INITIALS[Math.floor(code / 588)] + MEDIALS[Math.floor((code % 588) / 28)] + FINALS[code % 28];
    SYLLABLES.set(code, r);
  }
  return r;
}

/** cap(romanizeSyllable(ch)), kept per syllable. */
function capitalizedSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return cap(ch);
  let r = CAPITALIZED.get(code);
  if (r === undefined) {
    r = cap(romanizeSyllable(ch));
    CAPITALIZED.set(code, r);
  }
  return r;
}

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * A Korean person's name in Latin letters. Not cached per name: a name is a few table reads and joins (~0.2 µs),
 * less than a look-up of a new string in a cache of names (news keeps meeting names it has not seen).
 */
export function romanizeKoreanName(name: string): string {
  const n = norm(name);
  if (!n) return '';
  let sur = '';
  let given = n;
  const two = n.length >= 4 ? SURNAMES.get(n.slice(0, 2)) : undefined;
  const one = !two && n.length >= 2 ? SURNAMES.get(n[0]) : undefined;
  if (two) {
    sur = two;
    given = n.slice(2);
  } else if (one) {
    sur = one;
    given = n.slice(1);
  } else if (n.length === 1) {
    return SURNAMES.get(n) ?? capitalizedSyllable(n);
  } else {
    sur = capitalizedSyllable(n[0]);
    given = n.slice(1);
  }
  // (A loop, not [...given].map(…).join('-'): romanize runs for every new name. The first syllable capitalized: a
  // syllable's romanization is never empty, so this is the joined name capitalized.)
  let g = '';
  let first = true;
  for (const ch of given) {
    g = first ? capitalizedSyllable(ch) : g + '-' + romanizeSyllable(ch);
    first = false;
  }
  return g ? `${sur} ${g}` : sur;
}
