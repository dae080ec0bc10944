/**
 * Korean named-entity recognition: persons, organizations, places, products and events, from a curated lexicon and
 * from the language (titles, organization heads, enumerations, Latin-script names, parenthesized aliases), then
 * clustered within the article. Offsets are UTF-16; mentions carry no particle and no title.
 */
import { WordSet } from './word-sets';
import { codeSetOf, isSyllableCp, isSyllableWord } from './chars';
import type { EntityType } from '../types';
import type { EntityMentionRaw, EntityRecord } from '../pipeline/document';
import { romanizeKoreanName } from './romanize';
import { matchTitleAt } from './titles';
import { COUNTRIES, FOREIGN_GENERIC_BODIES, KOREAN_GENERIC_BODIES, Candidate, derive, cand, EVENT_HEADS, EVENT_MAX, FOREIGN_GIVEN, FOREIGN_SYL, WEATHER_AREAS, WEATHER_DIRECTIONS, GENERIC_ORG, GENERIC_QUALIFIED, LEX_INDEX, NOT_ORG, NOT_PERSON, PARTICLES, STRONG_ORG_MAX, STRONG_ORG_SET, WEAK_ORG, endingIn, retypedEntry, governmentEntry, PROVINCES, REGIONS, Tok, tokenIndexFrom, tokStems, StageInput, koreanNameShape, norm, spaced, stripParticle, tokStrip, tokenize } from './entities/common';
import { hyphenParts, lexiconLookup } from './entities/lexicon-lookup';
import { characterPersons, contextPersons, glossedPersons, wholePersonSpans } from './entities/person-context';
import { titledPersons, standaloneKoreanNames, preTitledPersons, parenthesizedPersons, listedPersons, foreignFullNames } from './entities/persons';
import { latinNames } from './entities/latin';
import { companyMarks, eventBodies, missionPrefix, orgSuffixes, shortCommittee } from './entities/org-suffixes';
import { ADMIN_ENDS, bareSiteHead, bodyBuildings, namedSites, placeChainPart, siteNameWord, placeHeads, placesAfterPlace } from './entities/places';
import { LATIN_PERSON_NAME, parenthesizedAliases } from './entities/aliases';
import { dotPlaceLists, enumerations } from './entities/enumerations';
import { countryAbbreviations, stateAbbreviationPrefix, stateActionAfter, statePairs } from './entities/abbreviations';
import { foreignNames } from './entities/foreign-names';
import { cluster } from './entities/cluster';
import { lowerBound } from '../pipeline/ranges';

/** Marks of the first characters of an article's known names (see recognizeEntities), all 0 between articles. */
const KNOWN_FIRST = new Uint8Array(0x10000);

/**
 * The characters taken by kept candidates: one buffer for all articles (a view of the article's length, cleared per
 * article), not a new Uint8Array per article (its backing store is allocated and zeroed outside the JavaScript heap).
 */
let TAKEN = new Uint8Array(1 << 14);
/** Longer articles get an array of their own, not kept (a huge article must not leave its buffer behind). */
const TAKEN_KEEP = 1 << 20;
function takenFor(textLen: number): Uint8Array {
  if (textLen > TAKEN_KEEP) return new Uint8Array(textLen);
  if (TAKEN.length < textLen) TAKEN = new Uint8Array(Math.min(TAKEN_KEEP, Math.max(textLen, 2 * TAKEN.length)));
  const occ = TAKEN.subarray(0, textLen);
  occ.fill(0);
  return occ;
}

/** Keep the best candidates that do not overlap (priority, then length). */
function resolve(textLen: number, cands: Candidate[], taken?: Uint8Array): { kept: Candidate[]; taken: Uint8Array } {
  const occ = taken ?? takenFor(textLen);
  const sorted = cands.slice().sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let i = c.start; i < c.end; i++) if (occ[i]) { free = false; break; }
    if (!free) continue;
    occ.fill(1, c.start, c.end);
    kept.push(c);
  }
  return { kept, taken: occ };
}

