/** Stage: Latin-script names (OpenAI, LPGA, SK㈜, GPT-4) that the lexicon does not list. */
import { WordSet } from '../word-sets';
import { Candidate, cand, LEAGUES, LEX_INDEX, PARTICLES, StageInput } from './common';
import { leagueAsCompetition } from './lexicon-lookup';

/** Common acronyms and words that are not names. */
const NOT_NAMES = new WordSet(
  ('AI IT CEO CFO CTO COO API LLM TV PC SNS GDP ICT IoT VR AR XR MR OS UI UX PR IR R&D HR M&A IPO ETF ESG OTT CCTV DNA USB ' +
    'LTE GPS SW HW FTA MOU DB CPU GPU NPU HBM LCD OLED LED EV SUV PD MC DJ OK VS vs No NO PM AM KM CM MM KG GB TB MB ' +
    'Q A B C D E F K O X Y Z P S T V CO2 PPM PCR FAQ FDA ID PDF URL APP App CD DVD SF VIP CF MVP NFT RPA SaaS B2B B2C ' +
    'K-POP K-pop MZ VC PEF PE IB ELS EPS PER PBR ROE RE100 EUV DRAM NAND SoC AP YoY QoQ the and of ' +
    'DSR DTI LTV CPI PPI PMI BSI PF CDS MRI CT EKG ECG ICU ER ' +
    'TO ON IN OF AT BY THE AND FOR WITH FROM ME MY YOU WE IT IS').split(/\s+/),
);
/** English function words: a run of capitalized words with one of them is a phrase or a title (LIVE TO DANCE). */
const FUNCTION_WORDS = new Set('TO ON IN OF AT BY THE AND FOR WITH FROM ME MY YOU WE IT IS A AN'.split(' '));

/** Tokens in runs of Latin words joined by single spaces that contain an English function word. */
function inEnglishPhrase(text: string, tokens: StageInput['tokens']): Set<number> {
  const out = new Set<number>();
  const isLatinWord = (i: number) => {
    if (i >= tokens.length) return false;
    // (Most words are Hangul: a first letter that is not Latin answers without the regular expression.)
    const c = text.charCodeAt(tokens[i].start);
    return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && /^[A-Za-z][A-Za-z0-9&\-.]*$/.test(tokens[i].text);
  };
  for (let i = 0; i < tokens.length; ) {
    if (!isLatinWord(i)) { i++; continue; }
    let j = i + 1;
    while (isLatinWord(j) && tokens[j].start === tokens[j - 1].end + 1 && text.charCodeAt(tokens[j - 1].end) === 32) j++;
    if (j - i >= 2) {
      let phrase = false;
      for (let k = i; k < j; k++) if (FUNCTION_WORDS.has(tokens[k].text.toUpperCase())) phrase = true;
      if (phrase) for (let k = i; k < j; k++) out.add(k);
    }
    i = j;
  }
  return out;
}

/** Roman numerals (II, XVI): part of a title or a name, not an organization. */
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function latinNames({ text, tokens }: StageInput): Candidate[] {
  const out: Candidate[] = [];
  // The runs of English words: found only once a Latin word gets to that test (in most articles none does).
  let phrase: Set<number> | undefined;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    // (The word's first letter read from the article, whose text is at hand, not from the word's string.)
    const c0 = text.charCodeAt(t.start);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) continue;
    const m = /^([A-Za-z][A-Za-z0-9㈜&\-.]*)(\p{Script=Hangul}*)$/u.exec(t.text);
    if (!m) continue;
    const [, lat, tail] = m;
    if (tail && !PARTICLES.has(tail)) continue; // Latin + Hangul word (YG엔터테인먼트): other stages
    if (NOT_NAMES.has(lat) || ROMAN.test(lat) || (phrase ??= inEnglishPhrase(text, tokens)).has(ti)) continue;
    const end = t.start + lat.length;
    // KBS2, EBS1: a listed broadcaster and its channel number names the broadcaster.
    const ch = /^([A-Z]{2,5})\d$/.exec(lat);
    if (ch && LEX_INDEX.get(ch[1])?.type === 'organization') {
      out.push(cand(t.start, t.start + ch[1].length, 'organization', 2, 'latin'));
      continue;
    }
    if (/^[A-Za-z]+-?\d+(\.\d+)?[A-Za-z]?$/.test(lat) && /\d/.test(lat) && /[A-Z]{2}/.test(lat)) {
      out.push(cand(t.start, end, 'product', 1, 'latin'));
      continue;
    }
    // MLB 데뷔: a league before a word of competition is the competition (see lexicon-lookup).
    if (!tail && LEAGUES.has(lat) && leagueAsCompetition(text, tokens, ti)) continue;
    const caps = /^[A-Z][A-Z0-9&]{1,7}(㈜)?$/.test(lat);
    const camel = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(lat);
    if (!caps && !camel) continue;
    // A single capital before 씨 is a person (A씨): the person stage handles it.
    if (/^[A-Z]$/.test(lat)) continue;
    if (text[end] === '(' || text[t.start - 1] === '(') {
      // In parentheses: alias stage decides.
    }
    out.push(cand(t.start, end, 'organization', 1, 'latin'));
  }
  return out;
}
