// cadcheck batch: every sub-folder and .zip of a folder is a submission; checked in workers, then checked against each other.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Settings } from '../engine/settings.js';
import { buildFinding, compareFindings, type RunResult } from '../engine/run.js';
import { UserError } from '../errors.js';
import type { Finding } from '../model.js';
import type { RegisteredParcels } from '../model/registered.js';
import { countBySeverity, toJsonFinding, type JsonReport } from '../report/json.js';
import { RULES_BY_ID } from '../rules/index.js';
import type { BatchCheckOptions, SubmissionFacts, SubmissionOutcome } from './check-one.js';
import { crossSubmissionFindings } from './cross.js';
import { runPool } from './pool.js';

export interface BatchOptions {
  /** The folder as the user wrote it (reports name submissions by it) and as an absolute path. */
  folder: string;
  folderPath: string;
  /** Only these entries of the folder (--changed-since); all of them when absent. */
  only?: ReadonlySet<string>;
  jobs: number;
  check: BatchCheckOptions;
  settings: Settings;
  maxWarnings: number | null;
  signal?: AbortSignal;
  /** Called as each submission's own check finishes: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface BatchResult {
  /** One report per checked submission, in folder order, with the cross-submission findings merged in. */
  reports: JsonReport[];
  /** Beside each report: the applicant and cadastral codes (CSV summary), and with check.keepRun the run the reports are rendered from. */
  facts: SubmissionFacts[];
  runs: Array<(RunResult & { registered?: RegisteredParcels | null }) | null>;
  /** Absolute path of each checked submission. */
  paths: string[];
  /** A submission that could not be checked: the UserError's code (e.g. 'bad-zip', 'registered-unreadable') and message, else null. */
  troubles: Array<{ code: string | null; cause: string } | null>;
  /** Submissions to check (those of --changed-since, else all found in the folder). */
  total: number;
  /** Submissions in the folder left out by `only`. */
  unchanged: number;
  /** True when an interrupt stopped the batch before every submission was checked. */
  interrupted: boolean;
}

/** The sub-folders and .zip files of a batch folder, by name; hidden entries are skipped. */
export function listSubmissions(folderPath: string): string[] {
  let entries;
  try {
    entries = readdirSync(folderPath, { withFileTypes: true });
  } catch {
    throw new UserError(`${folderPath}: no such folder. Give the folder whose sub-folders and .zip files are the submissions.`, 'path-not-found');
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isFile() && /\.zip$/i.test(entry.name))))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A submission that could not be read (a damaged .zip): one input/readable error naming the cause; check and batch alike. */
export function unreadableFindings(path: string, cause: string, settings: Settings): Finding[] {
  const finding = buildFinding(RULES_BY_ID.get('input/readable')!, settings, { messageId: 'unreadable', data: { file: path, reason: cause } });
  return finding ? [finding] : [];
}

/** A run of a submission nothing could be read of: no layers, no photos, the findings given. */
export function emptyRun(path: string, settings: Settings, findings: Finding[]): RunResult {
  return { submission: { path, manifest: { file: 'cadcheck.json', data: null, problem: null }, layers: [], photos: [], problems: [] }, settings, findings, result: 'fail' };
}

/** A submission that could not be checked still gets a report: failed, with one input/readable finding naming the cause. */
function troubleReport(path: string, cause: string, options: BatchOptions): JsonReport {
  const findings = unreadableFindings(path, cause, options.settings);
  return {
    schemaVersion: 1, tool: options.check.tool, profile: options.settings.profileId, config: null, maxWarnings: options.maxWarnings,
    submission: { path, surveyDate: options.check.surveyDate }, result: 'fail', summary: countBySeverity(findings),
    layers: [], photos: [], findings: findings.map(toJsonFinding),
  };
}

/** A submission whose check overran its budget: the findings of the rules that finished, and input/too-complex. */
function tooComplexReport(path: string, findings: Finding[], options: BatchOptions): JsonReport {
  const sorted = [...findings].sort(compareFindings);
  return {
    schemaVersion: 1, tool: options.check.tool, profile: options.settings.profileId, config: null, maxWarnings: options.maxWarnings,
    submission: { path, surveyDate: options.check.surveyDate }, result: 'fail', summary: countBySeverity(sorted),
    layers: [], photos: [], findings: sorted.map(toJsonFinding),
  };
}

/** Summary and result again after findings were added; --max-warnings applies to the merged findings. */
function settleResult(report: JsonReport, maxWarnings: number | null): void {
  report.summary = countBySeverity(report.findings);
  const failed = report.summary.errors > 0 || (maxWarnings !== null && report.summary.warnings > maxWarnings);
  report.result = failed ? 'fail' : 'pass';
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const found = listSubmissions(options.folderPath);
  const names = options.only ? found.filter((name) => options.only!.has(name)) : found;
  let done = 0;
  options.onProgress?.(0, names.length);
  const outcomes = await runPool(names.map((name) => join(options.folderPath, name)), {
    jobs: options.jobs, check: options.check, settings: options.settings, signal: options.signal,
    onOutcome: () => options.onProgress?.(++done, names.length),
  });

  const checked: Array<{ name: string; path: string; outcome: SubmissionOutcome }> = [];
  outcomes.forEach((outcome, i) => outcome && checked.push({ name: join(options.folder, names[i]!), path: join(options.folderPath, names[i]!), outcome }));
  const runs: BatchResult['runs'] = [];
  const reports = checked.map(({ name, outcome }) => {
    if (outcome.kind === 'trouble') {
      // The cause names the absolute path; the report already names the submission.
      const cause = outcome.cause.split(`${join(options.folderPath, basename(name))}: `).join('');
      const report = troubleReport(name, cause, options);
      runs.push(options.check.keepRun ? emptyRun(name, options.settings, unreadableFindings(name, cause, options.settings)) : null);
      return report;
    }
    if (outcome.kind === 'too-complex') {
      const report = tooComplexReport(name, outcome.findings, options);
      runs.push(options.check.keepRun ? emptyRun(name, options.settings, [...outcome.findings].sort(compareFindings)) : null);
      return report;
    }
    outcome.report.submission.path = name;
    runs.push(outcome.run ? { submission: { ...outcome.run.submission, path: name }, settings: options.settings, findings: outcome.run.findings, result: outcome.report.result, registered: outcome.run.registered } : null);
    return outcome.report;
  });
  const added = crossSubmissionFindings(
    checked.map(({ name, outcome }) => ({ name, parcels: outcome.kind === 'checked' ? outcome.parcels : [], photos: outcome.kind === 'checked' ? outcome.photos : [] })),
    options.settings,
  );
  reports.forEach((report, i) => {
    if (added[i]!.length > 0) {
      const merged = [...(report.findings as Finding[]), ...added[i]!].sort(compareFindings);
      report.findings = merged.map(toJsonFinding);
      const run = runs[i];
      if (run) run.findings = [...run.findings, ...added[i]!].sort(compareFindings);
    }
    settleResult(report, options.maxWarnings);
    if (runs[i]) runs[i].result = report.result;
  });
  return {
    reports, total: names.length, unchanged: found.length - names.length, interrupted: outcomes.some((outcome) => outcome === undefined),
    facts: checked.map(({ outcome }) => (outcome.kind === 'checked' ? outcome.facts : { applicant: null, cadastralCodes: [] })),
    runs, paths: checked.map(({ path }) => path),
    troubles: checked.map(({ outcome }) => (outcome.kind === 'trouble' ? { code: outcome.code ?? null, cause: outcome.cause } : null)),
  };
}
