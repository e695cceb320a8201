// CI for repositories of drawings (issue 18): batch --changed-since <ref>, the GitHub Action's run script and the
// pre-commit hook's command, on a small git repository made at test time. The script and hook run the built bundle
// (dist/bundle/cadcheck.js, `npm run build`), as a runner would.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidReport, REPO, runCli, type JsonReport } from './helpers.js';

const VALID = join(REPO, 'fixtures/ge-388/valid');
const BOW_TIE = join(REPO, 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building');
const WARNED = join(REPO, 'fixtures/ge-388/rules/photos/clock-disagrees/fail/gps-date-a-day-later');
const BUNDLE = join(REPO, 'dist/bundle/cadcheck.js');

/** A folder holding a `cadcheck` command that runs the built bundle, to put first on PATH as a runner or pre-commit would. */
function cadcheckOnPath(name: string): string {
  const bin = join(root, name);
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'cadcheck'), `#!/bin/sh\nexec node ${JSON.stringify(BUNDLE)} "$@"\n`);
  chmodSync(join(bin, 'cadcheck'), 0o755);
  return bin;
}
const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };

let root: string;

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

/**
 * A repository of drawings: submissions/alpha (the valid survey), submissions/beta (a bow-tie building: fails),
 * submissions/gamma (a survey with one warning) and a README, committed on main; then a branch that changes alpha only.
 */
