/** Stage: clustering mentions into entities within one article (김성훈 … 김 대표; 샘 올트먼 … 올트먼 CEO;
 *  아랍에미리트(UAE) … UAE), with the fullest name, aliases, title, affiliation and canonical name. */
import type { EntityMentionRaw, EntityRecord } from '../../pipeline/document';
import { romanizeKoreanName } from '../romanize';
import { isHonorific, titlesConflict } from '../titles';
import { Candidate, JAPANESE_SURNAMES, SURNAMES, koreanNameShape, likelyKoreanName, norm } from './common';
import { codeSetOf } from '../chars';
import speech from '../lexicon/speech.json';

const NONE: number[] = [];

class UnionFind {
  parent: number[] = [];
  add(): number { this.parent.push(this.parent.length); return this.parent.length - 1; }
  find(x: number): number { while (this.parent[x] !== x) { this.parent[x] = this.parent[this.parent[x]]; x = this.parent[x]; } return x; }
  union(a: number, b: number): void { const ra = this.find(a); const rb = this.find(b); if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb); }
}

/** The same-title bonus of nearestFullName, in characters of distance. */
const SAME_TITLE = 5e5;

/**
 * The Korean full name (index into cands, from `full`: that surname's full names, in text order when `inOrder`) the surname mention
 * cands[i] stands for: the nearest before it, else after it (a distance after counts double, and after every one
 * before), one with the same title preferred unless 500,000 characters farther; a full name whose title conflicts
 * with the mention's (titlesConflict: 김 장관 is not 김민수 부장판사) is skipped. -1 when none.
 *
 * The best score is that of a scan of every name (ties to the earlier one), found by walking out from the mention
 * and stopping where no name farther can win: a long article has thousands of full names of one surname, and the
 * scan of all of them for each surname mention made the clustering of a 25 MB article take 4 s.
 */
function nearestFullName(cands: Candidate[], full: number[], i: number, inOrder: boolean): number {
  const p = cands[i].start;
  const ti = cands[i].title;
  const scoreOf = (f: number): number | null => {
    const tf = cands[f].title;
    if (tf && ti && titlesConflict(tf, ti)) return null;
    const s = cands[f].start;
    const dist = s < p ? p - s : 2 * (s - p) + 1e6;
    return -dist + (tf && tf === ti ? SAME_TITLE : 0);
  };
  if (!inOrder) {
    // (Candidates not in text order: the scan of them all.)
    let best = -1;
    let bestScore = -Infinity;
    for (const f of full) {
      const sc = scoreOf(f);
      if (sc !== null && sc > bestScore) { bestScore = sc; best = f; }
    }
    return best;
  }
  // The first full name at or after the mention (full is in text order).
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[full[mid]].start < p) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestScore = -Infinity;
  // Before, nearest first: a name at s scores at most -(p - s) + SAME_TITLE. (Walking back, a tie goes to the
  // earlier name, as in a scan from the start.)
  for (let k = lo - 1; k >= 0; k--) {
    const f = full[k];
    if (-(p - cands[f].start) + SAME_TITLE < bestScore) break;
    const sc = scoreOf(f);
    if (sc !== null && sc >= bestScore) { bestScore = sc; best = f; }
  }
  // After, nearest first: a name at s scores at most -(2 (s - p) + 1e6) + SAME_TITLE.
  for (let k = lo; k < full.length; k++) {
    const f = full[k];
    if (-(2 * (cands[f].start - p) + 1e6) + SAME_TITLE <= bestScore) break;
    const sc = scoreOf(f);
    if (sc !== null && sc > bestScore) { bestScore = sc; best = f; }
  }
  return best;
}

