/**
 * V8 flags for the worker threads of a batch, set by the main thread before they start (parallel.ts; V8 flags are
 * the process's, read as isolates start), and the code cache the workers load with them (worker-boot.ts).
 *
 * Every worker: the old generation grows by 30 % of what survives a full collection (V8 lets a heap grow by up to
 * 4x when its limit is 2 GB or more). This bounds a worker's memory where the old-generation cap (128 MB until
 * session 12, parallel.ts) did, without the cap's cost: with a limit under 2 GB the same pipeline ran ~5 % slower in
 * a worker (10,000 articles held to one CPU, with this flag: thread CPU 3.42–3.51 s at 128 or 1,024 MB against
 * 3.23–3.36 s at 2,048, three runs each; --trace-gc shows the same collections at the same heap sizes, so it is not
 * the collector's own time; the cause is not known). With the flag a 2 GB limit's heaps stay as small as the
 * 128 MB cap kept them (40,000 articles, two jobs: the three heaps' largest committed sizes 79 MB in all against
 * 75; without it a worker's old generation grows up to 4x what survives, and the peak RSS of one job on 40,000
 * articles was 169 MB). Peak RSS is ~5–15 MB higher than under the cap (one job: 10,000 articles 118 against
 * 112 MB; 40,000 133–140 against 127–137 in one series of three alternated runs, 148–159 against 140–143 in another,
 * with the worker's V8 heap at the same largest committed size, 47.6 against 48.7 MB: the difference is outside it).
 *
 * One CPU (a container with one core, or `taskset -c 0`): V8 optimizes hot functions on a helper thread, beside the
 * worker; with two cores that costs the worker nothing, but on one the ~1.2 s of compiling a 10,000-article batch
 * takes turns with the worker, and warm-up is ~40 % of such a run (held to one CPU: 10,000 articles 5.1 s, 40,000
 * 14.1 s). Compiling on the worker's own thread, when a function gets hot, and inlining less (half V8's cumulative
 * budget) make the compiles fewer and cheaper: the bench corpus held to one CPU 5.0–5.2 → 4.7–4.8 s (--jobs 1,
 * eleven runs each in three alternated series), 40,000 articles 13.9–14.1 → 13.7–13.8 s (steady-state code no
 * slower). With two cores free, one job gains nothing from them (session 10); but two jobs keep both cores busy,
 * and V8's compiles for two workers (~1.6 s of helper-thread CPU on the bench corpus) take turns with them: there
 * the smaller inlining budget gains (--jobs 2, 10,000 articles, four alternated runs, the workers' code cache
 * refused: 2.68–2.76 against 2.67–2.78 s at V8's budget, CPU 4.59 against 4.67 s), so every worker has it; one
 * job the same time for less CPU (4.34 against 4.58 s). Compiling on the worker's own thread stays for one CPU
 * only (two jobs 3.02–3.16 s with it).
 *
 * Output does not depend on any of them.
 */
const EVERY_WORKER = ['--heap-growing-percent=30', '--max-inlined-bytecode-size-cumulative=230'];
const ONE_CPU = ['--no-concurrent-recompilation'];

export function workerV8Flags(cpus: number): string[] {
  return cpus === 1 ? [...EVERY_WORKER, ...ONE_CPU] : [...EVERY_WORKER];
}

/**
 * The worker bundle's code cache (in dist/), made by the build under workerV8Flags (scripts/bundle.js). V8 refuses a
 * code cache made under other flags (the inlining budget and the heap growth are among those it checks; compiling on
 * the worker's own thread is not: one cache serves one CPU and several, tested), and the worker then compiles its
 * bundle from source: ~40–70 ms more per worker start.
 */
export const WORKER_CACHE_FILE = 'worker.cache';
