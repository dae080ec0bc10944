/**
 * Stage: direct quotes. A pair of double marks is a quotation when what follows it is a quotative ending with a
 * speech verb or noun (…"라고 말했다, …"이라며, …"라는 입장이다), when it stands alone as a paragraph (a floating
 * quote), when it follows a source in a headline (외교부, "…"), or when it is a whole sentence of speech. Quoted parts
 * joined by 라며/며/면서 in one sentence are one quote with several segments. Short quoted terms followed by an
 * ordinary particle (이른바 "4대 개혁"을) are not quotes.
 */
import type { Doc, QuoteMarkPair, QuoteRecord, Range } from '../pipeline/document';
import { cueRange, hearsayAt, idiomCueAt, isNounCopulaCue, isQuestionTo, isSpeechNoun, joinsReports, verbCueKind } from './cues';
import { sentenceIndexAt, sentenceTokens } from './doc-index';
import { HEADLINE_ABBREVIATIONS, SpeakerPhrase, abbreviationPhrase, sourceOfNoun, speakerPhraseAt } from './speaker-phrase';
import { Token, tokenize } from './tokens';
import speech from './lexicon/speech.json';
import { lowerBound } from '../pipeline/ranges';
import { codeSetOf, isLetterOrNumberCp, isSpaceCode } from './chars';

// What may follow a closing mark. Groups: 1 quotative (joins a speech verb), 2 adnominal (joins a speech noun).
const CLOSER = /^(?:(?:이)?(라고요|라고도|라고는|라고만|라고|라며|라면서도|라면서|라곤|라)|(고요|고도|고는|고만|고|며|면서도|면서|하고|하며|하면서))(?=$|[\s,.·…!?)])|^(?:(?:이)?(라는|라던|란)|(는|던))(?=$|[\s,.·…!?)])|^\s*(등(?:의|을|이|과|으로)?)(?=\s)/u;
const PARTICLE_AFTER = /^(?:을|를|이|가|은|의|에|에서|에게|로|으로|와|과|도|만|처럼|까지|부터|이나|나|보다|이란|란|이라는|라는|같은|등|식)/u;
const SENTENCE_FINAL = /(?:[다요죠까네라][.!?]*|[.!?…]+)$/u;
const FOLLOWING = /^(?:이같이|이렇게|이와\s?같이|그렇게)$/u;
/** Verbs that report speech only after a quotative (…고 나섰다, …는 반응을 보였다): alone they tell an action (수사에 나섰다). */
const ACTION_VERB = /^(?:나섰|보였)/u;
/** A verb in a connective form (올리며, 남기고, 게재하면서) after the object a speech noun is. */
const CONNECTIVE_VERB = /^\p{Script=Hangul}{1,5}(?:며|면서|고)$/u;
/** A word in the sentence-final 다 form (올렸다, 남겼다, 내놨다, 전한다). */
const FINITE_VERB = /^\p{Script=Hangul}{1,6}다$/u;

/** A quotative that may stand apart from the closing mark: (이)라고, 라며, 고, 며 and a space after. */
const SPACED_QUOTATIVE = /^(?:이)?(?:라고|라며|고|며)\s/u;

export interface Closer {
  end: number;
  kind: 'quotative' | 'adnominal';
  connective: boolean;
  /** 등, 등의 …: the end of a list, whose cue follows at once (등의 반응, 등을 말했다). */
  list: boolean;
}

export function closerAt(text: string, pos: number, limit: number): Closer | null {
  let m = CLOSER.exec(text.slice(pos, Math.min(limit, pos + 8)));
  // “…” 라고, “…” 고 말했다: a quotative written apart from the closing mark.
  if (!m && text.charCodeAt(pos) === 32 && SPACED_QUOTATIVE.test(text.slice(pos + 1, Math.min(limit, pos + 6)))) {
    pos++;
    m = CLOSER.exec(text.slice(pos, Math.min(limit, pos + 8)));
  }
  if (!m) return null;
  const form = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
  const kind = m[3] || m[4] ? 'adnominal' : 'quotative';
  // "A" "B" 등의 반응: a list of quotes closed by 등 (+ a speech noun or verb).
  if (m[5]) return { end: pos + m[0].length, kind, connective: false, list: true };
  return { end: pos + m[0].length, kind, connective: /(?:며|면서|면서도)$/.test(form), list: false };
}

/**
 * A quoted term, not a quote: the closing mark at `pos` is followed by an ordinary particle ("청년이 머무는 도시"를,
 * 이른바 "4대 개혁"이) and by no closer (…"라고, …"라는).
 */
export function termAfter(text: string, pos: number, limit: number): boolean {
  return !closerAt(text, pos, limit) && PARTICLE_AFTER.test(text.slice(pos, Math.min(limit, pos + 8)));
}

function markEnd(m: QuoteMarkPair): number {
  return m.close !== null ? m.close + 1 : m.content.end;
}