export function recognizeEntities(text: string, sentences: { start: number; end: number }[]): { mentions: EntityMentionRaw[]; entities: EntityRecord[] } {
  const tokens = tokenize(text);
  const input: StageInput = { text, tokens, sentences };
  const titled = titledPersons(input);
  const affil: Candidate[] = titled
    .filter((c) => c.affiliation)
    .map((c) => cand(c.affiliation!.start, c.affiliation!.end, 'organization', 1, 'affiliation'));
  const lex = lexiconLookup(input).concat(hyphenParts(input));
  // A title person that is the end of a listed longer name, or of a two-word foreign name, takes the whole name
  // (마크 저커버그 … CEO, 에마뉘엘 마크롱 … 대통령).
  // (concat, not spreads: each spread is an inlined iterator loop in the optimized code of this long function.)
  const foreign = foreignFullNames(input).concat(foreignNames(input));
  const personEnd = new Map<number, Candidate>();
  for (const c of foreign.concat(lex)) {
    const prev = personEnd.get(c.end);
    if (c.type === 'person' && (!prev || c.start < prev.start)) personEnd.set(c.end, c);
  }
  for (const c of titled) {
    const l = personEnd.get(c.end);
    if (l && l.start < c.start) { c.start = l.start; if (l.lex) c.lex = l.lex; }
  }
  const first = lex.concat(
    titled, latinNames(input), orgSuffixes(input), eventBodies(input), companyMarks(input), placeHeads(input), placesAfterPlace(input, lex), namedSites(input), affil,
    standaloneKoreanNames(input), preTitledPersons(input), parenthesizedPersons(input), countryAbbreviations(input), foreign,
  );
  let { kept, taken } = resolve(text.length, first);

  // Enumerations use what is known so far.
  // Kept candidates do not overlap: one at most starts at each offset.
  // (Made on the first question: most articles have no enumeration to ask about.)
  const keptSoFar = kept;
  let startsAt: Map<number, Candidate> | undefined;
  const at = (s: number, e: number) => {
    if (!startsAt) { startsAt = new Map(); for (const c of keptSoFar) startsAt.set(c.start, c); }
    const c = startsAt.get(s);
    return c && c.end === e ? c : undefined;
  };
  const enums = enumerations(input, at).concat(dotPlaceLists(input, at));
  ({ kept, taken } = addMore(text, kept, taken, enums));
  const personStart = new Map<number, Candidate>();
  for (const c of kept) if (c.type === 'person') personStart.set(c.start, c);
  ({ kept, taken } = addMore(text, kept, taken, listedPersons(input, (s) => personStart.get(s))));
  for (const c of kept) if (c.type === 'person') personStart.set(c.start, c);
  ({ kept, taken } = addMore(text, kept, taken, contextPersons(input, taken, (s) => personStart.get(s))));
  ({ kept, taken } = addMore(text, kept, taken, glossedPersons(input, taken, kept)));
  ({ kept, taken } = addMore(text, kept, taken, characterPersons(input, taken)));
  wholePersonSpans(input, taken, kept);
  ({ kept, taken } = addMore(text, kept, taken, parenthesizedAffiliations(text, kept)));

  // Parenthesized aliases: the resolved side gives the type to the other. (The indexes only for an article that has
  // some: most have none.)
  const parenthesized = parenthesizedAliases(input);
  const byStart = new Map<number, Candidate>();
  const byEnd = new Map<number, Candidate>();
  if (parenthesized.length) {
    for (const c of kept) byStart.set(c.start, c);
    for (const c of kept) byEnd.set(c.end, c);
  }
  const extra: Candidate[] = [];
  const aliasPairs: [Candidate, Candidate][] = [];
  const terms = new Set<string>();
  for (const p of parenthesized) {
    const o = byEnd.get(p.outer.end);
    const outer = o ?? null;
    const inner = byStart.get(p.inner.start);
    if (outer && !inner) {
      // (Latin letters after a person: the name's spelling, 피터 리(Peter Lee), is the person's; an acronym is not.)
      if (outer.type === 'person' && /^[A-Z]/.test(text.slice(p.inner.start, p.inner.end)) && !LATIN_PERSON_NAME.test(text.slice(p.inner.start, p.inner.end))) continue;
      const c: Candidate = cand(p.inner.start, p.inner.end, outer.type, 3, 'alias');
      extra.push(c); aliasPairs.push([outer, c]);
    } else if (inner && !outer) {
      // 주당순자산가치(BPS), 자유계약선수(FA): an acronym found by its script alone, spelled out by a Sino-Korean word
      // that names nothing (no transliterated syllable: not 남자프로테니스(ATP)), abbreviates a term; it is dropped, here
      // and wherever the article repeats it.
      if (inner.source === 'latin' && inner.type === 'organization' && !hasForeignSyllable(text, p.outer.start, p.outer.end)) {
        terms.add(text.slice(inner.start, inner.end));
        continue;
      }
      // 뮤직 어워드(EMA), 국제가전박람회(IFA): an acronym spelled out by the name of an event is the event's.
      if (inner.source === 'latin' && inner.type === 'organization' && eventName(text.slice(p.outer.start, p.outer.end))) inner.type = 'event';
      const c: Candidate = cand(p.outer.start, p.outer.end, inner.type, 3, 'alias');
      extra.push(c); aliasPairs.push([c, inner]);
    } else if (inner && outer && inner.type === outer.type) aliasPairs.push([outer, inner]);
  }
  if (terms.size) {
    kept = kept.filter((c) => {
      if (c.source !== 'latin' || !terms.has(text.slice(c.start, c.end))) return true;
      taken.fill(0, c.start, c.end);
      return false;
    });
  }
  ({ kept, taken } = addMore(text, kept, taken, extra));

  // Names found once by their context are names everywhere in the article.
  const known = new Map<string, Candidate>();
  for (const c of kept) {
    if (c.source === 'lexicon' || c.source === 'standalone' || c.source === 'place-head') continue;
    const n = text.slice(c.start, c.end);
    if (n.length < 2) continue;
    known.set(norm(n), c);
    if (c.type === 'person' && n.includes(' ')) { const last = n.slice(n.lastIndexOf(' ') + 1); if (last.length >= 2) known.set(last, c); }
  }
  const again: Candidate[] = [];
  if (known.size) {
    // First characters of the known names, marked in a table shared by all documents (and cleared after): most words
    // are skipped on one array look-up.
    const firsts: number[] = [];
    for (const k of known.keys()) {
      const c = k.charCodeAt(0);
      if (KNOWN_FIRST[c] === 0) { KNOWN_FIRST[c] = 1; firsts.push(c); }
    }
    for (const t of tokens) {
      if (taken[t.start] || KNOWN_FIRST[text.charCodeAt(t.start)] === 0) continue;
      const s = tokStrip(t, 2);
      const hit = known.get(s) ?? known.get(t.text);
      if (hit) {
        const len = known.get(t.text) ? t.text.length : s.length;
        again.push(cand(t.start, t.start + len, hit.type, 1, 'repeat'));
      }
    }
    for (const c of firsts) KNOWN_FIRST[c] = 0;
  }
  ({ kept, taken } = addMore(text, kept, taken, again));

  for (const c of kept) {
    if (c.lex) continue;
    const e = LEX_INDEX.get(norm(text.slice(c.start, c.end)));
    if (e && (e.type === c.type || c.source === 'latin' || c.source === 'alias')) { c.lex = e; c.type = e.type; }
  }
  // 미국이 시리아에 …, 한국이 승점 4로 …: a country as the subject acts as a state (KLUE: OG 10 to LC 4); so does a
  // country before what a state does, with 의 or 에 (북한의 도발, 이스라엘의 폭격으로, 시리아에 군사개입).
  for (const c of kept) {
    if (c.type !== 'place' || !c.lex || !COUNTRIES.has(c.lex.name) || c.end - c.start !== c.lex.name.length) continue;
    const p = text.charCodeAt(c.end);
    if (((p === 0xc774 || p === 0xac00) && !isSyllableCp(text.charCodeAt(c.end + 1))) || ((p === 0xc758 /* 의 */ || p === 0xc5d0 /* 에 */) && stateActionAfter(text, tokens, c.end + 1))) {
      c.type = 'organization';
      c.lex = governmentEntry(c.lex.canonical, c.lex.name);
    }
  }
  statePairs(text, kept);
  nationalTeams(text, sentences, kept);
  // 한국측과, 에버랜드 측은: a place named as one side of a dealing is the body acting for it.
  for (const c of kept) {
    if (c.type !== 'place' || !c.lex) continue;
    const k = text.charCodeAt(c.end) === 32 ? c.end + 1 : c.end;
    if (text.charCodeAt(k) !== 0xce21 /* 측 */ || (isSyllableCp(text.charCodeAt(k + 1)) && !PARTICLES.has(particleAfter(text, k + 1)))) continue;
    c.type = 'organization';
    c.lex = governmentEntry(c.lex.canonical, c.lex.name);
  }
  givenNamesBefore(text, tokens, kept, taken);
  kept = mergePlaceChains(text, tokens, kept.sort((a, b) => a.start - b.start));
  kept = qualifiedBodies(text, tokens, kept);
  missionPrefix(text, tokens, kept);
  kept = stateAbbreviationPrefix(text, tokens, kept);
  bodyBuildings(text, tokens, kept);
  const links: [number, number][] = [];
  // (The index of the kept candidates only for the alias pairs: most articles have none.)
  if (aliasPairs.length) {
    const index = new Map<Candidate, number>();
    for (let i = 0; i < kept.length; i++) index.set(kept[i], i);
    for (const [a, b] of aliasPairs) if (index.has(a) && index.has(b)) links.push([index.get(a)!, index.get(b)!]);
  }
  return cluster(text, kept, links);
}

