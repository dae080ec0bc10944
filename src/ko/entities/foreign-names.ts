/**
 * Stage: foreign names the two-word rule of persons.ts (foreignFullNames: a listed given name and a transliterated
 * surname) does not cover —
 * - Japanese names, written surname first (기시다 후미오): a listed surname (lexicon/japanese-surnames.json) followed,
 *   after one space, by a word of Hangul that is not a title, a common word, or a listed place or organization;
 * - a listed given name (names.json foreignGiven) with a regnal number (찰스 3세, 베네딕토 16세).
 * A title or particle after the name stays out.
 */
import { CodeSet, isSyllableWord } from '../chars';
import { matchTitleAt } from '../titles';
import { Candidate, cand, FOREIGN_GIVEN, JAPANESE_SURNAMES, LEX_INDEX, NOT_PERSON, PARTICLES, StageInput, Tok, gated, GATE_FOREIGN, GATE_FOREIGN_KNOWN } from './common';
import { foreignNameStem } from './persons';

const REGNAL = /^([1-9][0-9]?세)(.*)$/u;
/** First characters of the listed first words: most tokens are passed over on one table look-up. */
const FIRST_CHAR = new CodeSet([...JAPANESE_SURNAMES, ...FOREIGN_GIVEN].map((w) => w.charCodeAt(0)));

const listedFirstWord = (t: Tok): boolean => JAPANESE_SURNAMES.has(t.text) || FOREIGN_GIVEN.has(t.text);

export function foreignNames({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!FIRST_CHAR.has(text.charCodeAt(t.start)) || text.charCodeAt(t.end) !== 32) continue;
    // A listed first word, known once per distinct word.
    if (!gated(t, GATE_FOREIGN_KNOWN, GATE_FOREIGN, listedFirstWord)) continue;
    const japanese = JAPANESE_SURNAMES.has(t.text);
    const n = tokens[i + 1];
    if (n.start !== t.end + 1 || text.charCodeAt(t.end) !== 32) continue;
    const regnal = REGNAL.exec(n.text);
    if (regnal) {
      if (!japanese && (regnal[2] === '' || PARTICLES.has(regnal[2]))) {
        out.push(cand(t.start, n.start + regnal[1].length, 'person', 4, 'foreign-name'));
        i++;
      }
      continue;
    }
    if (!japanese) continue;
    const stem = foreignNameStem(n);
    if (!stem || !isSyllableWord(stem) || stem.length > 4) continue;
    // (이시바 전 간사장: 전 'former' before the title, not a given name.)
    if (NOT_PERSON.has(stem) || PARTICLES.has(stem) || stem === '전' || stem === '현' || matchTitleAt(stem, 0)?.end === stem.length) continue;
    const listed = LEX_INDEX.get(stem);
    if (listed && listed.type !== 'person') continue;
    out.push(cand(t.start, n.start + stem.length, 'person', 4, 'foreign-name'));
    i++;
  }
  return out;
}
