/**
 * Reporting cues: the speech verb or noun that closes a quotation (말했다, 밝혔다, 강조하며, 입장이다 …).
 * The lexicon is data (lexicon/speech.json); conjugated forms are generated here.
 */
import speech from './lexicon/speech.json';
import type { Range } from '../pipeline/document';
import { Token } from './tokens';
import { alternation } from './words';

const HADA_CONJ = '(?:했|하|한|해|합|할)';

// A 하다 verb: stem + conjugation, not followed by a passive (되/졌/지) form.
const HADA_RE = new RegExp(`^(?:${alternation(speech.hadaVerbs)})\\s?${HADA_CONJ}(?![졌져지])`, 'u');
const OTHER_RE = new RegExp(`^(?:${alternation(speech.otherVerbForms)})`, 'u');
const PLAIN_HA_RE = new RegExp(`^(?:${alternation(speech.plainHa)})`, 'u');
const NOUN_RE = new RegExp(`^(?:${alternation([...speech.speechNouns, ...speech.nounsNeedingVerb])})(?:이다|입니다|이었다|였다|을|를|이|가|도|은|는|으로|로|과|와|에|이라|만|만을|$)`, 'u');
const NOUN_COPULA_RE = new RegExp(`^(?:${alternation(speech.speechNouns)})(?:이다|입니다|이었다|였다|이라|이었습니다|이지만|이었지만|이며|이었으며|인데)$`, 'u');
const HEARSAY = new Set(speech.hearsayPredicates);
const IMPERSONAL_RE = new RegExp(`^(?:${alternation(speech.impersonalVerbs)})`, 'u');

export type CueKind = 'verb' | 'noun' | 'light';

export interface Cue extends Range {
  kind: CueKind;
}

/** Is this token a speech verb form? 'light' is the bare 하다 (…라고 했다), valid only right after a quotative. */
export function verbCueKind(core: string): CueKind | null {
  // 사과해야, 밝혀야: what must be done (…아야/…어야), not a report of what was said.
  if (core.charCodeAt(core.length - 1) === 0xc57c /* 야 */) return null;
  // 통보한다면, 밝히면: a condition (…면), not a report of what was said.
  if (core.charCodeAt(core.length - 1) === 0xba74 /* 면 */) return null;
  // 알리지 (않았다), 말하지 (못했다): the form before a negation, no report of what was said.
  if (core.charCodeAt(core.length - 1) === 0xc9c0 /* 지 */) return null;
  if (HADA_RE.test(core) || OTHER_RE.test(core)) return 'verb';
  if (PLAIN_HA_RE.test(core)) return 'light';
  return null;
}

/** A speech verb in a connective form that ends one report and joins a second (지적했고, 밝혔으며, 말했지만). */
const JOINING_RE = /(?:했고|했으며|했지만|했는데|했으나|혔고|혔으며|혔지만)$/u;
export function joinsReports(core: string): boolean {
  return JOINING_RE.test(core) && verbCueKind(core) === 'verb';
}

export function isSpeechNoun(core: string): boolean {
  return NOUN_RE.test(core);
}

/**
 * A question noun taking what precedes it as the question put to someone (‘…느냐’는 질문에, 물음에는, 질의에도): the
 * quoted words are the asker's, and the sentence's subject answers them.
 */
const QUESTION_TO_RE = new RegExp(`^(?:${alternation(speech.questionNouns)})에(?:는|도|서)?$`, 'u');
export function isQuestionTo(core: string): boolean {
  return QUESTION_TO_RE.test(core);
}

/**
 * Two-word idioms that report speech (…다고 선을 그었다, 입을 모았다, 말을 아꼈다, 목소리를 높였다): the object as written,
 * and the beginnings of the verb's forms.
 */
const IDIOM_VERBS = new Map<string, RegExp>(
  Object.entries(speech.idiomCues as Record<string, string[]>).map(([object, verbs]) => [object, new RegExp(`^(?:${alternation(verbs)})`, 'u')]),
);
/** Do tokens[k] and tokens[k + 1] make a speech idiom (선을 그었다)? Its range, or null. */
export function idiomCueAt(tokens: Token[], k: number): Range | null {
  const t = tokens[k];
  const next = tokens[k + 1];
  // (…라고 못 박았다: the object 못 'nail' is written without its particle.)
  if (!next || t.coreEnd !== t.end || (t.last !== 0xc744 /* 을 */ && t.last !== 0xb97c /* 를 */ && t.core !== '못')) return null;
  const verbs = IDIOM_VERBS.get(t.core);
  return verbs && verbs.test(next.core) ? { start: t.start, end: next.coreEnd } : null;
}

export function isNounCopulaCue(core: string): boolean {
  return NOUN_COPULA_RE.test(core);
}

export function isHearsay(core: string): boolean {
  return HEARSAY.has(core) || IMPERSONAL_RE.test(core);
}

/** Words of degree or place that may stand between a speech noun and its hearsay predicate (목소리가 일부 나온다). */
const HEARSAY_ADVERBS = new Set(['일부', '일각에서', '곳곳에서', '잇따라', '계속', '여전히', '점점', '점차', '다시', '또', '적잖이', '많이', '꾸준히', '벌써']);
/**
 * Is tokens[k] a hearsay predicate (…라는 지적이 나온다), or one after words of degree or place (…다는 목소리가 일부
 * 나오는 것으로 알려졌다)?
 */
export function hearsayAt(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 2; j++) {
    const c = tokens[j].core;
    if (isHearsay(c)) return true;
    if (!HEARSAY_ADVERBS.has(c) || tokens[j].coreEnd !== tokens[j].end) return false;
  }
  return false;
}

export function isImpersonal(core: string): boolean {
  return IMPERSONAL_RE.test(core);
}

/**
 * Extend a verb cue over the auxiliaries that belong to it: 밝히기도 했다, 밝힌 바 있다, 말하기도 했습니다.
 */
export function cueRange(tokens: Token[], i: number): Range {
  const t = tokens[i];
  let end = t.coreEnd;
  const next = tokens[i + 1];
  if (next && /기도$/.test(t.core) && /^(?:했|한|합)/.test(next.core)) end = next.coreEnd;
  else if (next && /[한힌]$/.test(t.core) && next.core === '바' && tokens[i + 2] && /^있/.test(tokens[i + 2].core)) end = tokens[i + 2].coreEnd;
  else if (next && /고$/.test(t.core) && /^(?:나섰|있다|있었다)/.test(next.core)) end = next.coreEnd;
  return { start: t.start, end };
}
