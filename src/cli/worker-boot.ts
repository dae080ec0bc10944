/**
 * Entry of a worker thread (parallel.ts): the bundled worker (dist/worker.js) with its code cache when the build made
 * it, else the compiled worker module. Start-up of each worker is paid by every batch. A worker started under the
 * one-CPU flags (workerData.oneCpu, see v8-flags.ts) loads the cache made under them: V8 refuses the other.
 */
import * as path from 'path';
import { workerData } from 'worker_threads';
import { loadBundle } from './load-bundle';
import { workerCacheFile } from './v8-flags';

const dist = path.join(__dirname, '..');
const oneCpu = !!(workerData as { oneCpu?: boolean } | null)?.oneCpu;
if (!loadBundle(path.join(dist, 'worker.js'), path.join(dist, workerCacheFile(oneCpu)))) require('./worker');
