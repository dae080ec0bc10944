/**
 * Stage: indirect (reported) speech without quote marks. A clause closed by a quotative ending (…다고, …라고,
 * …냐고, …자고, …다며, …다는/라는 + 입장·의견 …) and a communication verb, with the source before the clause
 * (올트먼 CEO는 …다고 강조했다), between the clause and the verb (…다고 올트먼 CEO는 설명했다), or elided. Also
 * "X에 따르면 …": the source is X and the content is the rest of the sentence.
 */
import type { Doc, EntityMentionRaw, QuoteRecord, Range } from '../pipeline/document';
import { itemsWithin } from '../pipeline/ranges';
import { cueRange, isHearsay, isImpersonal, isNounCopulaCue, isSpeechNoun, verbCueKind } from './cues';
import { insideQuote, sentenceTokens } from './doc-index';
import { pickPhrase } from './quotes-direct';
import { SpeakerPhrase, speakerPhraseAt } from './speaker-phrase';
import speech from './lexicon/speech.json';
import { Token } from './tokens';

// Quotative endings on a token: group 1 is the content's last part, group 2 the ending dropped from the segment.
const QUOTATIVE = /^(.*(?:다|라|냐|자|까|야|죠|요))(고요|고는|고도|고|며|면서|는)$/u;
const CONNECTIVES = new Set(speech.connectives);
const ACCORDING = /^따르면,?$/u;

function hasMark(text: string, t: Token): boolean {
  return /["“”「」『』]/.test(text.slice(t.start, t.end));
}

/** Skip connectives and commas at the start of a content span (또, 이어, 그러면서 …). */
function contentStart(doc: Doc, tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && (CONNECTIVES.has(tokens[k].core) && tokens[k].core !== '그는')) k++;
  return k;
}

export function indirectQuotesStage(doc: Doc): void {
  const text = doc.text;
  for (let si = 0; si < doc.sentences.length; si++) {
    const tokens = sentenceTokens(doc, si);
    let segStartIdx = 0; // content cannot start before an earlier quote in the sentence
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (hasMark(text, t)) {
        segStartIdx = i + 1;
        continue;
      }
      if (insideQuote(doc, t.start)) continue;
      // X에 따르면 …
      if (ACCORDING.test(t.core) && i > 0 && /에$/.test(tokens[i - 1].core)) {
        accordingTo(doc, tokens, i, si, segStartIdx);
        continue;
      }
      const m = QUOTATIVE.exec(t.core);
      if (!m || t.coreEnd < t.end && /[.!?]/.test(text.slice(t.coreEnd, t.end))) continue;
      const ending = m[2];
      const adnominal = ending === '는';
      // Find the cue after the ending; between them only a source phrase and adverbs.
      let cue: Range | null = null;
      let cueIdx = -1;
      let nounCue = false;
      const maxGap = ending === '며' || ending === '면서' ? 4 : 6;
      for (let k = i + 1; k < tokens.length && k <= i + maxGap; k++) {
        const c = tokens[k].core;
        if (hasMark(text, tokens[k]) || QUOTATIVE.test(c)) break;
        if (adnominal && k === i + 1) {
          if (!isSpeechNoun(c)) break;
          if (tokens[k + 1] && isHearsay(tokens[k + 1].core)) break;
          if (isNounCopulaCue(c)) {
            cue = { start: tokens[k].start, end: tokens[k].coreEnd };
            cueIdx = k;
            nounCue = true;
            break;
          }
          continue;
        }
        const kind = verbCueKind(c);
        if (kind === 'verb' || (kind === 'light' && (k === i + 1 || speakerPhraseAt(doc, tokens, k - 1)))) {
          cue = cueRange(text, tokens, k);
          cueIdx = k;
          break;
        }
        if (isImpersonal(c) || /[다요]$/.test(c)) break;
      }
      if (!cue) continue;
      let phrase: SpeakerPhrase | null = pickPhrase(doc, tokens, i + 1, cueIdx);
      let placement: QuoteRecord['placement'] = phrase ? 'after' : 'elided';
      let startIdx = contentStart(doc, tokens, segStartIdx, i);
      if (!phrase) {
        // The source before the content: the first speaker phrase of the clause.
        for (let k = segStartIdx; k < i; k++) {
          if (hasMark(text, tokens[k])) break;
          const ph = speakerPhraseAt(doc, tokens, k);
          if (ph && (ph.topic || ph.kind === 'pronoun' || ph.kind === 'entity')) {
            phrase = ph;
            placement = 'before';
            startIdx = contentStart(doc, tokens, k + 1, i);
            break;
          }
        }
      }
      if (!phrase) {
        // No recognizable source: the sentence topic near the clause start speaks (X는 …다고 알렸다).
        for (let k = startIdx; k < Math.min(i, startIdx + 4); k++) {
          if (hasMark(text, tokens[k])) break;
          const ph = speakerPhraseAt(doc, tokens, k, { topicSpeaks: true });
          if (ph && ph.topic) {
            phrase = ph;
            placement = 'before';
            startIdx = contentStart(doc, tokens, k + 1, i);
            break;
          }
        }
      }
      if (startIdx > i) continue;
      const segStart = tokens[startIdx].start;
      const segEnd = t.start + m[1].length;
      if (segEnd - segStart < 4) continue;
      const evidence = [nounCue ? 'noun-cue' : 'verb-cue', `ending:${ending}`];
      doc.quotes.push({
        kind: 'indirect',
        segments: [{ start: segStart, end: segEnd }],
        cue,
        speaker: null,
        phrase,
        placement,
        sentence: si,
        confidence: 0,
        evidence,
      });
      segStartIdx = cueIdx + 1;
      i = cueIdx;
    }
  }
}

