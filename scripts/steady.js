#!/usr/bin/env node
'use strict';
/**
 * In-process steady-state throughput of the built pipeline (dist/) on a JSON Lines file of articles ({id, text,
 * published?} a line) or a directory of NNN.txt articles (with NNN.meta.json {published}, as ../shared/corpus/ko-dev): extract and
 * JSON.stringify every text, after one warm-up pass; prints MB/s of UTF-8 text from the CPU time of the best of five
 * passes. The texts are repeated to at least ~3 MB a pass. A development measure (the benchmark is `npm run bench`):
 * it compares builds on real text, without start-up, workers or the optimizing compiler's warm-up.
 *
 *   node scripts/steady.js FILE.jsonl|DIR [ROOT]     (ROOT: a built checkout, default this one)
 */
const fs = require('fs');
const path = require('path');

const [file, root = path.join(__dirname, '..')] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/steady.js FILE.jsonl|DIR [ROOT]\n');
  process.exit(2);
}
function readRecords(p) {
  if (!fs.statSync(p).isDirectory()) return fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return fs.readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const meta = path.join(p, f.replace(/\.txt$/, '.meta.json'));
    const published = fs.existsSync(meta) ? JSON.parse(fs.readFileSync(meta, 'utf8')).published : undefined;
    return { id: f, text: fs.readFileSync(path.join(p, f), 'utf8'), published };
  });
}
let records;
try {
  records = readRecords(file);
} catch (e) {
  process.stderr.write(`steady: ${file}: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}\n`);
  process.exit(2);
}
const { extract } = require(path.join(root, 'dist', 'pipeline'));
const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
const reps = Math.max(1, Math.round(3e6 / bytes));
const pass = () => {
  for (let k = 0; k < reps; k++) for (const r of records) JSON.stringify(extract(r.text, { id: r.id, published: r.published || '2023-06-09' }));
};
pass();
const secs = [];
for (let j = 0; j < 5; j++) {
  const t = process.cpuUsage();
  pass();
  const u = process.cpuUsage(t);
  secs.push((u.user + u.system) / 1e6);
}
const best = Math.min(...secs);
process.stdout.write(`${path.basename(file)}: ${((bytes * reps) / 1048576 / best).toFixed(2)} MB/s (${records.length} texts ×${reps}, best of 5 passes)\n`);
