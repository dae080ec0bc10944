import { readFileSync, readdirSync } from 'fs';
import { recognizeEntities } from '/work/main/src/ko/entities';
const dir = '/work/shared/corpus/ko-dev';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
let bytes = 0; for (const t of texts) bytes += Buffer.byteLength(t);
for (const t of texts) recognizeEntities(t, []);
const t0 = Date.now(); for (let k = 0; k < 5; k++) for (const t of texts) recognizeEntities(t, []);
console.log('MB/s', (5 * bytes / 1e6 / ((Date.now() - t0) / 1000)).toFixed(2));
