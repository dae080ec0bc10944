/**
 * Stage: the speakers of broadcast news transcripts. TV and radio newsrooms publish their reports on the web with
 * the words of each interviewee under a label, not in a sentence that names a source:
 *
 *   [최민수 / 서울 성동구 주민 : 지원 대상이 너무 좁아요.]        (the label and the words in one bracket)
 *   [박상우 / 국토교통부 장관 : "청년 주거 부담을 줄이겠습니다."]
 *   [인터뷰] 이수진 / 대학생                                   (a marker and the label on a line,
 *   "보증금 대출도 같이 늘려줬으면 좋겠어요."                    the words in the next paragraphs)
 *   [인터뷰: 이수진/대학생]   <인터뷰> 이수진 대학생   ◀ 인터뷰 ▶ 이수진 / 대학생   ▶ 인터뷰 : 이수진
 *   [녹취] 경찰 관계자 : "현재로선 범죄 혐의점은 없습니다."
 *
 * The words are a direct quote of the person or source the label names (its first part, before a slash; the rest
 * describes them). Words in quote marks were found by the direct stage as floating quotes, without a source: they
 * get the label's. Words without marks become a quote here. Anchor and reporter markers ([앵커], [기자]) and
 * bylines ([서울=뉴시스], [아시아경제 홍길동 기자]) are not labels: a label is a marker word of an interview or a
 * recording, or a bracket with a slash or quoted words after its colon.
 */
import type { Doc, QuoteRecord, Range } from '../pipeline/document';
import { KOREAN_NAME, SpeakerPhrase, groupPhrase, speakerPhraseAt } from './speaker-phrase';
import { tokenize } from './tokens';
import { sentenceIndexAt } from './doc-index';
import { codeSetOf } from './chars';
import { lowerBoundBy } from '../pipeline/ranges';

/** Characters a label line can start with (after white space): the patterns run only for such paragraphs. */
const LABEL_FIRST = codeSetOf('[<【〈(◀▶▷');

/** Marker words of an interview or a recording (인터뷰, 녹취, 싱크: a sound bite; 현장음). */
const MARKER = '(?:(?:전화|화상|서면)\\s?)?(?:인터뷰|녹취|싱크|현장음|SYNC|INT|Int)';
const OPEN = '[\\[<【〈(]';
const CLOSE = '[\\]>】〉)]';
/**
 * The label: a name and what describes it (after a slash or in parentheses: 손태민(축구대표팀 주장)), no brackets,
 * colons or quote marks; at most 40 characters.
 */
const LABEL = '([^\\[\\]<>【】〈〉\\n:："“”\'‘’]{1,40}?)';

