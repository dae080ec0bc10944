/**
 * The object that carries one article through every stage (in the spirit of vfile): the text, its origin and
 * every finding. Stages read and add to it; they never print or exit. Offsets here are UTF-16 code-unit
 * offsets into `text` (JavaScript string indices); they are converted to code points once, at output.
 */
import type { DateMention, EntityType, QuoteKind, ResolvedBy, SpeakerType } from '../types';
import type { SpeakerPhrase } from '../ko/speaker-phrase';

export interface Range {
  start: number;
  end: number;
}

export interface Paragraph extends Range {}

export interface Sentence extends Range {
  paragraph: number;
}

/** A pair of quote marks (or an opening mark never closed). content is inside the marks. */
export interface QuoteMarkPair {
  open: number;
  /**
   * Offset of the closing mark, null when the quote was never closed (then content ends at paragraph end, or before
   * a quotative and speech verb that close the paragraph: see quote-marks.ts).
   */
  close: number | null;
  content: Range;
  openChar: string;
  closeChar: string | null;
  double: boolean;
  /** Marks of different shapes (“…") */
  mismatched: boolean;
  paragraph: number;
}

/** A mention of an entity found by the entity stages (UTF-16 offsets, no particle, no title). */
export interface EntityMentionRaw extends Range {
  type: EntityType;
  /** Title or role word next to the mention (대표, CEO, 회장), if any. */
  title?: string;
  /** Index into doc.entities once clustered. */
  entity?: number;
}

export interface EntityRecord {
  type: EntityType;
  name: string;
  canonical: string | null;
  aliases: string[];
  title: string | null;
  /** Index into doc.entities of the organization this entity belongs to. */
  affiliation: number | null;
  mentions: Range[];
}

export interface SpeakerRecord {
  name: string;
  canonical: string | null;
  type: SpeakerType;
  entity: number | null;
  mention: Range | null;
  resolvedBy: ResolvedBy;
}

export interface QuoteRecord {
  kind: QuoteKind;
  segments: Range[];
  cue: Range | null;
  speaker: SpeakerRecord | null;
  /** Speaker phrase found in the quote's sentence, before coreference (null: elided subject). */
  phrase: SpeakerPhrase | null;
  /**
   * How the phrase was found: in the sentence, in the next sentence (이같이 말했다), in a broadcast transcript's label
   * ([인터뷰] 최민수 / 주민: transcript-labels.ts), or not at all.
   */
  placement: 'before' | 'after' | 'headline' | 'following' | 'label' | 'elided';
  sentence: number;
  confidence: number;
  /** Facts the confidence is computed from. */
  evidence: string[];
  /**
   * A title's quote after a clause closed by an ellipsis (박정우, 獨 마인츠行…"…"): the topic the title opens with,
   * its source when the article names no other (coreference, last).
   */
  titleTopic?: SpeakerPhrase;
}

export type MessageLevel = 'error' | 'warning' | 'info';

/** Something a stage noticed that the user may want to know (check rules read these). */
export interface Message {
  rule: string;
  level: MessageLevel;
  start: number;
  end: number;
  message: string;
}

export interface Doc {
  id: string;
  text: string;
  published: string | null;
  /** Where `published` came from. */
  publishedFrom: 'option' | 'dateline' | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  marks: QuoteMarkPair[];
  mentions: EntityMentionRaw[];
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  dates: DateMention[];
  messages: Message[];
  /**
   * Look-ups the stages build once per document and share (see ko/doc-index.ts: tokens per sentence, the inside-a-quote
   * table). Kept on the document rather than in module-level weak maps: they go when the document goes, and a
   * long run does not pay the garbage collector for weak-map entries.
   */
  index: { sentenceTokens: unknown[] | null; quoted: number[] | null; persons: unknown | null };
}

export function createDoc(text: string, id: string, published: string | null): Doc {
  return {
    id,
    text,
    published,
    publishedFrom: published ? 'option' : null,
    paragraphs: [],
    sentences: [],
    marks: [],
    mentions: [],
    entities: [],
    quotes: [],
    dates: [],
    messages: [],
    index: { sentenceTokens: null, quoted: null, persons: null },
  };
}
