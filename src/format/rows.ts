/** Flatten DocumentResults into the rows each view shows. Pure functions, document order preserved. */
import type { DocumentResult, Entity } from '../types';
import type { DateRow, EntityRow, QuoteRow, SpeakerRow, View } from './types';

export function quoteRows(docs: DocumentResult[]): QuoteRow[] {
  const out: QuoteRow[] = [];
  for (const d of docs) for (const q of d.quotes) out.push({ document: d.id, ...q });
  return out;
}

export function entityRows(docs: DocumentResult[]): EntityRow[] {
  const out: EntityRow[] = [];
  for (const d of docs) for (const e of d.entities) out.push({ document: d.id, ...e });
  return out;
}

export function dateRows(docs: DocumentResult[]): DateRow[] {
  const out: DateRow[] = [];
  for (const d of docs) for (const m of d.dates) out.push({ document: d.id, ...m });
  return out;
}

/** "name (canonical)" or just the name. */
export function nameWithCanonical(e: Pick<Entity, 'name' | 'canonical'>): string {
  return e.canonical && e.canonical !== e.name ? `${e.name} (${e.canonical})` : e.name;
}

/** Lookup of entities by document id and entity id. */
export class EntityIndex {
  private readonly byDoc = new Map<string, Map<string, Entity>>();

  constructor(docs: DocumentResult[]) {
    for (const d of docs) {
      let m = this.byDoc.get(d.id);
      if (!m) this.byDoc.set(d.id, (m = new Map()));
      for (const e of d.entities) m.set(e.id, e);
    }
  }

  get(document: string, id: string | null | undefined): Entity | undefined {
    if (id == null) return undefined;
    return this.byDoc.get(document)?.get(id);
  }

  /** Display form of an affiliation id: the entity's name (canonical), or the id itself when unknown. */
  affiliation(document: string, id: string | null | undefined): string | null {
    if (id == null) return null;
    const e = this.get(document, id);
    return e ? nameWithCanonical(e) : id;
  }
}

/**
 * One row per distinct speaker per document, in order of first quote. Quotes are grouped by the speaker's entity,
 * or by name for speakers without one (described sources); quotes without a speaker are not counted.
 */
export function speakerRows(docs: DocumentResult[]): SpeakerRow[] {
  const index = new EntityIndex(docs);
  const out: SpeakerRow[] = [];
  for (const d of docs) {
    const groups = new Map<string, SpeakerRow>();
    for (const q of d.quotes) {
      const s = q.speaker;
      if (!s) continue;
      const key = s.entity != null ? `e:${s.entity}` : `n:${s.name}`;
      const row = groups.get(key);
      if (row) {
        row.quotes++;
        if (row.canonical == null && s.canonical != null) row.canonical = s.canonical;
        continue;
      }
      const e = index.get(d.id, s.entity);
      const fresh: SpeakerRow = {
        document: d.id,
        name: e?.name ?? s.name,
        canonical: s.canonical ?? e?.canonical ?? null,
        type: s.type,
        title: e?.title ?? null,
        affiliation: e ? index.affiliation(d.id, e.affiliation) : null,
        quotes: 1,
        entity: s.entity,
      };
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** The rows a view shows for these documents (the CLI may filter them before formatting). */
export function rowsFor(view: View, docs: DocumentResult[]): unknown[] {
  switch (view) {
    case 'list':
      return quoteRows(docs);
    case 'entities':
      return entityRows(docs);
    case 'dates':
      return dateRows(docs);
    case 'speakers':
      return speakerRows(docs);
    case 'extract':
      return docs;
  }
}
