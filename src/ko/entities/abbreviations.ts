/**
 * Stage: countries abbreviated to one syllable in pairs and triples (남북 정상회담, 한미 동맹, 한·일 관계, 북-중 교역,
 * 한미일) and the sides of a negotiation (북측, 남측): each syllable names the government, an organization mention.
 * Also the driver's helpers for countries acting as states (북한의 도발, 한국과 프랑스 양국, 미 국무부).
 */
import { isSyllableCp, CodeSet, codeSetOf } from '../chars';
import { COUNTRIES, Candidate, cand, LEX_INDEX, LexEntry, STATE_ACTIONS, StageInput, Tok, governmentEntry, tokenIndexFrom, tokStems } from './common';

/** The country each syllable names: 남 and 한 South Korea, 북 North Korea, 미, 일, 중, 러. */
const COUNTRY_OF = new Map<number, string>([['남', '한국'], ['한', '한국'], ['북', '북한'], ['미', '미국'], ['일', '일본'], ['중', '중국'], ['러', '러시아']].map(([c, n]) => [c.charCodeAt(0), n]));
/** The same syllables as a CodeSet, for the test every word meets. */
const COUNTRY_SYL = new CodeSet(COUNTRY_OF.keys());
/** The government entry a syllable names (the country's English name, an organization). */
function government(x: number): LexEntry | undefined {
  const n = COUNTRY_OF.get(x);
  const e = n ? LEX_INDEX.get(n) : undefined;
  return e ? governmentEntry(e.canonical, e.name) : undefined;
}

/** Pairs and triples written fused (남북, 한미일); 북미 and 남미 are left out (North and South America). */
const FUSED = new Set('남북 한미 한일 한중 미중 북중 미일 중일 북일 미러 한러 북러 중러 한미일 한미중 한중일 남북미 남북중'.split(' '));
/** The other side of a negotiation: 북측은, 남측 대표. */
const SIDES = new Set(['북측', '남측']);