/**
 * 남수단 농구 대표팀, 미국 수사 당국: a body named by a generic word that needs a qualifier takes the place it belongs
 * to, over up to two bare nouns between (KLUE OG); bare (당국은, 대표팀은) it is the kind, not a name, and is dropped.
 */
function qualifiedBodies(text: string, tokens: Tok[], kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.type !== 'organization' || c.source !== 'generic' || !GENERIC_QUALIFIED.has(text.slice(c.start, c.end))) { out.push(c); continue; }
    let ti = tokenIndexFrom(tokens, c.start) - 1;
    let start = c.start;
    const last = out[out.length - 1];
    // 군 당국, 외교 당국: a listed body (군당국, 외교당국) written with a space is a name even without a place.
    const p = tokens[ti];
    const spacedBody = !!p && p.end + 1 === c.start && text.charCodeAt(p.end) === 32 && GENERIC_ORG.has(p.text + text.slice(c.start, c.end)) &&
      !(last && last.end > p.start);
    let merged = false;
    for (let hops = 0; hops < 3 && ti >= 0; hops++, ti--) {
      const t = tokens[ti];
      if (t.end + 1 !== start || text.charCodeAt(t.end) !== 32) break;
      if (last && last.end === t.end && last.start <= t.start && last.type === 'place') {
        out[out.length - 1] = derive(c, { start: last.start, lex: undefined, source: 'place-body' });
        merged = true;
        break;
      }
      if (hops === 2 || t.text.length > 4 || !isSyllableWord(t.text) || tokStems(t).length > 1) break;
      start = t.start;
    }
    if (!merged && spacedBody) out.push(derive(c, { start: p.start }));
  }
  return out;
}

/** Words of a match report: points, goal difference, halves, friendlies, group stages (승점, 골득실, 전반 24분 …). */
const MATCH_CUES = /승점|골득실|[전후]반 ?\d+분|[전후]반 추가시간|[전후]반전|친선경기|평가전|조별리그|A매치/;
/** What follows a country standing for its team: a subject, object or comitative particle, a parenthesis or a comma. */
const TEAM_TAILS = new Set(['은', '는', '이', '가', '을', '를', '와', '과', '와의', '과의', '도', '(', ',']);

