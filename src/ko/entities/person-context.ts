/**
 * Stage: a transliterated name standing alone (웜비어는, 오티스를, 셰릴의) is a person's when the sentence says what only
 * a person does or has: a kinship, body or life-event noun after its genitive (셰릴의 생일), a kinship or role word
 * before it in apposition (아들 오티스를), a verb of a person's life or speech later in its clause (웜비어는 … 숨졌다),
 * or a person coordinated with it (배두나와 스터게스는). Runs after the first resolution, on words left free.
 */
import contextJson from '../lexicon/person-context.json';
import { Candidate, cand, FOREIGN_GIVEN, GIVEN_CODES, LEX_INDEX, NOT_PERSON, StageInput, Tok, isHangul, koreanNameShape, likelyKoreanName, stripParticle, tokStems, tokenIndexFrom, wordInfo } from './common';
import { GIVEN_FIRST, foreignLooking, foreignNameStem, hasLoan, isOrgLike, isPlainName, roleWordBeforeName, strongForeign, titleOfToken, titleSlotKoreanName } from './persons';
import { finalOf, isSyllableWord, CodeSet, codeSetOf } from '../chars';

const words = (s: string) => new Set(s.split(/\s+/));
const OF_NOUNS = words((contextJson as { ofNouns: string }).ofNouns);
const APPOSITION = words((contextJson as { apposition: string }).apposition);
const VERBS = [...words((contextJson as { verbs: string }).verbs)];
const VERB_FIRST = new CodeSet(VERBS.map((v) => v.charCodeAt(0)));

const SUBJECT = new Set(['은', '는', '이', '가']);
const TAILS = new Set(['은', '는', '이', '가', '의', '을', '를', '에게', '와', '과', '도']);
const TAIL_LAST = new CodeSet([...TAILS].map((x) => x.charCodeAt(x.length - 1)));

/** Length of the transliterated name before a person's particle in the word (웜비어는 → 3), 0 when none. */
function contextStem(t: Tok): number {
  const w = t.text;
  if (!TAIL_LAST.has(w.charCodeAt(w.length - 1)) || !isHangul(w[0])) return 0;
  // Most words hold no transliteration syllable and start no listed given name: skip them before any slicing.
  if (!GIVEN_FIRST.has(w.charCodeAt(0)) && !hasLoan(w)) return 0;
  const stem = foreignNameStem(t);
  return TAILS.has(w.slice(stem.length)) && transliterated(stem) ? stem.length : 0;
}

/** A word that can be a transliterated name by its look alone (no listed word, title, body or place). */
function transliterated(w: string): boolean {
  if (w.length < 2 || w.length > 6 || !isSyllableWord(w) || LEX_INDEX.has(w) || NOT_PERSON.has(w)) return false;
  if (!isPlainName(w) || isOrgLike(w) || titleOfToken(w)) return false;
  const last = w.charCodeAt(w.length - 1);
  if (VERB_STEM_END.has(last) || NOT_NAME_END.has(last) || LOANWORDS.has(w)) return false;
  if (last === 0xb2e4 && VERB_BEFORE_DA.has(w.charCodeAt(w.length - 2))) return false; // 사임하겠다 (not 아만다)
  for (let k = 0; k < w.length; k++) if (VERB_SYL.has(w.charCodeAt(k))) return false; // 않겠는
  return FOREIGN_GIVEN.has(w) || hasLoan(w);
}

/** Ends of a particle, a plural, a person noun or a verb form left on the word (업계에서, 티베트인들). */
const NOT_NAME_END = codeSetOf('에서들인겠');
const VERB_BEFORE_DA = codeSetOf('했겠한된었았였하되는이시');
/** Syllables of verb endings (되, 않, 했, 었, 겠): no name holds them. */
const VERB_SYL = codeSetOf('되않했었겠았였');
const LOANWORDS = words((contextJson as { loanwords: string }).loanwords);

/** Native verb and adjective stems (투자하, 분류되, 미치) end so; names do not (or too rarely to matter here). */
const VERB_STEM_END = codeSetOf('하되치시키리지');
/** Connective endings of verbs (따르면, 이르며): a word so ending is no given name before a surname. */
const CONNECTIVE_END = codeSetOf('면며');