function drawingsRepository(name: string): string {
  const repo = join(root, name);
  mkdirSync(join(repo, 'submissions'), { recursive: true });
  cpSync(VALID, join(repo, 'submissions/alpha'), { recursive: true });
  cpSync(BOW_TIE, join(repo, 'submissions/beta'), { recursive: true });
  cpSync(WARNED, join(repo, 'submissions/gamma'), { recursive: true });
  writeFileSync(join(repo, 'README.md'), 'surveys\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'surveys');
  git(repo, 'checkout', '-q', '-b', 'fix-alpha');
  appendFileSync(join(repo, 'submissions/alpha/cadcheck.json'), '\n');
  git(repo, 'commit', '-q', '-am', 'alpha: manifest');
  return repo;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cadcheck-ci-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function jsonLines(stdout: string): { reports: JsonReport[]; summary: unknown } {
  const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
  const summary = lines.pop();
  for (const report of lines) expectValidReport(report);
  return { reports: lines as JsonReport[], summary };
}

describe('cadcheck batch --changed-since <git-ref>', () => {
  it('checks only the submissions with files changed since the ref: committed on the branch, uncommitted, untracked', async () => {
    const repo = drawingsRepository('changed');
    const committed = await runCli(['batch', 'submissions', '--jobs', '1', '--changed-since', 'main'], { cwd: repo });
    expect([committed.exitCode, committed.stderr]).toEqual([0, '']);
    const first = jsonLines(committed.stdout);
    expect(first.reports.map((report) => [report.submission.path, report.result])).toEqual([['submissions/alpha', 'pass']]);
    expect(first.summary).toEqual({ summary: { submissions: 1, checked: 1, passed: 1, failed: 0, interrupted: false, unchanged: 2 } });

    // beta changed and not committed, a new zip not yet added, a file outside the submissions: alpha, beta and the zip.
    appendFileSync(join(repo, 'submissions/beta/cadcheck.json'), '\n');
    writeFileSync(join(repo, 'submissions/delta.zip'), Buffer.from('PK\u0003\u0004 cut off', 'latin1'));
    writeFileSync(join(repo, 'README.md'), 'surveys, 2024\n');
    const working = await runCli(['batch', 'submissions', '--jobs', '1', '--changed-since', 'main'], { cwd: repo, isTTY: true, env: { NO_COLOR: '1' } });
    expect(working.exitCode).toBe(1);
    // Checked together, alpha and beta (the same land drawn twice) overlap: the cross-submission check runs among those checked.
    expect(working.stdout).toBe([
      'SUBMISSION  VERDICT  ERRORS  WARNINGS  FIRST ERROR',
      'alpha       FAIL          1         3  tolerance/registered-overlap: Parcel overlaps parcel 01.14.07.012.034 of submission submissions/beta by 31.920 m (limit 0.30 m), over 1240.00 m²: both claim this land',
      'beta        FAIL          2         3  geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself',
      `delta.zip   FAIL          1         0  input/readable: submissions/delta.zip cannot be read: cannot open the submission: ${join(repo, 'submissions/delta.zip')} is not a readable zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.).`,
      '',
      '3 submissions checked: 0 passed, 3 failed · 4 errors, 6 warnings · 1 unchanged since main, not checked',
      '',
    ].join('\n'));
  });

  it('nothing changed: no submission checked, exit 0, and the table says so', async () => {
    const repo = drawingsRepository('unchanged');
    const result = await runCli(['batch', 'submissions', '--changed-since', 'HEAD'], { cwd: repo, isTTY: true, env: { NO_COLOR: '1' } });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([0, '0 submissions checked: 0 passed, 0 failed · 0 errors, 0 warnings · 3 unchanged since HEAD, not checked\n', '']);
  });

  it('exit 2 with one line when the folder is not in a git repository or the ref is unknown', async () => {
    const plain = join(root, 'not-a-repo');
    cpSync(VALID, join(plain, 'alpha'), { recursive: true });
    const notRepo = await runCli(['batch', plain, '--changed-since', 'main']);
    expect([notRepo.exitCode, notRepo.stdout]).toEqual([2, '']);
    expect(notRepo.stderr).toBe(`cadcheck: ${plain} is not in a git repository (not a git repository (or any of the parent directories): .git): --changed-since compares the folder with a git ref, so it needs one.\n`);
    const repo = drawingsRepository('bad-ref');
    const unknown = await runCli(['batch', 'submissions', '--changed-since', 'no-such-branch'], { cwd: repo });
    expect([unknown.exitCode, unknown.stdout, unknown.stderr]).toEqual([2, '', 'cadcheck: --changed-since no-such-branch: no such commit, branch or tag in this repository. In CI, fetch it first (e.g. git fetch origin main, then --changed-since origin/main).\n']);
    const option = await runCli(['batch', 'submissions', '--changed-since', '--output=x'], { cwd: repo });
    expect([option.exitCode, option.stderr]).toEqual([2, 'cadcheck: --changed-since needs a git ref (a branch, tag or commit), not "--output=x".\n']);
  });
});

describe('the GitHub Action (action.yml) and its run script', () => {
  const action = readFileSync(join(REPO, 'action.yml'), 'utf8');

  it('action.yml: a composite action that installs from its own folder, runs scripts/ci/cadcheck-ci.sh with every input, uploads the SARIF', () => {
    expect(action).toMatch(/^runs:\n {2}using: composite\n/m);
    expect(action).toContain('      run: cd "$GITHUB_ACTION_PATH" && npm ci --no-audit --no-fund\n');
    expect(action).toContain('      run: bash "$GITHUB_ACTION_PATH/scripts/ci/cadcheck-ci.sh"\n');
    expect(action).toContain('      uses: github/codeql-action/upload-sarif@v3\n');
    const inputs = [...action.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map((match) => match[1]).filter((name) => name !== 'exit-code');
    const passed = [...action.matchAll(/^ {8}INPUT_([A-Z_]+): \$\{\{ inputs\.([a-z-]+) \}\}$/gm)].map((match) => [match[1], match[2]]);
    // Every input but the action's own (upload-sarif, node-version) reaches the script, under its own name.
    expect(passed.map(([, input]) => input)).toEqual(inputs.filter((name) => name !== 'upload-sarif' && name !== 'node-version'));
    for (const [variable, input] of passed) expect(variable).toBe(input!.toUpperCase().replace(/-/g, '_'));
  });

  it('the run script checks the changed submissions, writes SARIF and JUnit, sets exit-code and exits with cadcheck\'s code', () => {
    const repo = drawingsRepository('action');
    appendFileSync(join(repo, 'submissions/beta/cadcheck.json'), '\n');
    git(repo, 'commit', '-q', '-am', 'beta: manifest');
    const outputFile = join(repo, '..', 'action-github-output');
    const run = spawnSync('bash', [join(REPO, 'scripts/ci/cadcheck-ci.sh')], {
      cwd: repo, encoding: 'utf8',
      env: { ...process.env, CADCHECK_JS: BUNDLE, INPUT_PATH: 'submissions', INPUT_CHANGED_SINCE: 'main', INPUT_SARIF: 'out/cadcheck.sarif', INPUT_JUNIT: 'out/cadcheck.xml', INPUT_MAX_WARNINGS: '0', GITHUB_OUTPUT: outputFile, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('cadcheck: cannot write ' + join(repo, 'out/cadcheck.sarif') + ': the folder does not exist.\n');
    expect(run.status).toBe(2);
    expect(readFileSync(outputFile, 'utf8')).toBe('exit-code=2\n');

    mkdirSync(join(repo, 'out'));
    const again = spawnSync('bash', [join(REPO, 'scripts/ci/cadcheck-ci.sh')], {
      cwd: repo, encoding: 'utf8',
      env: { ...process.env, CADCHECK_JS: BUNDLE, INPUT_PATH: 'submissions', INPUT_CHANGED_SINCE: 'main', INPUT_SARIF: 'out/cadcheck.sarif', INPUT_JUNIT: 'out/cadcheck.xml', INPUT_MAX_WARNINGS: '0', GITHUB_OUTPUT: outputFile, NO_COLOR: '1' },
    });
    expect([again.status, again.stderr]).toEqual([1, '']);
    expect(readFileSync(outputFile, 'utf8')).toBe('exit-code=2\nexit-code=1\n');
    expect(again.stdout).toBe([
      'SUBMISSION  VERDICT  ERRORS  WARNINGS  FIRST ERROR',
      'alpha       FAIL          1         3  tolerance/registered-overlap: Parcel overlaps parcel 01.14.07.012.034 of submission submissions/beta by 31.920 m (limit 0.30 m), over 1240.00 m²: both claim this land',
      'beta        FAIL          2         3  geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself',
      '',
      '2 submissions checked: 0 passed, 2 failed · 3 errors, 6 warnings · 1 unchanged since main, not checked',
      '',
    ].join('\n'));
    const sarif = JSON.parse(readFileSync(join(repo, 'out/cadcheck.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    // One run over the two submissions checked; its errors are those of the table.
    expect(sarif.runs[0]!.results.filter((result) => result.level === 'error').map((result) => [result.ruleId, result.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['tolerance/registered-overlap', 'submissions/alpha/parcel.shp'], ['geometry/valid', 'submissions/beta/building.shp'], ['tolerance/registered-overlap', 'submissions/beta/parcel.shp'],
    ]);
    const junit = readFileSync(join(repo, 'out/cadcheck.xml'), 'utf8');
    expect([...junit.matchAll(/<testsuite name="([^"]*)"/g)].map((match) => match[1])).toEqual(['submissions/alpha', 'submissions/beta']);
  });

  it('command check runs check on one submission with a text report', () => {
    const repo = drawingsRepository('action-check');
    const run = spawnSync('bash', [join(REPO, 'scripts/ci/cadcheck-ci.sh')], {
      cwd: repo, encoding: 'utf8', env: { ...process.env, CADCHECK_JS: BUNDLE, INPUT_COMMAND: 'check', INPUT_PATH: 'submissions/gamma', INPUT_MAX_WARNINGS: '0', INPUT_SARIF: '', NO_COLOR: '1', GITHUB_OUTPUT: '' },
    });
    expect([run.status, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toContain('✖ FAIL  0 errors, 1 warning');
    const wrong = spawnSync('bash', [join(REPO, 'scripts/ci/cadcheck-ci.sh')], { cwd: repo, encoding: 'utf8', env: { ...process.env, CADCHECK_JS: BUNDLE, INPUT_COMMAND: 'check', INPUT_PATH: 'submissions/gamma', INPUT_CHANGED_SINCE: 'main' } });
    expect([wrong.status, wrong.stderr]).toEqual([2, 'cadcheck action: changed-since works with command: batch\n']);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8');
  const entry = /^ {2}entry: (.+)$/m.exec(hooks)?.[1];
  const args = /^ {2}args: \[(.*)\]$/m.exec(hooks)?.[1];

  it('is a node hook running cadcheck batch on the changed submissions, files not passed', () => {
    expect(hooks).toMatch(/^- id: cadcheck$/m);
    expect(entry).toBe('cadcheck batch --format table --changed-since HEAD');
    expect(hooks).toMatch(/^ {2}language: node$/m);
    expect(hooks).toMatch(/^ {2}pass_filenames: false$/m);
    expect(args).toBe('.');
  });

  it('its command, as pre-commit runs it (entry, then the args), checks the staged submission and fails the commit on an error', () => {
    const repo = drawingsRepository('pre-commit');
    // cadcheck on PATH, as pre-commit's node environment puts the package's bin there.
    const bin = cadcheckOnPath('bin');
    const hook = (folder: string) => spawnSync('sh', ['-c', `${entry} ${folder}`], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' } });

    const clean = hook('submissions');
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '0 submissions checked: 0 passed, 0 failed · 0 errors, 0 warnings · 3 unchanged since HEAD, not checked\n', '']);
    // A surveyor stages a broken building into gamma: only gamma is checked, and the commit is stopped (exit 1).
    cpSync(join(BOW_TIE, 'building.shp'), join(repo, 'submissions/gamma/building.shp'));
    cpSync(join(BOW_TIE, 'building.shx'), join(repo, 'submissions/gamma/building.shx'));
    cpSync(join(BOW_TIE, 'building.dbf'), join(repo, 'submissions/gamma/building.dbf'));
    git(repo, 'add', 'submissions/gamma');
    const staged = hook('submissions');
    expect([staged.status, staged.stderr]).toEqual([1, '']);
    expect(staged.stdout).toBe([
      'SUBMISSION  VERDICT  ERRORS  WARNINGS  FIRST ERROR',
      'gamma       FAIL          1         1  geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself',
      '',
      '1 submission checked: 0 passed, 1 failed · 1 error, 1 warning · 2 unchanged since HEAD, not checked',
      '',
    ].join('\n'));
  });
});

describe('the GitLab CI example in docs/ci.md', () => {
  it("its script, run in a merge request's checkout, writes the JUnit report GitLab reads and the CSV summary", () => {
    const doc = readFileSync(join(REPO, 'docs/ci.md'), 'utf8');
    const job = /## GitLab CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    // The one script command, its continuation line joined as YAML folds it.
    const script = /^ {2}script:\n {4}- (.+)\n {8}(.+)$/m.exec(job)!;
    const command = `${script[1]} ${script[2]}`;
    expect(command).toBe('cadcheck batch submissions --changed-since "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format table --format junit --output cadcheck.xml --summary cadcheck.csv');
    expect(job).toMatch(/^ {4}reports:\n {6}junit: cadcheck\.xml$/m);
    const repo = drawingsRepository('gitlab');
    // The runner's checkout: the target branch fetched as origin/main.
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'main');
    const bin = cadcheckOnPath('gitlab-bin');
    const run = spawnSync('sh', ['-c', command], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' } });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe([
      'SUBMISSION  VERDICT  ERRORS  WARNINGS  FIRST ERROR',
      'alpha       PASS          0         0',
      '',
      '1 submission checked: 1 passed, 0 failed · 0 errors, 0 warnings · 2 unchanged since origin/main, not checked',
      '',
    ].join('\n'));
    const junit = readFileSync(join(repo, 'cadcheck.xml'), 'utf8');
    expect([...junit.matchAll(/<testsuite name="([^"]*)"/g)].map((match) => match[1])).toEqual(['submissions/alpha']);
    expect(readFileSync(join(repo, 'cadcheck.csv'), 'utf8').split('\r\n')[1]).toBe('submissions/alpha,pass,0,0,,,Nino Kapanadze,01.14.07.012.034,0,0,0,0,0,0,0');
  });
});