/**
 * 이탈리아는 전반 24분 …, 멕시코(승점 3·골득실 1): in a sentence of a match report a country is its national team, an
 * organization (KLUE OG), when it acts or is met (not after 에, where it is the host country).
 */
function nationalTeams(text: string, sentences: { start: number; end: number }[], kept: Candidate[]): void {
  const cued = new Map<number, boolean>();
  for (const c of kept) {
    if (c.type !== 'place' || !c.lex || !COUNTRIES.has(c.lex.name) || c.end - c.start !== c.lex.name.length) continue;
    const tail = text.charCodeAt(c.end) === 40 || text.charCodeAt(c.end) === 44 ? text[c.end] : particleAfter(text, c.end);
    if (!TEAM_TAILS.has(tail)) continue;
    // The sentence holding the mention, its cue test done once.
    const si = lowerBound(sentences, c.start + 1) - 1;
    if (si < 0 || sentences[si].end <= c.start) continue;
    let cue = cued.get(si);
    if (cue === undefined) { cue = MATCH_CUES.test(text.slice(sentences[si].start, sentences[si].end)); cued.set(si, cue); }
    if (!cue) continue;
    c.type = 'organization';
    c.lex = retypedEntry(`${c.lex.canonical} national team`, c.lex.name, 'organization');
  }
}

/**
 * 힐러리 클린턴, 조지 W. 부시, 더글러스 맥아더: a common foreign given name (and a middle initial) written before a person
 * found by the surname alone is part of the name; a listed entry then names someone else unless it is the full name.
 */
function givenNamesBefore(text: string, tokens: Tok[], kept: Candidate[], taken: Uint8Array): void {
  for (const c of kept) {
    if (c.type !== 'person' || text.charCodeAt(c.start - 1) !== 32) continue;
    let ti = tokenIndexFrom(tokens, c.start) - 1;
    if (ti < 0 || tokens[ti + 1]?.start !== c.start) continue;
    let start = c.start;
    const initial = tokens[ti];
    if (/^[A-Z]$/.test(initial.text) && text.charCodeAt(initial.end) === 46 && initial.end + 2 === start && text.charCodeAt(initial.end + 1) === 32) { start = initial.start; ti--; }
    const g = tokens[ti];
    if (!g || g.end + 1 !== start || text.charCodeAt(g.end) !== 32 || !FOREIGN_GIVEN.has(g.text) || taken[g.start]) continue;
    taken.fill(1, g.start, c.start);
    c.start = g.start;
    if (c.lex && norm(text.slice(c.start, c.end)) !== c.lex.name) c.lex = undefined;
  }
}

function addMore(text: string, kept: Candidate[], taken: Uint8Array, more: Candidate[]): { kept: Candidate[]; taken: Uint8Array } {
  if (!more.length) return { kept, taken };
  const r = resolve(text.length, more, taken);
  return { kept: kept.concat(r.kept), taken: r.taken };
}

/**
 * "서울 서초구 서초동", "중국 광둥성 푸저우" are one place and "일본 정부", "미국 국무부" one organization: a place
 * followed (one space) by an organization or an unlisted place names the following one more precisely (KLUE
 * convention). Two listed places stay apart (서울 여의도: Seoul, Yeouido) unless the first is a country or province.
 * The merged mention keeps the lexicon entry of the organization, or of the place when it names a known place.
 */
function mergePlaceChains(text: string, tokens: Tok[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    const prev = out[out.length - 1];
    // 서울대 수의학과, 국회 예산정책처: an organization followed by a unit named by its head.
    if (prev && prev.type === 'organization' && c.type === 'organization' && (c.source === 'org-suffix' || listedCommittee(text, c)) && c.start === prev.end + 1 &&
      text.charCodeAt(prev.end) === 32 && !isLatinStart(text, c.start)) {
      out[out.length - 1] = derive(c, { start: prev.start, lex: undefined, source: 'org-chain' });
    } else if (prev && prev.type === 'place' && (c.type === 'place' || c.type === 'organization') && c.start === prev.end + 1 &&
      text.charCodeAt(prev.end) === 32 && !(c.type === 'place' && c.lex && !regionPlace(text, prev) && !lowerUnit(text, prev, c)) && (!isLatinStart(text, prev.start) || regionPlace(text, prev)) &&
      !compoundPrefix(text, tokens, c)) {
      const headChain = c.source === 'place-head';
      // 서울 서초동 대검찰청에서, 면목동 녹색병원으로: a body written after an address, where something happens or
      // someone is taken, is the site (KLUE LC).
      if (c.type === 'organization' && siteAfterAddress(text, prev, c.end)) {
        out[out.length - 1] = derive(c, { start: prev.start, type: 'place', lex: undefined, source: 'place-chain' });
        continue;
      }
      // (중국 외교부, 일본 정부: a foreign country's body named like Korea's is not Korea's: no entry of the Korean lexicon.)
      // (중국 상무부, 일본 공정거래위원회: nor is it the body of a third state whose English name the entry gives.)
      // (가자지구 보건부: after any place not a country too, a generic ministry is that place's, not the lexicon's.)
      const foreignBody = c.type === 'organization' && c.lex !== undefined && prev.lex !== undefined &&
        (COUNTRIES.has(prev.lex.name)
          ? ((KOREAN_GENERIC_BODIES.has(c.lex.name) || FOREIGN_GENERIC_BODIES.has(c.lex.name)) && !KOREA_NAMES.has(prev.lex.name)) || otherStatesBody(c.lex.canonical, prev.lex.name)
          : FOREIGN_GENERIC_BODIES.has(c.lex.name));
      out[out.length - 1] = derive(c, { start: prev.start, lex: headChain || foreignBody ? undefined : c.lex, source: c.type === 'place' ? 'place-chain' : c.source });
    } else out.push(c);
    extendPlaceChain(text, tokens, out, cands[ci + 1]);
    siteAfterPlace(text, out);
    extendOrgUnit(text, tokens, out, cands[ci + 1]);
    placeBody(text, tokens, out, cands[ci + 1]);
    venueAfter(text, tokens, out, cands[ci + 1]);
  }
  return out;
}


