/** Stages: the publication date from a dateline when none was given, then the dates of the article. */
import type { Doc } from '../pipeline/document';
import { findDateline } from './dateline';

export function datelineStage(doc: Doc): void {
  if (doc.published) return;
  const d = findDateline(doc.text);
  if (d) {
    doc.published = d;
    doc.publishedFrom = 'dateline';
  }
}

/** The date scanner and its lexicon, loaded on the first article whose dates are asked for (start-up time). */
let dates: typeof import('./dates') | null = null;

export function datesStage(doc: Doc): void {
  dates ??= require('./dates') as typeof import('./dates');
  doc.dates = dates.findDates(doc.text, doc.sentences, doc.published);
}