const DOCUMENT_NOUN = /(?:자료|보고서|조사|발표|집계|분석|결과|통계|보도|설명|공시|연구|설문|조사결과|보고)$/u;

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
  const fakeCore = srcTok.core.slice(0, -1) + '는';
  const fakeTokens = tokens.slice(0, i).map((t, k) => (k === i - 1 ? { ...t, core: fakeCore } : t));
  let phrase = speakerPhraseAt(doc, fakeTokens, i - 1);
  if (!phrase) {
    // Any source noun phrase: 보도, 자료, 외신 … keeps the phrase as written, with the bare nouns before it
    // (빌보드 박스스코어 집계에 따르면).
    let k = i - 1;
    while (k - 1 >= segStartIdx && i - 1 - (k - 1) <= 3 && !CONNECTIVES.has(tokens[k - 1].core) && /^[\p{L}\p{N}·]+$/u.test(tokens[k - 1].core) && tokens[k - 1].coreEnd === tokens[k - 1].end && !/(?:[은는이가을를에의도로]|에서|하고|했다|한다)$/u.test(tokens[k - 1].core)) k--;
    const s = fakeTokens[k];
    phrase = {
      range: { start: s.start, end: srcTok.coreEnd - 1 },
      head: { start: srcTok.start, end: srcTok.coreEnd - 1 },
      kind: 'group',
      mention: null,
      title: null,
      surname: null,
      topic: true,
    };
  }
  // 자료에 따르면, 집계에 따르면, 분석한 결과에 따르면: the source is the organization or person that made it.
  const headWord = text.slice(phrase.head.start, phrase.head.end);
  if (phrase.kind === 'group' && DOCUMENT_NOUN.test(headWord)) {
    const sent = doc.sentences[si];
    const maker = makerOf(doc, sent.start, srcTok.start);
    if (maker) phrase = { ...phrase, kind: 'entity', mention: maker, range: { start: maker.start, end: maker.end } };
  }
  const last = tokens[tokens.length - 1];
  let segEnd = last.coreEnd;
  while (segEnd > 0 && /[.!?]/.test(text[segEnd - 1])) segEnd--;
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
