/**
 * V8 flags for the workers of a process that has one CPU (a container with one core, or `taskset -c 0`), set by
 * the main thread before they start (parallel.ts), and the code cache they load with them (worker-boot.ts).
 *
 * V8 optimizes hot functions on a helper thread, beside the worker: with two cores that costs the worker nothing,
 * but on one the ~1.2 s of compiling a 10,000-article batch takes turns with the worker, and warm-up is ~40 % of
 * such a run (held to one CPU: 10,000 articles 5.1 s, 40,000 14.1 s). Compiling on the worker's own thread, when a
 * function gets hot, and inlining less (half V8's cumulative budget) make the compiles fewer and cheaper: the bench
 * corpus held to one CPU 5.0–5.2 → 4.7–4.8 s (--jobs 1, eleven runs each in three alternated series), 40,000 articles
 * 13.9–14.1 → 13.7–13.8 s (steady-state code no slower). With two cores free the same flags gained nothing
 * (inlining budgets, session 10). Output does not depend on them.
 */
export function oneCpuV8Flags(cpus: number): string[] {
  return cpus === 1 ? ['--no-concurrent-recompilation', '--max-inlined-bytecode-size-cumulative=230'] : [];
}

/**
 * The worker bundle's code cache (in dist/) for workers started with or without oneCpuV8Flags. V8 refuses a code
 * cache made under other flags (the inlining budget is one of those it checks), and the worker then compiles its
 * bundle from source: ~40–70 ms more per worker start, ~80 ms of a 10,000-article run held to one CPU. The build
 * makes both (scripts/bundle.js).
 */
export function workerCacheFile(oneCpu: boolean): string {
  return oneCpu ? 'worker-one-cpu.cache' : 'worker.cache';
}