function trimmed(doc: Doc, r: Range): Range {
  const text = doc.text;
  let s = r.start;
  let e = r.end;
  // /\s/ by char code (no one-character string and regular-expression call per end of every quote).
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * First speaker phrase among tokens [from, to): topic-marked first, else the last subject-marked one. The tokens after
 * the first topic are not read (a phrase depends only on its tokens and the document, not on what was asked before).
 */
export function pickPhrase(doc: Doc, tokens: Token[], from: number, to: number): SpeakerPhrase | null {
  let last: SpeakerPhrase | null = null;
  for (let i = from; i < to; i++) {
    const p = speakerPhraseAt(doc, tokens, i);
    if (p === null) continue;
    if (p.topic) return p;
    last = p;
  }
  return last;
}

/** End of the paragraph that contains pos. */
function paragraphEndAt(doc: Doc, pos: number): number {
  const k = Math.max(0, lowerBound(doc.paragraphs, pos + 1) - 1);
  return doc.paragraphs[k]?.end ?? doc.text.length;
}

/** Index of the first token that starts at or after pos (binary search: sentences can be long). */
function tokenIndexAfter(tokens: Token[], pos: number): number {
  return lowerBound(tokens, pos);
}

/** What separates the parts of a headline's line after a quote: an ellipsis, a middle dot, a bar, a slash, a comma. */
const HEADLINE_SEPARATOR = /^\s*(?:…|\.{2,3}|·|\||\/|,)/u;
/** A closing mark, then one short word and the space before the next quote's opening mark (與 "…" 野 "…"). */
const ONE_WORD_BETWEEN = /^["“”」』']?\s+[^\s"“”'‘’]{1,8}\s*$/u;
/** The marks and spaces a headline's line (or its part) may open with (■, ▶, ☆, a dash, an ellipsis …). */
const LINE_LEAD = /^[\s■□▲△●○◆◇▶▷◀◁★☆※ㆍ·\-–—…,/|]+/u;
/** A line that ends as a sentence does (…했다., …입니다): no headline. */
const SENTENCE_END = /[다요][.!?]?\s*$/u;

/** A group's word (a plural, a faction, a sector, a council) that speaks as a headline's source by itself. */
const HEADLINE_GROUP = /^\p{Script=Hangul}{1,8}(?:들|계|권|의회|단체)$/u;

/** How far before a quote its source is looked for, in tokens. */
const PREFIX_WINDOW = 30;

/**
 * A source named before a headline quote, without particle: `외교부, "…"`; or by a headline's one-character name
 * (`與 "…"`, `중 "…"`; after an earlier quote of the line: `…野 "…"`).
 */
function headlinePhrase(doc: Doc, p: Range, open: number): SpeakerPhrase | null {
  const lead = LINE_LEAD.exec(doc.text.slice(p.start, open));
  if (lead) p = { start: p.start + lead[0].length, end: p.end };
  let before = doc.text.slice(p.start, open).replace(/[,:\s]+$/u, '');
  // 김태수 의원 = "…" (a hearing's or a briefing's record): the speaker before =; not a byline (홍길동 기자 = "…",
  // [서울=뉴시스]).
  if (/=$/.test(before)) {
    before = before.replace(/\s*=$/u, '');
    if (/(?:기자|특파원|통신원|PD|에디터)$/u.test(before) || /[=\[\]]/u.test(before)) return null;
  }
  if (!before || before.length > 30 || /[.!?"“”]/.test(before)) return null;
  const end = p.start + before.length;
  // (…이례적 면담…중 "…": the one-character name closes the line's part, after a separator; a Hanja one (與, 北) also
  // after a space, a Hangul one not: 회의 중 "…" is 'during the meeting'.)
  const tail = /([\s…·ㆍ,|/]?)([^\s…·ㆍ,|/]+)$/u.exec(before);
  if (tail && Object.prototype.hasOwnProperty.call(HEADLINE_ABBREVIATIONS, tail[2]) && (tail[2].length === before.length || (tail[1] !== '' && (!/\s/u.test(tail[1]) || /\p{Script=Han}/u.test(tail[2]))))) {
    return abbreviationPhrase({ start: end - tail[2].length, end });
  }
  // (… 10만건 유출…"…": a headline's clause closed by an ellipsis names no source; see titleTopic.)
  if (before.endsWith('…')) return null;
  // (…주범 징역 15년…법원 "…": only the headline's last part, after an ellipsis or a middle dot, names the source.)
  const sep = Math.max(before.lastIndexOf('…'), before.lastIndexOf('·'), before.lastIndexOf('ㆍ'));
  if (sep >= 0) p = { start: p.start + sep + 1, end: p.end };
  // Read the phrase as if it carried a topic particle.
  const tokens = tokenize(doc.text, p.start, end);
  if (!tokens.length) return null;
  // (A group there speaks too, though nothing else marks it as a source: 어민들 "…", 친윤계 "…", 은행권 "…", 시의회 "…".)
  let ph = speakerPhraseAt(doc, tokens, tokens.length - 1, { as: { particle: '는' } });
  if (!ph && HEADLINE_GROUP.test(doc.text.slice(tokens[tokens.length - 1].start, end))) ph = speakerPhraseAt(doc, tokens, tokens.length - 1, { as: { particle: '는' }, topicSpeaks: true });
  if (!ph || ph.kind === 'pronoun') return null;
  return ph;
}

/** Where the article's title line starts (its first paragraph, after the marks a line may open with), or -1. */
function titleStart(doc: Doc): number {
  const para = doc.paragraphs[0];
  const lead = LINE_LEAD.exec(doc.text.slice(para.start, para.end));
  return para.start + (lead ? lead[0].length : 0);
}

/**
 * The topic a title opens with, a name and a comma (박정우, …; 한빛배터리, …; after an epithet in single marks,
 * '국가대표 수비수' 박정우, …): who the title is about speaks its quote when nobody else is named before it.
 */
const TITLE_TOPIC = /^(?:['‘][^'’\n]{1,20}['’]\s*)?([^\s,…·'‘’"“”]{2,12}),\s/u;
function titleTopic(doc: Doc, start: number, end: number): SpeakerPhrase | null {
  const m = TITLE_TOPIC.exec(doc.text.slice(start, end));
  if (!m) return null;
  const nameEnd = start + m[0].length - 2;
  const tokens = tokenize(doc.text, nameEnd - m[1].length, nameEnd);
  if (tokens.length !== 1) return null;
  const ph = speakerPhraseAt(doc, tokens, 0, { as: { particle: '는' } });
  // (A person or a body the entity stage knows: not a word of what happened, 폭염, …)
  return ph && ph.kind === 'entity' && ph.mention !== null ? ph : null;
}

/** The last characters of joinsReports' forms (했고, 했으며, 했지만, 했는데, 했으나): the regex only for them. */
const JOINING_LAST = codeSetOf('고며만데나');
/** The last characters of QUOTATIVE_END's forms. */
const QUOTATIVE_LAST = codeSetOf('고며서도는');
/** The bare 하다 in a joining form (했고, 했으며, 했지만, 했는데, 했으나). */
const LIGHT_JOINING = /^(?:했고|했으며|했지만|했는데|했으나)$/u;
/** Corner brackets (「」『』): a title's marks unless a speech ending closes them. */
const TITLE_BRACKETS = codeSetOf('「『');
/** The quotative ending of a reported clause (…다고, …라고, …냐고, …자고, …다며, …라며, …다면서). */
const QUOTATIVE_END = /(?:[다라냐자]고|[다라]며|[다라]면서)(?:도|는)?$/u;

/** A word modifying a noun: 짧은, 확고한, 원론적, 공식적인, 강경한 (…은, …는, …ㄴ, …적, …적인). */
const NOUN_MODIFIER = /^\p{Script=Hangul}{1,5}(?:적|적인|[은는한운된던])$/u;
/** Nouns that modify a speech noun as determiners do (“…”는 기존 입장을, 종전 주장을, 당초 설명과). */
const DETERMINER_NOUNS = new Set(['기존', '종전', '당초', '평소', '원래', '최종', '공식', '기본']);
/** 만약, 만일, 가령 opening a condition. */
const IF_WORD = /(?:^|\s)(?:만약|만일|가령)(?:\s|에)/u;
/** A verb of the condition: …면, …다면, …해도, …더라도. */
const CONDITION_VERB = /(?:면|다면|라면|해도|더라도|한다고\s?해도)$/u;
/**
 * The quote is words someone might say under a condition: the first word after the closer is a verb of the condition
 * (“…”라고 요청하면), within the next two words after 만약 (만약 누군가 “…”고 말한다면 …).
 */
function conditional(text: string, tokens: Token[], k: number, limit: number, sentStart: number, open: number): boolean {
  const t = tokens[k];
  if (!t || t.start >= limit) return false;
  if (t.last === 0xba74 /* 면 */ && verbCueKind(t.core.replace(/(?:다면|면)$/u, '다')) !== null) return true;
  // (만약 stands near the quote: the 40 characters before it are read, not a long sentence's all; and only when they
  // hold 만 or 가, which IF_WORD's words open with.)
  const from = Math.max(sentStart, open - 40);
  let ifFirst = false;
  for (let i = from; i < open - 1 && !ifFirst; i++) {
    const c = text.charCodeAt(i);
    ifFirst = c === 0xb9cc /* 만 */ || c === 0xac00 /* 가 */;
  }
  if (!ifFirst || !IF_WORD.test(text.slice(from, open))) return false;
  for (let j = k; j < tokens.length && j <= k + 2 && tokens[j].start < limit; j++) if (CONDITION_VERB.test(tokens[j].core)) return true;
  return false;
}

/** The opening of a list of other articles' headlines (☞ 관련기사, [관련 기사], 함께 볼 기사). */
const RELATED = /^[\s☞▶▷►■□◆◇•·\-]*[\[【<(]?\s*(?:관련\s?기사|관련\s?뉴스|관련\s?보도|함께\s?(?:보면\s?좋은|볼)\s?기사|추천\s?기사|많이\s?본\s?(?:뉴스|기사))/u;
/** The characters RELATED and BULLET can open a paragraph with (paragraphs are trimmed). */
const RELATED_FIRST = codeSetOf('☞▶▷►■□◆◇•·-[【<(관함추많');
/** A bullet opening a line of such a list (☞, ·, ▶, -). */
const BULLET = /^[☞▶▷►•·\-]/u;
/** The paragraph is a line of another article's headline: a list opened by RELATED, that line or a bulleted one after it. */
function relatedLink(doc: Doc, p: number): boolean {
  for (let q = p; q >= 0 && p - q <= 6; q--) {
    const para = doc.paragraphs[q];
    // (Most paragraphs open with a letter or a quote mark that opens neither: no slice, no regular expression.)
    if (!RELATED_FIRST.has(doc.text.charCodeAt(para.start))) return false;
    const head = doc.text.slice(para.start, Math.min(para.end, para.start + 24));
    if (RELATED.test(head)) return true;
    if (!BULLET.test(head)) return false;
  }
  return false;
}

/** Slogans' and signs' nouns (구호, 팻말, 현수막 …), and the participles of writing (적힌, 쓰인). */
const SIGN_NOUNS = new Set(speech.signNouns.split(/\s+/));
const WRITTEN = /^(?:적힌|쓰인|쓴|적은|써진|새겨진|붙은|내걸린|걸린)$/u;
/**
 * Words chanted or written on a sign right after the quote: a list closed by 등 (등의) or nothing before a sign's noun
 * (“…”, “…” 등의 구호, “…” 팻말을), or a quotative closer before a participle of writing (“…”라고 적힌 현수막).
 */
function signAfter(tokens: Token[], k: number, limit: number, closer: Closer | null): boolean {
  const t = tokens[k];
  if (!t || t.start >= limit) return false;
  if (closer && !closer.list) return closer.kind === 'quotative' && WRITTEN.test(t.core);
  const noun = t.core.replace(/(?:을|를|이|가|은|는|과|와|도|의|에)$/u, '');
  return SIGN_NOUNS.has(noun) || (noun.endsWith('팻말') && noun.length <= 4);
}

/** The source named in parentheses after a quote (박수연 서강대 경제학과 교수): a person or body, read as a topic. */
function asideSource(doc: Doc, r: Range): SpeakerPhrase | null {
  const tokens = tokenize(doc.text, r.start, r.end);
  if (!tokens.length || tokens.length > 6) return null;
  const ph = speakerPhraseAt(doc, tokens, tokens.length - 1, { as: { particle: '는' } });
  return ph && ph.kind !== 'pronoun' && (ph.mention || ph.title) ? ph : null;
}

export function directQuotesStage(doc: Doc): void {
  const text = doc.text;
  const marks = doc.marks;
  for (let i = 0; i < marks.length; i++) {
    const first = marks[i];
    const para = doc.paragraphs[first.paragraph];
    const si = sentenceIndexAt(doc, first.open);
    const sent = doc.sentences[si];
    const group: QuoteMarkPair[] = [first];
    let closer = closerAt(text, markEnd(first), paragraphEndAt(doc, markEnd(first) - 1));
    // "…"(박수연 서강대 교수)는 지적도 있다: the source in parentheses right after the quote, the closer after them.
    let aside: Range | null = null;
    if (!closer && text.charCodeAt(markEnd(first)) === 40 /* ( */) {
      const close = text.indexOf(')', markEnd(first) + 1);
      if (close > 0 && close - markEnd(first) <= 40) {
        const after = closerAt(text, close + 1, paragraphEndAt(doc, close));
        if (after) {
          aside = { start: markEnd(first) + 1, end: close };
          closer = after;
        }
      }
    }
    // Join “A”라며 “B”라고 …: the next quote follows the connective closer directly.
    // Also “A” “B” “C” 등의 반응: quotes in a row with only spaces between them.
    // “A”라며 박 원내대표는 “B”고 강조했다: the source may stand between the two (one speech verb, one quote).
    let midPhrase: SpeakerPhrase | null = null;
    while (i + 1 < marks.length && ((closer && closer.connective) || (!closer && marks[i].close !== null))) {
      const next = marks[i + 1];
      if (next.paragraph !== first.paragraph || next.double !== first.double || !next.double) break;
      const between = text.slice(closer ? closer.end : markEnd(marks[i]), next.open);
      if (closer && !midPhrase && group.length === 1 && between.length <= 30 && !/^[\s,]*$/u.test(between)) {
        const bt = tokenize(text, closer.end, next.open);
        const ph = bt.length > 0 && bt.length <= 5 ? speakerPhraseAt(doc, bt, bt.length - 1) : null;
        if (ph && ph.topic && ph.kind !== 'pronoun' && ph.range.start === bt[0].start) {
          midPhrase = ph;
          group.push(next);
          i++;
          closer = closerAt(text, markEnd(next), paragraphEndAt(doc, markEnd(next) - 1));
          continue;
        }
      }
      if (closer ? !/^[\s,]*(?:(?:또|이어|또한|그러면서)[\s,]+)?$/u.test(between) : !/^[\s,]+$/u.test(between)) break;
      group.push(next);
      i++;
      closer = closerAt(text, markEnd(next), paragraphEndAt(doc, markEnd(next) - 1));
    }
    const last = group[group.length - 1];
    const lastEnd = markEnd(last);
    // Plain loops rather than reduce, map and filter with closures: a smaller optimizing compile for this long
    // function, and no array of a new elements kind (map's holey result) to deoptimize it.
    let contentLen = 0;
    for (const g of group) contentLen += g.content.end - g.content.start;
    if (contentLen < 2) continue;
    // Single marks ('…': titles, terms, emphasis) make a quote only with a closer and at least 8 characters (the test
    // at the end): without them nothing else is read (the reading below only memoizes tokens and phrases).
    if (!first.double && (!closer || contentLen < 8)) continue;
    const segments: Range[] = [];
    for (const g of group) {
      const r = trimmed(doc, g.content);
      if (r.end > r.start) segments.push(r);
    }
    if (!segments.length) continue;
    const tokens = sentenceTokens(doc, si);
    // What follows the quote lives in the sentence of its closing mark (another one when the quote runs on).
    const csi = last.close !== null && last.close >= sent.end ? sentenceIndexAt(doc, last.close) : si;
    const csent = doc.sentences[csi];
    const ctokens = csi === si ? tokens : sentenceTokens(doc, csi);
    const evidence: string[] = [];
    let cue: Range | null = null;
    let phrase: SpeakerPhrase | null = null;
    let placement: QuoteRecord['placement'] = 'elided';
    let afterIdx = tokenIndexAfter(ctokens, (closer ? closer.end : lastEnd));
    if (aside) {
      const ph = asideSource(doc, aside);
      if (ph) {
        phrase = ph;
        placement = 'after';
      }
    }
    const sentEndLimit = Math.min(csent.end, nextMarkOpen(marks, i, csent.end));
    // “…”, “…” 등의 구호를 외쳤다, “…”라고 적힌 현수막, “…” 팻말을 들고: words chanted or written on a sign, not said.
    if (signAfter(ctokens, afterIdx, sentEndLimit, closer)) continue;
    // 만약 사용자가 “…”라고 요청하면, “…”고 약속한다고 해도: words someone might say, under a condition.
    if (closer && closer.kind === 'quotative' && conditional(text, ctokens, afterIdx, sentEndLimit, sent.start, first.open)) continue;
    // ☞ 관련기사: “…”…“…”: another article's headline, linked below this one.
    if (relatedLink(doc, first.paragraph)) continue;
    if (midPhrase) {
      phrase = midPhrase;
      placement = 'before';
    }

    if (closer && closer.kind === 'adnominal') {
      // "…"는 짧은 입장을 냈다, "…"는 원론적 입장만 내놨다: a modifier of the speech noun may stand before it.
      const mod = ctokens[afterIdx];
      if (mod && mod.coreEnd === mod.end && (NOUN_MODIFIER.test(mod.core) || DETERMINER_NOUNS.has(mod.core)) && !isSpeechNoun(mod.core) && ctokens[afterIdx + 1] && isSpeechNoun(ctokens[afterIdx + 1].core)) afterIdx++;
      const nt = ctokens[afterIdx];
      if (!nt || nt.start >= sentEndLimit) continue;
      if (!isSpeechNoun(nt.core)) {
        // "…"는 게 이 관계자의 설명이다, "…"라는 것이 회사 측 입장이다: the source and a speech noun with the copula
        // close the sentence after 게 (것이); with no source before the noun (…는 게 대체적인 관측이다) no quote.
        if (!first.double || (nt.core !== '게' && nt.core !== '것이')) continue;
        let m = afterIdx + 2;
        while (m < ctokens.length && m <= afterIdx + 5 && ctokens[m].start < sentEndLimit && !isNounCopulaCue(ctokens[m].core)) m++;
        if (m >= ctokens.length || m > afterIdx + 5 || ctokens[m].start >= sentEndLimit) continue;
        const ph = sourceOfNoun(doc, ctokens, afterIdx + 1, m);
        if (!ph) continue;
        phrase = ph;
        placement = 'after';
        cue = { start: ctokens[m].start, end: ctokens[m].coreEnd };
        evidence.push('noun-cue');
      } else {
        // ‘…느냐’는 질문에 “…”라고 답했다: a question in single marks put to the subject is not a quote (the answer is).
        if (!first.double && isQuestionTo(nt.core)) continue;
        // ‘…’이라는 뜻이 있다, “…”라는 지적이 나온다, “…”라는 평가가 나온다: a term, or a saying no one is said to
        // say (impersonal hearsay is no quote: GOLD-FORMAT.md); unless the source is named in parentheses after it
        // ("…"(박수연 교수)는 지적도 있다).
        if (hearsayAt(ctokens, afterIdx + 1) && !aside) continue;
        cue = { start: nt.start, end: nt.coreEnd };
        let verbFound = false;
        for (let k = afterIdx + 1; k < Math.min(ctokens.length, afterIdx + 3); k++) {
          if (ctokens[k].start >= sentEndLimit) break;
          if (verbCueKind(ctokens[k].core) === 'verb') {
            cue = cueRange(ctokens, k);
            verbFound = true;
            break;
          }
        }
        // "…"는 글을 올렸다, "…"는 메시지를 남겼다: the noun's own verb right after it is part of the cue, closing the
        // sentence or, after the object, in a connective form with the sentence going on ("…"라는 글을 올리며).
        const v = ctokens[afterIdx + 1];
        const nounVerb = v && v.start < sentEndLimit && nt.coreEnd === nt.end &&
          ((FINITE_VERB.test(v.core) && (v.coreEnd === v.end || /^[.!?]+$/u.test(text.slice(v.coreEnd, v.end)))) ||
            (CONNECTIVE_VERB.test(v.core) && (nt.last === 0xc744 /* 을 */ || nt.last === 0xb97c /* 를 */)));
        if (!verbFound && nounVerb) cue = { start: nt.start, end: v.coreEnd };
        evidence.push('noun-cue');
      }
    } else if (closer) {
      let cueIdx = -1;
      // ('…' 등의 선곡을 통해 … 알려준다: after a list the speech noun or verb comes at once, or the list is of things.)
      const window = closer.list ? 2 : 14;
      for (let k = afterIdx; k < ctokens.length && ctokens[k].start < sentEndLimit && k < afterIdx + window; k++) {
        const idiom = idiomCueAt(ctokens, k);
        if (idiom && idiom.end <= sentEndLimit) {
          cue = idiom;
          cueIdx = k;
          break;
        }
        const kind = verbCueKind(ctokens[k].core);
        if (kind === 'verb' || (kind === 'light' && (k === afterIdx || speakerPhraseAt(doc, ctokens, k - 1)))) {
          cue = cueRange(ctokens, k);
          cueIdx = k;
          break;
        }
        if (isSpeechNoun(ctokens[k].core) && k <= afterIdx + 3) {
          // 소감을 밝혔다, 말을 했다: the verb after the speech noun is part of the cue.
          const v = ctokens[k + 1];
          cue = v && v.start < sentEndLimit && verbCueKind(v.core) ? { start: ctokens[k].start, end: cueRange(ctokens, k + 1).end } : { start: ctokens[k].start, end: ctokens[k].coreEnd };
          cueIdx = k;
          evidence.push('noun-cue');
          break;
        }
      }
      if (!cue) evidence.push('no-cue');
      else {
        // The source between the quote and its cue speaks, before a speech verb or a speech noun ("…"고 박서연 씨는
        // 목소리를 높였다) — not the subject of a reported clause that follows the quote: "…"라며 하마스가 휴전안을
        // 수용해야 한다고 촉구했다 (only a phrase after that clause's quotative ending may be the source).
        let from = afterIdx;
        for (let k = afterIdx; k < cueIdx; k++) if (QUOTATIVE_LAST.has(ctokens[k].last) && QUOTATIVE_END.test(ctokens[k].core)) from = k + 1;
        const ph = pickPhrase(doc, ctokens, from, cueIdx);
        if (ph) {
          phrase = ph;
          placement = 'after';
        }
      }
    } else {
      const rest = text.slice(lastEnd, Math.min(csent.end, lastEnd + 16));
      if (PARTICLE_AFTER.test(rest) || (rest.length > 0 && isLetterOrNumberCp(rest.codePointAt(0)!))) continue; // a quoted term
      evidence.push('no-closer');
    }

    // Bounded slices only: a paragraph can be megabytes long.
    const standalone = first.open - para.start <= 8 && para.end - lastEnd <= 8 && /^[\s]*$/.test(text.slice(para.start, first.open)) && /^[\s.,!?…]*$/.test(text.slice(lastEnd, para.end));
    if (!phrase) {
      const firstTok = tokenIndexAfter(tokens, sent.start);
      const openIdx = tokenIndexAfter(tokens, first.open);
      // The source stands between the sentence start (or the previous quote in it) and this quote, near the quote.
      let prevMark: QuoteMarkPair | null = null;
      for (let k = i - group.length; k >= 0; k--) {
        if (marks[k].double) {
          prevMark = marks[k];
          break;
        }
      }
      let afterPrev = prevMark && prevMark.open >= sent.start && markEnd(prevMark) <= first.open ? tokenIndexAfter(tokens, markEnd(prevMark)) : firstTok;
      // A speech verb joining two reports ends the first: "A는 …다고 지적했고, B는 "…"고 요구했다" — B speaks.
      // (Also 하다 after a quotative: "A는 …다고 했고, B는 "…"".)
      for (let k = Math.max(afterPrev, openIdx - PREFIX_WINDOW); k < openIdx; k++) {
        if (JOINING_LAST.has(tokens[k].last) && (joinsReports(tokens[k].core) || (k > 0 && LIGHT_JOINING.test(tokens[k].core) && QUOTATIVE_END.test(tokens[k - 1].core)))) afterPrev = k + 1;
      }
      const from = Math.max(afterPrev, openIdx - PREFIX_WINDOW);
      let ph = pickPhrase(doc, tokens, from, openIdx);
      // AP통신은 환경부 관계자가 "…"고 밝혔다고 보도했다: the cue reports a report; the subject of the inner one,
      // nearest the quote, said the words (the topic is the outlet relaying them).
      if (ph && ph.topic && cue && QUOTATIVE_END.test(text.slice(cue.start, cue.end))) {
        for (let k = openIdx - 1; k > from; k--) {
          const inner = speakerPhraseAt(doc, tokens, k);
          if (inner && !inner.topic && inner.range.start > ph.range.end) {
            ph = inner;
            break;
          }
        }
      }
      // X는 "…": a topic right before the quote speaks, even when nothing else marks it as a source.
      for (let k = openIdx - 1; !ph && k >= Math.max(from, openIdx - 3); k--) {
        const t = speakerPhraseAt(doc, tokens, k, { topicSpeaks: true });
        if (t && t.topic) ph = t;
      }
      if (ph) {
        phrase = ph;
        placement = 'before';
      }
    }
    let titleSource: SpeakerPhrase | null = null;
    if (!phrase && !closer && first.open - para.start < 200) {
      // The line's part of this quote: from the previous quote of the line (與 "…"…野 "…") to the next one.
      const prev = i - group.length >= 0 ? marks[i - group.length] : null;
      const partStart = prev && prev.paragraph === first.paragraph && prev.close !== null ? prev.close + 1 : para.start;
      const nextMark = i + 1 < marks.length && marks[i + 1].paragraph === first.paragraph ? marks[i + 1] : null;
      const partEnd = nextMark ? nextMark.open : para.end;
      const trailing = text.slice(lastEnd, Math.min(partEnd, lastEnd + 40));
      // (The quote ends its part of the line: a separator follows it, or nothing but punctuation; or, on a headline's
      // line, a separator and another clause: 백악관 "…"…항모 추가 배치 검토.)
      const ends = nextMark
        // (與 "…" 野 "…": one word, the next quote's source, between two quotes of a headline's line.)
        ? HEADLINE_SEPARATOR.test(trailing) || (para.end - para.start <= 100 && ONE_WORD_BETWEEN.test(text.slice(lastEnd, partEnd)))
        : (partEnd - lastEnd <= 8 && /^[\s.!?…]*$/.test(trailing)) || (para.end - para.start <= 100 && HEADLINE_SEPARATOR.test(trailing) && !SENTENCE_END.test(text.slice(lastEnd, para.end)));
      const ph = first.open - partStart < 40 && ends ? headlinePhrase(doc, { start: partStart, end: partEnd }, first.open) : null;
      if (ph) {
        phrase = ph;
        placement = 'headline';
      } else if (ends && first.paragraph === 0 && /…\s*$/u.test(text.slice(partStart, first.open))) {
        // (A title's clause closed by an ellipsis before the quote: the topic the title opens with speaks, unless the
        // article names another source of the quote: coreference reads it last.)
        titleSource = titleTopic(doc, titleStart(doc), first.open);
      }
    }
    if (!phrase && !closer) {
      // Quote first, the source in the next sentence: "…" 존 루든 회장은 … 이같이 말했다.
      const next = doc.sentences[si + (sent.end <= lastEnd ? 1 : 0)];
      if (next && next.paragraph <= first.paragraph + 1) {
        const ns = Math.max(next.start, lastEnd);
        const nt = tokenize(text, ns, Math.min(next.end, ns + 300));
        const f = nt.findIndex((t) => FOLLOWING.test(t.core));
        if (f >= 0 && nt[f + 1] && verbCueKind(nt[f + 1].core)) {
          const ph = pickPhrase(doc, nt, 0, f);
          if (ph) {
            phrase = ph;
            placement = 'following';
            cue = cueRange(nt, f + 1);
          }
        } else if (nt.length >= 2 && nt.length <= 8 && ns - lastEnd <= 2 && isNounCopulaCue(nt[nt.length - 1].core)) {
          // "…" 정다은 차관의 말이다 (…의 설명이다, 회사 측 입장이다): a sentence of its own saying whose words they were.
          const k = nt.length - 1;
          const ph = sourceOfNoun(doc, nt, 0, k);
          if (ph) {
            phrase = ph;
            placement = 'following';
            cue = { start: nt[k].start, end: nt[k].coreEnd };
          }
        } else if (nt.length >= 2 && nt.length <= 5 && ns - lastEnd <= 2 && verbCueKind(nt[nt.length - 1].core) === 'verb' && /[다요][.!?]*$/u.test(nt[nt.length - 1].core) && !ACTION_VERB.test(nt[nt.length - 1].core) && !nt.some((t) => t.mark)) {
          // (Not a sentence with a quote of its own: 다른 참석자는 "동의한다"고 말했다 is that quote's.)
          // "배가 기울었어요!" 한 승객이 소리쳤다.: a short sentence right after the quote, only its source and a speech verb.
          const k = nt.length - 1;
          const ph = pickPhrase(doc, nt, 0, k);
          if (ph && ph.range.start === nt[0].start) {
            phrase = ph;
            placement = 'following';
            cue = cueRange(nt, k);
          }
        }
      }
    }
    if (!closer) {
      // Without a quotative: a floating paragraph, a headline, or a whole spoken sentence.
      const lastText = text.slice(last.content.start, last.content.end).trim();
      const sentenceLike = SENTENCE_FINAL.test(lastText) && contentLen >= 12;
      // A headline or subheading line that carries a quote: short, no sentence ending of its own.
      const paraText = para.end - para.start <= 80 ? text.slice(para.start, para.end) : '';
      // (The title's own line may end with its quote's sentence, 박정우, …行…"새로운 도전에 설렌다", once a source is
      // named before it.)
      const headlineLine = para.end - para.start <= 80 && (!SENTENCE_END.test(paraText.replace(/["“”」』\s]+$/u, '')) || (first.paragraph === 0 && (placement === 'headline' || titleSource !== null))) && contentLen >= 5 && /\s/.test(lastText);
      if (!(standalone || placement === 'headline' || placement === 'following' || sentenceLike || headlineLine)) continue;
      // 「시의회, 예산 심의 파행」 기사, 신간 『봄날의 약속』: corner brackets with no closer name a title, not words said.
      if (TITLE_BRACKETS.has(text.charCodeAt(first.open))) continue;
      if (!first.double) continue;
      evidence.push(standalone ? 'floating' : placement === 'headline' || headlineLine ? 'headline' : 'sentence');
    }
    if (!first.double && (!cue || !closer || contentLen < 8)) continue; // single marks: titles, terms, emphasis
    if (closer && !cue && contentLen < 8) continue;
    if (first.close === null) evidence.push('unclosed');
    if (!first.double) evidence.push('single-marks');
    doc.quotes.push({
      kind: 'direct',
      segments,
      cue,
      speaker: null,
      phrase,
      placement,
      sentence: si,
      confidence: 0,
      evidence,
      ...(titleSource && !phrase ? { titleTopic: titleSource } : {}),
    });
  }
  mergeSharedCues(doc);
  shareJoinedCues(doc);
}

/**
 * A는 "…"고, B는 "…"고 각각 주장했다: a quote closed by a quotative ending and a comma, with no cue of its own, shares
 * the cue of the next quote of its sentence.
 */
function shareJoinedCues(doc: Doc): void {
  const qs = doc.quotes;
  for (let k = qs.length - 2; k >= 0; k--) {
    const q = qs[k];
    const n = qs[k + 1];
    if (q.kind !== 'direct' || q.cue || n.kind !== 'direct' || !n.cue || n.sentence !== q.sentence) continue;
    const end = q.segments[q.segments.length - 1].end;
    if (!/^["”'’」』]?\s?(?:이?라고|고|이?라며|며),/u.test(doc.text.slice(end, end + 8))) continue;
    q.cue = n.cue;
    q.evidence = q.evidence.filter((e) => e !== 'no-cue').concat('shared-cue');
  }
}

/**
 * "A." 존 루든 회장은 … "B"이라며 이같이 말했다: the quote that opens the passage and the one in the next sentence
 * share one cue; they are one quote with two segments.
 */
function mergeSharedCues(doc: Doc): void {
  const out: QuoteRecord[] = [];
  for (const q of doc.quotes) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'direct' && q.kind === 'direct' && prev.placement === 'following' && prev.cue && q.cue && prev.cue.start === q.cue.start) {
      q.segments = [...prev.segments, ...q.segments];
      q.evidence = [...q.evidence, 'merged-following'];
      out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  doc.quotes = out;
}

function nextMarkOpen(marks: QuoteMarkPair[], i: number, limit: number): number {
  for (let k = i + 1; k < marks.length; k++) if (marks[k].double) return Math.min(limit, marks[k].open);
  return limit;
}
