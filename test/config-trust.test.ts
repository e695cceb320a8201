// Whose configuration applies (issue 15.1): never a cadcheck.config.json inside a submission — it is reported as
// input/config-ignored — only --config or one in the working folder or above that is not inside the submission;
// the report names the config applied. And --max-warnings says why it failed (issue 14.8), the same in every format.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeZip } from '../scripts/lib/zip-writer.js';
import { expectValidReport, REPO, runCli, type JsonFinding } from './helpers.js';
import { validFiles } from './hostile/helpers.js';

const BOW_TIE = join(REPO, 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building');
const FIXTURE = join(REPO, 'fixtures/ge-388/rules/input/config-ignored/fail/config-turns-rules-off');
const WARNINGS_ONLY = join(REPO, 'fixtures/ge-388/rules/input/encoding/fail/georgian-dbf-without-cpg');
/** A config that would turn the bow-tie survey's only error off. */
const RULE_OFF = JSON.stringify({ rules: { 'geometry/valid': 'off' } });
const IGNORED = (file: string): string =>
  `${file}: a configuration inside the submission is never applied; rules and tolerances come from the registry (--config, or a cadcheck.config.json above the submission)`;

interface Report {
  result: string;
  config: string | null;
  maxWarnings: number | null;
  summary: { errors: number; warnings: number };
  findings: JsonFinding[];
}

function parse(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  expectValidReport(report);
  return report;
}

const pick = (report: Report, ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.severity, f.file, f.message]);

/** A temp folder (its real path: /tmp may be a link) holding a copy of the bow-tie survey with a config inside. */
function received(where = ''): { root: string; survey: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'cadcheck-trust-')));
  const survey = join(root, 'survey');
  cpSync(BOW_TIE, survey, { recursive: true });
  mkdirSync(join(survey, where), { recursive: true });
  writeFileSync(join(survey, where, 'cadcheck.config.json'), RULE_OFF);
  return { root, survey };
}

describe('a config inside the submission is never applied', () => {
  it('checked from inside the received folder: the submitter\'s config is ignored, said as input/config-ignored, FAIL stands', async () => {
    const { survey } = received();
    // The working folder is the submission, as for a clerk who typed `cadcheck check .` there.
    const run = await runCli(['check', survey, '--format', 'json'], { cwd: survey });
    expect(run.exitCode).toBe(1);
    const report = parse(run.stdout);
    expect(report.config).toBeNull();
    expect(pick(report, 'input/config-ignored')).toEqual([['warning', 'cadcheck.config.json', IGNORED('cadcheck.config.json')]]);
    expect(report.findings.filter((f) => f.ruleId === 'geometry/valid')).toHaveLength(1);
  });

  it('nor one in a sub-folder, run from that sub-folder', async () => {
    const { survey } = received('notes/cfg');
    const run = await runCli(['check', survey, '--format', 'json'], { cwd: join(survey, 'notes/cfg') });
    expect(run.exitCode).toBe(1);
    const report = parse(run.stdout);
    expect(report.config).toBeNull();
    expect(pick(report, 'input/config-ignored')).toEqual([['warning', 'notes/cfg/cadcheck.config.json', IGNORED('notes/cfg/cadcheck.config.json')]]);
  });

  it('nor one inside a .zip', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cadcheck-trust-zip-'));
    const zip = join(root, 'survey.zip');
    writeFileSync(zip, encodeZip([...validFiles(BOW_TIE).map((file) => ({ name: file.path, data: file.data })), { name: 'cadcheck.config.json', data: Buffer.from(RULE_OFF) }]));
    const run = await runCli(['check', zip, '--format', 'json'], { cwd: root });
    expect(run.exitCode).toBe(1);
    expect(pick(parse(run.stdout), 'input/config-ignored')).toEqual([['warning', 'cadcheck.config.json', IGNORED('cadcheck.config.json')]]);
  });

  it('the registry\'s config above the submission applies, and the report names it (JSON and the text header)', async () => {
    const { root, survey } = received();
    writeFileSync(join(root, 'cadcheck.config.json'), RULE_OFF);
    const json = await runCli(['check', survey, '--format', 'json'], { cwd: survey });
    const report = parse(json.stdout);
    expect(report.config).toBe(join(root, 'cadcheck.config.json'));
    expect(report.findings.filter((f) => f.ruleId === 'geometry/valid')).toEqual([]);
    expect(pick(report, 'input/config-ignored')).toEqual([['warning', 'cadcheck.config.json', IGNORED('cadcheck.config.json')]]);
    expect(json.exitCode).toBe(0);
    const text = await runCli(['check', survey], { cwd: survey });
    expect(text.stdout.split('\n')[0]).toBe(`${survey}  (profile ge-388 · ${join(root, 'cadcheck.config.json')})`);
  });

  it('--config naming a file inside the submission is refused (exit 2, one line)', async () => {
    const { survey } = received();
    const run = await runCli(['check', survey, '--config', join(survey, 'cadcheck.config.json')]);
    expect(run.stderr).toBe(`cadcheck: --config ${join(survey, 'cadcheck.config.json')} is inside the submission ${survey}: a submission's own configuration is never applied. Keep the registry's config outside the submissions.\n`);
    expect(run.exitCode).toBe(2);
  });

  it('--config elsewhere applies and is named', async () => {
    const { root, survey } = received();
    const registry = join(root, 'registry.json');
    writeFileSync(registry, RULE_OFF);
    const run = await runCli(['check', survey, '--format', 'json', '--config', registry]);
    expect(parse(run.stdout).config).toBe(registry);
    expect(run.exitCode).toBe(0);
  });

  it('batch: a config in a submission (the working folder) is skipped; each report says no config applied', async () => {
    const { root, survey } = received();
    const run = await runCli(['batch', root, '--jobs', '1'], { cwd: survey });
    const [line] = run.stdout.trim().split('\n');
    const report = JSON.parse(line ?? '') as Report;
    expect(report.config).toBeNull();
    expect(report.findings.filter((f) => f.ruleId === 'geometry/valid')).toHaveLength(1);
    expect(pick(report, 'input/config-ignored')).toEqual([['warning', 'cadcheck.config.json', IGNORED('cadcheck.config.json')]]);
    expect(run.exitCode).toBe(1);
  });

  it('the bundled fixture: a warning, nothing switched off', async () => {
    const run = await runCli(['check', FIXTURE, '--format', 'json']);
    const report = parse(run.stdout);
    expect(pick(report, 'input/config-ignored')).toEqual([['warning', 'cadcheck.config.json', IGNORED('cadcheck.config.json')]]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, infos: report.findings.filter((f) => f.severity === 'info').length });
  });
});

