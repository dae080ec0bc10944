/**
 * The entities of an article as they travel between the two workers of a pair (worker.ts): numbers in one
 * Int32Array and the names in one list of strings, instead of the stage's objects. Structured cloning copies a typed
 * array and a list of strings at once, where it rebuilds each small object field by field: on 4,000 articles of the
 * bench corpus (16 mentions and 9 entities each) cloning the objects cost ~43 µs an article, the text alone ~4 µs.
 * `unpack(pack(x))` deep-equals x, fields in the same order (tested).
 */
import type { EntityType } from '../types';
import type { EntityMentionRaw, EntityRecord } from '../pipeline/document';
import type { RecognizedEntities } from '../pipeline';

export interface PackedEntities {
  ints: Int32Array;
  strings: string[];
}

const TYPES: EntityType[] = ['person', 'organization', 'place', 'product', 'event'];
const TYPE_CODE = new Map<EntityType, number>(TYPES.map((t, i) => [t, i]));

/**
 * Layout: mention count, then per mention start, end, type, entity (-1: none), title (string index, -1: none);
 * entity count, then per entity type, name, canonical (-1: null), title (-1: null), affiliation (-1: null), alias
 * count and the aliases, mention count and each mention's start and end.
 */
export function pack({ mentions, entities }: RecognizedEntities): PackedEntities {
  const strings: string[] = [];
  const str = (s: string) => strings.push(s) - 1;
  const ints: number[] = [mentions.length];
  for (const m of mentions) {
    ints.push(m.start, m.end, TYPE_CODE.get(m.type)!, m.entity ?? -1, m.title !== undefined ? str(m.title) : -1);
  }
  ints.push(entities.length);
  for (const e of entities) {
    ints.push(TYPE_CODE.get(e.type)!, str(e.name), e.canonical === null ? -1 : str(e.canonical), e.title === null ? -1 : str(e.title), e.affiliation ?? -1);
    ints.push(e.aliases.length);
    for (const a of e.aliases) ints.push(str(a));
    ints.push(e.mentions.length);
    for (const r of e.mentions) ints.push(r.start, r.end);
  }
  return { ints: Int32Array.from(ints), strings };
}

export function unpack({ ints, strings }: PackedEntities): RecognizedEntities {
  let k = 0;
  const mentions: EntityMentionRaw[] = [];
  for (let n = ints[k++]; n > 0; n--) {
    const m: EntityMentionRaw = { start: ints[k], end: ints[k + 1], type: TYPES[ints[k + 2]] };
    if (ints[k + 3] >= 0) m.entity = ints[k + 3];
    if (ints[k + 4] >= 0) m.title = strings[ints[k + 4]];
    k += 5;
    mentions.push(m);
  }
  const entities: EntityRecord[] = [];
  for (let n = ints[k++]; n > 0; n--) {
    const type = TYPES[ints[k]];
    const name = strings[ints[k + 1]];
    const canonical = ints[k + 2] >= 0 ? strings[ints[k + 2]] : null;
    const title = ints[k + 3] >= 0 ? strings[ints[k + 3]] : null;
    const affiliation = ints[k + 4] >= 0 ? ints[k + 4] : null;
    k += 5;
    const aliases: string[] = [];
    for (let a = ints[k++]; a > 0; a--) aliases.push(strings[ints[k++]]);
    const ranges: { start: number; end: number }[] = [];
    for (let r = ints[k++]; r > 0; r--, k += 2) ranges.push({ start: ints[k], end: ints[k + 1] });
    entities.push({ type, name, canonical, aliases, title, affiliation, mentions: ranges });
  }
  return { mentions, entities };
}