/** A name ending in an event's head, or the head alone (뮤직 어워드, 어워드). */
function eventName(w: string): boolean {
  return EVENT_HEADS.has(w) || endingIn(w, EVENT_HEADS, EVENT_MAX) !== undefined;
}

/** A listed committee (법제사법위원회, 정보위, 윤리특위): after an organization it is that body's committee (국회 법사위). */
function listedCommittee(text: string, c: Candidate): boolean {
  if (c.source !== 'lexicon') return false;
  const last = text.charCodeAt(c.end - 1);
  return last === 0xc704 /* 위 */ || (last === 0xd68c /* 회 */ && text.startsWith('위원', c.end - 3));
}

/**
 * 부산 해운대 해수욕장, 북한 양각도 호텔: a listed place followed by a site in it (the chain rule above extended the
 * second place over a site head) names that site; the two are one place though two listed places otherwise stay apart.
 */
function siteAfterPlace(text: string, out: Candidate[]): void {
  const cur = out[out.length - 1];
  const prev = out[out.length - 2];
  if (!prev || cur.type !== 'place' || prev.type !== 'place' || cur.source !== 'place-chain' || cur.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32) return;
  if (isLatinStart(text, prev.start) || text.slice(cur.start, cur.end).indexOf(' ') < 0) return;
  out.splice(out.length - 2, 2, derive(cur, { start: prev.start }));
}

/**
 * The place that ends `out` goes on over the words after it that name a part of it or a site in it (경기 용인시
 * 수지구, 창원시 마산합포구 동성동, 대전 국립현충원), up to the next candidate, which the chain rule above merges.
 */
function extendPlaceChain(text: string, tokens: Tok[], out: Candidate[], next: Candidate | undefined): void {
  let cur = out[out.length - 1];
  if (cur.type !== 'place' || isLatinStart(text, cur.start) || text.charCodeAt(cur.end) !== 32) return;
  for (let ti = tokenIndexFrom(tokens, cur.end); ti < tokens.length; ti++) {
    const n = tokens[ti];
    if (n.start !== cur.end + 1 || text.charCodeAt(cur.end) !== 32 || (next && next.start < n.end)) return;
    const name = text.slice(cur.start, cur.end);
    const province = PROVINCES.has(name);
    const lastC = name.charCodeAt(name.length - 1);
    let len = placeChainPart(n, province, province || lastC === 0xb3c4 /* 도 */, lastC === 0xc2dc || lastC === 0xad70 || lastC === 0xad6c || lastC === 0xc74d || lastC === 0xba74);
    if (!len) len = weatherArea(text, tokens, ti);
    // 북한 양각도 호텔: a site named by a bare word and its head, after the place it is in.
    const h = tokens[ti + 1];
    if (!len && h && h.start === n.end + 1 && text.charCodeAt(n.end) === 32 && siteNameWord(n) && bareSiteHead(h) && !(next && next.start < h.end)) {
      out[out.length - 1] = derive(cur, { end: h.start + bareSiteHead(h), lex: undefined, source: 'place-chain' });
      return;
    }
    if (len < 0) { // 경북 북동 산간: a direction, then the area
      const a = tokens[ti + 1];
      cur = out[out.length - 1] = derive(cur, { end: a.start + stripParticle(a.text).length, lex: undefined, source: 'place-chain' });
      return;
    }
    if (!len) return;
    cur = out[out.length - 1] = derive(cur, { end: n.start + len, lex: undefined, source: 'place-chain' });
    if (len < n.text.length) return;
  }
}

/**
 * Length of the weather-report area named by token `ti` after a region (강원 영서, 충청 이남에는), -1 when it is a
 * direction followed by such an area (경북 북동 산간), 0 when none.
 */
function weatherArea(text: string, tokens: Tok[], ti: number): number {
  const n = tokens[ti];
  const stem = stripParticle(n.text);
  if (WEATHER_AREAS.has(stem)) return stem.length;
  const a = tokens[ti + 1];
  if (stem === n.text && WEATHER_DIRECTIONS.has(stem) && a && a.start === n.end + 1 && text.charCodeAt(n.end) === 32 && WEATHER_AREAS.has(stripParticle(a.text))) return -1;
  return 0;
}

