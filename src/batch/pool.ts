// Runs a batch's submissions across check threads (src/worker/host.ts): one task at a time per thread, a thread that
// crashed or overran its budget replaced, Ctrl-C honoured at once.
import type { Settings } from '../engine/settings.js';
import { CheckThread } from '../worker/host.js';
import { checkOnThread, type ThreadCheck } from '../worker/check-in-thread.js';
import { budgetOf } from '../worker/host.js';
import type { BatchCheckOptions } from './check-one.js';

/** How one submission of a batch ended: its run (with what the batch needs beyond it), or the trouble it could not be checked for. */
export type SubmissionOutcome = Exclude<ThreadCheck, { kind: 'stopped' }>;

export interface PoolOptions {
  jobs: number;
  check: BatchCheckOptions;
  settings: Settings;
  /** --max-warnings, for each run's verdict (settled again once the cross-submission findings are in). */
  maxWarnings: number | null;
  /** Aborting stops the batch: no new submission starts, running threads are terminated, finished outcomes are kept. */
  signal?: AbortSignal;
  /** Called as each submission finishes (progress). */
  onOutcome?: (index: number, outcome: SubmissionOutcome) => void;
}

/** Outcomes in the order of `paths`; undefined for submissions an interrupt left unchecked. */
export async function runPool(paths: readonly string[], options: PoolOptions): Promise<Array<SubmissionOutcome | undefined>> {
  const outcomes = Array.from({ length: paths.length }, (): SubmissionOutcome | undefined => undefined);
  if (paths.length === 0 || options.signal?.aborted) return outcomes;
  const budget = budgetOf(options.settings);
  const jobs = Math.max(1, Math.min(options.jobs, paths.length));
  // Submissions with a GDAL-only layer all go to lane 0: gdal-async may be loaded by one thread at a time. Without it
  // installed no thread can load it, and the listing of every submission (each zip's directory) is skipped.
  const { needsGdal, gdalInstalled } = await import('./needs-gdal.js');
  const gdal = gdalInstalled() ? await Promise.all(paths.map((path) => needsGdal(path))) : paths.map(() => false);
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
        const { now, ...check } = options.check;
        const outcome = await checkOnThread(thread, paths[index]!, options.settings, { ...check, now: new Date(now), maxWarnings: options.maxWarnings, want: 'batch', signal: options.signal });
        if (outcome.kind === 'stopped') return;
        // The thread died mid-submission or the check threw: that submission fails with the cause, the batch goes on.
        const result: SubmissionOutcome = outcome.kind === 'trouble' && outcome.crashed
          ? { ...outcome, cause: `cadcheck crashed on this submission (this is a bug; please report it): ${outcome.cause}` }
          : outcome;
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
