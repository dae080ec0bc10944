/**
 * Stage: indirect (reported) speech without quote marks. A clause closed by a quotative ending (…다고, …라고,
 * …냐고, …자고, …다며, …다는/라는 + 입장·의견 …) and a communication verb, with the source before the clause
 * (올트먼 CEO는 …다고 강조했다), between the clause and the verb (…다고 올트먼 CEO는 설명했다), or elided. Also
 * "X에 따르면 …": the source is X and the content is the rest of the sentence.
 */
import type { Doc, EntityMentionRaw, QuoteRecord, Range } from '../pipeline/document';
import { itemsWithin, lowerBoundBy } from '../pipeline/ranges';
import { cueRange, hearsayAt, idiomCueAt, isImpersonal, isNounCopulaCue, isSpeechNoun, joinsReports, verbCueKind } from './cues';
import { RangeSetCursor, quotedSpans, sentenceTokens } from './doc-index';
import { pickPhrase, termAfter } from './quotes-direct';
import { SpeakerPhrase, groupPhrase, sourceOfNoun, speakerPhraseAt } from './speaker-phrase';
import speech from './lexicon/speech.json';
import common from './lexicon/common-words.json';
import { Token } from './tokens';
import { matchTitleAt } from './titles';
import { SURNAMES, isCompanyKind } from './entities/common';
import { alternation, wordsRegex } from './words';
import { CLOSE_QUOTES, CodeSet, OPEN_QUOTES, SUBJECT_PARTICLE_CHARS, allCodePoints, codeSetOf, finalOf, isLetterOrNumberCp, someCodePoint } from './chars';
import datesLex from './lexicon/dates.json';

const letterNumberOrDot = (cp: number) => cp === 0xb7 /* · */ || isLetterOrNumberCp(cp);

// Quotative endings on a token, /^(.*(?:다|라|냐|자|까|야|죠|요))(고요|고는|고도|고만|고|며|면서도|면서|는)$/u: the content's
// last part ends in one of QUOTE_STEM, the ending after it is dropped from the segment. Read by char code (see
// quotativeKeep): this runs for every token whose last character could end one.
const QUOTE_STEM = codeSetOf('다라냐자까야죠요');
const GO = 0xace0; // 고
const YO = 0xc694; // 요
const NEUN = 0xb294; // 는
const DO = 0xb3c4; // 도
const MAN = 0xb9cc; // 만
const MYEO = 0xba70; // 며
const MYEON = 0xba74; // 면
const SEO = 0xc11c; // 서
/** The quotative ending (고요 고는 고도 고만 고 며 면서도 면서 는) that s[from, end) is exactly, else null. */
function quotativeEndingFrom(s: string, from: number, end: number): string | null {
  const n = end - from;
  const a = s.charCodeAt(from);
  if (n === 1) return a === GO ? '고' : a === MYEO ? '며' : a === NEUN ? '는' : null;
  const b = s.charCodeAt(from + 1);
  if (n === 2) {
    if (a === GO) return b === YO ? '고요' : b === NEUN ? '고는' : b === DO ? '고도' : b === MAN ? '고만' : null;
    return a === MYEON && b === SEO ? '면서' : null;
  }
  return n === 3 && a === MYEON && b === SEO && s.charCodeAt(from + 2) === DO ? '면서도' : null;
}
/**
 * The length of the content part of the word s[start, end) (a token's core, read in place) with a quotative ending,
 * -1 without one. As the regular expression's greedy .* finds it: the rightmost stem syllable followed by an ending
 * that runs to the end of the token (tokens hold no line terminators, and at most one ending fits each split).
 */
function quotativeKeepIn(s: string, start: number, end: number): number {
  for (let len = 1; len <= 3; len++) {
    const k = end - len - 1;
    if (k < start) break;
    if (QUOTE_STEM.has(s.charCodeAt(k)) && quotativeEndingFrom(s, k + 1, end) !== null) return k + 1 - start;
  }
  return -1;
}
const I = 0xc774; // 이
const RAN = 0xb780; // 란
const RA = 0xb77c; // 라
// …다고 한다 / …라고 합니다: hearsay the reporter passes on, not a statement of a source.
const HEARSAY_HA = /^(?:한다|합니다|한답니다|하더라)$/u;
/** The nouns of cases a speech verb in a modifier's form can describe (…라고 주장하는 경우도, 말한 사례가), with a particle. */
const CASE_NOUN = new RegExp(`^(?:${alternation(speech.casesNotSources)})(?:이|가|은|는|도|를|을|에|에는|에도|의|만)?$`, 'u');
/** A verb in a modifier's form: its last syllable closed by ㄴ or ㄹ (주장하는, 밝힌, 말하던, 말할). */
function adnominalForm(core: string): boolean {
  const f = finalOf(core.charCodeAt(core.length - 1));
  return f === 4 || f === 8;
}

interface Ending {
  /** Length of the content part of the token. */
  keep: number;
  ending: string;
  adnominal: boolean;
  /** A contracted 이라 (no 고): the cue must follow at once. */
  bare: boolean;
}

/** `ending:${ending}` for the endings endingOf returns, made once. */
const ENDING_EVIDENCE = new Map(['고요', '고는', '고도', '고만', '고', '며', '면서도', '면서', '는', '란', ''].map((e) => [e, `ending:${e}`]));

// Last syllables a quotative ending can have: a cheap test before the others.
const ENDING_LAST = codeSetOf('고요는도만며서란라');

/**
 * The quotative ending of the word text[start, end) (a token's core), read in place: most words that end like one
 * (…는, …도) have none, and are not sliced from the text.
 */
function endingOf(text: string, start: number, end: number): Ending | null {
  if (end <= start || !ENDING_LAST.has(text.charCodeAt(end - 1))) return null;
  const keep = quotativeKeepIn(text, start, end);
  if (keep >= 0) {
    // (the ending as a constant string: text.slice(start + keep, end))
    const ending = quotativeEndingFrom(text, start + keep, end)!;
    return { keep, ending, adnominal: ending === '는', bare: false };
  }
  // Contracted forms, /^(.*이)(란)$|^(.*이라)$/u: …것이란 관측 (이라는), …것이라 예측했다 (이라고).
  const n = end - start;
  if (n >= 2 && text.charCodeAt(end - 2) === I) {
    const last = text.charCodeAt(end - 1);
    if (last === RAN) return { keep: n - 1, ending: '란', adnominal: true, bare: false };
    if (last === RA) return { keep: n, ending: '', adnominal: false, bare: true };
  }
  return null;
}
/**
 * The connectives skipped at the start of a content span: not the time words among them (올해, 최근, 이날 …), which
 * belong to what was said (국방부는 올해 …를 추진하겠다고 밝혔다), except the day it was said right after the source
 * (X는 이날 …, as X는 29일 …: see contentAfterSource).
 */
