/**
 * The stage order. Each stage reads and adds to one Doc; none prints or exits.
 * paragraphs → quote marks → sentences → dateline → entities → dates → direct quotes → indirect quotes →
 * overlap clean-up → coreference → confidence → output.
 */
import { createDoc, Doc } from './document';
import { toResult } from './output';
import type { DocumentResult, ExtractOptions } from '../types';
import { paragraphsStage } from '../ko/paragraphs';
import { quoteMarksStage } from '../ko/quote-marks';
import { sentencesStage } from '../ko/sentences';
import { entitiesStage } from '../ko/entities-stage';
import { datesStage, datelineStage } from '../ko/dates-stage';
import { directQuotesStage } from '../ko/quotes-direct';
import { indirectQuotesStage } from '../ko/quotes-indirect';
import { overlapStage } from '../ko/quote-overlap';
import { coreferenceStage } from '../ko/coreference';
import { confidenceStage } from '../ko/confidence';
import { detectLanguage } from '../en/detect';

export type Stage = (doc: Doc) => void;

export const KOREAN_STAGES: Stage[] = [
  paragraphsStage,
  quoteMarksStage,
  sentencesStage,
  datelineStage,
  entitiesStage,
  datesStage,
  directQuotesStage,
  indirectQuotesStage,
  overlapStage,
  coreferenceStage,
  confidenceStage,
];

const STAGES_WITHOUT_DATES = KOREAN_STAGES.filter((s) => s !== datesStage);

export function runStages(text: string, options: ExtractOptions = {}): Doc {
  const doc = createDoc(text, options.id ?? '-', options.published ?? null);
  for (const stage of options.dates === false ? STAGES_WITHOUT_DATES : KOREAN_STAGES) stage(doc);
  return doc;
}

/** Extract quotes, entities and dates from one article (Korean; English articles go to the English path). */
export function extract(text: string, options: ExtractOptions = {}): DocumentResult {
  // A leading byte-order mark is dropped (a char-code test: most texts have none, and this runs for every article).
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The English path (and its lexicons) is loaded on the first English article only.
  if (detectLanguage(clean) === 'en') return (require('../en') as typeof import('../en')).extractEnglish(clean, options);
  return toResult(runStages(clean, options), options.includeText);
}