export function cluster(text: string, cands: Candidate[], aliasLinks: [number, number][]): { mentions: EntityMentionRaw[]; entities: EntityRecord[] } {
  const uf = new UnionFind();
  // Same lexicon entry, or same type and name (spaces ignored): one group to start with.
  const byLex = new Map<number, number>();
  const byName = new Map<string, Map<string, number>>();
  const groupOf: number[] = [];
  // The mentions' texts, sliced once (the name key below and the person rules after).
  const names: string[] = new Array(cands.length);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    names[i] = text.slice(c.start, c.end);
    let g: number | undefined;
    // A surname alone (김 대표, 이 의원) is a group of its own: it joins the full name it stands for below, and two of
    // them (이 대변인 … 이 의원) may stand for two people (grouped by their text, they joined both names into one).
    if (c.type === 'person' && !c.lex && names[i].length === 1 && SURNAMES.get(names[i])) {
      groupOf.push(uf.add());
      continue;
    }
    if (c.lex) {
      g = byLex.get(c.lex.id);
      if (g === undefined) { g = uf.add(); byLex.set(c.lex.id, g); }
    } else {
      let ofType = byName.get(c.type);
      if (!ofType) byName.set(c.type, (ofType = new Map()));
      // (대성중공업 노조 and 대성중공업 노동조합: a union under its short and its full head, one body.)
      const k = c.type === 'organization' && names[i].endsWith('노동조합') ? norm(names[i]).slice(0, -4) + '노조' : norm(names[i]);
      g = ofType.get(k);
      if (g === undefined) { g = uf.add(); ofType.set(k, g); }
    }
    groupOf.push(g);
  }
  for (const [a, b] of aliasLinks) uf.union(groupOf[a], groupOf[b]);

  // (Plain loops, no callbacks or per-entity sets: this runs once per article over every mention.)
  // Persons: short forms join the full name (surname + title; last word of a foreign name).
  // Korean full names by surname, names of several words by their last word (first such name in the article).
  const bySurname = new Map<string, number[]>();
  const byLastWord = new Map<string, number>();
  /** Japanese names (하야시 요시마사) by their first word, the surname. */
  const byJapaneseSurname = new Map<string, number>();
  for (let f = 0; f < cands.length; f++) {
    const fn = names[f];
    if (cands[f].type !== 'person' || fn.length < 2) continue;
    if (koreanNameShape(fn)) { const l = bySurname.get(fn[0]); if (l) l.push(f); else bySurname.set(fn[0], [f]); }
    // (남궁현, 선우용녀: a surname of two syllables too, for 남궁 장관.)
    if (fn.length >= 3 && fn.length <= 4 && !fn.includes(' ') && SURNAMES.has(fn.slice(0, 2))) {
      const two = fn.slice(0, 2);
      const l = bySurname.get(two);
      if (l) l.push(f); else bySurname.set(two, [f]);
    }
    const sp = fn.lastIndexOf(' ');
    if (sp > 0 && !byLastWord.has(fn.slice(sp + 1))) byLastWord.set(fn.slice(sp + 1), f);
    const first = sp > 0 ? fn.slice(0, fn.indexOf(' ')) : '';
    if (first && JAPANESE_SURNAMES.has(first) && !byJapaneseSurname.has(first)) byJapaneseSurname.set(first, f);
  }
  // (In text order, as the entity stage leaves them; nearestFullName searches them by position.)
  let inOrder = true;
  for (let k = 1; k < cands.length && inOrder; k++) inOrder = cands[k - 1].start < cands[k].start;
  const unnamed = new Map<string, number>();
  /** The last mention of each surname withheld with 모 (박모 교수), by surname. */
  const withheld = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    if (cands[i].type !== 'person') continue;
    const n = names[i];
    if ((n.length === 1 || (n.length === 2 && bySurname.has(n))) && SURNAMES.get(n)) {
      // 이모씨, 김모(45)씨, 박모 씨: a surname withheld with 모 is somebody the article does not name; it stands for no
      // full name of that surname (이모씨 … 이상민 장관 are two people), only for the same surname withheld again, or
      // alone right after it (박모 교수와 박씨: see below).
      if (text.charCodeAt(cands[i].end) === 0xbaa8 /* 모 */) {
        const first = unnamed.get(n + '모');
        if (first === undefined) unnamed.set(n + '모', i);
        else uf.union(groupOf[i], groupOf[first]);
        withheld.set(n, i);
        continue;
      }
      const best = nearestFullName(cands, bySurname.get(n) ?? NONE, i, inOrder);
      // The surname alone after a withheld one, with no full name between (박모 교수와 박씨에게): the same person; not one
      // with a role of its own (숨진 박모씨 … 박 장관 are two people).
      const w = withheld.get(n);
      const ti = cands[i].title;
      if (w !== undefined && cands[w].start < cands[i].start && (best < 0 || cands[best].start < cands[w].start) && (!ti || ti === cands[w].title || isHonorific(ti))) uf.union(groupOf[i], groupOf[w]);
      else if (best >= 0) uf.union(groupOf[i], groupOf[best]);
      else {
        // No full name with that surname in the article: the surname's mentions are one person, as before.
        const first = unnamed.get(n);
        if (first === undefined) unnamed.set(n, i);
        else uf.union(groupOf[i], groupOf[first]);
      }
    } else if (!n.includes(' ') && byJapaneseSurname.has(n)) {
      // 하야시 장관 after 하야시 요시마사 관방장관: a Japanese surname alone stands for the full name it opens.
      uf.union(groupOf[i], groupOf[byJapaneseSurname.get(n)!]);
    } else if (!n.includes(' ')) {
      // (하트먼 after 데이비드 하트먼: a surname-like first syllable does not make a transliterated name Korean.)
      const f = byLastWord.get(n);
      if (f !== undefined && (!koreanNameShape(n) || !likelyKoreanName(n))) uf.union(groupOf[i], groupOf[f]);
    }
  }

  // Teams: 한화 after 한화 이글스, 두산 after 두산 베어스, 포항 구단 after 포항 스틸러스: the first word alone (or with
  // 구단) stands for the team named with its nickname (a word ending in 스, 즈 or 츠, as the kind word 구단 reads them).
  let teamByFirst: Map<string, number> | null = null;
  for (let f = 0; f < cands.length; f++) {
    const fn = names[f];
    const sp = fn.indexOf(' ');
    if (cands[f].type !== 'organization' || sp < 2 || sp !== fn.lastIndexOf(' ') || !TEAM_NICKNAME_END.has(fn.charCodeAt(fn.length - 1))) continue;
    teamByFirst ??= new Map<string, number>();
    if (!teamByFirst.has(fn.slice(0, sp))) teamByFirst.set(fn.slice(0, sp), f);
  }
  if (teamByFirst !== null) {
    for (let i = 0; i < cands.length; i++) {
      if (cands[i].type !== 'organization') continue;
      // (포항 구단 too: the word and 구단, the team's club.)
      const n = names[i];
      const f = teamByFirst.get(n.endsWith('구단') ? n.slice(0, n.length - 2).trimEnd() : n);
      // (Not a word the lexicon knows as something else when it does not know the team: LG, the group, beside LG
      // 트윈스 would name the team after the group.)
      if (f !== undefined && (!cands[i].lex || cands[f].lex)) uf.union(groupOf[i], groupOf[f]);
    }
  }

  // Committees cut short: 정보위 after 국회 정보위원회, 금통위 after 한국은행 금융통화위원회, 비대위 after 비상대책위원회 (the
  // short name's syllables, before 위, are in the full one's words in order, from its first, or stand in it together).
  let committees: number[] | null = null;
  for (let f = 0; f < cands.length; f++) if (cands[f].type === 'organization' && names[f].endsWith('위원회')) (committees ??= []).push(f);
  if (committees !== null) {
    for (let i = 0; i < cands.length; i++) {
      const n = names[i];
      if (cands[i].type !== 'organization' || n.length < 3 || n.length > 6 || n.includes(' ') || !n.endsWith('위')) continue;
      for (const f of committees) {
        const full = names[f];
        const stem = full.slice(full.lastIndexOf(' ') + 1, full.length - 3);
        if (stem.length >= 2 && shortFor(n.slice(0, -1), stem)) { uf.union(groupOf[i], groupOf[f]); break; }
      }
    }
  }

  // Build entities in order of first mention.
  // Entity of each group's root (-1 until its first mention): groups are numbered from 0, an array does.
  const entIndex: number[] = new Array(uf.parent.length).fill(-1);
  const entities: EntityRecord[] = [];
  const mentions: EntityMentionRaw[] = [];
  const members: number[][] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const root = uf.find(groupOf[i]);
    let e = entIndex[root];
    if (e < 0) {
      e = entities.length;
      entIndex[root] = e;
      entities.push({ type: c.type, name: '', canonical: null, aliases: [], title: null, affiliation: null, mentions: [] });
      members.push([]);
    }
    members[e].push(i);
    const m: EntityMentionRaw = { start: c.start, end: c.end, type: entities[e].type, entity: e };
    if (c.title) m.title = c.title;
    mentions.push(m);
    entities[e].mentions.push({ start: c.start, end: c.end });
  }
  const orgAt = new Map<number, EntityMentionRaw>();
  for (const m of mentions) if (m.type === 'organization' && !orgAt.has(m.start)) orgAt.set(m.start, m);
  for (let e = 0; e < entities.length; e++) describe(entities[e], e, members[e], cands, names, orgAt);
  return { mentions, entities };
}