/** A verb of a person's life or speech among the next eight words of the sentence. */
function personVerbAfter(text: string, tokens: Tok[], i: number, sentenceEnd: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8 && tokens[k].start < sentenceEnd; k++) {
    const t = tokens[k];
    if (VERB_FIRST.has(text.charCodeAt(t.start))) for (const v of VERBS) if (t.text.startsWith(v)) return true;
    const after = text.charCodeAt(t.end);
    if (after === 46 || after === 63 || after === 33 || after === 10) return false; // . ? ! newline
  }
  return false;
}

/** The particles a given name standing alone takes after a kinship noun (유빈도, 서연은, 다은이). */
const GIVEN_TAIL = codeSetOf('은는이가도');

/**
 * 권순우의 여자친구 유빈도, 김태민의 아내 서연은: a Korean given name alone (two usual given-name syllables and a
 * particle) after a kinship or companion noun that follows a named person's genitive. Returns the name's length, 0
 * when the word is not one. (The caller has tested the cheap part, for every word: three characters, the last a
 * particle of GIVEN_TAIL, two words before it ending in 의.)
 */
function givenNameAfterKin(text: string, tokens: Tok[], i: number, personAt: (start: number) => Candidate | undefined): number {
  const t = tokens[i];
  const kin = tokens[i - 1];
  const owner = tokens[i - 2];
  if (kin.end + 1 !== t.start || owner.end + 1 !== kin.start) return 0;
  if (!APPOSITION.has(kin.text) || personAt(owner.start) === undefined) return 0;
  const w = t.text.slice(0, 2);
  if (!GIVEN_CODES.has(w.charCodeAt(0)) || !GIVEN_CODES.has(w.charCodeAt(1)) || !isPlainName(w) || titleOfToken(w)) return 0;
  return 2;
}

export function contextPersons(
  { text, tokens, sentences }: StageInput,
  taken: Uint8Array,
  personAt: (start: number) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[t.start]) continue;
    const inf = wordInfo(t);
    if (inf.ctxStem === undefined) inf.ctxStem = contextStem(t);
    if (!inf.ctxStem) {
      // 권순우의 여자친구 유빈도 (givenNameAfterKin; its cheap tests here, which most words fail).
      if (t.end - t.start === 3 && i >= 2 && GIVEN_TAIL.has(text.charCodeAt(t.end - 1)) && text.charCodeAt(tokens[i - 2].end - 1) === 0xc758 /* 의 */) {
        const n = givenNameAfterKin(text, tokens, i, personAt);
        if (n) out.push(cand(t.start, t.start + n, 'person', 2, 'context'));
      }
      continue;
    }
    const stem = t.text.slice(0, inf.ctxStem);
    const tail = t.text.slice(stem.length);
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    const sentenceEnd = s < sentences.length ? sentences[s].end : text.length;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevWord = prev && prev.end + 1 === t.start && text.charCodeAt(prev.end) === 32 ? prev.text : '';
    const nextWord = next && t.end + 1 === next.start && text.charCodeAt(t.end) === 32 ? next.text : '';
    const cue =
      // 셰릴의 생일
      (tail === '의' && nextWord !== '' && (OF_NOUNS.has(nextWord) || OF_NOUNS.has(nextWord.replace(/(은|는|이|가|을|를|에|도|과|와)$/u, '')))) ||
      // 아들 오티스를, 후임자인 바스케스는
      (prevWord !== '' && (APPOSITION.has(prevWord) || (prevWord.endsWith('인') && APPOSITION.has(prevWord.slice(0, -1))))) ||
      // 스터게스와 배두나는, 배두나와 스터게스는
      ((tail === '와' || tail === '과') && next !== undefined && personAt(next.start) !== undefined) ||
      (prev !== undefined && /[와과]$/u.test(prevWord) && personAt(prev.start) !== undefined) ||
      // 웜비어는 … 숨졌다
      (SUBJECT.has(tail) && personVerbAfter(text, tokens, i, sentenceEnd));
    if (cue) out.push(cand(t.start, t.start + stem.length, 'person', 2, 'context'));
  }
  return out;
}

/** Particles after a person's name closed by a parenthesis: 정다운(양주시청)이, 아스토리(칼리아리)가. */
const AFTER_PAREN = new Set(['은', '는', '이', '가', '의', '을', '를', '에게', '와', '과', '도', '']);

