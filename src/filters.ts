/** Selecting quotes and entities (used by the CLI's --speaker, --kind and --type, and available to library users). */
import type { DocumentResult, Entity, Quote } from './types';

/** Spaces, punctuation and case are ignored when comparing names. */
export function nameKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

function keysMatch(query: string, name: string): boolean {
  if (!query || !name) return false;
  if (query === name) return true;
  // Containment either way, so that "altman" finds "Sam Altman" and "샘 올트먼" finds "올트먼"; never on one letter.
  return (name.length >= 2 && query.includes(name)) || (query.length >= 2 && name.includes(query));
}

/** Every name under which a quote's speaker appears in its document. */
export function speakerNames(quote: Quote, doc: DocumentResult): string[] {
  const sp = quote.speaker;
  if (!sp) return [];
  const names = [sp.name];
  if (sp.canonical) names.push(sp.canonical);
  if (sp.mention && sp.resolvedBy === 'explicit') names.push(sp.mention.text);
  const e: Entity | undefined = sp.entity ? doc.entities.find((x) => x.id === sp.entity) : undefined;
  if (e) {
    names.push(e.name, ...e.aliases);
    if (e.canonical) names.push(e.canonical);
  }
  return names;
}

export function quoteHasSpeaker(quote: Quote, doc: DocumentResult, query: string): boolean {
  const q = nameKey(query);
  return speakerNames(quote, doc).some((n) => keysMatch(q, nameKey(n)));
}