const LABEL_WITH_SLASH = '([^\\[\\]<>【】〈〉()\\n:："“”\'‘’/]{1,20}/[^\\[\\]<>【】〈〉()\\n:："“”\'‘’]{1,30}?)';
/** [인터뷰] 이름 / 설명 (: 말), <인터뷰> …, ◀ 인터뷰 ▶ …, ▶ 인터뷰 : …, [인터뷰: 이름 / 설명] (말). */
const MARKED = [
  new RegExp(`^${OPEN}\\s*${MARKER}\\s*${CLOSE}\\s*[:：]?\\s*${LABEL}\\s*(?:[:：]\\s*(.*))?$`, 'dsu'),
  new RegExp(`^◀\\s*${MARKER}\\s*▶\\s*[:：]?\\s*${LABEL}\\s*(?:[:：]\\s*(.*))?$`, 'dsu'),
  new RegExp(`^[▶▷]\\s*${MARKER}\\s*[:：]?\\s*${LABEL}\\s*(?:[:：]\\s*(.*))?$`, 'dsu'),
  // ▶ 이름 / 설명: an arrow without a marker word, a slash required.
  new RegExp(`^[▶▷]\\s*${LABEL_WITH_SLASH}\\s*(?:[:：]\\s*(.*))?$`, 'dsu'),
  new RegExp(`^${OPEN}\\s*${MARKER}\\s*[:：]\\s*${LABEL}\\s*${CLOSE}\\s*(.*)$`, 'dsu'),
];
/** [이름 / 설명 : 말] in one bracket. */
const BRACKETED = new RegExp(`^[\\[【]\\s*${LABEL}\\s*[:：]\\s*(.+?)\\s*[\\]】]$`, 'dsu');
/** Words in quote marks, the whole of what follows the label. */
const QUOTED = /^["“'‘].*["”'’]$/su;
/** A paragraph that ends as speech does (…어요, …습니다, …죠), with its closing punctuation. */
const SPOKEN_END = /(?:요|니다|죠|니까)[.!?…"”]*$/u;
/** Markers of the newsroom's own voice: the words after them are no interviewee's. */
const NEWSROOM = /^[\[<【〈(◀]\s*(?:앵커|기자|리포트|리포터|내레이션|해설|MC|스탠드업)(?:\s?(?:멘트|리포트))?\s*[\]>】〉)▶]/u;

interface Label {
  /** The source's part of the label (before a slash). */
  source: Range;
  /**
   * Whether a slash or parentheses part the source from its description (최민수 / 주민, 최민수(주민)), as transcripts
   * write labels.
   */
  slash: boolean;
  /** The words said on the label's own line, or null when they follow in the next paragraphs. */
  words: Range | null;
}

/** The label of a paragraph that starts as one, or null. */
function labelOf(text: string, para: Range): Label | null {
  // (Paragraphs are trimmed lines: paragraphs.ts.)
  const start = para.start;
  if (!LABEL_FIRST.has(text.charCodeAt(start))) return null;
  const line = text.slice(start, para.end);
  let m: RegExpExecArray | null = null;
  for (const re of MARKED) if ((m = re.exec(line))) break;
  if (!m) {
    m = BRACKETED.exec(line);
    // (A bracket with a colon is a label only with a slash in it or quoted words after it: [사진: 연합뉴스] is not.)
    if (!m || !(m[1].includes('/') || QUOTED.test(m[2]))) return null;
  }
  const [labelStart] = m.indices![1];
  const sourceText = m[1].split(/[/|(]/u)[0];
  const lead = sourceText.length - sourceText.trimStart().length;
  const source = { start: start + labelStart + lead, end: start + labelStart + sourceText.trimEnd().length };
  if (source.end <= source.start) return null;
  const said = m.indices![2];
  const words = said && said[1] > said[0] ? { start: start + said[0], end: start + said[1] } : null;
  return { source, slash: sourceText.length < m[1].length, words };
}

/**
 * The phrase that names the label's source, read as if it carried a topic particle: a name (최민수), a name and a
 * description without a slash (최민수 성동구 주민: the name first), or a described source (경찰 관계자).
 */
function labelPhrase(doc: Doc, r: Range): SpeakerPhrase | null {
  const words = doc.text.slice(r.start, r.end).split(/\s+/u);
  let end = r.end;
  if (words.length >= 2 && KOREAN_NAME.test(words[0])) end = r.start + words[0].length;
  const tokens = tokenize(doc.text, r.start, end);
  if (!tokens.length) return null;
  const ph = speakerPhraseAt(doc, tokens, tokens.length - 1, { as: { particle: '는' } });
  if (ph && ph.kind !== 'pronoun') return ph;
  return /\p{Script=Hangul}/u.test(doc.text.slice(r.start, end)) ? groupPhrase({ start: r.start, end }, { start: r.start, end }) : null;
}

/** The range without the white space, quote marks and closing bracket around it. */
function spokenPart(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /[\s"“'‘]/u.test(text[start])) start++;
  while (end > start && /[\s"”'’\]】]/u.test(text[end - 1])) end--;
  return { start, end };
}

function labelledQuote(doc: Doc, words: Range, phrase: SpeakerPhrase): QuoteRecord {
  return { kind: 'direct', segments: [words], cue: null, speaker: null, phrase, placement: 'label', sentence: sentenceIndexAt(doc, words.start), confidence: 0, evidence: ['label'] };
}

/** Gives the label's source to the floating quotes inside `r`; true when there was one. */
function claimQuotes(doc: Doc, r: Range, phrase: SpeakerPhrase): boolean {
  let found = false;
  // (The direct stage leaves its quotes in text order: the first one in r is found by halves.)
  const qs = doc.quotes;
  for (let k = lowerBoundBy(qs, r.start, (q) => q.segments[0].start); k < qs.length && qs[k].segments[0].start < r.end; k++) {
    const q = qs[k];
    if (q.kind !== 'direct' || q.segments[q.segments.length - 1].end > r.end) continue;
    found = true;
    // (A source in the quote's own sentence stays: "…"고 말했다. One read from the next sentence does not: under a
    // label, "…" 주민들은 불안감을 호소했습니다 is the reporter going on.)
    if (q.placement === 'before' || q.placement === 'after') continue;
    q.phrase = phrase;
    q.placement = 'label';
    q.cue = null;
    q.evidence = ['label'];
  }
  return found;
}

export function transcriptLabelsStage(doc: Doc): void {
  const text = doc.text;
  const paras = doc.paragraphs;
  // (Quotes made here join the document's after the loop: claimQuotes reads the direct stage's, in text order.)
  const made: QuoteRecord[] = [];
  for (let p = 0; p < paras.length; p++) {
    const label = labelOf(text, paras[p]);
    if (!label) continue;
    const phrase = labelPhrase(doc, label.source);
    if (!phrase) continue;
    if (label.words) {
      const words = spokenPart(text, label.words);
      if (words.end - words.start >= 2 && !claimQuotes(doc, label.words, phrase)) made.push(labelledQuote(doc, words, phrase));
      continue;
    }
    // The words follow: the paragraphs in quote marks after the label, or else the one paragraph right after it.
    let q = p + 1;
    while (q < paras.length && QUOTED.test(text.slice(paras[q].start, paras[q].end).trim())) {
      claimQuotes(doc, paras[q], phrase);
      q++;
    }
    if (q > p + 1 || p + 1 >= paras.length) continue;
    const next = paras[p + 1];
    const para = text.slice(next.start, next.end);
    if (NEWSROOM.test(para) || labelOf(text, next) || !/\p{Script=Hangul}/u.test(para)) continue;
    // (Without marks the words are the interviewee's under a transcript's label (name / description), or when
    // spoken (…요, …니다); a newspaper's interview headline, [인터뷰] 서울 SK 외국인 선수 마커스 윌리엄스, is
    // followed by the reporter's lead.)
    if (!label.slash && !SPOKEN_END.test(para)) continue;
    const words = spokenPart(text, next);
    if (words.end - words.start >= 2 && !claimQuotes(doc, next, phrase)) made.push(labelledQuote(doc, words, phrase));
  }
  for (const q of made) doc.quotes.push(q);
}
