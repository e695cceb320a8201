// Runs a batch's submissions across worker threads: one task at a time per worker, a crashed worker replaced, Ctrl-C honoured.
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BatchCheckOptions, SubmissionOutcome } from './check-one.js';

export interface PoolOptions {
  jobs: number;
  check: BatchCheckOptions;
  /** Aborting stops the batch: no new submission starts, running workers are terminated, finished outcomes are kept. */
  signal?: AbortSignal;
  /** Called as each submission finishes (progress). */
  onOutcome?: (index: number, outcome: SubmissionOutcome) => void;
}

let bundledWorker: Promise<URL> | null = null;

/**
 * The worker's script. Built cadcheck runs dist/src/batch/worker.js; run from the TypeScript sources (vitest),
 * the worker is bundled once with esbuild (vitest's own dependency), so that tests exercise real threads.
 */
function workerScript(): Promise<URL> {
  if (import.meta.url.endsWith('.js')) return Promise.resolve(new URL('./worker.js', import.meta.url));
  bundledWorker ??= (async () => {
    const { build } = await import('esbuild' as string) as { build(options: Record<string, unknown>): Promise<unknown> };
    // Inside the repository, so that the bundle's bare imports (jsts, flatbush…) resolve from its node_modules.
    const folder = new URL('../../node_modules/.cache/cadcheck/', import.meta.url);
    mkdirSync(folder, { recursive: true });
    const outfile = new URL(`batch-worker-${process.pid}.mjs`, folder);
    await build({ entryPoints: [new URL('./worker.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: outfile.pathname, logLevel: 'silent' });
    return outfile;
  })();
  return bundledWorker;
}

/** Outcomes in the order of `paths`; undefined for submissions an interrupt left unchecked. */
export async function runPool(paths: readonly string[], options: PoolOptions): Promise<Array<SubmissionOutcome | undefined>> {
  const outcomes: Array<SubmissionOutcome | undefined> = new Array(paths.length).fill(undefined);
  if (paths.length === 0) return outcomes;
  const script = await workerScript();
  const jobs = Math.max(1, Math.min(options.jobs, paths.length));
  let next = 0;
  let finished = 0;
  const workers = new Set<Worker>();

  return new Promise((resolve) => {
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', stop);
      for (const worker of workers) void worker.terminate();
      resolve(outcomes);
    };
    const stop = (): void => settle();
    if (options.signal?.aborted) return settle();
    options.signal?.addEventListener('abort', stop, { once: true });

    const record = (index: number, outcome: SubmissionOutcome): void => {
      if (settled || outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      finished += 1;
      options.onOutcome?.(index, outcome);
      if (finished === paths.length) settle();
    };

    const start = (): void => {
      const worker = new Worker(script, { workerData: options.check });
      workers.add(worker);
      let current: number | null = null;
      const feed = (): void => {
        if (settled || next >= paths.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, path: paths[current] });
      };
      let crash: string | null = null;
      worker.on('message', (message: { index: number; outcome: SubmissionOutcome }) => {
        record(message.index, message.outcome);
        feed();
      });
      worker.on('error', (error) => (crash = error.message));
      worker.on('exit', () => {
        workers.delete(worker);
        if (settled || current === null) return;
        // The worker died mid-submission (an uncaught error, out of memory): that submission fails with the cause, the batch goes on.
        record(current, { kind: 'trouble', cause: `cadcheck crashed on this submission (this is a bug; please report it): ${crash ?? 'the worker thread stopped'}`, crashed: true });
        if (next < paths.length) start();
      });
      feed();
    };
    for (let i = 0; i < jobs; i++) start();
  });
}