const TIME_WORDS = new Set(speech.contentTimeWords);
const CONNECTIVES = new Set(speech.connectives.filter((w) => !TIME_WORDS.has(w)));
/** The day a statement was made, after its source: 이날 and 당일 as a date (29일) is. */
const SAME_DAY = new Set(['이날', '당일']);
/** Parts of a day written after it (19일 오전: the date lexicon's times of day), and 정오, 자정. */
const DAY_PART = new Set([...Object.keys(datesLex.timeOfDay), '정오', '자정']);
/** A date that something is counted from (19일 오전 기준 사망자는, 이날 현재): part of what was said. */
const AS_OF = new Set(['기준', '기준으로', '현재', '현재까지', '기준으로는']);

/**
 * The segments of reported content in [segStart, segEnd) (tokens startIdx to i): several statements joined by a
 * quotative connective (…거칠 것이라며 …움직일 것이라고 전망했다; …확정했다면서 …) are one quote in parts, as direct
 * quotes joined by 라며 are; each part ends before 며 or 면서.
 */
function reportedParts(tokens: Token[], startIdx: number, i: number, segStart: number, segEnd: number): Range[] {
  let parts: Range[] | null = null;
  let from = segStart;
  for (let k = startIdx; k < i - 1; k++) {
    const t = tokens[k];
    if (t.coreEnd !== t.end || (t.last !== 0xba70 /* 며 */ && t.last !== 0xc11c /* 서 */ && t.last !== 0xb3c4 /* 도 */)) continue;
    const m = QUOTATIVE_LINK.exec(t.core);
    if (!m) continue;
    const end = t.coreEnd - m[1].length;
    if (end - from < 4) continue;
    (parts ??= []).push({ start: from, end });
    from = tokens[k + 1].start;
  }
  if (!parts) return [{ start: segStart, end: segEnd }];
  parts.push({ start: from, end: segEnd });
  return parts;
}
/** A clause closed by a quotative connective (…다며, …라면서, …라면서도, …냐며, …자며): the connective is group 1. */
const QUOTATIVE_LINK = /\p{Script=Hangul}[다라냐자](며|면서|면서도)$/u;

/** A subject-marked noun phrase (…들이, …들도) read as a source, whatever its head. */
function subjectAt(tokens: Token[], k: number): SpeakerPhrase | null {
  const t = tokens[k];
  const m = /^(\p{Script=Hangul}{2,}들)(?:이|도|은|는)$/u.exec(t.core);
  if (!m) return null;
  const range = { start: t.start, end: t.start + m[1].length };
  return groupPhrase(range, range);
}

const firstStart = (q: QuoteRecord) => q.segments[0].start;

/** The direct quote whose first segment opens within [s, e + 1] (`directs` in text order). */
function directQuoteAt(directs: QuoteRecord[], s: number, e: number): QuoteRecord | null {
  const k = lowerBoundBy(directs, s, firstStart);
  return k < directs.length && firstStart(directs[k]) <= e + 1 ? directs[k] : null;
}

/** The direct quote whose last segment closes within [s, e] (its closing mark is in that token). */
function directQuoteEndingIn(directs: QuoteRecord[], s: number, e: number): QuoteRecord | null {
  const k = lowerBoundBy(directs, e + 1, firstStart) - 1;
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const q = directs[j];
    const end = q.segments[q.segments.length - 1].end;
    if (end >= s && end <= e) return q;
  }
  return null;
}

/**
 * The topic that speaks for a clause starting at tokens[from], read with topicSpeaks among tokens [from, limit): a
 * noun phrase that opens the clause (not 비난을 받는, 젊은 사람들), or, with `pluralAfterModifier`, a plural one after
 * a modifier (회의에 참여한 … 기업들은). Its phrase and the index of its token.
 */
function clauseTopic(doc: Doc, tokens: Token[], from: number, limit: number, pluralAfterModifier: boolean): { ph: SpeakerPhrase; k: number } | null {
  for (let k = from; k < limit; k++) {
    if (tokens[k].mark) break;
    const ph = speakerPhraseAt(doc, tokens, k, { topicSpeaks: true });
    if (ph && ph.topic && (ph.range.start === tokens[from].start || (pluralAfterModifier && /들$/u.test(doc.text.slice(ph.head.start, ph.head.end))))) return { ph, k };
  }
  return null;
}

/** A clause that ends in a connective and a comma (예고했고, 밝혔으며,), not a quotative one (…다고,). */
const CLAUSE_JOINED = /(?:[었았였했됐겠]고|[었았였했됐겠]으며|하고|하며)$/u;
/**
 * After a topic that opens the sentence, a second clause with a topic of its own (A는 …했고, B는 …다고 밝혔다): that
 * topic and the index of its last token, or null.
 */
function nextClauseTopic(doc: Doc, tokens: Token[], from: number, limit: number): { ph: SpeakerPhrase; k: number } | null {
  for (let j = from; j + 1 < limit; j++) {
    const t = tokens[j];
    if (t.mark) return null;
    if (t.coreEnd === t.end || doc.text.charCodeAt(t.coreEnd) !== 44 /* , */ || !CLAUSE_JOINED.test(t.core)) continue;
    for (let k = j + 1; k < limit && k <= j + 4; k++) {
      if (tokens[k].mark) break;
      const ph = speakerPhraseAt(doc, tokens, k);
      if (ph && ph.topic && ph.range.start === tokens[j + 1].start && ph.kind !== 'pronoun') return { ph, k };
    }
    return null;
  }
  return null;
}