/** Words in a parenthesis after a name that are not its team or party (본명 권리세, 이하 쌈디, 전 의원, 구속기소). */
const NOT_AFFILIATION = new WordSet('본명 이하 예명 가명 전 현 당시 가칭 구 옛 여 남 사진 왼쪽 오른쪽 가운데 앞줄 뒷줄 구속 구속기소 불구속 불구속기소 수감 수감중 사망 고인 작고'.split(' '));

/**
 * 기성용(스완지시티), 박종우(부산), 김재범(한국마사회), 셸비(공화·앨라배마): a word in a parenthesis right after a person's
 * name, up to a middle dot, is the team, club or party the person plays or sits for (KLUE OG 15 to LC 1); a Korean
 * full name there is the actor playing the role (유재학(지진희)) and a number an age. The person takes it as affiliation.
 */
function parenthesizedAffiliations(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // The candidates by start, made on the first name followed by a parenthesis (most articles have none).
  let byStart: Map<number, Candidate> | undefined;
  for (const c of kept) {
    if (c.type !== 'person' || text.charCodeAt(c.end) !== 40) continue; // (
    const s = c.end + 1;
    let e = s;
    while (e < text.length && e - s <= 12 && !/[·ᆞㆍ,)(]/u.test(text[e])) e++;
    const w = text.slice(s, e);
    if (w.startsWith('본명')) continue; // 리세(본명 권리세): the real name, not an affiliation
    if (LATIN_PERSON_NAME.test(w) && text.charCodeAt(e) === 41) continue; // 로빈 페이지(Robin Page): the name's spelling (an alias)
    if (e === s || e - s > 12 || !/^[\p{Script=Hangul}A-Za-z][\p{Script=Hangul}A-Za-z .]*$/u.test(w) || w.includes('  ')) continue;
    if (!byStart) { byStart = new Map(); for (const k of kept) byStart.set(k.start, k); }
    const inner = byStart.get(s);
    const listed = !!inner && !!inner.lex && inner.end === e;
    // 셸비(공화·앨라배마): a lawmaker's party cut to one word, then the listed state or region the lawmaker sits for.
    const seat = seatAfter(text, e);
    if (seat) out.push(cand(e + 1, seat, 'place', 3, 'affiliation'));
    if (!listed && !seat && (NOT_AFFILIATION.has(w) || NOT_PERSON.has(w) || koreanNameShape(w) || matchTitleAt(w, 0)?.end === w.length)) continue;
    if (inner && inner.end !== e) continue;
    if (inner && inner.type === 'person') continue;
    if (inner) {
      // 브런디지(미국): a country alone there is the nationality, a place; a city names the team (박종우(부산)).
      if (inner.type === 'place' && inner.lex && COUNTRIES.has(inner.lex.name) && text.charCodeAt(e) === 41) continue;
      if (inner.type === 'place') { inner.type = 'organization'; if (inner.lex) inner.lex = retypedEntry(inner.lex.canonical, inner.lex.name, 'organization'); }
      if (inner.type !== 'organization') continue;
    } else out.push(cand(s, e, 'organization', 3, 'affiliation'));
    if (!c.affiliation) c.affiliation = { start: s, end: e };
  }
  return out;
}

/** End of a listed place written after a middle dot at `dot` and closing the parenthesis (…·앨라배마)), else 0. */
function seatAfter(text: string, dot: number): number {
  if (!/[·ᆞㆍ]/u.test(text[dot] ?? '')) return 0;
  const close = text.indexOf(')', dot + 1);
  if (close < dot + 3 || close > dot + 12) return 0;
  const e = LEX_INDEX.get(text.slice(dot + 1, close));
  return e && e.type === 'place' ? close : 0;
}

/** Korea's own names as a country: a body after them is Korea's. */
const KOREA_NAMES = new Set(['한국', '대한민국', '남한']);
/** States and how an English name says a body is theirs. */
const STATE_IN_ENGLISH: [ReadonlySet<string>, RegExp][] = [
  [KOREA_NAMES, /\bKorea/u],
  [new Set(['미국']), /\bU\.S\.|\bUnited States\b|\bAmerican\b/u],
  [new Set(['일본']), /\bJapan/u],
  [new Set(['중국']), /\bChina\b|\bChinese\b/u],
  [new Set(['영국']), /\bU\.K\.|\bBritish\b|\bUnited Kingdom\b/u],
  [new Set(['러시아']), /\bRussia/u],
];
/** The English name is of another state's body than the country written before it (상무부 = U.S. after 중국). */
function otherStatesBody(canonical: string, country: string): boolean {
  for (const [names, re] of STATE_IN_ENGLISH) if (!names.has(country) && re.test(canonical)) return true;
  return false;
}
/** Heads of a state's bodies (ministries, agencies, offices, governments, courts): 보위부, 조사국, 과도정부, 재판소. */
const STATE_BODY_END = /(?:[부국청처]|정부|재판소)$/u;

/**
 * Bodies written as a bare head after a place: 미국 의회, 말레이시아 항공, 콜로라도 대학; ensembles named by their city
 * or country (스코틀랜드 발레단, 베를린 필하모닉, 서울 합창단).
 */
