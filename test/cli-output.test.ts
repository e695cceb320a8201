// The CLI's output edge: --format/--output pairing (the docs/reports.md example byte for byte), report files that cannot
// be written (one exit-2 line, checked before the run), and --max-warnings saying why it failed in every format.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidReport, REPO, runCli } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';

/** The command of the first `cadcheck check` block of docs/reports.md, as words (backslash-newline continuations joined, `npx ` dropped). */
function documentedExample(): string[] {
  const doc = readFileSync(join(REPO, 'docs/reports.md'), 'utf8');
  const block = /```(?:sh)?\n(?:npx )?(cadcheck check [\s\S]*?)\n```/.exec(doc)![1]!;
  return block.replace(/\\\n/g, ' ').trim().split(/\s+/).slice(1);
}

describe('--format and --output pairing', () => {
  it('the docs/reports.md example: every file holds exactly what its format produces, text goes to stdout', async () => {
    const args = documentedExample();
    expect(args).toEqual(['check', 'survey/', '--format', 'text', '--format', 'html', '--output', 'survey-report.html', '--format', 'junit', '--output', 'cadcheck.xml', '--format', 'sarif', '--output', 'cadcheck.sarif']);
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-doc-'));
    const survey = join(REPO, BOW_TIE);
    const run = await runCli(args.map((arg) => (arg === 'survey/' ? survey : arg)), { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(['cadcheck.sarif', 'cadcheck.xml', 'survey-report.html']);
    for (const [format, file] of [['html', 'survey-report.html'], ['junit', 'cadcheck.xml'], ['sarif', 'cadcheck.sarif']] as const) {
      const alone = await runCli(['check', survey, '--format', format], { cwd: folder });
      expect(readFileSync(join(folder, file), 'utf8'), `${file} holds the ${format} report`).toBe(alone.stdout);
    }
    expect(run.stdout).toBe((await runCli(['check', survey, '--format', 'text'], { cwd: folder })).stdout);
    expect(run.stdout).toMatch(/✖ FAIL/);
  });

  it('the pairing follows the order given, not the count: a format after the files goes to stdout', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-pair-'));
    const survey = join(REPO, BOW_TIE);
    const run = await runCli(['check', survey, '--format', 'json', '--output', 'r.json', '--format', 'junit'], { cwd: folder });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^<\?xml/);
    const report: unknown = JSON.parse(readFileSync(join(folder, 'r.json'), 'utf8'));
    expectValidReport(report);
  });

  it.each([
    {
      name: 'an --output before any --format',
      args: ['--output', 'ci.xml', '--format', 'junit'],
      stderr: 'cadcheck: --output ci.xml has no --format of its own right before it: write each --output just after its format, e.g. --format junit --output ci.xml.\n',
    },
    {
      name: 'an --output with no --format at all',
      args: ['--output', 'report.html'],
      stderr: 'cadcheck: --output report.html has no --format of its own right before it: write each --output just after its format, e.g. --format html --output report.html.\n',
    },
    {
      name: 'two --output after one --format',
      args: ['--format', 'json', '--output', 'a.json', '--output', 'b.json'],
      stderr: 'cadcheck: --output b.json has no --format of its own right before it: write each --output just after its format, e.g. --format json --output b.json.\n',
    },
    {
      name: 'two formats left for standard output',
      args: ['--format', 'text', '--format', 'sarif', '--format', 'html', '--output', 'r.html'],
      stderr: 'cadcheck: Only one format can go to standard output, but --format text and --format sarif have no --output: give all but one an --output FILE right after it, e.g. --format sarif --output report.sarif.\n',
    },
    {
      name: 'one file for two formats',
      args: ['--format', 'json', '--output', 'r.out', '--format', 'junit', '--output', './r.out'],
      stderr: 'cadcheck: --output ./r.out is given for both --format json and --format junit: give each format its own file.\n',
    },
  ])('$name is exit 2 with one line saying how to write it', async ({ args, stderr }) => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-pair-'));
    const run = await runCli(['check', join(REPO, VALID), ...args], { cwd: folder });
    expect(run.stderr).toBe(stderr);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('report files that cannot be written: one exit-2 line, before any work', () => {
  const blocked = (): { folder: string; file: string } => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-unwritable-'));
    const file = join(folder, 'a-file');
    writeFileSync(file, 'x');
    mkdirSync(join(folder, 'a-folder'));
    return { folder, file };
  };

  it.each([
    { name: 'a missing folder', output: '/nonexistent-dir/ci.xml', line: 'cannot write /nonexistent-dir/ci.xml: the folder does not exist.' },
    { name: 'a folder', output: '<dir>/a-folder', line: 'cannot write <dir>/a-folder: it is a folder; give a file name, e.g. <dir>/a-folder/report.' },
    { name: 'a path through a file', output: '<dir>/a-file/ci.xml', line: 'cannot write <dir>/a-file/ci.xml: a part of the path is a file, not a folder.' },
    { name: 'a place even root cannot write (sysfs)', output: '/sys/ci.xml', line: 'cannot write /sys/ci.xml: permission denied.' },
  ])('check --output naming $name', async ({ output, line }) => {
    const { folder } = blocked();
    const run = await runCli(['check', join(REPO, VALID), '--format', 'junit', '--output', output.replace('<dir>', folder)]);
    expect(run.stderr).toBe(`cadcheck: ${line.replaceAll('<dir>', folder)}\n`);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('a read-only folder (as an unprivileged user, so the mode holds)', async () => {
    const { folder } = blocked();
    const readOnly = join(folder, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    chmodSync(folder, 0o755);
    const target = join(readOnly, 'ci.xml');
    if (process.getuid?.() === 0) {
      // Root writes through any mode: run the built CLI as nobody instead.
      const { spawnSync } = await import('node:child_process');
      const setpriv = spawnSync('setpriv', ['--version']);
      if (setpriv.status !== 0) return console.warn('skipped: running as root and setpriv is absent');
      const run = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, join(REPO, 'dist/bundle/cadcheck.js'), 'check', join(REPO, VALID), '--format', 'json', '--output', target], { encoding: 'utf8', cwd: tmpdir() });
      expect(run.stderr).toBe(`cadcheck: cannot write ${target}: permission denied.\n`);
      expect(run.status).toBe(2);
    } else {
      const run = await runCli(['check', join(REPO, VALID), '--format', 'json', '--output', target]);
      expect(run.stderr).toBe(`cadcheck: cannot write ${target}: permission denied.\n`);
      expect(run.exitCode).toBe(2);
    }
    expect(readdirSync(readOnly)).toEqual([]);
  });

  it('batch --reports naming a file, --summary naming a folder or a missing folder: refused before the batch runs', async () => {
    const { folder, file } = blocked();
    const batch = join(REPO, 'fixtures/ge-388/rules/geometry/valid/fail');
    const cases = [
      { args: ['--reports', file], line: `cannot write reports into ${file}: it is a file, not a folder.` },
      { args: ['--summary', join(folder, 'a-folder')], line: `cannot write ${join(folder, 'a-folder')}: it is a folder; give a file name, e.g. ${join(folder, 'a-folder', 'report')}.` },
      { args: ['--summary', join(folder, 'missing', 'summary.csv')], line: `cannot write ${join(folder, 'missing', 'summary.csv')}: the folder does not exist.` },
      { args: ['--reports', join(file, 'reports')], line: `cannot write reports into ${join(file, 'reports')}: a part of the path is a file, not a folder.` },
      { args: ['--reports', '/sys/cadcheck-reports'], line: 'cannot write reports into /sys/cadcheck-reports: permission denied.' },
    ];
    for (const { args, line } of cases) {
      const started = Date.now();
      const run = await runCli(['batch', batch, '--jobs', '1', ...args]);
      expect(run.stderr).toBe(`cadcheck: ${line}\n`);
      expect(run.exitCode).toBe(2);
      // Nothing was checked: no report line, no summary line on stdout.
      expect(run.stdout).toBe('');
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
