// cadcheck batch: every sub-folder and .zip of a folder is a submission; checked in check threads, then against each
// other. Works on each submission's run (findings and verdict); the reports are the CLI's to render.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CheckedRun } from '../check-submission.js';
import { compareFindings } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { verdict } from '../engine/verdict.js';
import { UserError } from '../errors.js';
import type { SubmissionInventory } from '../report/json.js';
import { unreadableRun } from '../worker/unchecked-runs.js';
import type { BatchCheckOptions, SubmissionFacts } from './check-one.js';
import { crossSubmissionFindings, type CrossInput } from './cross.js';
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

/** One checked submission of a batch. */
export interface BatchSubmission {
  /** Absolute path. */
  path: string;
  /**
   * Named as the folder was given (`inbox/a-survey`), with the cross-submission findings merged in and the verdict
   * settled over them. Its submission is whole with check.keepRun, else an outline (layers without features).
   */
  run: CheckedRun;
  /** Its layers and photos as the JSON report states them (null: none could be read). */
  inventory: SubmissionInventory | null;
  /** The applicant and cadastral codes, for the CSV summary. */
  facts: SubmissionFacts;
  /** Why it could not be checked: the UserError's code (e.g. 'bad-zip', 'registered-unreadable') and message, else null. */
  trouble: { code: string | null; cause: string } | null;
}

export interface BatchResult {
  /** The checked submissions, in folder order. */
  submissions: BatchSubmission[];
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

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const found = listSubmissions(options.folderPath);
  const names = options.only ? found.filter((name) => options.only!.has(name)) : found;
  let done = 0;
  options.onProgress?.(0, names.length);
  const outcomes = await runPool(names.map((name) => join(options.folderPath, name)), {
    jobs: options.jobs, check: options.check, settings: options.settings, maxWarnings: options.maxWarnings, signal: options.signal,
    onOutcome: () => options.onProgress?.(++done, names.length),
  });

  const submissions: BatchSubmission[] = [];
  // What the cross-submission checks compare, beside each submission (kept out of the result: parcels can be many).
  const compared: CrossInput[] = [];
  outcomes.forEach((outcome, i) => {
    if (!outcome) return;
    const name = join(options.folder, names[i]!);
    const path = join(options.folderPath, names[i]!);
    if (outcome.kind === 'trouble') {
      // The cause names the absolute path; the report already names the submission. A submission that could not be
      // checked still gets a report: failed, with one input/readable finding naming the cause.
      const cause = outcome.cause.split(`${join(options.folderPath, basename(name))}: `).join('');
      const run = unreadableRun(name, cause, options.settings, { surveyDate: options.check.surveyDate, maxWarnings: options.maxWarnings });
      submissions.push({ path, run, inventory: null, facts: { applicant: null, cadastralCodes: [] }, trouble: { code: outcome.code, cause: outcome.cause } });
      compared.push({ name, parcels: [], photos: [] });
      return;
    }
    const run = { ...outcome.run, submission: { ...outcome.run.submission, path: name } };
    submissions.push({ path, run, inventory: outcome.batch?.inventory ?? null, facts: outcome.batch?.facts ?? { applicant: null, cadastralCodes: [] }, trouble: null });
    compared.push({ name, parcels: outcome.batch?.parcels ?? [], photos: outcome.batch?.photos ?? [] });
  });
  const added = crossSubmissionFindings(compared, options.settings);
  submissions.forEach(({ run }, i) => {
    if (added[i]!.length > 0) run.findings = [...run.findings, ...added[i]!].sort(compareFindings);
    // --max-warnings applies to the merged findings.
    run.result = verdict(run.findings, options.maxWarnings);
  });
  return { submissions, total: names.length, unchanged: found.length - names.length, interrupted: outcomes.some((outcome) => outcome === undefined) };
}
