// One submission checked inside a check thread (checkSubmission: read, registered parcels, rules, verdict); stages and
// findings posted as they come, so the main thread knows where a check it stops was.
import { UserError } from '../errors.js';
import { TileOverBudget } from '../tiles/over-budget.js';
import type { Submission } from '../model.js';
import type { CheckTask, TaskOutcome, WorkerMessage } from './protocol.js';

type Modules = {
  checkSubmission: typeof import('../check-submission.js').checkSubmission;
  batchExtras: typeof import('../batch/check-one.js').batchExtras;
};

let loaded: Promise<Modules> | null = null;

function modules(): Promise<Modules> {
  loaded ??= Promise.all([import('../check-submission.js'), import('../batch/check-one.js')]).then(([{ checkSubmission }, { batchExtras }]) => ({ checkSubmission, batchExtras }));
  return loaded;
}

/** Load the readers and rules now (a thread started ahead of its first task). */
export function preload(): void {
  void modules();
}

/** The submission without its features (and profile payloads): what the main thread keeps of a check it may stop, and of a batch run it renders no map of. */
function outlineOf(submission: Submission): Submission {
  return { ...submission, layers: submission.layers.map((layer) => ({ ...layer, features: [] })), ukraine: undefined, kzPoints: undefined };
}

export async function checkTask(task: CheckTask, post: (message: WorkerMessage) => void): Promise<TaskOutcome> {
  try {
    const { checkSubmission, batchExtras } = await modules();
    let sent = 0;
    const { settings: _settings, ...run } = await checkSubmission(task.path, task.settings, {
      registered: task.registered, registeredOptions: task.registeredOptions, surveyDate: task.surveyDate, now: new Date(task.now), maxWarnings: task.maxWarnings, shard: task.shard,
      onLoaded: (submission) => post({ type: 'loaded', id: task.id, outline: outlineOf(submission) }),
      onStage: (stage, findings) => {
        post({ type: 'stage', id: task.id, stage, findings: findings.slice(sent) });
        if (stage.stage === 'rule') sent = findings.length;
      },
    });
    if (task.want === 'batch') return { kind: 'run', run: task.keepRun ? run : { ...run, submission: outlineOf(run.submission), registered: null }, batch: batchExtras(run.submission, task.settings) };
    // cadcheck check gets the parcels back only for a report drawn from them (keepRun: the HTML map, the CSV's codes),
    // never for a shard; else the layers' inventory, not a second copy of a big layer by structured clone.
    if (task.keepRun && !task.shard) return { kind: 'run', run };
    return { kind: 'run', run: { ...run, submission: outlineOf(run.submission), registered: null, inventory: (await import('../report/json.js')).inventoryOf(run.submission, task.settings.timeZone) } };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'trouble', cause: error.message, crashed: false, code: error.code, stack: null };
    if (error instanceof TileOverBudget) return { kind: 'over-budget', reason: error.reason };
    return { kind: 'trouble', cause: (error as Error)?.message ?? String(error), crashed: true, code: null, stack: (error as Error)?.stack ?? null };
  }
}