/** A quote's closing mark and a quotative connective (…"이라며, …"라면서): the quote goes on into the clause. */
const LINKED_AFTER_CLOSE = /^['’"”」』](?:이)?라(?:며|면서)/u;
/**
 * The direct quote `q`, closed by a quotative connective (…"이라며) and spoken by the subject (이/가) of a clause that
 * a topic opening the sentence reports (재판부는 A씨가 … "…"이라며 …다고 지적했다): that topic and the index of its last
 * token; null otherwise.
 */
function nestingTopic(doc: Doc, tokens: Token[], q: QuoteRecord, segStartIdx: number): { ph: SpeakerPhrase; k: number } | null {
  const ph = q.phrase;
  if (!ph || ph.topic || ph.kind === 'pronoun' || q.placement !== 'before') return null;
  const close = q.segments[q.segments.length - 1].end;
  if (!LINKED_AFTER_CLOSE.test(doc.text.slice(close, close + 6))) return null;
  // (The subject's token, and the topic before it: the sentence's first words.)
  let sub = -1;
  for (let k = 0; k < segStartIdx; k++) if (tokens[k].start >= ph.range.start) { sub = k; break; }
  if (sub <= 0) return null;
  const first = contentStart(tokens, 0, sub);
  for (let k = first; k < sub && k <= first + 5; k++) {
    if (tokens[k].mark) return null;
    const t = speakerPhraseAt(doc, tokens, k);
    if (!t) continue;
    return t.topic && t.kind !== 'pronoun' && t.range.start === tokens[first].start && t.range.end <= ph.range.start ? { ph: t, k } : null;
  }
  return null;
}

/** Skip connectives and commas at the start of a content span (또, 이어, 그러면서 …). */
function contentStart(tokens: Token[], from: number, limit: number): number {
  let k = from;
  // Connectives (또, 이어) and the addressee (선수들에게, 기자들에게는) are not part of what was said.
  // (Each asked only of a token whose last character fits: its core is then sliced, and the Set hashes it.)
  for (; k < limit; k++) {
    const t = tokens[k];
    // (= and - before an answer of an interview, ▲ before an item: marks, not words said. A word opening with a
    // Hangul syllable, as most do, is no mark: not read further.)
    const c0 = t.core.charCodeAt(0);
    if (!(c0 >= 0xac00 && c0 <= 0xd7a3) && !someCodePoint(t.core, isLetterOrNumberCp)) continue;
    if (CONNECTIVE_LAST.has(t.last) && CONNECTIVES.has(t.core)) {
      // (또 다시 'once again' and 또 다른 'another' belong to the content; the connective 또 'also' does not.)
      if (k + 1 < limit && t.core === '또' && (tokens[k + 1].core.startsWith('다시') || tokens[k + 1].core === '다른')) break;
      continue;
    }
    if (ADDRESSEE_LAST.has(t.last) && isAddressee(t.core)) continue;
    // 이 대행에게, 김 감독에게: a surname and title in the dative.
    if (k + 1 < limit && t.coreEnd === t.end && t.core.length === 1 && SURNAMES.has(t.core) && ADDRESSEE_LAST.has(tokens[k + 1].last) && isAddressee(tokens[k + 1].core) && matchTitleAt(tokens[k + 1].core, 0)?.end === tokens[k + 1].core.length - addresseeEnding(tokens[k + 1].core)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/**
 * Where a statement was made (브리핑, 기자회견, 인터뷰, 기사 …; the social networks of common-words.json: 페이스북에서),
 * as in X는 브리핑에서 …다고 말했다.
 */
const VENUE_RE = new RegExp(`(?:${alternation([...speech.venueNouns, ...common.platforms.split(/\s+/)])})에서$`, 'u');
/** The day a statement was made (X는 29일 …), and whom the source met or a report cites (기자들과 만나, 소식통을 인용해). */
const DAY_TOKEN = /^\d{1,2}일$/u;
const LOCAL_DAY = /^\d{1,2}일자?\((?:현지|한국|미국)(?:시간|시각)$/u;
const LOCAL_DAY_OPEN = /^\d{1,2}일자?\((?:현지|한국|미국)$/u;
const ISSUED_OBJECT = new RegExp(`(?:${alternation(speech.venueNouns)})[을를]$`, 'u');
const MET = { object: /[과와]$/u, verb: /^만나(?:서)?$/u };
const CITING = { object: /[을를]$/u, verb: /^인용(?:해|하여|해서|하며)$/u };
/** 논평을 내고, 기자회견을 열고, 보도자료를 통해: the statement's own occasion or document, issued or held to say it. */
// (The object's pattern is not anchored at the start — 주민설명회를 — so it is asked only of words ending in 을/를.)
const ISSUED = { object: { test: (w: string): boolean => (w.endsWith('을') || w.endsWith('를')) && ISSUED_OBJECT.test(w) }, verb: /^(?:내고|내어|내며|열고|열어|갖고|가졌고|발표하고|배포하고|통해|통해서|올려|올리고|올리며|게재하고|게재해)$/u };
/** 방문 결과를 설명하며, 계획을 발표하면서: what the source set out while saying it, the statement's occasion. */
const SETTING_OUT = { object: /[을를]$/u, verb: /^(?:설명하며|설명하면서|발표하며|발표하면서|소개하며|소개하면서|공개하며|공개하면서)$/u };
/** 변호인을 통해, 소속사를 통해: the person or body the statement was passed on through, the channel of the saying. */
const CHANNEL = { object: new RegExp(`^(?:${alternation(speech.channelNouns)})[을를]$`, 'u'), verb: /^통해(?:서)?$/u };
const GO_BETWEENS = [MET, CITING, ISSUED, SETTING_OUT, CHANNEL];
/** The venue nouns alone (재판 과정에서: a venue followed by 과정에서, the course of it, is the occasion too). */
const VENUE_NOUNS = new Set<string>(speech.venueNouns);
/** Demonstratives before a venue (이 자리에서, 그 자리에서): the occasion the article has just named. */
const DEMONSTRATIVE = new Set(['이', '그']);
/** A speech verb in a connective form, joining the next clause of the same source (인정하면서도, 강조하며, 밝히고). */
const CONNECTIVE_CUE = /(?:며|면서|면서도|고)$/u;
/** Participles of publishing a document (발표한 보고서에서, 공개한 '…'에서). */
const PUBLISHED = /^(?:발표한|공개한|펴낸|내놓은|배포한|공표한|발간한|낸)$/u;
/** A quoted title and 에서 ('2월 수출입 동향'에서). */
const CLOSE_QUOTE_BEFORE_ESEO = /['’"”」』]에서$/u;
/** Participles of a venue held somewhere (…에서 열린 브리핑에서). */
const HELD = /^(?:열린|열렸던|진행된|개최된|마련된)$/u;
/** A word that modifies the venue (국회 기자회견에서, 4일자 기사에서, 라디오 인터뷰에서): no particle, no verb ending. */
const BARE_MODIFIER = /^(?:[\p{Script=Hangul}A-Za-z]+|\d+일자)$/u;
/** Endings that make a word no modifier of the venue; …와의, …과의 may (its other side: 연합뉴스와의 인터뷰에서). */
const ENDS_LIKE_PARTICLE = /(?:[은는이가을를에도고다로며서와과]|(?<![와과])의|하는|한)$/u;

/**
 * The content after its source (X는 …다고 말했다): connectives and addressees (contentStart), then the day it was
 * said (X는 29일 …) and where (X는 브리핑에서, 국회 기자회견에서, 4일자 기사에서 …) are not part of what was said.
 */
function contentAfterSource(tokens: Token[], from: number, limit: number): number {
  let k = contentStart(tokens, from, limit);
  if (k < limit && (DAY_TOKEN.test(tokens[k].core) || SAME_DAY.has(tokens[k].core)) && tokens[k].coreEnd === tokens[k].end) {
    // (19일 오전 기준, 이날 현재: a date the content counts from, not the day it was said.)
    let m = k + 1;
    if (m < limit && DAY_PART.has(tokens[m].core)) m++;
    if (!(m < limit && AS_OF.has(tokens[m].core))) k = contentStart(tokens, k + 1, limit);
  }
  // 지난 10일 기자간담회에서, 앞서 8일 성명을 내고: a past day before the occasion of the statement (without an occasion
  // after it, 지난 10일 stays: it may be the day of what was said, 지난 10일 A씨를 체포했다고).
  else if (k + 2 < limit && (tokens[k].core === '지난' || tokens[k].core === '앞서') && DAY_TOKEN.test(tokens[k + 1].core) && tokens[k + 1].coreEnd === tokens[k + 1].end) {
    const after = contentAfterSource(tokens, k + 2, limit);
    if (after > k + 2) return after;
  }
  // 전날 배포한 자료에서, 전날 기자회견에서: the day before, with the occasion after it (alone it stays: 전날 사고가 났다고).
  else if (k + 1 < limit && tokens[k].core === '전날' && tokens[k].coreEnd === tokens[k].end) {
    const after = contentAfterSource(tokens, k + 1, limit);
    if (after > k + 1) return after;
  }
  // 같은 날: the day of the statement, in two words.
  else if (k + 1 < limit && tokens[k].core === '같은' && tokens[k + 1].core === '날' && tokens[k + 1].coreEnd === tokens[k + 1].end) k = contentStart(tokens, k + 2, limit);
  // 9일(현지시간), 9일(현지 시간), 9일(한국시간), 9일(현지시각), 3일자(현지 시간) 기사에서: the day with the time zone it
  // is given in.
  else if (k < limit && LOCAL_DAY.test(tokens[k].core)) k = contentStart(tokens, k + 1, limit);
  else if (k + 1 < limit && LOCAL_DAY_OPEN.test(tokens[k].core) && (tokens[k + 1].core === '시간' || tokens[k + 1].core === '시각')) k = contentStart(tokens, k + 2, limit);
  // 기자들과 만나, 취재진과 만나서: whom the source met to say it; 소식통을 인용해: whom a report cites; 논평을 내고,
  // 기자회견을 열고: the occasion it was said at.
  // (익명의 소식통을 인용해, 일부 기자들과 만나: with up to two modifiers before whom.)
  // (익명의 일본 외무성 당국자를 인용해: up to three words before whom.)
  for (let j = k; j + 1 < limit && j <= k + 3; j++) {
    const a = tokens[j].core;
    const b = tokens[j + 1].core;
    if (tokens[j + 1].coreEnd === tokens[j + 1].end && GO_BETWEENS.some((x) => x.object.test(a) && x.verb.test(b))) {
      k = contentStart(tokens, j + 2, limit);
      break;
    }
    // 팬 커뮤니티에 글을 올려: where the statement was posted, then the post.
    if (j + 2 < limit && a.endsWith('에') && tokens[j + 2].coreEnd === tokens[j + 2].end && ISSUED.object.test(b) && ISSUED.verb.test(tokens[j + 2].core)) {
      k = contentStart(tokens, j + 3, limit);
      break;
    }
    // (선고 직후 변호인을 통해, 경기 직후 취재진과 만나: the moment of the occasion, an event and 직후 or 직전, before it.)
    if ((b === '직후' || b === '직전') && tokens[j].coreEnd === tokens[j].end && tokens[j + 1].coreEnd === tokens[j + 1].end) {
      j++;
      continue;
    }
    // (지난 12일 주민설명회를 열고: the day of the occasion before it — a day alone stays in the content.)
    if (tokens[j].coreEnd !== tokens[j].end || !(a.endsWith('의') || DAY_TOKEN.test(a) || (BARE_MODIFIER.test(a) && !ENDS_LIKE_PARTICLE.test(a)))) break;
  }
  // 창원지법 형사3단독 박민규 판사 심리로 열린 김모(61)씨의 결심공판에서, 정부 주도로 열린 회의에서: a venue held
  // under someone (…로 열린) and named a few words after it, the words before it modifying it.
  for (let j = k + 1; j < limit && j <= k + 8; j++) {
    if (tokens[j - 1].coreEnd !== tokens[j - 1].end) break;
    if (!HELD.test(tokens[j].core) || !tokens[j - 1].core.endsWith('로')) continue;
    // (…열린 금속가공업체 '동진정밀' 대표 E(61)씨의 결심공판에서: up to six words, a quoted name among them.)
    for (let v = j + 1; v < limit && v <= j + 6; v++) {
      if (tokens[v].coreEnd === tokens[v].end && VENUE_RE.test(tokens[v].core)) return contentStart(tokens, v + 1, limit);
      // (A name in single marks, '동진정밀', ends in its closing mark; other punctuation ends the phrase.)
      if (tokens[v].coreEnd !== tokens[v].end && !OPENS_SINGLE.has(tokens[v].core.charCodeAt(0))) break;
    }
    break;
  }
  // 10일 발표한 '2월 수출입 동향'에서, 공개한 보고서에서: the document it was published in, named after its verb.
  if (k < limit && PUBLISHED.test(tokens[k].core)) {
    for (let j = k + 1; j < limit && j <= k + 6; j++) {
      const c = tokens[j].core;
      if (c.endsWith('에서') && (VENUE_RE.test(c) || CLOSE_QUOTE_BEFORE_ESEO.test(c))) return contentStart(tokens, j + 1, limit);
      if (tokens[j].coreEnd !== tokens[j].end && !CLOSE_QUOTE_BEFORE_ESEO.test(c)) break;
    }
  }
  const framed = framingEnd(tokens, k, limit);
  if (framed > k) return contentStart(tokens, framed, limit);
  for (let j = k, last = k + 2; j < limit && j <= last; j++) {
    const c = tokens[j].core;
    if (tokens[j].coreEnd === tokens[j].end && VENUE_RE.test(c)) return contentStart(tokens, j + 1, limit);
    if (tokens[j].coreEnd !== tokens[j].end) break;
    // 재판 과정에서: the course of a venue (not of any event: 상담 과정에서 잘못된 안내로 … is often what was said).
    if (j + 1 < limit && VENUE_NOUNS.has(c) && tokens[j + 1].core === '과정에서' && tokens[j + 1].coreEnd === tokens[j + 1].end) return contentStart(tokens, j + 2, limit);
    if (DEMONSTRATIVE.has(c)) continue;
    // 정부서울청사에서 열린 브리핑에서, 국회에서 개최된 토론회에서: where the venue was held modifies it too.
    // (톈진에서 열린 하계 다보스포럼 개막식 연설에서: up to four words of the event after it.)
    if (j + 1 < limit && c.endsWith('에서') && HELD.test(tokens[j + 1].core)) { last = Math.min(j + 6, k + 7); j++; continue; }
    if (!BARE_MODIFIER.test(c) || ENDS_LIKE_PARTICLE.test(c)) break;
  }
  return k;
}

/**
 * The subject or topic standing between a quotative ending and its speech verb, though nothing else marks it as a
 * source (…할 계획이라고 소속사가 밝혔다, …라고 소속사 측이 전했다, …라고 구단은 설명했다): in that place a noun with
 * 이, 가, 은 or 는 is who said it.
 */
function subjectBeforeCue(doc: Doc, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.coreEnd !== t.end || !SUBJECT_PARTICLE_CHARS.has(t.last)) continue;
    // (소속사 측이: the side word apart, read on the word before it.)
    if (k > from && (t.core === '측이' || t.core === '측은')) {
      const ph = speakerPhraseAt(doc, tokens, k - 1, { topicSpeaks: true, as: { particle: '는' } });
      if (ph) return { ...ph, range: { start: ph.range.start, end: t.start + 1 }, head: { start: ph.head.start, end: t.start + 1 } };
      continue;
    }
    const ph = speakerPhraseAt(doc, tokens, k, { topicSpeaks: true, as: { particle: '는', strip: 1 } });
    if (ph && ph.kind !== 'pronoun') return ph;
  }
  return null;
}

/** Single opening quote marks (a quoted name: '동진정밀'). */
const OPENS_SINGLE = codeSetOf("'‘");

/** The words that close a topic the statement is about (…에 대해서는, …와 관련해, …에 관해). */
const FRAMING = new Set(['대해', '대해서', '대해서는', '대해선', '대해서도', '관해', '관해서는', '관련해', '관련해서', '관련해서는', '관련해선', '관련해서도']);
/** A question put to the source (…에 대한 질문에, …를 묻는 질문에는): what follows is the answer. */
const QUESTION_TO = new Set(['질문에', '질문에는', '질문엔', '물음에', '물음에는', '질의에', '질의에는']);
const DATE_WORD_TOKEN = /^\d+(?:년|월|일)$/u;
/** The last characters of the FRAMING and QUESTION_TO words. */
const FRAMING_LAST = codeSetOf([...FRAMING, ...QUESTION_TO].map((w) => w[w.length - 1]).join(''));
/**
 * The end of a topic the statement is about, when it opens the content (향후 계획에 대해서는 …겠다고 밝혔다, 작년 7월
 * 잇단 사고와 관련해 …겠다고 밝혔다, 거취에 대한 질문에 …라고 답했다): the index of the first word after it, or k when
 * there is none. The words before the closing one are its noun and what modifies it, nothing with a subject's or a
 * verb's ending (정부가 이 문제에 대해 사과해야 한다: the topic is inside what was said).
 */
function framingEnd(tokens: Token[], k: number, limit: number): number {
  for (let f = k + 1; f < limit && f <= k + 6; f++) {
    const prev = tokens[f - 1];
    if (prev.coreEnd !== prev.end) return k;
    // (Most words end otherwise: their core is not sliced.)
    if (!FRAMING_LAST.has(tokens[f].last)) continue;
    const c = tokens[f].core;
    if (FRAMING.has(c)) {
      const p = prev.core;
      const ok = c.startsWith('관련') ? /(?:와|과|에)$/u.test(p) : p.endsWith('에');
      return ok && modifiersOnly(tokens, k, f - 1) ? f + 1 : k;
    }
    if (QUESTION_TO.has(c) && /^(?:대한|관한|묻는|묻자)$/u.test(prev.core)) return modifiersOnly(tokens, k, f - 2) ? f + 1 : k;
  }
  return k;
}
/** A verb modifying a noun (맡은, 이끄는, 만든, 발표한): past or present adnominal forms. */
const RELATIVE_VERB = /^\p{Script=Hangul}{1,4}(?:은|는|던|[한된난린진간든운])$/u;
/** tokens[from, to) are bare nouns, genitives, dates or adnominal words: a noun's modifiers, no clause of their own. */
function modifiersOnly(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t.coreEnd !== t.end) return false;
    const c = t.core;
    if (DATE_WORD_TOKEN.test(c) || c.endsWith('의')) continue;
    // (상대역을 맡은 선배 배우: an object and the verb of a clause modifying the noun.)
    if (j + 1 < to && /[을를]$/u.test(c) && tokens[j + 1].coreEnd === tokens[j + 1].end && RELATIVE_VERB.test(tokens[j + 1].core)) {
      j++;
      continue;
    }
    if (!BARE_MODIFIER.test(c) || /(?:[은는이가을를도고다로며서]|에서)$/u.test(c)) return false;
  }
  return true;
}

/** The dative endings of an addressee, longest first (에게는 before 에게). */
const ADDRESSEE_ENDINGS = ['에게는', '에게도', '한테는', '에게', '한테', '께'];

/** The last characters of the connectives and of the addressee endings of isAddressee (에게, 한테는, 께 …). */
const CONNECTIVE_LAST = new CodeSet([...CONNECTIVES].map((w) => w.charCodeAt(w.length - 1)));
const ADDRESSEE_LAST = new CodeSet(ADDRESSEE_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/** The length of the dative ending the word closes with (선수들에게 → 2), 0 when none: /(?:에게|…|께)$/u by endsWith. */
function addresseeEnding(core: string): number {
  for (const e of ADDRESSEE_ENDINGS) if (core.endsWith(e)) return e.length;
  return 0;
}
const isAddressee = (core: string): boolean => addresseeEnding(core) > 0;

/** Offsets of the marks of double-quoted terms that take a particle ("…"를; "…"이라는 is a closer, no term: termAfter). */
function quotedTerms(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const m of doc.marks) {
    if (!m.double || m.close === null) continue;
    if (termAfter(doc.text, m.close + 1, doc.text.length)) {
      out.add(m.open);
      out.add(m.close);
    }
  }
  return out;
}
function termMarkIn(marks: Set<number>, t: Token): boolean {
  for (let k = t.start; k < t.end; k++) if (marks.has(k)) return true;
  return false;
}

export function indirectQuotesStage(doc: Doc): void {
  const text = doc.text;
  // The quotes found before this stage, direct ones, in text order: this stage appends its own to doc.quotes as it goes,
  // and a search by position over that array would meet them out of order (an 에 따르면 quote found before a direct
  // one's 며 hid the indirect part before it).
  const directs = doc.quotes.filter((q) => q.kind === 'direct').sort((a, b) => firstStart(a) - firstStart(b));
  // Asked for every token, front to back.
  const quoted = new RangeSetCursor(quotedSpans(doc));
  const termMarks = quotedTerms(doc);
  // Joining cues of the quotes found so far: a reported clause starts after one (한국노총은 "…"고 주장했고, 경총은 …다고
  // 반박했다).
  const cueStarts = new Set<number>();
  // The direct quotes' edges, for a corner bracket that may be one's mark (directQuoteEdges, made on first use).
  let edges: Set<number> | null = null;
  for (const q of doc.quotes) if (q.cue && joinsReports(text.slice(q.cue.start, q.cue.end))) cueStarts.add(q.cue.start);
  for (let si = 0; si < doc.sentences.length; si++) {
    const tokens = sentenceTokens(doc, si);
    let segStartIdx = 0; // content cannot start before an earlier quote in the sentence
    // The last quote of the sentence when its cue joins what follows (인정하면서도, 강조하며, 입을 모으면서도).
    let linked: QuoteRecord | null = null;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.mark) {
        // ("청년이 머무는 경기도"를 만들겠다고: a quoted term taking a particle is part of the clause, no boundary; nor a
        // title in corner brackets that is no quote: 「인공지능 기본법」 하위법령 마련에 착수했다고.)
        if (!(termMarks.size && termMarkIn(termMarks, t)) && !(cornerOnly(text, t) && !directQuoteAround(edges ??= directQuoteEdges(doc), t))) segStartIdx = i + 1;
        continue;
      }
      if (quoted.has(t.start)) continue;
      if (cueStarts.size && cueStarts.has(t.start)) {
        segStartIdx = i + 1;
        continue;
      }
      // X에 따르면 …
      // (Tests of the last character first: a token's core is sliced from the text only when asked for.)
      if (t.last === 0xba74 /* 면 */ && t.core === '따르면' && i > 0 && /에$/.test(tokens[i - 1].core)) {
        accordingTo(doc, tokens, i, si, segStartIdx);
        continue;
      }
      const end = ENDING_LAST.has(t.last) ? endingOf(text, t.start, t.coreEnd) : null;
      if (!end || (t.coreEnd < t.end && /[.!?]/.test(text.slice(t.coreEnd, t.end)))) continue;
      const { ending, adnominal } = end;
      // Find the cue after the ending; between them only a source phrase and adverbs.
      let cue: Range | null = null;
      let cueIdx = -1;
      let nounCue = false;
      // The source stands right before the speech noun, in the genitive or bare (…다는 게 김 대표의 설명이다).
      let sourceBeforeNoun = false;
      const maxGap = ending === '며' || ending === '면서' ? 4 : 8;
      let shared: QuoteRecord | null = null;
      for (let k = i + 1; k < tokens.length && k <= i + maxGap; k++) {
        const c = tokens[k].core;
        if (tokens[k].mark) {
          // …다면서 "…"고 말했다: the direct quote that follows carries the cue and the source.
          if (k === i + 1 && (ending === '며' || ending === '면서')) shared = directQuoteAt(directs, tokens[k].start, tokens[k].end);
          break;
        }
        if (quotativeKeepIn(c, 0, c.length) >= 0) break;
        if (end.bare && k > i + 1) break;
        if (adnominal && k === i + 1 && /^(?:걸|것을|점을)$/u.test(c)) continue; // …해 달라는 걸 주문했다
        // …다는 게 외교부 측 입장이다, …라는 것이 김 대표의 설명이다: the source and a speech noun with the copula close
        // the sentence after 게 (것이).
        if (adnominal && k === i + 1 && (c === '게' || c === '것이')) {
          for (let m = k + 2; m < tokens.length && m <= k + 5 && !tokens[m].mark; m++) {
            if (!isNounCopulaCue(tokens[m].core)) continue;
            cue = { start: tokens[m].start, end: tokens[m].coreEnd };
            cueIdx = m;
            nounCue = true;
            sourceBeforeNoun = true;
            break;
          }
          break;
        }
        if (adnominal && k === i + 1) {
          // …겠다는 입장을 고수했다, …해야 한다는 의견을 냈다: the noun and its verb make the cue.
          const held = idiomCueAt(tokens, k);
          if (held) {
            cue = held;
            cueIdx = k + 1;
            break;
          }
          if (!isSpeechNoun(c)) break;
          if (hearsayAt(tokens, k + 1)) break;
          if (isNounCopulaCue(c)) {
            cue = { start: tokens[k].start, end: tokens[k].coreEnd };
            cueIdx = k;
            nounCue = true;
            break;
          }
          continue;
        }
        const idiom = idiomCueAt(tokens, k);
        if (idiom) {
          cue = idiom;
          // (the idiom's verb: what follows it in the sentence comes after both words, 입을 모으면서도 …)
          cueIdx = k + 1;
          break;
        }
        const kind = verbCueKind(c);
        if (kind === 'light' && HEARSAY_HA.test(c)) break;
        if (kind === 'verb' || (kind === 'light' && (k === i + 1 || speakerPhraseAt(doc, tokens, k - 1)))) {
          cue = cueRange(tokens, k);
          cueIdx = k;
          break;
        }
        if (isImpersonal(c) || /[다요]$/.test(c)) break;
        // 'X'라고 부르며 … 비판했다: another predicate joined in between (not a speech verb) ends the search.
        if (!kind && /(?:며|면서)$/u.test(c)) break;
      }
      if (!cue && shared && shared.cue) {
        cue = shared.cue;
        cueIdx = i; // no tokens of this sentence lie between the ending and the shared cue
      }
      if (!cue) continue;
      // 폐암 환자의 딸이라고 밝힌 A씨: who a person says they are, in a clause modifying them, is no statement.
      if (cueIdx === i + 1 && /이?라고$/u.test(t.core) && adnominalForm(tokens[cueIdx].core) && i - segStartIdx <= 3 && cueIdx + 1 < tokens.length &&
        (speakerPhraseAt(doc, tokens, cueIdx + 1, { topicSpeaks: true }) ?? subjectAt(tokens, cueIdx + 1))) continue;
      // …라고 주장하는 경우도 있다, …다고 말하는 사례가 늘었다: the speech verb describes a kind of case, nobody's words.
      if (cueIdx > i && cueIdx + 1 < tokens.length && adnominalForm(tokens[cueIdx].core) && CASE_NOUN.test(tokens[cueIdx + 1].core)) continue;
      let phrase: SpeakerPhrase | null = sourceBeforeNoun ? sourceOfNoun(doc, tokens, i + 2, cueIdx) : pickPhrase(doc, tokens, i + 1, cueIdx) ?? subjectBeforeCue(doc, tokens, i + 1, cueIdx);
      // …라는 게 대체적인 관측이다: no source before the noun (a title, a source noun, a known name): impersonal.
      if (sourceBeforeNoun && !phrase) continue;
      let placement: QuoteRecord['placement'] = phrase ? 'after' : 'elided';
      // …다고 옹호하는 네티즌들도 있었다: a speech verb modifying its speaker.
      if (!phrase && cueIdx > i && cueIdx + 1 < tokens.length && /(?:하는|한|하던)$/u.test(tokens[cueIdx].core)) {
        const ph = speakerPhraseAt(doc, tokens, cueIdx + 1, { topicSpeaks: true }) ?? subjectAt(tokens, cueIdx + 1);
        if (ph && ph.kind !== 'pronoun') {
          phrase = ph;
          placement = 'after';
        }
      }
      let startIdx = contentStart(tokens, segStartIdx, i);
      // 그는 "…"며 …다고 설명했다: the indirect part after a direct one has the same source.
      const before = segStartIdx > 0 ? directQuoteEndingIn(directs, tokens[segStartIdx - 1].start, tokens[segStartIdx - 1].end) : null;
      // 재판부는 A씨가 … "부동산 경기 탓"이라며 …를 보였다고 지적했다: the direct quote is inside the clause the topic
      // opening the sentence reports (its subject another's); the clause is one quote, the nested one part of it.
      const nest = !phrase && before && before.sentence === si ? nestingTopic(doc, tokens, before, segStartIdx) : null;
      if (nest) {
        phrase = nest.ph;
        placement = 'before';
        startIdx = contentAfterSource(tokens, nest.k + 1, i);
      } else if (!phrase && before && before.sentence === si) {
        phrase = before.phrase;
        placement = before.placement;
      }
      // …했다고도 부연했다: 'also' carries on the source of the sentences before; a subject in the clause is its own.
      const also = t.core.endsWith('고도');
      if (!phrase && !also && !(before && before.sentence === si)) {
        // The source before the content: the first speaker phrase of the clause.
        const first = contentStart(tokens, segStartIdx, i);
        for (let k = segStartIdx; k < i && k <= first + 9; k++) {
          // (A title in corner brackets, 「인공지능 기본법」 하위법령, is no quote: the search goes on past it.)
          if (tokens[k].mark && !cornerOnly(doc.text, tokens[k])) break;
          const ph = speakerPhraseAt(doc, tokens, k);
          // (Past the sixth word only a phrase that reaches back to the clause's opening words: a long described
          // subject, 미국 반도체 장비업체 노바리스의 데이비드 하트먼 최고경영자(CEO)가.)
          if (ph && k > first + 5 && ph.range.start > tokens[Math.min(first + 2, i)].start) continue;
          // (A described or titled source as the subject opening the clause speaks too: 업계 관계자가 …라고 전했다, 작가
          // 측이 …없었다며 반발했다.)
          if (ph && (ph.topic || ph.kind === 'pronoun' || ph.kind === 'entity' || ph.range.start === tokens[first].start)) {
            // 시민단체들은 정부가 …다고 주장했다: a subject (이/가) is the reported clause's own; a topic that opens the
            // clause before it speaks, even one no lexicon knows.
            const opening = !ph.topic && ph.kind !== 'pronoun' ? clauseTopic(doc, tokens, first, k, false) : null;
            phrase = opening ? opening.ph : ph;
            let at = opening ? opening.k : k;
            // 캐나다 정부는 보복 관세를 예고했고, EU 집행위원회는 …겠다고 밝혔다: the speech verb is the last clause's, and
            // so is its topic.
            const next = phrase.topic ? nextClauseTopic(doc, tokens, at + 1, i) : null;
            if (next) {
              phrase = next.ph;
              at = next.k;
            }
            placement = 'before';
            startIdx = contentAfterSource(tokens, at + 1, i);
            break;
          }
        }
      }
      if (!phrase && linked) {
        // …다고 인정하면서도 투자는 계속하겠다고 말했다: after a speech verb joined by a connective the source goes on; a
        // topic there (투자는) is the contrast of what is said, not a new source.
        phrase = linked.phrase;
        placement = linked.placement;
      }
      if (!phrase) {
        // No recognizable source: the sentence topic near the clause start speaks (X는 …다고 알렸다).
        const topic = clauseTopic(doc, tokens, startIdx, Math.min(i, startIdx + 6), true);
        if (topic) {
          phrase = topic.ph;
          placement = 'before';
          startIdx = contentAfterSource(tokens, topic.k + 1, i);
        }
      }
      if (!phrase && shared && shared.phrase) {
        phrase = shared.phrase;
        placement = shared.placement;
      }
      // …라는 분석이다 / 관측이다 with nobody named: the paper's own analysis, not a source's statement.
      if (nounCue && !phrase && ANALYSIS_NOUN.test(text.slice(cue.start, cue.end))) continue;
      // (…에 대해서는 …이라고 고마움을 전했다, its subject elided: the frame is no part of what was said either.)
      if (!phrase || placement === 'elided') {
        const framed = framingEnd(tokens, startIdx, i);
        if (framed > startIdx) startIdx = contentStart(tokens, framed, i);
      }
      if (startIdx > i) continue;
      const segStart = tokens[startIdx].start;
      const segEnd = t.start + end.keep;
      if (segEnd - segStart < 4) continue;
      // "…"이라고 경고했다고 타스 통신이 전했다: a speech verb alone before the quotative relays the quote before it (whose
      // cue it is); it says nothing of its own.
      if (startIdx === i && verbCueKind(text.slice(segStart, segEnd)) === 'verb') continue;
      // "…"이라고 나카무라 외무상이 말했다고 AP통신이 전했다: so too the quote's source and its speech verb alone.
      if (startIdx < i && text.charCodeAt(segEnd - 1) === 0xb2e4 /* 다 */ && verbCueKind(text.slice(t.start, segEnd)) === 'verb') {
        const src = speakerPhraseAt(doc, tokens, i - 1);
        if (src && src.range.start <= segStart) continue;
      }
      const evidence = [nounCue ? 'noun-cue' : 'verb-cue', ENDING_EVIDENCE.get(ending)!];
      const quote: QuoteRecord = {
        kind: 'indirect',
        segments: nest ? [{ start: segStart, end: segEnd }] : reportedParts(tokens, startIdx, i, segStart, segEnd),
        cue,
        speaker: null,
        phrase,
        placement,
        sentence: si,
        confidence: 0,
        evidence,
      };
      if (nest && before) {
        doc.quotes.splice(doc.quotes.indexOf(before), 1);
        directs.splice(directs.indexOf(before), 1);
      }
      doc.quotes.push(quote);
      linked = CONNECTIVE_CUE.test(text.slice(cue.start, cue.end)) ? quote : null;
      segStartIdx = cueIdx + 1;
      i = cueIdx;
    }
  }
}

/** A direct quote whose marks the token holds (its first segment starts, or its last ends, inside the token). */
function directQuoteAround(edges: Set<number>, t: Token): boolean {
  for (let p = t.start; p <= t.end; p++) if (edges.has(p)) return true;
  return false;
}
/** Where the direct quotes' segments start and end (made once per article, when a corner bracket asks). */
function directQuoteEdges(doc: Doc): Set<number> {
  const edges = new Set<number>();
  for (const q of doc.quotes) {
    if (q.kind !== 'direct') continue;
    edges.add(q.segments[0].start);
    edges.add(q.segments[q.segments.length - 1].end);
  }
  return edges;
}
/** The token's quote marks are all corner brackets (「」『』): it holds no other opening or closing mark. */
function cornerOnly(text: string, t: Token): boolean {
  for (let p = t.start; p < t.end; p++) {
    const c = text.charCodeAt(p);
    if (OPEN_QUOTES.has(c) || CLOSE_QUOTES.has(c) || c === 0xff02 /* ＂ */) return false;
  }
  return true;
}
/** A body's head of two syllables or more ending a word (학회, 조사본부, 평가원, 연구소, 위원회, 협회, 노조, 시교육청, 박물관). */
const BODY_HEAD = /^\p{Script=Hangul}*(?:학회|협회|본부|평가원|연구원|연구소|위원회|노조|노동조합|재단|공단|공사|연합회|조합|교육청|박물관|미술관|도서관|기념관|과학관|보건소|센터)$/u;
const ANALYSIS_NOUN = wordsRegex(speech.analysisNouns, 'start');
// (An article, a paragraph, an item by its number, 제5조, 3항: not any word ending in 조 or 항, 노조, 공항.)
const LAW = new RegExp(`(?:제?\\d+(?:조(?:의\\d+)?|항|호)|${alternation(speech.lawWords)})$`, 'u');
const ACCORDING_SOURCE = wordsRegex([...speech.documentNouns, ...speech.reportSources], 'end');
const DOCUMENT_NOUN = wordsRegex(speech.documentNouns, 'end');
/** A day, month or year written in digits, or 이날, 전날: a time, not part of a source's name. */
const DAY_WORD = /^(?:\d+(?:일|월|년)|이날|전날|당일)$/u;
/** The verb of a hearsay frame closing a sentence (…다고 한다, …라고 했다). */
const HEARSAY_FRAME = /^(?:한다|했다|합니다|했습니다)[.!?]*$/u;

/** The organization (else person) that made a document named in [from, to): one marked as subject or owner first. */
function makerOf(doc: Doc, from: number, to: number): EntityMentionRaw | null {
  let last: EntityMentionRaw | null = null;
  let marked: EntityMentionRaw | null = null;
  for (const m of itemsWithin(doc.mentions, from, to)) {
    if (m.type !== 'organization' && m.type !== 'person') continue;
    if (!last || m.type === 'organization' || last.type !== 'organization') last = m;
    const after = doc.text.slice(m.end, m.end + 4);
    if (/^(?:\s?의원실|\s?측)?(?:이|가|의)(?:\s|$)/u.test(after)) marked = m;
  }
  return marked ?? last;
}

function accordingTo(doc: Doc, tokens: Token[], i: number, si: number, segStartIdx: number): void {
  const text = doc.text;
  // The source: the phrase ending in 에 right before 따르면, read as if it were a topic.
  const srcTok = tokens[i - 1];
  // (The source's word without the 에 before 따르면.)
  const srcWord = srcTok.core.slice(0, -1);
  let phrase = speakerPhraseAt(doc, tokens, i - 1, { as: { particle: '는', strip: 1 } });
  // (검찰 공소장에 따르면: a document noun that reads as a surname and a title, 공 + 소장, is the document.)
  if (phrase && phrase.kind === 'surname-title' && DOCUMENT_NOUN.test(srcWord)) phrase = null;
  if (LAW.test(srcWord)) return; // 주택법 제5조에 따르면: a rule, not a source
  // A document's title in quote marks ('8월 중 금융시장 동향'에 따르면): its maker is the source (below).
  const closing = srcTok.core.charCodeAt(srcTok.core.length - 2);
  const titled = !phrase && (CLOSE_QUOTES.has(closing) || closing === 0x300d /* 」 */ || closing === 0x300f /* 』 */);
  // 금융정보업체 에프앤가이드에 따르면: a name the entity stage did not know, after the kind of body it names; 학회에
  // 따르면, 조사본부에 따르면, 평가원에 따르면: a body named by a head of two syllables or more.
  const kindBefore = !phrase && ((i >= 2 && tokens[i - 2].coreEnd === tokens[i - 2].end && isCompanyKind(tokens[i - 2].core)) || BODY_HEAD.test(srcWord));
  // 법 제20조에 따르면, 증거에 따르면: not a source; 매체들에 따르면: a source noun in the plural is one.
  // 시에 따르면, 구단에 따르면: the kind of body named before stands for it (coreference reads which).
  const kindWord = !phrase && Object.prototype.hasOwnProperty.call(speech.kindAnaphors, srcWord);
  if (!phrase && !titled && !kindBefore && !kindWord && !ACCORDING_SOURCE.test(srcWord.replace(/들$/u, ''))) return;

  if (!phrase) {
    // Any source noun phrase: 보도, 자료, 외신 … keeps the phrase as written, with the bare nouns before it
    // (빌보드 박스스코어 집계에 따르면).
    let k = i - 1;
    // (Not a day before it: 20일 법조계에 따르면 is 법조계's.)
    while (k - 1 >= segStartIdx && i - 1 - (k - 1) <= 3 && !CONNECTIVES.has(tokens[k - 1].core) && allCodePoints(tokens[k - 1].core, letterNumberOrDot) && tokens[k - 1].coreEnd === tokens[k - 1].end && !/(?:[은는이가을를에의도로]|에서|하고|했다|한다)$/u.test(tokens[k - 1].core) && !DAY_WORD.test(tokens[k - 1].core)) k--;
    const s = tokens[k];
    phrase = groupPhrase({ start: s.start, end: srcTok.coreEnd - 1 }, { start: srcTok.start, end: srcTok.coreEnd - 1 });
  }
  // 자료에 따르면, 집계에 따르면, 분석한 결과에 따르면, '…'에 따르면: the source is the organization or person that
  // made it (a title alone names none).
  const headWord = text.slice(phrase.head.start, phrase.head.end);
  if (phrase.kind === 'group' && (titled || DOCUMENT_NOUN.test(headWord))) {
    const sent = doc.sentences[si];
    const maker = makerOf(doc, sent.start, srcTok.start);
    if (maker) phrase = { ...phrase, kind: 'entity', mention: maker, range: { start: maker.start, end: maker.end } };
    else if (titled) return;
  }
  const last = tokens[tokens.length - 1];
  let segEnd = last.coreEnd;
  while (segEnd > 0 && /[.!?]/.test(text[segEnd - 1])) segEnd--;
  // …발생한다고 한다: the hearsay frame closing the sentence is not part of what the source says.
  const before = tokens[tokens.length - 2];
  if (before && tokens.length - 2 > i && HEARSAY_FRAME.test(last.core) && before.coreEnd === before.end && /[다라]고$/u.test(before.core)) segEnd = before.coreEnd - 1;
  let startIdx = i + 1;
  if (startIdx >= tokens.length) return;
  const segStart = tokens[startIdx].start;
  if (segEnd - segStart < 4) return;
  doc.quotes.push({
    kind: 'indirect',
    segments: [{ start: segStart, end: segEnd }],
    cue: { start: srcTok.coreEnd - 1, end: tokens[i].coreEnd },
    speaker: null,
    phrase,
    placement: 'before',
    sentence: si,
    confidence: 0,
    evidence: ['according-to'],
  });
}
