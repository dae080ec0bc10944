/**
 * The stage order. Each stage reads and adds to one Doc; none prints or exits.
 * paragraphs → quote marks → sentences → dateline → entities → dates → direct quotes → indirect quotes →
 * overlap clean-up → coreference → confidence → output.
 */
import { createDoc, Doc, EntityMentionRaw, EntityRecord } from './document';
import { toResult } from './output';
import type { DocumentResult, ExtractOptions } from '../types';
import { paragraphsStage } from '../ko/paragraphs';
import { quoteMarksStage } from '../ko/quote-marks';
import { sentencesStage } from '../ko/sentences';
import { entitiesStage } from '../ko/entities-stage';
import { datesStage, datelineStage } from '../ko/dates-stage';
import { directQuotesStage } from '../ko/quotes-direct';
import { transcriptLabelsStage } from '../ko/transcript-labels';
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
  transcriptLabelsStage,
  indirectQuotesStage,
  overlapStage,
  coreferenceStage,
  confidenceStage,
];

const STAGES_WITHOUT_DATES = KOREAN_STAGES.filter((s) => s !== datesStage);
/** The stages up to the entities, which the entities depend on (text, sentences): what `recognize` runs. */
const ENTITY_STAGES = KOREAN_STAGES.slice(0, KOREAN_STAGES.indexOf(entitiesStage) + 1);

/**
 * The entity stage's result for one article, as `recognize` gives it: what another thread needs, with the text, to
 * finish the article (`extract(text, options, entities)`) without recognizing its entities again.
 */
export interface RecognizedEntities {
  mentions: EntityMentionRaw[];
  entities: EntityRecord[];
}

export function runStages(text: string, options: ExtractOptions = {}, entities?: RecognizedEntities): Doc {
  const doc = createDoc(text, options.id ?? '-', options.published ?? null);
  for (const stage of options.dates === false ? STAGES_WITHOUT_DATES : KOREAN_STAGES) {
    if (entities && stage === entitiesStage) {
      doc.mentions = entities.mentions;
      doc.entities = entities.entities;
    } else stage(doc);
  }
  return doc;
}

/** A leading byte-order mark is dropped (a char-code test: most texts have none, and this runs for every article). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Extract quotes, entities and dates from one article (Korean; English articles go to the English path). `entities`,
 * when given, is what `recognize` returned for this same text: the entity stage then takes it instead of running.
 */
export function extract(text: string, options: ExtractOptions = {}, entities?: RecognizedEntities | null): DocumentResult {
  const clean = withoutBom(text);
  // The English path (and its lexicons) is loaded on the first English article only.
  if (detectLanguage(clean) === 'en') return (require('../en') as typeof import('../en')).extractEnglish(clean, options);
  return toResult(runStages(clean, options, entities ?? undefined), options.includeText);
}

/**
 * The first half of `extract` for one article: the stages up to the entities, and their entities (null for an
 * article that takes the English path). The entity stage depends on the text and its sentences only, which the same
 * stages compute in `extract` from the same text; so `extract(text, options, recognize(text, options))` gives what
 * `extract(text, options)` gives. Batches use it to split an article's work between two threads (cli/parallel.ts).
 */
export function recognize(text: string, options: ExtractOptions = {}): RecognizedEntities | null {
  const clean = withoutBom(text);
  if (detectLanguage(clean) === 'en') return null;
  const doc = createDoc(clean, options.id ?? '-', options.published ?? null);
  for (const stage of ENTITY_STAGES) stage(doc);
  return { mentions: doc.mentions, entities: doc.entities };
}