/** Is `short` the syllables of `stem` in order, from its first (금통 for 금융통화), or a part of it (인수 for 대통령직인수)? */
function shortFor(short: string, stem: string): boolean {
  if (stem.includes(short)) return true;
  if (short.charCodeAt(0) !== stem.charCodeAt(0)) return false;
  let p = 0;
  for (let k = 0; k < short.length; k++) {
    p = stem.indexOf(short[k], p);
    if (p < 0) return false;
    p++;
  }
  return true;
}

/** The last characters of a team's nickname (이글스, 위즈, 스틸러스 …, 타이거즈, 자이언츠): the one-character endings the
 *  kind word 구단 reads a team's name by (speech.json kindAnaphors). */
const TEAM_NICKNAME_END = codeSetOf((speech.kindAnaphors['구단'] ?? []).filter((h) => h.length === 1).join(''));

/** A name in Latin letters only (Peter Lee). */
const LATIN_ONLY = /^[A-Za-z][A-Za-z .'-]*$/;

/** An entity's name (the lexicon's, else its longest), aliases, canonical name, title and affiliation, from its members. */
function describe(ent: EntityRecord, e: number, idx: number[], cands: Candidate[], names: string[], orgAt: Map<number, EntityMentionRaw>): void {
  // Distinct names in order of first mention (a list: an entity has a few), then longest first (spaces ignored, then
  // with spaces); a stable sort.
  const distinct: { name: string; bare: number }[] = [];
  let lex: Candidate['lex'];
  let titled: string | undefined;
  let anyTitle = false;
  let aff: Candidate['affiliation'];
  for (const i of idx) {
    const c = cands[i];
    const n = names[i];
    let seen = false;
    for (const d of distinct) if (d.name === n) { seen = true; break; }
    if (!seen) distinct.push({ name: n, bare: norm(n).length });
    // (LG 트윈스 after LG: an entry whose name goes on from the first one's is the more precise, the team of the group.)
    if (c.lex && (!lex || (c.lex.name.length > lex.name.length && c.lex.name.startsWith(lex.name + ' ')))) lex = c.lex;
    if (c.title) { anyTitle = true; if (titled === undefined && c.title !== '씨') titled = c.title; }
    if (!aff && c.affiliation) aff = c.affiliation;
  }
  if (distinct.length > 1) distinct.sort((a, b) => b.bare - a.bare || b.name.length - a.name.length);
  let name = distinct[0].name;
  if (lex) for (const d of distinct) if (d.name === lex.name) { name = lex.name; break; }
  // 피터 리(Peter Lee): a person is named as the article writes the name in Hangul; the Latin spelling is an alias,
  // and the canonical name (below).
  let latin: string | undefined;
  if (!lex && ent.type === 'person' && distinct.length > 1 && LATIN_ONLY.test(name)) {
    latin = name;
    for (const d of distinct) if (!LATIN_ONLY.test(d.name)) { name = d.name; break; }
  }
  ent.name = name;
  const aliases: string[] = [];
  for (const d of distinct) if (d.name !== name) aliases.push(d.name);
  ent.aliases = aliases;
  if (lex) ent.canonical = lex.canonical;
  else if (latin !== undefined) ent.canonical = latin;
  else if (ent.type === 'person' && koreanNameShape(norm(name))) ent.canonical = romanizeKoreanName(name);
  ent.title = titled !== undefined ? titled : anyTitle ? '씨' : null;
  if (aff) {
    const m = orgAt.get(aff.start);
    if (m && m.entity !== e) ent.affiliation = m.entity!;
  }
}
