/**
 * Entry of a worker thread (parallel.ts): the bundled worker (dist/worker.js) with its code cache when the build made
 * it, else the compiled worker module. Start-up of each worker is paid by every batch.
 */
import * as path from 'path';
import { loadBundle } from './load-bundle';
import { WORKER_CACHE_FILE } from './v8-flags';

const dist = path.join(__dirname, '..');
if (!loadBundle(path.join(dist, 'worker.js'), path.join(dist, WORKER_CACHE_FILE))) require('./worker');
