/** Stage: named entities (recognition and clustering live in ./entities). */
import type { Doc } from '../pipeline/document';
import { recognizeEntities } from './entities';

export function entitiesStage(doc: Doc): void {
  const { mentions, entities } = recognizeEntities(doc.text, doc.sentences);
  doc.mentions = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  doc.entities = entities;
}
