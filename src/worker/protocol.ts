// What the main thread and a check thread say to each other (src/worker/host.ts ↔ src/worker/worker.ts).
import type { Finding, Submission } from '../model.js';
import type { RegisteredParcels } from '../engine/define-rule.js';
import type { Settings } from '../engine/settings.js';
import type { PostgisRegistryOptions } from '../io/registered-postgis.js';
import type { BatchParcel, BatchPhoto } from '../batch/check-one.js';
import type { JsonReport } from '../report/json.js';

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
  /** 'run': the findings and the submission, for cadcheck check's reporters; 'batch': the JSON report and what the cross-submission checks need. */
  want: 'run' | 'batch';
  tool: { name: string; version: string };
  /** want 'batch': also send back the submission and its findings (reports rendered on the main thread). */
  keepRun?: boolean;
}

/** Where a check is: what the progress line shows and what an input/too-complex finding names. */
export type Stage =
  | { stage: 'reading'; file: string }
  | { stage: 'read'; file: string; features: number }
  | { stage: 'registered' }
  | { stage: 'rule'; ruleId: string; index: number; total: number };

export type TaskOutcome =
  /** `registered`: the registered parcels near the survey (--registered), for the HTML map. */
  | { kind: 'run'; submission: Submission; findings: Finding[]; result: 'pass' | 'fail'; registered?: RegisteredParcels | null }
  | { kind: 'checked'; report: JsonReport; parcels: BatchParcel[]; photos: BatchPhoto[]; facts: import('../batch/check-one.js').SubmissionFacts; run?: import('../batch/check-one.js').KeptRun }
  /** The submission could not be checked: a user error (exit 2 for check) or a crash (a bug). */
  | { kind: 'trouble'; cause: string; crashed: boolean; code: string | null; stack: string | null };

export type WorkerMessage =
  /** Findings are those of the rules finished since the previous message: kept by the host in case the check is stopped. */
  | { type: 'stage'; id: number; stage: Stage; findings: Finding[] }
  /** The submission as read, its layers without their features. */
  | { type: 'loaded'; id: number; outline: Submission }
  | { type: 'done'; id: number; outcome: TaskOutcome };
