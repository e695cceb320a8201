// Runs a batch's submissions across check threads (src/worker/host.ts): one task at a time per thread, a thread that
// crashed or overran its budget replaced, Ctrl-C honoured at once.
import type { Settings } from '../engine/settings.js';
import { limitsOf } from '../engine/limits.js';
import { CheckThread, heapBudgetMb } from '../worker/host.js';
import type { BatchCheckOptions, SubmissionOutcome } from './check-one.js';

export interface PoolOptions {
  jobs: number;
  check: BatchCheckOptions;
  settings: Settings;
  /** Aborting stops the batch: no new submission starts, running threads are terminated, finished outcomes are kept. */
  signal?: AbortSignal;
  /** Called as each submission finishes (progress). */
  onOutcome?: (index: number, outcome: SubmissionOutcome) => void;
}

/** Outcomes in the order of `paths`; undefined for submissions an interrupt left unchecked. */
export async function runPool(paths: readonly string[], options: PoolOptions): Promise<Array<SubmissionOutcome | undefined>> {
  const outcomes = Array.from({ length: paths.length }, (): SubmissionOutcome | undefined => undefined);
  if (paths.length === 0 || options.signal?.aborted) return outcomes;
  const limits = limitsOf(options.settings);
  const budget = { seconds: limits.maxCheckSeconds, heapMb: heapBudgetMb(limits.maxHeapMb) };
  const jobs = Math.max(1, Math.min(options.jobs, paths.length));
  // Submissions with a GDAL-only layer all go to lane 0: gdal-async may be loaded by one thread at a time.
  const { needsGdal } = await import('./needs-gdal.js');
  const gdal = await Promise.all(paths.map((path) => needsGdal(path)));
  const gdalQueue = paths.map((_, index) => index).filter((index) => gdal[index]);
  const plainQueue = paths.map((_, index) => index).filter((index) => !gdal[index]);
  const take = (laneNumber: number): number | undefined => (laneNumber === 0 ? gdalQueue.shift() ?? plainQueue.shift() : plainQueue.shift());

  const lane = async (laneNumber: number): Promise<void> => {
    let thread: CheckThread | null = null;
    try {
      while (!options.signal?.aborted) {
        const index = take(laneNumber);
        if (index === undefined) break;
        if (!thread || thread.dead) thread = await CheckThread.start(budget.heapMb);
        const outcome = await thread.run({ path: paths[index]!, settings: options.settings, want: 'batch', ...options.check }, budget, { signal: options.signal });
        let result: SubmissionOutcome;
        switch (outcome.kind) {
          case 'stopped':
            return;
          case 'checked':
            result = outcome;
            break;
          case 'too-complex': {
            const { tooComplexFinding } = await import('../worker/too-complex.js');
            result = { kind: 'too-complex', findings: [...outcome.findings, tooComplexFinding(options.settings, outcome, budget, paths[index]!)] };
            break;
          }
          case 'trouble':
            // The thread died mid-submission or the check threw: that submission fails with the cause, the batch goes on.
            result = { kind: 'trouble', cause: outcome.crashed ? `cadcheck crashed on this submission (this is a bug; please report it): ${outcome.cause}` : outcome.cause, crashed: outcome.crashed, code: outcome.code };
            break;
          default:
            throw new Error(`a batch thread answered ${outcome.kind}`);
        }
        outcomes[index] = result;
        options.onOutcome?.(index, result);
      }
    } finally {
      thread?.terminate();
    }
  };
  await Promise.all(Array.from({ length: jobs }, (_, laneNumber) => lane(laneNumber)));
  return outcomes;
}
