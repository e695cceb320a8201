// A submission checked in a check thread (src/worker/host.ts), for cadcheck check and cadcheck batch alike: the main
// thread stays free for Ctrl-C/SIGTERM and stops a check that overruns its budget (limits.maxCheckSeconds,
// limits.maxHeapMb), which then ends as a run with an input/too-complex finding.
import type { BatchExtras } from '../batch/check-one.js';
import type { CheckedRun } from '../check-submission.js';
import type { Settings } from '../engine/settings.js';
import { UserError } from '../errors.js';
import type { PostgisRegistryOptions } from '../io/registered-postgis.js';
import { acquireThread, budgetOf, releaseThread, type CheckThread } from './host.js';
import type { Stage } from './protocol.js';
import type { Shard } from '../tiles/shard-tiles.js';
import { tooComplexRun } from './unchecked-runs.js';

export type { CheckedRun };

export interface ThreadCheckOptions {
  registered: string | null;
  registeredOptions?: PostgisRegistryOptions;
  surveyDate: string | null;
  now: Date;
  maxWarnings: number | null;
  /** Aborting it stops the check at once: the thread is terminated and the check ends 'stopped'. */
  signal?: AbortSignal;
  onStage?: (stage: Stage) => void;
  /** 'batch': also what a batch needs beyond the run. With keepRun the whole submission, else its outline (and inventory). */
  want?: 'run' | 'batch';
  keepRun?: boolean;
  /** --shard i/n (src/shard/). */
  shard?: Shard;
}

/** How a check in a thread ended. A check over budget is a run too: the findings of the rules that finished and input/too-complex. */
export type ThreadCheck =
  | { kind: 'run'; run: CheckedRun; batch?: BatchExtras }
  /** A user error (not a submission, an unreadable archive, unreadable registered parcels) or a crash, with the thread's stack. */
  | { kind: 'trouble'; cause: string; crashed: boolean; code: string | null; stack: string | null }
  | { kind: 'stopped' };

export async function checkOnThread(thread: CheckThread, path: string, settings: Settings, options: ThreadCheckOptions): Promise<ThreadCheck> {
  const budget = budgetOf(settings);
  const outcome = await thread.run(
    {
      path, settings, registered: options.registered, registeredOptions: options.registeredOptions, surveyDate: options.surveyDate,
      now: options.now.toISOString(), maxWarnings: options.maxWarnings, want: options.want ?? 'run', keepRun: options.keepRun, shard: options.shard,
    },
    budget, { signal: options.signal, onStage: options.onStage },
  );
  switch (outcome.kind) {
    case 'run':
      return { kind: 'run', run: { ...outcome.run, settings }, batch: outcome.batch };
    case 'too-complex':
      // Stopped while reading: the report lists no layers (what was read is gone with the thread). A batch lists none either way.
      return { kind: 'run', run: tooComplexRun(path, settings, outcome, budget, { outline: options.want === 'batch' ? null : outcome.outline, surveyDate: options.surveyDate, maxWarnings: options.maxWarnings }) };
    case 'trouble':
    case 'stopped':
      return outcome;
    default:
      throw new Error(`a check thread answered ${(outcome as { kind: string }).kind}`);
  }
}

/**
 * cadcheck check's call: the run, or null when `signal` stopped it. A user error (not a submission, an unreadable
 * archive) is thrown as the UserError it was; a crash as an Error with the thread's stack.
 */
export async function checkInThread(path: string, settings: Settings, options: ThreadCheckOptions): Promise<CheckedRun | null> {
  const thread = await acquireThread(budgetOf(settings).heapMb);
  const checked = await checkOnThread(thread, path, settings, options);
  releaseThread(thread);
  switch (checked.kind) {
    case 'run':
      return checked.run;
    case 'stopped':
      return null;
    case 'trouble': {
      if (!checked.crashed) throw new UserError(checked.cause, checked.code ?? 'unreadable');
      const error = new Error(checked.cause);
      if (checked.stack) error.stack = checked.stack;
      throw error;
    }
  }
}
