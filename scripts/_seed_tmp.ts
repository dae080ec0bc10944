import { readFileSync } from 'fs';
import { recognizeEntities } from '../src/ko/entities';
const t = readFileSync(process.argv[2], 'utf8');
const r = recognizeEntities(t, []);
for (const e of r.entities) console.log(e.type, JSON.stringify(e.name), e.canonical, e.aliases.join('|'), e.title, e.affiliation !== null ? r.entities[e.affiliation].name : '', e.mentions.length);
