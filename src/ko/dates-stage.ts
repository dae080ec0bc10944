/** Stages: the publication date from a dateline when none was given, then the dates of the article. */
import type { Doc } from '../pipeline/document';
import { findDateline, findDates } from './dates';

export function datelineStage(doc: Doc): void {
  if (doc.published) return;
  const d = findDateline(doc.text);
  if (d) {
    doc.published = d;
    doc.publishedFrom = 'dateline';
  }
}

export function datesStage(doc: Doc): void {
  doc.dates = findDates(doc.text, doc.sentences, doc.published);
}
