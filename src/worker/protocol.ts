// What the main thread and a check thread say to each other (src/worker/host.ts ↔ src/worker/worker.ts).
import type { Finding, Submission } from '../model.js';
import type { Settings } from '../engine/settings.js';
import type { PostgisRegistryOptions } from '../io/registered-postgis.js';
import type { BatchExtras } from '../batch/check-one.js';
import type { CheckedRun } from '../check-submission.js';
import type { Shard } from '../tiles/shard-tiles.js';

/** One submission to check. Settings are resolved by the main thread and sent whole (plain data). */
export interface CheckTask {
  id: number;
  path: string;
  settings: Settings;
  /** A registry file (absolute) or a postgresql:// URL, or null. */
  registered: string | null;
  registeredOptions?: PostgisRegistryOptions;
  surveyDate: string | null;
  /** ISO time of the run's clock. */
  now: string;
  /** --max-warnings, for the verdict. */
  maxWarnings: number | null;
  /** 'run': the run, for cadcheck check's reporters; 'batch': also what the cross-submission checks and the JSON report need. */
  want: 'run' | 'batch';
  /** Send back the whole submission, for reports drawn from its features (HTML map, CSV); else its outline (and, for check, its inventory). */
  keepRun?: boolean;
  /** --shard i/n: only the i-th of n sets of the layer's tiles, and what is checked once only in the first (src/shard/). */
  shard?: Shard;
}

/** Where a check is: what the progress line shows and what an input/too-complex finding names. */
export type Stage =
  | { stage: 'reading'; file: string }
  | { stage: 'read'; file: string; features: number }
  | { stage: 'registered' }
  | { stage: 'rule'; ruleId: string; index: number; total: number };

/** A run as it crosses back: the settings stay on the main thread, which sent them. */
export type SentRun = Omit<CheckedRun, 'settings'>;

export type TaskOutcome =
  /** `batch`: with want 'batch', what the batch needs beyond the run (layers and photos for the report, parcels, photo hashes, CSV facts). */
  | { kind: 'run'; run: SentRun; batch?: BatchExtras }
  /** The submission could not be checked: a user error (exit 2 for check) or a crash (a bug). */
  | { kind: 'trouble'; cause: string; crashed: boolean; code: string | null; stack: string | null }
  /** A tile's thread (src/tiles/pool.ts) went over the check's budget: the check ends as its own thread would have. */
  | { kind: 'over-budget'; reason: 'time' | 'memory' };

export type WorkerMessage =
  /** Findings are those of the rules finished since the previous message: kept by the host in case the check is stopped. */
  | { type: 'stage'; id: number; stage: Stage; findings: Finding[] }
  /** The submission as read, its layers without their features. */
  | { type: 'loaded'; id: number; outline: Submission }
  | { type: 'done'; id: number; outcome: TaskOutcome };