export function countryAbbreviations({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  const push = (at: number) => out.push(cand(at, at + 1, 'organization', 1, 'abbreviation', government(text.charCodeAt(at))));
  for (const t of tokens) {
    const w = t.text;
    if (!COUNTRY_SYL.has(w.charCodeAt(0)) || w.length < 2) continue;
    // Every form below has a country syllable, 측 or a hyphen second (남북, 북측, 북-중): most words stop here.
    const second = w.charCodeAt(1);
    if (!COUNTRY_SYL.has(second) && second !== 0xce21 /* 측 */ && second !== 0x2d) continue;
    if (SIDES.has(w.slice(0, 2))) { push(t.start); continue; }
    // 한·일, 북-중: single syllables joined by a middle dot or a hyphen.
    const sep = w.charCodeAt(1);
    if (sep === 0x2d && w.length >= 3 && COUNTRY_SYL.has(w.charCodeAt(2)) && (w.length === 3 || !isSyllableCp(w.charCodeAt(3)))) {
      push(t.start); push(t.start + 2); continue;
    }
    // (북중미 'North and Central America', 중남미: regions, not 북 and 중.)
    if (w.startsWith('북중미') || w.startsWith('중남미')) continue;
    const l = w.length >= 3 && FUSED.has(w.slice(0, 3)) ? 3 : FUSED.has(w.slice(0, 2)) ? 2 : 0;
    if (!l || LEX_INDEX.has(w) || LEX_INDEX.has(w.slice(0, l + 2))) continue;
    for (let k = 0; k < l; k++) push(t.start + k);
  }
  // 한·일: the tokenizer keeps the middle dot apart; a one-syllable token on each side of it.
  for (let p = text.indexOf('·'); p > 0; p = text.indexOf('·', p + 1)) {
    const a = text.charCodeAt(p - 1);
    const b = text.charCodeAt(p + 1);
    if (!COUNTRY_SYL.has(a) || !COUNTRY_SYL.has(b) || a === b) continue;
    if (isSyllableCp(text.charCodeAt(p - 2)) || (isSyllableCp(text.charCodeAt(p + 2)) && !ABBR_FOLLOW.has(text.charCodeAt(p + 2)))) continue;
    push(p - 1); push(p + 1);
  }
  return out;
}

/** Syllables that may follow a dotted pair without making it a word: 한·일전, 한·미간, 남·북한 are rare; 관계 etc. are spaced. */
const ABBR_FOLLOW = codeSetOf('간전');

/**
 * 중국과 일본의 대립, 한국과 프랑스 양국, 대만-홍콩: a country joined by 과/와 to a country acting as a state acts with
 * it, and two countries before 양국 or 양측 ('both countries', 'both sides') or joined by a hyphen are the two states
 * (or teams).
 */
export function statePairs(text: string, kept: Candidate[]): void {
  // The candidates by end, made on the first country after 과/와 or a hyphen (most articles have none).
  let byEnd: Map<number, Candidate> | undefined;
  const country = (c: Candidate | undefined) => !!c && !!c.lex && COUNTRIES.has(c.lex.name) && c.end - c.start === c.lex.name.length;
  for (const c of kept) {
    if (!country(c) || c.start < 2) continue;
    // 대만-홍콩, 미국-중국: two countries joined by a hyphen are the sides of a match or of a relation.
    const hyphen = text.charCodeAt(c.start - 1) === 45;
    const link = text.slice(c.start - 2, c.start);
    if (!hyphen && link !== '과 ' && link !== '와 ') continue;
    if (!byEnd) { byEnd = new Map(); for (const k of kept) byEnd.set(k.end, k); }
    const a = byEnd.get(hyphen ? c.start - 1 : c.start - 2);
    if (!country(a) || (a!.type !== 'place' && !hyphen)) continue;
    const both = hyphen || text.startsWith(' 양국', c.end) || text.startsWith(' 양측', c.end);
    if (c.type !== 'organization' && !both) continue;
    for (const x of [a!, c]) {
      if (x.type !== 'place') continue;
      x.type = 'organization';
      x.lex = governmentEntry(x.lex!.canonical, x.lex!.name);
    }
  }
}

/** The word after `p` (one space) ends in what a state does (도발, 추가도발, 통행차단, 반발도). */
export function stateActionAfter(text: string, tokens: Tok[], p: number): boolean {
  if (text.charCodeAt(p) !== 32) return false;
  const n = tokens[tokenIndexFrom(tokens, p + 1)];
  if (!n || n.start !== p + 1) return false;
  for (const s of tokStems(n)) for (let l = 2; l <= 3 && l <= s.length; l++) if (STATE_ACTIONS.has(s.slice(-l))) return true;
  return false;
}

/** One-syllable country abbreviations written alone before a body of that state (미 국무부, 북 국방위원회); not 중 'during' or 일 'work'. */
const STATE_ABBREVIATIONS = new Set([...'미영독불러북']);

/**
 * 미 공군 전투사령부, 북 국방위원회: a one-syllable country abbreviation written alone right before an organization is
 * part of its name (KLUE OG), as 미국 국무부 is; the abbreviation found alone before it is dropped.
 */
export function stateAbbreviationPrefix(text: string, tokens: Tok[], kept: Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (let ci = 0; ci < kept.length; ci++) {
    const c = kept[ci];
    if (c.type !== 'organization' || c.start < 2 || text.charCodeAt(c.start - 1) !== 32) continue;
    const p = tokens[tokenIndexFrom(tokens, c.start) - 1];
    if (!p || p.end + 1 !== c.start || p.text.length !== 1 || !STATE_ABBREVIATIONS.has(p.text)) continue;
    const before = kept[ci - 1];
    if (before && before.end > p.start) {
      if (before.start !== p.start || before.end !== p.end) continue;
      drop.add(before);
    }
    c.start = p.start;
    c.lex = undefined;
  }
  return drop.size ? kept.filter((c) => !drop.has(c)) : kept;
}
