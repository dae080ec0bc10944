/**
 * Stage: a transliterated name standing alone (웜비어는, 오티스를, 셰릴의) is a person's when the sentence says what only
 * a person does or has: a kinship, body or life-event noun after its genitive (셰릴의 생일), a kinship or role word
 * before it in apposition (아들 오티스를), a verb of a person's life or speech later in its clause (웜비어는 … 숨졌다),
 * or a person coordinated with it (배두나와 스터게스는). Runs after the first resolution, on words left free.
 */
import contextJson from '../lexicon/person-context.json';
import { Candidate, FOREIGN_GIVEN, LEX_INDEX, NOT_PERSON, StageInput, Tok, isHangul, koreanNameShape } from './common';
import { foreignNameStem, isPlainName, isOrgLike, titleOfToken } from './persons';
import { placeLen } from './places';
import { isSyllableWord } from '../chars';

const words = (s: string) => new Set(s.split(/\s+/));
const OF_NOUNS = words((contextJson as { ofNouns: string }).ofNouns);
const APPOSITION = words((contextJson as { apposition: string }).apposition);
const VERBS = [...words((contextJson as { verbs: string }).verbs)];
const VERB_FIRST = new Set(VERBS.map((v) => v.charCodeAt(0)));

const SUBJECT = new Set(['은', '는', '이', '가']);
const TAILS = new Set(['은', '는', '이', '가', '의', '을', '를', '에게', '와', '과', '도']);

/** A word that can be a transliterated name by its look alone (no listed word, title, body or place). */
function transliterated(w: string): boolean {
  if (w.length < 2 || w.length > 6 || !isSyllableWord(w) || LEX_INDEX.has(w) || NOT_PERSON.has(w)) return false;
  if (!isPlainName(w) || isOrgLike(w) || titleOfToken(w)) return false;
  const last = w.charCodeAt(w.length - 1);
  if (VERB_STEM_END.has(last) || NOT_NAME_END.has(last) || LOANWORDS.has(w)) return false;
  if (last === 0xb2e4 && VERB_BEFORE_DA.has(w.charCodeAt(w.length - 2))) return false; // 사임하겠다 (not 아만다)
  for (let k = 0; k < w.length; k++) if (VERB_SYL.has(w.charCodeAt(k))) return false; // 않겠는
  if (FOREIGN_GIVEN.has(w)) return true;
  for (let k = 0; k < w.length; k++) if (loanSyllable(w.charCodeAt(k))) return true;
  return false;
}

/** Ends of a particle, a plural, a person noun or a verb form left on the word (업계에서, 티베트인들). */
const NOT_NAME_END = new Set([...'에서들인겠'].map((c) => c.charCodeAt(0)));
const VERB_BEFORE_DA = new Set([...'했겠한된었았였하되는이시'].map((c) => c.charCodeAt(0)));
/** Syllables of verb endings (되, 않, 했, 었, 겠): no name holds them. */
const VERB_SYL = new Set([...'되않했었겠았였'].map((c) => c.charCodeAt(0)));
const LOANWORDS = words((contextJson as { loanwords: string }).loanwords);

/** Native verb and adjective stems (투자하, 분류되, 미치) end so; names do not (or too rarely to matter here). */
const VERB_STEM_END = new Set([...'하되치시키리지'].map((c) => c.charCodeAt(0)));

/**
 * A syllable of transliteration, not of Sino-Korean or of a common native word: the bare vowel ㅡ after ㅅ ㄹ ㅌ ㅋ ㅍ ㅈ
 * ㅂ ㅊ (스, 른, 트), ㅔ after anything but ㅅ ㅈ ㅊ (케, 베, 레, 에), ㅞ, ㅟ with a final (윈, 윌), ㅝ closed by ㅁ
 * (웜), and ㅋ as onset (캐, 코, 키).
 */
export function loanSyllable(x: number): boolean {
  const i = x - 0xac00;
  if (i < 0 || i > 11171) return false;
  const onset = (i / 588) | 0;
  const vowel = ((i % 588) / 28) | 0;
  const fin = i % 28;
  // 스 슨 르 른 트 튼 크 프 즈 브 츠, open or closed by ㄴ (not 그 느 드 므 흐 — 그림, 느낌 — nor Sino-Korean 측 층 승 특).
  if (vowel === 18) return (fin === 0 || fin === 4) && (onset === 9 || onset === 5 || onset === 16 || onset === 15 || onset === 17 || onset === 12 || onset === 7 || onset === 14);
  if (onset === 15) return true; // ㅋ
  if (vowel === 5) return onset !== 9 && onset !== 12 && onset !== 14; // ㅔ
  if (vowel === 15) return true; // ㅞ
  if (vowel === 16) return fin !== 0; // ㅟ + final
  if (vowel === 14) return fin === 16; // ㅝ + ㅁ
  return false;
}

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

export function contextPersons(
  { text, tokens, sentences }: StageInput,
  taken: Uint8Array,
  personAt: (start: number) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[t.start] || !isHangul(t.text[0])) continue;
    const stem = foreignNameStem(t);
    const tail = t.text.slice(stem.length);
    if (!TAILS.has(tail) || !transliterated(stem)) continue;
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    const sentenceEnd = s < sentences.length ? sentences[s].end : text.length;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevWord = prev && prev.end + 1 === t.start && text.charCodeAt(prev.end) === 32 ? prev.text : '';
    const nextWord = next && t.end + 1 === next.start && text.charCodeAt(t.end) === 32 ? next.text : '';
    const cue =
      (tail === '의' && nextWord && (OF_NOUNS.has(nextWord) || OF_NOUNS.has(nextWord.replace(/(은|는|이|가|을|를|에|도|과|와)$/u, '')))) ? 'of' :
      (prevWord && (APPOSITION.has(prevWord) || (prevWord.endsWith('인') && APPOSITION.has(prevWord.slice(0, -1))))) ? 'appos' :
      ((tail === '와' || tail === '과') && next && personAt(next.start)) ? 'and' :
      (prev && /[와과]$/u.test(prevWord) && personAt(prev.start)) ? 'and2' :
      (SUBJECT.has(tail) && personVerbAfter(text, tokens, i, sentenceEnd)) ? 'verb' : '';
    if (cue) out.push({ start: t.start, end: t.start + stem.length, type: 'person', priority: 2, source: 'context-' + cue });
  }
  return out;
}