describe('--max-warnings says why it failed, and every format agrees', () => {
  it('text, JSON, JUnit and SARIF: FAIL on warnings alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-maxw-'));
    const run = await runCli(['check', WARNINGS_ONLY, '--max-warnings', '0', '--format', 'text', '--format', 'json', '--output', join(folder, 'r.json'), '--format', 'junit', '--output', join(folder, 'r.xml'), '--format', 'sarif', '--output', join(folder, 'r.sarif')]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/\n✖ FAIL {2}0 errors, 1 warning, 2 infos — more warnings than --max-warnings allows: 0 \(infos hidden; --verbose shows them\)\n$/);
    const report = parse(readFileSync(join(folder, 'r.json'), 'utf8'));
    expect([report.result, report.maxWarnings, report.summary.errors, report.summary.warnings]).toEqual(['fail', 0, 0, 1]);
    const junit = readFileSync(join(folder, 'r.xml'), 'utf8');
    expect(junit).toContain('<property name="result" value="fail"/>');
    expect(junit).toMatch(/<testcase name="input\/encoding"[^>]*>\s*<failure [^>]*type="warning"/);
    const sarif = JSON.parse(readFileSync(join(folder, 'r.sarif'), 'utf8')) as { runs: Array<{ properties: { submissions: unknown } }> };
    expect(sarif.runs[0]!.properties.submissions).toEqual([{ path: WARNINGS_ONLY, result: 'fail' }]);
  });

  it('within the limit it passes and says nothing about it', async () => {
    const run = await runCli(['check', WARNINGS_ONLY, '--max-warnings', '1']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/\n✔ PASS {2}0 errors, 1 warning, 2 infos \(infos hidden; --verbose shows them\)\n$/);
    const json = parse((await runCli(['check', WARNINGS_ONLY, '--max-warnings', '1', '--format', 'json'])).stdout);
    expect([json.result, json.maxWarnings]).toEqual(['pass', 1]);
  });
});