const BODY_AFTER_PLACE = new Set(('의회 하원 상원 대학 대학교 항공 항공사 대사관 영사관 총영사관 경찰청 경찰국 보안관실 검찰청 보건당국 교육청 ' +
  '발레단 교향악단 관현악단 오케스트라 필하모닉 심포니 합창단 오페라단 무용단 국악단 ' +
  // (가자지구 보건부, 이스라엘 총리실, 대만 총통부: a government's ministries and offices, after any place it governs.)
  '보건부 내무부 외무부 국방부 재무부 법무부 교육부 노동부 정보부 총리실 대통령실 총통부 대통령궁 총리관저').split(' '));

/**
 * A place followed by a body it names (미국 의회, 강릉 아산병원, 경북 청송여고) is one organization, as 일본 정부: the
 * body is a bare head or a word ending in a strong head (not a weak one: 한국 기업 is not a name).
 */
function placeBody(text: string, tokens: Tok[], out: Candidate[], next: Candidate | undefined): void {
  const cur = out[out.length - 1];
  if (cur.type !== 'place' || text.charCodeAt(cur.end) !== 32) return;
  const n = tokens[tokenIndexFrom(tokens, cur.end)];
  if (!n || n.start !== cur.end + 1 || (next && next.start < n.end)) return;
  const stem = tokStrip(n, 2);
  let ok = BODY_AFTER_PLACE.has(stem);
  if (!ok && stem.length >= 3 && stem.length <= 10 && /^\p{Script=Hangul}+$/u.test(stem) && !NOT_ORG.has(stem)) {
    const head = endingIn(stem, STRONG_ORG_SET, STRONG_ORG_MAX);
    ok = !!head && head.length >= 2 && !WEAK_ORG.has(head) && stem.length > head.length && !NOT_ORG.has(stem.slice(-head.length - 1));
    // 북한 보위부, 미국 지질조사국, 이집트 과도정부: after a country, a body of its state named by a short head.
    if (!ok && COUNTRIES.has(text.slice(cur.start, cur.end)) && !NOT_ORG.has(stem.slice(-2)) && !NOT_ORG.has(stem.slice(-3))) ok = STATE_BODY_END.test(stem);
  }
  if (!ok) return;
  const end = n.start + stem.length;
  out[out.length - 1] = siteAfterAddress(text, cur, end)
    ? derive(cur, { end, type: 'place', lex: undefined, source: 'place-chain' })
    : derive(cur, { end, type: 'organization', lex: undefined, source: 'place-body' });
}

/** Heads of venues written apart after a sponsor's or an organization's name (우버 아레나, LoL 파크, 쿠팡플레이 스타디움). */
const VENUE_HEADS = new Set('아레나 파크 스타디움 돔 홀 필드 경기장 구장'.split(' '));
const VENUE_FIRST = codeSetOf([...VENUE_HEADS].map((h) => h[0]).join(''));
/** An organization that ends `out`, followed by a venue's head, names the venue: a place (독일 베를린 우버 아레나). */
function venueAfter(text: string, tokens: Tok[], out: Candidate[], next: Candidate | undefined): void {
  const cur = out[out.length - 1];
  if (cur.type !== 'organization' || text.charCodeAt(cur.end) !== 32 || !VENUE_FIRST.has(text.charCodeAt(cur.end + 1))) return;
  const n = tokens[tokenIndexFrom(tokens, cur.end)];
  if (!n || n.start !== cur.end + 1 || (next && next.start < n.end)) return;
  const stem = tokStrip(n, 1);
  if (!VENUE_HEADS.has(stem)) return;
  out[out.length - 1] = derive(cur, { end: n.start + stem.length, type: 'place', lex: undefined, source: 'place-chain' });
}

/** Units named after their organization (서울대 수의학과, 수원지법 평택지원, 대법원 3부, 서울중앙지법 형사8단독). */
const ORG_UNIT_HEADS = new Set(('캠퍼스 병원 학과 학부 연구팀 연구실 연구소 연구진 총학생회 학생회 노조 노동조합 보도국 편집국 지원 지청 지부 지사 본부 상황실 전담반 사무국 ' +
  '비서실 비서진 대변인실 감사관실 감사실 감찰실 수사팀 수사본부 전담팀').split(' '));
/**
 * Units that also stand as a whole word after their organization (한국일보 노조, MBC 보도국, 청와대 비서진, 국방부
 * 감사관실, 검찰 특별수사팀): they belong to someone.
 */
const BARE_ORG_UNITS = new Set(('노조 노동조합 총학생회 학생회 보도국 편집국 사무국 비서실 비서진 대변인실 감사관실 감사실 감찰실 수사팀 특별수사팀 ' +
  '수사본부 특별수사본부 합동수사본부 전담팀').split(' '));
const ORG_UNIT_MAX = 4;
const COURT_UNIT = /^(?:제?\d+)?(?:형사|민사|행정)?(?:제?\d+)?(?:부|단독|합의부)$/u;