/**
 * A name glossed in parentheses by what only a person has: the body or team it plays or works for (정다운(양주시청),
 * 아스토리(칼리아리)가), or another person's name — the actor who plays it, the real name of a stage name (유재학(지진희)의,
 * 마이키(조명익·35)가, 이센스(본명 강민호)). The word before the parenthesis must look like a name (a Korean full name of
 * usual syllables, a transliteration, a listed given name); what follows the parenthesis must suit a person.
 */
export function glossedPersons({ text, tokens }: StageInput, taken: Uint8Array, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let byStart: Map<number, Candidate> | undefined;
  for (let p = text.indexOf('('); p > 0; p = text.indexOf('(', p + 1)) {
    const i = tokenIndexFrom(tokens, p) - 1;
    if (i < 0 || tokens[i].end !== p) continue;
    const x = tokens[i].text;
    const outerFree = !taken[p - 1] && !taken[tokens[i].start];
    const close = text.indexOf(')', p);
    if (close < 0 || close - p > 30) continue;
    let s = p + 1;
    const real = text.startsWith('본명 ', s);
    if (real) s += 3;
    let e = s;
    while (e < close && !/[·ㆍ,]/u.test(text[e])) e++;
    byStart ??= new Map(kept.map((c) => [c.start, c]));
    const inner = byStart.get(s);
    // 리세(본명 권리세): a Korean-shaped real name is a person's even when its syllables are unusual.
    if (real && !inner && e - s >= 2 && e - s <= 4 && koreanNameShape(text.slice(s, e)) && !taken[s]) {
      out.push(cand(s, e, 'person', 2, 'glossed'));
      if (outerFree && nameWord(x)) out.push(cand(tokens[i].start, p, 'person', 2, 'glossed'));
      continue;
    }
    if (!outerFree) continue;
    // (페트병(PET): Latin letters alone spell the word before, they do not gloss it.)
    if (!inner || inner.end !== e || /^[A-Za-z .&-]+$/.test(text.slice(s, e))) continue;
    // After ")": a person's particle, then a space, a comma, a quote or the end.
    let k = close + 1;
    while (k < text.length && isHangul(text[k])) k++;
    if (!AFTER_PAREN.has(text.slice(close + 1, k)) || (k < text.length && !/[\s,.·'"’”]/u.test(text[k]))) continue;
    const nameLike = likelyKoreanName(x) || (!koreanNameShape(x) && foreignLooking(x)) || FOREIGN_GIVEN.has(x) ||
      (koreanNameShape(x) && x.length === 3 && titleSlotKoreanName(x));
    if (!nameLike || x.length < 2 || x.length > 6 || !nameWord(x)) continue;
    // A place glosses a Korean name only (박종우(부산): the team's city); before a transliterated word it may be the
    // country of a city (카라카스(베네수엘라)).
    const ok = inner.type === 'person' || (!real && (inner.type === 'organization' || (inner.type === 'place' && likelyKoreanName(x))));
    if (ok) out.push(cand(tokens[i].start, p, 'person', 2, 'glossed'));
  }
  return out;
}

/** A word of syllables only that is not a common word, a listed name, a title or an organization's name. */
function nameWord(x: string): boolean {
  return isSyllableWord(x) && !NOT_PERSON.has(x) && !LEX_INDEX.has(x) && !titleOfToken(x) && !isOrgLike(x);
}

/** 역 'role' with the particle that follows it in cast lists (선우 역을 맡았다, 헐크 역의 …, 닥터 조 역으로). */
const ROLE_TAILS = new Set(['역을', '역의', '역으로', '역에', '역은', '역이', '역도', '역과', '역']);

/**
 * A character's name before 역 'role' (젠틀남 '선우' 역을 맡았다, 헐크 역의 마크 러팔로): a person in the story. A role
 * word (간호사 역), a common noun or a listed name of another kind is not; a bare word before an unquoted name joins it
 * (캡틴 아메리카 역, 닥터 조 역).
 */
export function characterPersons({ text, tokens }: StageInput, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const r = tokens[i];
    if (text.charCodeAt(r.start) !== 0xc5ed || !ROLE_TAILS.has(r.text)) continue; // 역…
    const x = tokens[i - 1];
    // One space, or a closing quote and a space, between the name and 역.
    const gap = text.slice(x.end, r.start);
    if (gap !== ' ' && !/^['’"”] $/u.test(gap)) continue;
    if (taken[x.start] || !isSyllableWord(x.text) || x.text.length > 6) continue;
    if (NOT_PERSON.has(x.text) || titleOfToken(x.text) || isOrgLike(x.text) || (LEX_INDEX.has(x.text) && LEX_INDEX.get(x.text)!.type !== 'person')) continue;
    const quoted = gap.length === 2;
    if (!quoted && !(foreignLooking(x.text) || FOREIGN_GIVEN.has(x.text) || likelyKoreanName(x.text))) continue;
    let start = x.start;
    const w = tokens[i - 2];
    if (!quoted && w && w.end + 1 === x.start && text.charCodeAt(w.end) === 32 && isSyllableWord(w.text) && !taken[w.start] &&
      isPlainName(w.text) && stripParticle(w.text) === w.text && !isOrgLike(w.text) && !titleOfToken(w.text)) start = w.start;
    out.push(cand(start, x.end, 'person', 2, 'character'));
  }
  return out;
}

/** Short words that join the parts of Romance and Dutch names (에우제비우 다 실바, 루트 판 니스텔로이). */
const NAME_LINKS = new Set(['다', '데', '드', '델', '디', '반', '판', '폰', '도', '두']);

/** A word that can stand before a foreign surname as a given or middle name: listed, or of transliteration syllables. */
function foreignNamePart(t: Tok): boolean {
  const w = t.text;
  if (FOREIGN_GIVEN.has(w)) return true;
  if (w.length < 2 || w.length > 6 || !isSyllableWord(w) || NOT_PERSON.has(w) || LEX_INDEX.has(w) || LOANWORDS.has(w) || titleOfToken(w) || isOrgLike(w)) return false;
  // No particle or verb ending (따르면, 탑승객이었던), no role word (멤버, 선수).
  if (tokStems(t).length > 1 || !isPlainName(w) || VERB_STEM_END.has(w.charCodeAt(w.length - 1)) || CONNECTIVE_END.has(w.charCodeAt(w.length - 1)) || roleWordBeforeName(w)) return false;
  for (let k = 0; k < w.length; k++) if (VERB_SYL.has(w.charCodeAt(k))) return false;
  return strongForeign(w);
}


/**
 * Person spans made whole: a transliterated name takes the given and middle names written before it (구스타보 알베르토
 * 바스케스, 에우제비우 다 실바 페헤이라: up to three words, each a listed given name, a word of transliteration
 * syllables or a linking particle of names between two such words), and drops the copula 다 written right after it at
 * the end of a sentence (고토 겐지다. → 고토 겐지; after an open syllable only: 아만다 keeps its 다).
 */
export function wholePersonSpans({ text, tokens }: StageInput, taken: Uint8Array, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.type !== 'person') continue;
    const first = text.charCodeAt(c.start);
    if (first < 0xac00 || first > 0xd7a3) continue;
    // Left: the words before the name.
    const i = tokenIndexFrom(tokens, c.start);
    // Only a name whose first word is itself transliterated (not 유 씨, 이 팀장, 광희).
    const own = tokens[i] && tokens[i].start === c.start ? text.slice(c.start, Math.min(c.end, tokens[i].end)) : '';
    if (i > 0 && own.length >= 2 && (strongForeign(own) || FOREIGN_GIVEN.has(own))) {
      let start = c.start;
      let n = 0;
      for (let k = i - 1; k >= 0 && n < 3; k--, n++) {
        const w = tokens[k];
        if (w.end + 1 !== tokens[k + 1].start || text.charCodeAt(w.end) !== 32 || taken[w.start]) break;
        const link = NAME_LINKS.has(w.text);
        if (!link && !foreignNamePart(w)) break;
        // A linking word needs a name part before it.
        if (link && !(k >= 1 && tokens[k - 1].end + 1 === w.start && foreignNamePart(tokens[k - 1]))) break;
        start = w.start;
      }
      if (start < c.start) { taken.fill(1, start, c.start); c.start = start; }
    }
    // Right: 겐지다. → 겐지
    const endCh = text.charCodeAt(c.end);
    if (c.end - c.start >= 3 && text.charCodeAt(c.end - 1) === 0xb2e4 && (endCh === 46 || endCh === 34 || endCh === 0x201d || endCh === 39 || endCh === 0x2019) &&
      finalOf(text.charCodeAt(c.end - 2)) === 0) {
      c.end--;
      taken[c.end] = 0;
    }
  }
}
