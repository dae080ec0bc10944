import type { DateMention, Entity, Quote } from '../types';

export type FormatName = 'table' | 'json' | 'jsonl' | 'csv';

export interface FormatOptions {
  /** Emit ANSI colours (table only). With false the output contains no escape code at all. */
  color: boolean;
  /** Terminal columns; 100 when unknown, never less than 60 (see normalizeWidth). */
  width: number;
}

export type View = 'list' | 'entities' | 'dates' | 'speakers' | 'extract';

/** Rows of the list view: one quote, with the id of its document. */
export interface QuoteRow extends Quote {
  document: string;
}

export interface EntityRow extends Entity {
  document: string;
}

export interface DateRow extends DateMention {
  document: string;
}

export interface SpeakerRow {
  document: string;
  name: string;
  canonical: string | null;
  type: string;
  title: string | null;
  /** Name of the organization the speaker belongs to (with its canonical name in parentheses when known). */
  affiliation: string | null;
  /** Number of quotes attributed to this speaker in the document. */
  quotes: number;
  /** Entity id, null for described sources (업계 관계자). */
  entity: string | null;
}