/** The organization that ends `out` goes on over a unit of it written after it (one or two words). */
function extendOrgUnit(text: string, tokens: Tok[], out: Candidate[], next: Candidate | undefined): void {
  const cur = out[out.length - 1];
  if (cur.type !== 'organization' || text.charCodeAt(cur.end) !== 32) return;
  const ti = tokenIndexFrom(tokens, cur.end);
  const n = tokens[ti];
  if (!n || n.start !== cur.end + 1 || (next && next.start < n.end && next.source !== 'org-suffix')) return;
  const stem = tokStrip(n, 1);
  let end = -1;
  if (COURT_UNIT.test(stem) && /\d|단독/u.test(stem)) end = n.start + stem.length;
  else if ((stem === '형사' || stem === '민사') && tokens[ti + 1] && tokens[ti + 1].start === n.end + 1 && COURT_UNIT.test(tokStrip(tokens[ti + 1], 1))) {
    end = tokens[ti + 1].start + tokStrip(tokens[ti + 1], 1).length;
  } else {
    // 수의학과: the unit's head can end like a particle (과), so every reading of the word is tried, longest first.
    for (const s of tokStems(n)) {
      const head = endingIn(s, ORG_UNIT_HEADS, ORG_UNIT_MAX);
      if (head && s.length > head.length && s.length <= 10 && /^\d{0,3}\p{Script=Hangul}+$/u.test(s)) { end = n.start + s.length; break; }
      // 국회 정보위, 당 윤리위: a committee cut short to three syllables (…위 for …위원회).
      if (s.length === 3 && shortCommittee(s)) { end = n.start + s.length; break; }
    }
    if (end < 0 && BARE_ORG_UNITS.has(stem)) end = n.start + stem.length;
  }
  if (end < 0 || (next && next.start < end && next.end > end)) return;
  if (next && next.start >= n.start && next.start < end) return; // a candidate there is merged by the chain rules
  out[out.length - 1] = derive(cur, { end, lex: undefined, source: 'org-unit' });
}

/** 길주군 풍계리, 진도군 조도면: a listed village, town or township (…리 …동 …읍 …면) after a city, county or district. */
function lowerUnit(text: string, prev: Candidate, c: Candidate): boolean {
  const a = text.charCodeAt(prev.end - 1);
  const b = text.charCodeAt(c.end - 1);
  return (a === 0xc2dc || a === 0xad70 || a === 0xad6c) && (b === 0xb9ac || b === 0xb3d9 || b === 0xc74d || b === 0xba74) && c.end - c.start >= 3;
}

/** A country or province (UAE, 랴오닝성 too): a listed place after it is inside it (UAE 두바이, 랴오닝성 다롄). */
function regionPlace(text: string, c: Candidate): boolean {
  return REGIONS.has(text.slice(c.start, c.end)) || (!!c.lex && (REGIONS.has(c.lex.name) || c.lex.canonical.endsWith(' Province') || c.lex.canonical.endsWith(' Prefecture')));
}

/** The candidate opens a compound word (아시아선수권, 부산국제영화제): the word goes on past it, and not with a particle. */
function compoundPrefix(text: string, tokens: Tok[], c: Candidate): boolean {
  const t = tokens[tokenIndexFrom(tokens, c.start)];
  if (!t || t.start !== c.start || t.end <= c.end) return false;
  return !PARTICLES.has(text.slice(c.end, t.end));
}

/** Particles after a site: where something happens (에서) or where someone goes or is taken (으로). */
const SITE_PARTICLES = new Set(['에서', '에서는', '에서도', '으로', '로']);

/** A body ending at `end` after the address `place` names the site: 에서, 으로 after it, or a word for a spot near it. */
function siteAfterAddress(text: string, place: Candidate, end: number): boolean {
  if (!addressPart(text, place)) return false;
  const p = particleAfter(text, end);
  if (p) return SITE_PARTICLES.has(p);
  return text.charCodeAt(end) === 32 && SPOT_WORDS.has(particleAfter(text, end + 1));
}
/** Words for a spot by a site (성덕중학교 뒤편, 법원 앞에서). */
const SPOT_WORDS = new Set('앞 앞에서 앞에 뒤편 뒤편에서 뒤 옆 인근 인근에서 근처 근처에서 일대 일대에서 주변 주변에서 정문 후문'.split(' '));

/** The Hangul run right after `end` (the particle of the word that ends there), '' when none. */
function particleAfter(text: string, end: number): string {
  let e = end;
  while (e < text.length && e - end < 4 && isSyllableCp(text.charCodeAt(e))) e++;
  return text.slice(end, e);
}

/** The place has a word ending in a Korean address unit (서초동, 광산구, 제주시, 조도면): it is an address. */
function addressPart(text: string, c: Candidate): boolean {
  const w = text.slice(c.start, c.end);
  for (let k = 1; k < w.length; k++) {
    const x = w.charCodeAt(k);
    if ((k + 1 === w.length || w.charCodeAt(k + 1) === 32) && ADMIN_ENDS.has(x) && w.charCodeAt(k - 1) !== 32) return true;
  }
  return false;
}

function hasForeignSyllable(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (FOREIGN_SYL.has(text.charCodeAt(k))) return true;
  return false;
}

function isLatinStart(text: string, i: number): boolean {
  const x = text.charCodeAt(i);
  return x < 0x1100;
}

/** English name from the lexicon, else the romanized name for a Korean person name, else null. */
export function canonicalName(name: string, type?: EntityType): string | null {
  const n = norm(name);
  const e = LEX_INDEX.get(n) ?? LEX_INDEX.get(stripParticle(n));
  if (e && (!type || e.type === type)) return e.canonical;
  if ((!type || type === 'person') && koreanNameShape(n)) return romanizeKoreanName(n);
  return null;
}

export { spaced };
