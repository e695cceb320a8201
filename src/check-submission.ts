// One submission checked: read it, load the registered parcels near it, run its profile's rules, settle the verdict.
// cadcheck check and cadcheck batch both run this, inside a check thread (src/worker/check.ts), so that the main
// thread stays free for Ctrl-C and can stop a check past its budget.
import { runProfileRules } from './catalogue.js';
import type { RunOptions, RunResult } from './engine/run.js';
import type { Settings } from './engine/settings.js';
import type { PostgisRegistryOptions } from './io/registered-postgis.js';
import { loadSubmission } from './io/submission.js';
import type { Submission } from './model.js';
import type { RegisteredParcels } from './model/registered.js';
import { reportedSurveyDate } from './model/survey-date.js';
import { shouldTile } from './tiles/layers.js';
import type { Shard, ShardTiles } from './tiles/shard-tiles.js';
import type { Stage } from './worker/protocol.js';

export interface CheckSubmissionOptions {
  /** A registry file (absolute) or a postgresql:// URL, or null. */
  registered: string | null;
  /** Table and columns when `registered` is a postgresql:// URL. */
  registeredOptions?: PostgisRegistryOptions;
  /** --survey-date, overriding the manifest's. */
  surveyDate: string | null;
  now: Date;
  /** --max-warnings, for the verdict. */
  maxWarnings: number | null;
  /** Where the check is: each file read, the registered parcels, each rule (with the findings so far). */
  onStage?: (stage: Stage, findings: readonly import('./model.js').Finding[]) => void;
  /** The submission as read, before the rules run. */
  onLoaded?: (submission: Submission) => void;
  /** --shard i/n: the i-th of n sets of the parcel layer's tiles (src/tiles/shard-tiles.ts). */
  shard?: Shard;
}

/** A run with what its reports state beyond the findings: the registered parcels it was checked against (the HTML map draws them) and the survey date. */
export interface CheckedRun extends RunResult {
  registered?: RegisteredParcels | null;
  surveyDate: string | null;
  /** A shard's run: which tiles it checked, of how many (src/shard/). */
  tiles?: ShardTiles;
  /** A run sent back without its features (a shard's, a check's that draws no map) carries the submission's outline, and its layers and photos as the JSON report lists them. */
  inventory?: import('./report/json.js').SubmissionInventory;
}

export async function checkSubmission(path: string, settings: Settings, options: CheckSubmissionOptions): Promise<CheckedRun> {
  const onReadStage = (stage: Stage): void => options.onStage?.(stage, []);
  // A shard past the first holds only the parcels near its own tiles, not the whole layer (src/tiles/shard-window.ts).
  const shard = options.shard;
  const window = shard && shard.index > 1 && options.registered === null ? new (await import('./tiles/shard-window.js')).ShardWindow(settings, shard) : null;
  const submission = await loadSubmission(path, settings, undefined, onReadStage, window ?? undefined);
  options.onLoaded?.(submission);
  let registered: RegisteredParcels | null = null;
  if (options.registered !== null) {
    options.onStage?.({ stage: 'registered' }, []);
    registered = await (await import('./io/registered.js')).loadRegistered(options.registered, submission, settings, options.registeredOptions);
  }
  const onRule: RunOptions['onRule'] = (ruleId, index, total, findings) => options.onStage?.({ stage: 'rule', ruleId, index, total }, findings);
  const runOptions = { registered, now: options.now, surveyDateOverride: options.surveyDate, maxWarnings: options.maxWarnings, onRule };
  // A big parcel layer is checked in tiles on every core, with the same findings (src/tiles/).
  const plan = window?.planOf(submission, (chooser) => loadSubmission(path, settings, undefined, onReadStage, chooser));
  const tiled = shard || shouldTile(submission, settings, registered) ? await (await import('./tiles/check-layer.js')).runRulesInTiles(submission, settings, runOptions, shard, plan) : null;
  const run = tiled ?? runProfileRules(submission, settings, runOptions);
  return { ...run, submission: window?.counted(run.submission) ?? run.submission, registered, surveyDate: reportedSurveyDate(submission, options.surveyDate) };
}
