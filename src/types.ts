/** One span format for output, fixtures and evaluation: offsets into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuoteKind = 'direct' | 'indirect';
export type EntityType = 'person' | 'organization' | 'place' | 'product' | 'event';
export type SpeakerType = 'person' | 'organization' | 'group';
export type ResolvedBy = 'explicit' | 'pronoun' | 'title' | 'surname' | 'elided' | 'following';
export type Granularity = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade';

export interface Speaker {
  /** Fullest form of the name in the article. */
  name: string;
  /** English or romanized name, null when unknown. */
  canonical: string | null;
  type: SpeakerType;
  /** Id of the entity this speaker is, null for described sources (업계 관계자). */
  entity: string | null;
  /** The words in this sentence that point to the speaker (name or pronoun, without particle). */
  mention: Span | null;
  resolvedBy: ResolvedBy;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  text: string;
  segments: Span[];
  speaker: Speaker | null;
  cue: Span | null;
  confidence: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  canonical: string | null;
  aliases: string[];
  title: string | null;
  affiliation: string | null;
  mentions: Span[];
}

export interface DateMention extends Span {
  value: string | null;
  granularity: Granularity;
  relative: boolean;
  /** Clock time attached to the date (HH:MM), when the text gives one. */
  time?: string;
}

export interface DocumentResult {
  id: string;
  published: string | null;
  language: 'ko' | 'en';
  quotes: Quote[];
  entities: Entity[];
  dates: DateMention[];
  /** Only with includeText. */
  text?: string;
}

export interface ExtractOptions {
  id?: string;
  /** Publication date YYYY-MM-DD: the reference for relative dates. */
  published?: string | null;
  includeText?: boolean;
  /**
   * Find the article's dates (default true). The CLI's list, speakers and entities views show none, and skip the
   * work; the document then has `dates: []`.
   */
  dates?: boolean;
}
