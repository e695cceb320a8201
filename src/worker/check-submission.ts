// cadcheck check's one submission, checked in a check thread (src/worker/host.ts) so that the main thread stays free
// for Ctrl-C/SIGTERM and can stop a check that overruns its budget (limits.maxCheckSeconds, limits.maxHeapMb).
import { limitsOf } from '../engine/limits.js';
// Static, not lazy: the main thread has the rules loaded already (config.ts), and a chunk loaded only after minutes
// of checking could be gone (a reinstall under a running check).
import type { RegisteredParcels } from '../engine/define-rule.js';
import { compareFindings, type RunResult } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { UserError } from '../errors.js';
import type { PostgisRegistryOptions } from '../io/registered-postgis.js';
import { acquireThread, heapBudgetMb, releaseThread } from './host.js';
import type { Stage } from './protocol.js';
import { tooComplexFinding } from './too-complex.js';

export interface ThreadCheckOptions {
  registered: string | null;
  registeredOptions?: PostgisRegistryOptions;
  surveyDate: string | null;
  now: Date;
  tool: { name: string; version: string };
  /** Aborting it stops the check at once: the thread is terminated and null is returned. */
  signal?: AbortSignal;
  onStage?: (stage: Stage) => void;
}

/**
 * The rules' result for one submission, or null when `signal` stopped it. A check over budget is a result too: the
 * findings of the rules that finished and an input/too-complex error. A user error (not a submission, an unreadable
 * archive) is thrown as the UserError it was; a crash as an Error with the thread's stack.
 */
/** A run with the registered parcels it was checked against (the HTML report draws them). */
export type CheckedRun = RunResult & { registered?: RegisteredParcels | null };

export async function checkInThread(path: string, settings: Settings, options: ThreadCheckOptions): Promise<CheckedRun | null> {
  const limits = limitsOf(settings);
  const budget = { seconds: limits.maxCheckSeconds, heapMb: heapBudgetMb(limits.maxHeapMb) };
  const thread = await acquireThread(budget.heapMb);
  const outcome = await thread.run(
    { path, settings, registered: options.registered, registeredOptions: options.registeredOptions, surveyDate: options.surveyDate, now: options.now.toISOString(), want: 'run', tool: options.tool },
    budget, { signal: options.signal, onStage: options.onStage },
  );
  releaseThread(thread);
  switch (outcome.kind) {
    case 'run':
      return { submission: outcome.submission, settings, findings: outcome.findings, result: outcome.result, registered: outcome.registered ?? null };
    case 'stopped':
      return null;
    case 'too-complex': {
      const findings = [...outcome.findings, tooComplexFinding(settings, outcome, budget, path)].sort(compareFindings);
      // Stopped while reading: the report lists no layers (what was read is gone with the thread).
      const submission = outcome.outline ?? { path, manifest: { file: 'cadcheck.json', data: null, problem: null }, layers: [], photos: [], problems: [] };
      return { submission, settings, findings, result: 'fail' };
    }
    case 'trouble': {
      if (!outcome.crashed) throw new UserError(outcome.cause, outcome.code ?? 'unreadable');
      const error = new Error(outcome.cause);
      if (outcome.stack) error.stack = outcome.stack;
      throw error;
    }
    default:
      throw new Error(`a check thread answered ${outcome.kind}`);
  }
}
