// The input/too-complex finding for a check its thread's budget stopped (src/worker/host.ts): where it was, how long.
import { basename } from 'node:path';
import { buildFinding } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import type { Finding } from '../model.js';
import { RULES_BY_ID } from '../catalogue.js';
import type { Report } from '../engine/define-rule.js';
import type { Budget, HostOutcome } from './host.js';

type TooComplex = Extract<HostOutcome, { kind: 'too-complex' }>;

/** Always an error, whatever the config says of the rule: a check that did not finish cannot pass. */
export function tooComplexFinding(settings: Settings, outcome: TooComplex, budget: Budget, submissionPath: string): Finding {
  const rule = RULES_BY_ID.get('input/too-complex')!;
  const stage = outcome.stage;
  // Where it stopped: the rule running, the file being read, the registered parcels, or (before any of these) the submission.
  const where = stage === null ? basename(submissionPath) : stage.stage === 'rule' ? stage.ruleId : stage.stage === 'registered' ? '--registered' : stage.file;
  const file = stage !== null && (stage.stage === 'reading' || stage.stage === 'read') ? stage.file : null;
  const seconds = Math.round(outcome.seconds * 10) / 10;
  const report: Report<string> = outcome.reason === 'time'
    ? { messageId: 'time', file, data: { stage: where, seconds, limit: budget.seconds }, measured: seconds, limit: budget.seconds, unit: 's' }
    : { messageId: 'memory', file, data: { stage: where, limit: budget.heapMb }, limit: budget.heapMb, unit: 'MiB' };
  const finding = buildFinding(rule, { ...settings, ruleSettings: { ...settings.ruleSettings, [rule.id]: 'error' } }, report);
  return finding!;
}
