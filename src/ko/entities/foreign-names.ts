/**
 * Stage: foreign names written as two words — given name first (크리스 에번스, 세르게이 라브로프) or, for Japanese
 * names, surname first (기시다 후미오). A listed first word (lexicon/foreign-names.json: common given names and
 * Japanese surnames, in the standard transliteration) followed, after one space, by a word of Hangul that is not a
 * title, a common word, or a listed place or organization, is a person's name; a title or particle after it stays out.
 */
import foreignJson from '../lexicon/foreign-names.json';
import { isSyllableCp } from '../chars';
import { matchTitleAt } from '../titles';
import { Candidate, LEX_INDEX, NOT_PERSON, PARTICLES, StageInput, Tok, tokStems } from './common';

const data = foreignJson as { westernGiven: string[]; europeanGiven: string[]; japaneseSurnames: string[] };
const FIRST_WORDS = new Set([...data.westernGiven, ...data.europeanGiven, ...data.japaneseSurnames]);

/**
 * The second word without its particle: 에번스는 → 에번스, 실바를 → 실바, 쿤은 → 쿤, 림과의 → 림. Particles that
 * rather end a transliterated name stay (러팔로, 마리나, 사라), and a one-syllable name is read only before a particle
 * that names rarely end in (은, 과의; not 이, 가, 도: 레이, 베가).
 */
function nameStem(n: Tok): string {
  const w = n.text;
  if (w.length >= 2 && !NAME_FINAL_PARTICLE.has(w.charCodeAt(1)) && particleChain(w.slice(1))) return w.slice(0, 1);
  const stems = tokStems(n);
  for (let k = stems.length - 1; k > 0; k--) {
    const s = stems[k];
    if (s.length >= 2 && !NAME_FINAL.has(w.charCodeAt(s.length))) return s;
  }
  return w;
}
/** First syllables of particles that also end many transliterated names. */
const NAME_FINAL_PARTICLE = new Set([...'이가도나라로야여'].map((c) => c.charCodeAt(0)));
/** …of which these are rarely particles after a person's name: kept as part of it. */
const NAME_FINAL = new Set([...'나라로야여'].map((c) => c.charCodeAt(0)));
/** One particle or two in a row (과의, 에게는). */
function particleChain(s: string): boolean {
  if (PARTICLES.has(s)) return true;
  for (let k = 1; k < s.length; k++) if (PARTICLES.has(s.slice(0, k)) && PARTICLES.has(s.slice(k))) return true;
  return false;
}

const REGNAL = /^([1-9][0-9]?세)(.*)$/u;

function allSyllables(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (!isSyllableCp(w.charCodeAt(k))) return false;
  return w.length > 0;
}

export function foreignNames({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!FIRST_WORDS.has(t.text)) continue;
    const n = tokens[i + 1];
    if (n.start !== t.end + 1 || text.charCodeAt(t.end) !== 32) continue;
    // 찰스 3세, 엘리자베스 2세 (국왕): a regnal number is part of the name.
    const regnal = REGNAL.exec(n.text);
    if (regnal && (regnal[2] === '' || PARTICLES.has(regnal[2]))) {
      out.push({ start: t.start, end: n.start + regnal[1].length, type: 'person', priority: 4, source: 'foreign-name' });
      i++;
      continue;
    }
    const stem = nameStem(n);
    if (!allSyllables(stem) || stem.length > 6 || (stem.length === 1 && t.text.length === 1)) continue;
    if (NOT_PERSON.has(stem) || PARTICLES.has(stem) || matchTitleAt(stem, 0)?.end === stem.length) continue;
    const listed = LEX_INDEX.get(stem);
    if (listed && listed.type !== 'person') continue;
    // 에마뉘엘 마크롱: a listed surname takes its given name (same entry, the longer span wins over the surname alone).
    if (listed) out.push({ start: t.start, end: n.start + stem.length, type: 'person', priority: 5, source: 'foreign-name', lex: listed });
    else out.push({ start: t.start, end: n.start + stem.length, type: 'person', priority: 4, source: 'foreign-name' });
    i++;
  }
  return out;
}
