// The runs of submissions whose check did not finish: over its time or heap budget (the findings of the rules that
// finished, and input/too-complex), or unreadable (one input/readable error). Either fails: check and batch alike.
import { RULES_BY_ID } from '../catalogue.js';
import { buildFinding, compareFindings } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { verdict } from '../engine/verdict.js';
import type { Finding, Submission } from '../model.js';
import { reportedSurveyDate } from '../model/survey-date.js';
import type { CheckedRun } from '../check-submission.js';
import type { Budget, HostOutcome } from './host.js';
import { tooComplexFinding } from './too-complex.js';

/** A submission nothing could be read of: no layers, no photos. */
export function emptySubmission(path: string): Submission {
  return { path, manifest: { file: 'cadcheck.json', data: null, problem: null }, layers: [], photos: [], problems: [] };
}

/** A check its thread's budget stopped; `outline`: the submission as read (layers without features), or null to list none. */
export function tooComplexRun(path: string, settings: Settings, outcome: Extract<HostOutcome, { kind: 'too-complex' }>, budget: Budget, context: { outline: Submission | null; surveyDate: string | null; maxWarnings: number | null }): CheckedRun {
  const findings = [...outcome.findings, tooComplexFinding(settings, outcome, budget, path)].sort(compareFindings);
  const submission = context.outline ?? emptySubmission(path);
  return { submission, settings, findings, result: verdict(findings, context.maxWarnings), surveyDate: reportedSurveyDate(submission, context.surveyDate) };
}

/** A submission that could not be read (a damaged .zip): one input/readable error naming the cause. */
export function unreadableRun(path: string, cause: string, settings: Settings, context: { surveyDate: string | null; maxWarnings: number | null }): CheckedRun {
  // Always an error, whatever the config says of the rule: a submission that could not be read cannot pass.
  const finding = buildFinding(RULES_BY_ID.get('input/readable')!, { ...settings, ruleSettings: { ...settings.ruleSettings, 'input/readable': 'error' } }, { messageId: 'unreadable', data: { file: path, reason: cause } });
  const findings: Finding[] = [finding!];
  return { submission: emptySubmission(path), settings, findings, result: verdict(findings, context.maxWarnings), surveyDate: context.surveyDate };
}
