// Shared test helpers: run the CLI in-process, and hold every JSON report against the published schema.
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../src/cli.js';
import { lazySchemaCheck } from '../src/engine/json-schema.js';
import { packageJson } from '../src/package-root.js';

export const REPO = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
/** A fixed clock for tests, long after the fixtures' 2024 survey dates. */
export const TEST_NOW = new Date('2026-11-23T12:00:00Z');

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; isTTY?: boolean; now?: Date } = {}): Promise<CliResult> {
  const stdout = new Capture();
  stdout.isTTY = options.isTTY ?? false;
  const stderr = new Capture();
  const exitCode = await main({ argv, stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? REPO, now: options.now ?? TEST_NOW });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

const checkReport = lazySchemaCheck(packageJson('schema/report.schema.json'));

/** Every JSON report a test produces goes through here: it must fit schema/report.schema.json. */
export function expectValidReport(report: unknown): void {
  expect(checkReport(report)).toEqual([]);
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  messageId: string;
  message: string;
  reference: string | null;
  file: string | null;
  layer: string | null;
  featureIndex: number | null;
  featureId: string | null;
  location: [number, number] | null;
  measured: number | null;
  limit: number | null;
  unit: string | null;
  geometry: unknown;
}

export interface JsonReport {
  result: 'pass' | 'fail';
  summary: { errors: number; warnings: number; infos: number };
  findings: JsonFinding[];
  photos: Array<Record<string, unknown>>;
  layers: Array<Record<string, unknown>>;
  submission: { path: string; surveyDate: string | null };
}

/** Check a submission with --format json; the report is schema-validated before it is returned. */
export async function checkJson(path: string, extraArgs: string[] = [], options: Parameters<typeof runCli>[1] = {}): Promise<{ exitCode: number; report: JsonReport; stderr: string }> {
  const result = await runCli(['check', path, '--format', 'json', ...extraArgs], options);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout) as JsonReport;
  expectValidReport(report);
  return { exitCode: result.exitCode, report, stderr: result.stderr };
}

/** The keys of `expected` taken from `finding`, so a test states only the fields it is about. */
export function pickFields<T extends object>(finding: JsonFinding, expected: T): T {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, finding[key as keyof JsonFinding]])) as T;
}
