// A shard's partial report (cadcheck check --shard i/n) and how partial reports join into the run they are parts of
// (cadcheck merge): the same findings in the same order as one run, refused when the parts are not one whole run.
import { createHash } from 'node:crypto';
import { compareFindings } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { verdict } from '../engine/verdict.js';
import { UserError } from '../errors.js';
import type { Finding, Submission } from '../model.js';
import type { SubmissionInventory } from '../report/json.js';
import type { ShardTiles } from '../tiles/shard-tiles.js';

/** What makes two shards parts of one run: the same input, profile and config, flags, cadcheck and layer. */
export interface RunIdentity {
  tool: { name: string; version: string };
  /** The layer or folder as given on the command line. */
  input: string;
  /** sha256 of the settings (profile, config merged over it, language), --survey-date and --max-warnings. */
  digest: string;
  shards: number;
  tiles: number;
  parcels: number;
}

export interface PartialReport {
  cadcheckPartialReport: 1;
  run: RunIdentity;
  shard: number;
  /** The tiles this shard checked (positions in the layer's plan), and whether it checked what is checked once. */
  tiles: number[];
  once: boolean;
  settings: Settings;
  config: string | null;
  maxWarnings: number | null;
  surveyDate: string | null;
  /** The submission without its features, and its layers and photos as the JSON report lists them. */
  submission: Submission;
  inventory: SubmissionInventory;
  findings: Finding[];
}

export function runDigest(settings: Settings, surveyDateFlag: string | null, maxWarnings: number | null): string {
  return createHash('sha256').update(JSON.stringify({ settings, surveyDateFlag, maxWarnings })).digest('hex');
}

export interface PartialInput {
  tool: RunIdentity['tool'];
  input: string;
  shard: { index: number; count: number };
  tiles: ShardTiles;
  settings: Settings;
  surveyDateFlag: string | null;
  config: string | null;
  maxWarnings: number | null;
  surveyDate: string | null;
  /** The submission's outline, as the check thread sends a shard's run back (src/worker/check.ts): no features. */
  submission: Submission;
  inventory: SubmissionInventory;
  findings: Finding[];
}

export function partialReport(input: PartialInput): PartialReport {
  return {
    cadcheckPartialReport: 1,
    run: { tool: input.tool, input: input.input, digest: runDigest(input.settings, input.surveyDateFlag, input.maxWarnings), shards: input.shard.count, tiles: input.tiles.count, parcels: input.tiles.parcels },
    shard: input.shard.index, tiles: input.tiles.checked, once: input.tiles.once,
    settings: input.settings, config: input.config, maxWarnings: input.maxWarnings, surveyDate: input.surveyDate,
    submission: input.submission, inventory: input.inventory, findings: input.findings,
  };
}

/** The run the parts make together. */
export interface MergedRun {
  submission: Submission;
  settings: Settings;
  findings: Finding[];
  result: 'pass' | 'fail';
  surveyDate: string | null;
  inventory: SubmissionInventory;
  config: string | null;
  maxWarnings: number | null;
  tool: RunIdentity['tool'];
  input: string;
}

function isPartial(value: unknown): value is PartialReport {
  return typeof value === 'object' && value !== null && (value as { cadcheckPartialReport?: unknown }).cadcheckPartialReport === 1;
}

/**
 * The parts (parsed JSON, each with the file it came from) joined into their run; a UserError (exit 2, one line) when a
 * file is no partial report, when the parts come from different runs, or when a shard is missing or given twice.
 */
export function mergePartials(parts: ReadonlyArray<{ file: string; value: unknown }>): MergedRun {
  if (parts.length === 0) throw new UserError('cadcheck merge needs the partial reports of cadcheck check --shard i/n.', 'bad-option');
  const reports = parts.map(({ file, value }) => {
    if (!isPartial(value)) throw new UserError(`${file} is not a partial report: write one with cadcheck check --shard i/n --format json --output ${file}.`, 'bad-partial');
    return { file, report: value };
  });
  const first = reports[0]!;
  const identity = JSON.stringify(first.report.run);
  for (const { file, report } of reports) {
    if (JSON.stringify(report.run) === identity) continue;
    const what = (['input', 'tool', 'digest', 'shards', 'tiles', 'parcels'] as const).find((key) => JSON.stringify(report.run[key]) !== JSON.stringify(first.report.run[key]));
    const why = { input: 'another input', tool: 'another cadcheck version', digest: 'another profile, config or option', shards: 'another number of shards', tiles: 'another layer', parcels: 'another layer' }[what ?? 'digest'];
    throw new UserError(`${file} is a shard of another run than ${first.file} (${why}): merge the shards of one run only.`, 'bad-partial');
  }
  const count = first.report.run.shards;
  const byShard = new Map<number, string>();
  for (const { file, report } of reports) {
    if (!Number.isInteger(report.shard) || report.shard < 1 || report.shard > count) throw new UserError(`${file} is shard ${report.shard}, not one of 1–${count}.`, 'bad-partial');
    const earlier = byShard.get(report.shard);
    if (earlier !== undefined) throw new UserError(`Shard ${report.shard} of ${count} is given twice (${earlier} and ${file}).`, 'bad-partial');
    byShard.set(report.shard, file);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((shard) => !byShard.has(shard));
  if (missing.length > 0) throw new UserError(`Shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing: merge all ${count} shards of the run.`, 'bad-partial');
  const base = reports.find(({ report }) => report.once)?.report ?? first.report;
  const findings = reports.flatMap(({ report }) => report.findings).sort(compareFindings);
  return {
    submission: base.submission, settings: base.settings, findings, result: verdict(findings, base.maxWarnings), surveyDate: base.surveyDate,
    inventory: base.inventory, config: base.config, maxWarnings: base.maxWarnings, tool: base.run.tool, input: base.run.input,
  };
}
