require('ts-node').register({ transpileOnly: true });
const { readFileSync, readdirSync } = require('fs');
const { recognizeEntities } = require('/work/main/src/ko/entities');
const dir = '/work/shared/corpus/ko-dev';
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
let bytes = 0; for (const t of texts) bytes += Buffer.byteLength(t);
for (const t of texts) recognizeEntities(t, []);
const c0 = process.cpuUsage(); for (let k = 0; k < 20; k++) for (const t of texts) recognizeEntities(t, []);
console.log('MB/s', (20 * bytes / 1e6 / ((process.cpuUsage(c0).user) / 1e6)).toFixed(2));
