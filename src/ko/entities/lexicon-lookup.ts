/** Stage: names listed in the curated lexicon (one to three words; the last may carry a particle). */
import { Candidate, LEX_FIRST_WORDS, LEX_INDEX, StageInput, spaced, stems } from './common';

export function lexiconLookup({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    let best: Candidate | null = null;
    const span = LEX_FIRST_WORDS.has(tokens[i].text) ? 3 : 1;
    for (let k = i; k < tokens.length && k < i + span; k++) {
      if (k > i && !spaced(text, tokens[k - 1], tokens[k])) break;
      joined += tokens[k].text;
      const prefix = joined.length - tokens[k].text.length;
      // Latin + Hangul particle (OpenAI가), else Hangul stems.
      for (const s of stems(joined, prefix + 1)) {
        const e = LEX_INDEX.get(s);
        if (!e) continue;
        const end = tokens[k].start + (s.length - prefix);
        best = { start: tokens[i].start, end, type: e.type, priority: 5, source: 'lexicon', lex: e };
        break;
      }
    }
    if (best) out.push(best);
  }
  return out;
}
