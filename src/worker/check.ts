// One submission checked inside a check thread: read, registered parcels, rules; stages and findings posted as they come.
import { UserError } from '../errors.js';
import type { Finding } from '../model.js';
import { batchOutcome } from '../batch/check-one.js';
import type { CheckTask, TaskOutcome, WorkerMessage } from './protocol.js';

type Modules = {
  loadSubmission: typeof import('../io/submission.js').loadSubmission;
  runRules: typeof import('../catalogue.js').runProfileRules;
};

let loaded: Promise<Modules> | null = null;

function modules(): Promise<Modules> {
  loaded ??= Promise.all([import('../io/submission.js'), import('../catalogue.js')]).then(([{ loadSubmission }, { runProfileRules }]) => ({ loadSubmission, runRules: runProfileRules }));
  return loaded;
}

/** Load the readers and rules now (a thread started ahead of its first task). */
export function preload(): void {
  void modules();
}

export async function checkTask(task: CheckTask, post: (message: WorkerMessage) => void): Promise<TaskOutcome> {
  try {
    const { loadSubmission, runRules } = await modules();
    const { settings } = task;
    const submission = await loadSubmission(task.path, settings, undefined, (stage) => post({ type: 'stage', id: task.id, stage, findings: [] }));
    post({ type: 'loaded', id: task.id, outline: { ...submission, layers: submission.layers.map((layer) => ({ ...layer, features: [] })), ukraine: undefined, kzPoints: undefined } });
    let registered = null;
    if (task.registered !== null) {
      post({ type: 'stage', id: task.id, stage: { stage: 'registered' }, findings: [] });
      registered = await (await import('../io/registered.js')).loadRegistered(task.registered, submission, settings, task.registeredOptions);
    }
    let sent = 0;
    const run = runRules(submission, settings, {
      registered, now: new Date(task.now), surveyDateOverride: task.surveyDate,
      onRule: (ruleId: string, index: number, total: number, findings: readonly Finding[]) => {
        post({ type: 'stage', id: task.id, stage: { stage: 'rule', ruleId, index, total }, findings: findings.slice(sent) });
        sent = findings.length;
      },
    });
    if (task.want === 'batch') return batchOutcome(submission, run, task, registered);
    return { kind: 'run', submission, findings: run.findings, result: run.result, registered };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'trouble', cause: error.message, crashed: false, code: error.code, stack: null };
    return { kind: 'trouble', cause: (error as Error)?.message ?? String(error), crashed: true, code: null, stack: (error as Error)?.stack ?? null };
  }
}
