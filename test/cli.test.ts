// CLI scenarios (markdownlint-cli2 style): exit codes, bad flags and paths, colour, formats, output files.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideColorLevel } from '../src/cli.js';
import { expectValidReport, REPO, runCli, type JsonReport } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';
const ESC = '\u001b[';

describe('exit codes', () => {
  it.each([
    { name: 'valid survey passes', args: ['check', VALID], exitCode: 0, stdoutRe: /✔ PASS/ },
    { name: 'invalid survey fails', args: ['check', BOW_TIE], exitCode: 1, stdoutRe: /✖ FAIL {2}1 error/ },
    { name: 'one failing of two fails the run', args: ['check', VALID, BOW_TIE], exitCode: 1, stdoutRe: /PASS[\s\S]*FAIL/ },
    { name: '--help', args: ['--help'], exitCode: 0, stdoutRe: /Usage: cadcheck/ },
    { name: '--version', args: ['--version'], exitCode: 0, stdoutRe: /^\d+\.\d+\.\d+\n$/ },
  ])('$name → $exitCode', async ({ args, exitCode, stdoutRe }) => {
    const result = await runCli(args);
    expect(result.stdout).toMatch(stdoutRe);
    expect(result.exitCode).toBe(exitCode);
  });

  it.each([
    { name: 'missing path', args: ['check', 'no/such/survey'], stderrRe: /^cadcheck: no\/such\/survey: no such file or folder\. Give the path of a submission folder or \.zip\.\n$/ },
    { name: 'unknown option', args: ['check', VALID, '--frobnicate'], stderrRe: /unknown option '--frobnicate'/ },
    { name: 'unknown command', args: ['chekc', VALID], stderrRe: /unknown command 'chekc'/ },
    { name: 'no submission given', args: ['check'], stderrRe: /missing required argument 'submission'/ },
    { name: 'unknown format', args: ['check', VALID, '--format', 'pdf'], stderrRe: /^cadcheck: Unknown format "pdf"/ },
    { name: 'bad --max-warnings', args: ['check', VALID, '--max-warnings', 'many'], stderrRe: /--max-warnings must be a whole number/ },
    { name: 'bad --survey-date', args: ['check', VALID, '--survey-date', '14.05.2024'], stderrRe: /--survey-date must be written YYYY-MM-DD/ },
    { name: 'unknown profile', args: ['check', VALID, '--profile', 'xx-1'], stderrRe: /Unknown profile "xx-1"/ },
    { name: 'a file, not a folder', args: ['check', 'package.json'], stderrRe: /package\.json: not a folder/ },
  ])('$name → exit 2 with one clear message, no stack trace', async ({ args, stderrRe }) => {
    const result = await runCli(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(stderrRe);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('colour', () => {
  it('is off when stdout is not a TTY', async () => {
    expect((await runCli(['check', BOW_TIE])).stdout).not.toContain(ESC);
  });
  it('is on at a TTY', async () => {
    expect((await runCli(['check', BOW_TIE], { isTTY: true })).stdout).toContain(ESC);
  });
  it('NO_COLOR turns it off even at a TTY', async () => {
    expect((await runCli(['check', BOW_TIE], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
  it('--no-color turns it off, --color forces it', async () => {
    expect((await runCli(['check', BOW_TIE, '--no-color'], { isTTY: true })).stdout).not.toContain(ESC);
    expect((await runCli(['check', BOW_TIE, '--color'])).stdout).toContain(ESC);
  });
  it('is decided in the documented order: flag, NO_COLOR, FORCE_COLOR, TTY', () => {
    expect(decideColorLevel(true, { NO_COLOR: '1' }, false)).toBe(1);
    expect(decideColorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(0);
    expect(decideColorLevel(undefined, { FORCE_COLOR: '1' }, false)).toBe(1);
    expect(decideColorLevel(undefined, { FORCE_COLOR: '0' }, true)).toBe(0);
    expect(decideColorLevel(undefined, { NO_COLOR: '' }, true)).toBe(1);
  });
});

describe('text report', () => {
  it('names the file, the feature, the rule, the location and the article', async () => {
    const { stdout } = await runCli(['check', BOW_TIE]);
    expect(stdout).toContain('building.shp');
    expect(stdout).toMatch(/error {3}#1 \(02\) Invalid geometry \(self-intersection\): the boundary crosses itself {2}geometry\/valid/);
    expect(stdout).toContain('at 481723, 4618727.5 · Resolution No. 388 (2016), Annex 1, Art. 8(4)(a)');
  });
  it('--quiet hides warnings, --verbose shows infos', async () => {
    const warning = 'fixtures/ge-388/rules/input/encoding/fail/georgian-dbf-without-cpg';
    // The rule id ends a finding's line (the fixture's path also contains it, on the first line).
    expect((await runCli(['check', warning])).stdout).toMatch(/ {2}input\/encoding$/m);
    expect((await runCli(['check', warning, '--quiet'])).stdout).not.toMatch(/ {2}input\/encoding$/m);
    // Without registered data the overlap rule says, as an info, that it did not check.
    const info = 'fixtures/ge-388/valid';
    expect((await runCli(['check', info])).stdout).not.toMatch(/ {2}tolerance\/registered-overlap$/m);
    expect((await runCli(['check', info, '--verbose'])).stdout).toMatch(/ {2}tolerance\/registered-overlap$/m);
  });
});

describe('formats and outputs', () => {
  it('writes several formats in one run, each to its own file, atomically', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-out-'));
    const result = await runCli(['check', BOW_TIE, '--format', 'json', '--output', join(folder, 'report.json'), '--format', 'text', '--output', join(folder, 'report.txt')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as JsonReport;
    expectValidReport(report);
    expect(report.findings[0]!.ruleId).toBe('geometry/valid');
    expect(readFileSync(join(folder, 'report.txt'), 'utf8')).toContain('✖ FAIL');
    expect(readdirSync(folder).sort()).toEqual(['report.json', 'report.txt']); // no temp file left behind
  });
  it('several submissions in JSON are JSON Lines, each a valid report', async () => {
    const { stdout } = await runCli(['check', VALID, BOW_TIE, '--format', 'json']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    lines.forEach((line) => expectValidReport(JSON.parse(line)));
  });
  it('refuses two formats on standard output', async () => {
    const result = await runCli(['check', VALID, '--format', 'json', '--format', 'text']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Only one format can go to standard output/);
  });
});

describe('configuration', () => {
  it('is found from the working folder upwards and can turn a rule off', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-cfg-'));
    writeFileSync(join(folder, 'cadcheck.config.json'), JSON.stringify({ rules: { 'geometry/valid': 'off' } }));
    const result = await runCli(['check', join(REPO, BOW_TIE)], { cwd: folder });
    expect(result.exitCode).toBe(0);
  });
  it('a bad config is exit 2 naming the key', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-cfg-'));
    writeFileSync(join(folder, 'cadcheck.config.json'), JSON.stringify({ tolerances: { accuracy: 'fine' } }));
    const result = await runCli(['check', join(REPO, VALID)], { cwd: folder });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/"tolerances\.accuracy" must be number/);
  });
});

describe('rules command', () => {
  it('lists every rule of the profile with its severity and basis', async () => {
    const { stdout, exitCode } = await runCli(['rules']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^geometry\/valid +error +Art\. 8\(4\)\(a\) +Every polygon is OGC-valid/m);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as Array<{ id: string }>;
    expect(json.map((rule) => rule.id)).toContain('input/readable');
  });
});

describe('legal references', () => {
  it('follow the profile annex, unless the basis names its own annex', async () => {
    const { legalReference } = await import('../src/engine/reference.js');
    const settings = { referencePrefix: 'Resolution No. 388 (2016), Annex 1' };
    expect(legalReference(settings, 'Art. 2(3)')).toBe('Resolution No. 388 (2016), Annex 1, Art. 2(3)');
    expect(legalReference(settings, 'Annex 2 Art. 2(1)(a)')).toBe('Resolution No. 388 (2016), Annex 2 Art. 2(1)(a)');
    expect(legalReference(settings, null)).toBeNull();
  });
});
