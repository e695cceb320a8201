// cadcheck batch for a person (issue 18): a table on a terminal, JSON Lines for programs, check's per-submission
// options (--lang, report formats into --reports), the CSV summary a spreadsheet opens right, a damaged zip alike in
// check and batch.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidReport, REPO, runCli, type JsonReport } from './helpers.js';

const VALID = join(REPO, 'fixtures/ge-388/valid');
const BOW_TIE = join(REPO, 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building');

let root: string;
let inbox: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cadcheck-clerk-'));
  inbox = join(root, 'inbox');
  mkdirSync(inbox);
  // Two copies of the valid survey claim the same land (the cross-submission overlap, with its m²); a bow-tie building;
  // a zip cut off in transfer; and one survey far from the others is not needed: every verdict here is known.
  cpSync(VALID, join(inbox, 'ნაკვეთი-ა'), { recursive: true });
  cpSync(VALID, join(inbox, 'ნაკვეთი-ბ'), { recursive: true });
  cpSync(BOW_TIE, join(inbox, 'bow-tie'), { recursive: true });
  writeFileSync(join(inbox, 'damaged.zip'), Buffer.from('PK\u0003\u0004 cut off in transfer', 'latin1'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const overlap = (other: string): string =>
  `tolerance/registered-overlap: Parcel overlaps parcel 01.14.07.012.034 of submission ${join(inbox, other)} by 31.920 m (limit 0.30 m), over 1240.00 m²: both claim this land`;

function jsonLines(stdout: string): { reports: JsonReport[]; summary: unknown } {
  const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
  const summary = lines.pop();
  for (const report of lines) expectValidReport(report);
  return { reports: lines as JsonReport[], summary };
}

describe('batch on a terminal and in a pipe', () => {
  it('on a TTY prints a table (submission, verdict, errors, warnings, first error) and the totals', async () => {
    const { exitCode, stdout, stderr } = await runCli(['batch', inbox, '--jobs', '2'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('SUBMISSION   VERDICT  ERRORS  WARNINGS  FIRST ERROR');
    expect(lines[1]).toBe('bow-tie      FAIL          3         6  geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself');
    expect(lines[2]).toMatch(new RegExp(`^damaged\\.zip  FAIL          1         0  input/readable: ${join(inbox, 'damaged.zip')} cannot be read: cannot open the submission: .*not a readable zip archive`));
    expect(lines[3]).toBe(`ნაკვეთი-ა    FAIL          2         6  ${overlap('bow-tie')}`);
    expect(lines[4]).toBe(`ნაკვეთი-ბ    FAIL          2         6  ${overlap('bow-tie')}`);
    expect(lines.slice(5)).toEqual(['', '4 submissions checked: 0 passed, 4 failed · 8 errors, 18 warnings', '']);
  });

  it('under --lang ka the table is in Georgian too: headings, verdicts, totals', async () => {
    const { exitCode, stdout } = await runCli(['batch', inbox, '--jobs', '2', '--lang', 'ka'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(exitCode).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('კომპლექტი    შედეგი      შეცდომები  გაფრთხილებები  პირველი შეცდომა');
    expect(lines[1]).toBe('bow-tie      უარყოფილია          3              6  geometry/valid: არასწორი გეომეტრია (თვითგადაკვეთა): საზღვარი თავის თავს კვეთს');
    expect(lines.at(-2)).toBe('შემოწმდა 4 კომპლექტი — მიღებულია: 0, უარყოფილია: 4 · 8 შეცდომა, 18 გაფრთხილება');
  });

  it('cuts the first error to the terminal width', async () => {
    const { Writable } = await import('node:stream');
    const { main } = await import('../src/cli.js');
    let stdout = '';
    const out = Object.assign(new Writable({ write: (chunk: Buffer, _encoding, done) => ((stdout += chunk.toString()), done()) }), { isTTY: true, columns: 80 });
    const err = new Writable({ write: (_chunk, _encoding, done) => done() });
    expect(await main({ argv: ['batch', inbox, '--jobs', '2'], stdout: out, stderr: err, env: { NO_COLOR: '1' }, cwd: REPO })).toBe(1);
    const lines = stdout.split('\n');
    // 40 columns of cells before the first error: 40 characters of it, the last an ellipsis.
    expect(lines[1]).toBe('bow-tie      FAIL          3         6  geometry/valid: Invalid geometry (self-…');
    expect(Math.max(...lines.map((line) => [...line].length))).toBe(80);
  });

  it('piped, and with --format jsonl on a TTY, prints JSON Lines: a report per submission, then the summary', async () => {
    const piped = await runCli(['batch', inbox, '--jobs', '2']);
    const asked = await runCli(['batch', inbox, '--jobs', '2', '--format', 'jsonl'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(asked.stdout).toBe(piped.stdout);
    const { reports, summary } = jsonLines(piped.stdout);
    expect(reports.map((report) => [report.submission.path, report.result, report.summary.errors])).toEqual([
      [join(inbox, 'bow-tie'), 'fail', 3], [join(inbox, 'damaged.zip'), 'fail', 1], [join(inbox, 'ნაკვეთი-ა'), 'fail', 2], [join(inbox, 'ნაკვეთი-ბ'), 'fail', 2],
    ]);
    expect(summary).toEqual({ summary: { submissions: 4, checked: 4, passed: 0, failed: 4, interrupted: false } });
    // --format json is the same JSON Lines (several submissions, as in check); --format table piped is the table.
    expect((await runCli(['batch', inbox, '--jobs', '2', '--format', 'json'])).stdout).toBe(piped.stdout);
    expect((await runCli(['batch', inbox, '--jobs', '2', '--format', 'table'])).stdout).toMatch(/^SUBMISSION {3}VERDICT/);
  });

  it.each([
    ['an unknown --format', ['--format', 'yaml'], 'cadcheck: Unknown format "yaml". Formats: table, jsonl, text, json, junit, sarif, geojson, html, csv.\n'],
    ['two formats for stdout', ['--format', 'table', '--format', 'jsonl'], 'cadcheck: Only one format can go to standard output, but --format table and --format jsonl have no --output: give all but one an --output FILE right after it, e.g. --format jsonl --output report.jsonl.\n'],
    ['--report-format without --reports', ['--report-format', 'html'], 'cadcheck: --report-format html needs --reports DIR: the folder its report files are written into.\n'],
    ['an unknown --report-format', ['--reports', 'r', '--report-format', 'csv'], 'cadcheck: Unknown --report-format "csv". Report formats: text, json, junit, sarif, geojson, html.\n'],
    ['an unknown --lang', ['--lang', 'xx'], 'cadcheck: Unknown language "xx". Languages: en, ka, ru, uk, kk.\n'],
  ])('exits 2 on %s, before anything is checked', async (_name, args, message) => {
    const result = await runCli(['batch', inbox, ...args], { cwd: root });
    expect([result.exitCode, result.stdout, result.stderr]).toEqual([2, '', message]);
  });
});

describe("check's options per submission", () => {
  it('--lang ka, --report-format html and json into --reports, --format junit --output over the batch', async () => {
    const reports = join(root, 'reports-ka');
    const junit = join(root, 'batch.xml');
    const { exitCode, stdout, stderr } = await runCli(['batch', inbox, '--jobs', '2', '--lang', 'ka', '--reports', reports, '--report-format', 'html', '--report-format', 'json', '--format', 'jsonl', '--format', 'junit', '--output', junit, '--summary', join(root, 'ka.csv')]);
    expect([exitCode, stderr]).toEqual([1, '']);
    const { reports: lines } = jsonLines(stdout);
    expect(lines[0]!.findings[0]!.message).toBe('არასწორი გეომეტრია (თვითგადაკვეთა): საზღვარი თავის თავს კვეთს');
    expect(lines[2]!.findings[0]!.message).toBe(`ნაკვეთის ზედდება კომპლექტ ${join(inbox, 'bow-tie')}-ის ნაკვეთთან 01.14.07.012.034 სიგანით 31.920 მ (ზღვარი 0.30 მ), ფართობით 1240.00 მ²: ამ მიწას ორივე ითხოვს`);
    expect(readdirSync(reports).sort()).toEqual(['bow-tie.html', 'bow-tie.json', 'damaged.zip.html', 'damaged.zip.json', 'ნაკვეთი-ა.html', 'ნაკვეთი-ა.json', 'ნაკვეთი-ბ.html', 'ნაკვეთი-ბ.json']);
    // Each JSON file is the line's report; each HTML page is that submission's, in Georgian, with the batch's cross finding.
    for (const report of lines) expect(JSON.parse(readFileSync(join(reports, `${report.submission.path.split('/').pop()}.json`), 'utf8'))).toEqual(report);
    const html = readFileSync(join(reports, 'ნაკვეთი-ა.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="ka"');
    expect(html).toContain('ფართობით 1240.00 მ²: ამ მიწას ორივე ითხოვს');
    expect(html).not.toContain('bow-tie-building');
    // One JUnit document over the batch: a testsuite per submission.
    const xml = readFileSync(junit, 'utf8');
    expect([...xml.matchAll(/<testsuite name="([^"]*)"/g)].map((match) => match[1])).toEqual(lines.map((report) => report.submission.path));
    // The summary's report column names the first --report-format's file.
    expect(readFileSync(join(root, 'ka.csv'), 'utf8').split('\r\n')[1]).toMatch(new RegExp(`^${join(inbox, 'bow-tie')},fail,3,6,geometry/valid: [^,]*,${join(reports, 'bow-tie.html')},Nino Kapanadze,01\\.14\\.07\\.012\\.034,0,1,0,0,6,2,0$`));
  });

  it("check's formats over the whole batch: one HTML page, one text stream, one SARIF run, each to its --output", async () => {
    const out = join(root, 'whole');
    mkdirSync(out);
    const { exitCode, stdout, stderr } = await runCli(['batch', inbox, '--jobs', '2', '--quiet',
      '--format', 'html', '--output', join(out, 'all.html'), '--format', 'text', '--output', join(out, 'all.txt'), '--format', 'sarif', '--output', join(out, 'all.sarif')]);
    // Every format has its file: nothing on stdout.
    expect([exitCode, stdout, stderr]).toEqual([1, '', '']);
    const html = readFileSync(join(out, 'all.html'), 'utf8');
    expect([...html.matchAll(/<section class="submission" id="[^"]*"><h2>([^<]*)<\/h2>/g)].map((match) => match[1])).toEqual(['bow-tie', 'damaged.zip', 'ნაკვეთი-ა', 'ნაკვეთი-ბ'].map((name) => join(inbox, name)));
    const text = readFileSync(join(out, 'all.txt'), 'utf8');
    expect(text.match(/✖ FAIL {2}\d+ errors?, \d+ warnings?/g)).toEqual(['✖ FAIL  3 errors, 6 warnings', '✖ FAIL  1 error, 0 warnings', '✖ FAIL  2 errors, 6 warnings', '✖ FAIL  2 errors, 6 warnings']);
    // --quiet: errors only in the text a person reads.
    expect(text).not.toMatch(/^ {4}warning /m);
    expect(text).toMatch(/^ {4}error {3}/m);
    const sarif = JSON.parse(readFileSync(join(out, 'all.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.results.filter((result) => result.level === 'error')).toHaveLength(8);
  });

  it('--max-warnings, --survey-date and --profile apply to every submission as in check', async () => {
    const one = join(root, 'one');
    // One warning (the photo's GPS date a day after its camera date), no error: passes, unless --max-warnings 0.
    cpSync(join(REPO, 'fixtures/ge-388/rules/photos/clock-disagrees/fail/gps-date-a-day-later'), join(one, 'warned'), { recursive: true });
    const plain = await runCli(['batch', one, '--jobs', '1']);
    expect([plain.exitCode, jsonLines(plain.stdout).reports.map((report) => [report.result, report.summary.warnings])]).toEqual([0, [['pass', 1]]]);
    const strict = await runCli(['batch', one, '--jobs', '1', '--max-warnings', '0', '--profile', 'ge-388']);
    expect([strict.exitCode, jsonLines(strict.stdout).reports.map((report) => [report.result, report.summary.warnings])]).toEqual([1, [['fail', 1]]]);
    // --survey-date overrides every manifest, as check's does: the same findings as check gives.
    const two = join(root, 'dated');
    cpSync(VALID, join(two, 'valid'), { recursive: true });
    const dated = jsonLines((await runCli(['batch', two, '--jobs', '1', '--survey-date', '2024-05-01'])).stdout).reports[0]!;
    const asCheck = JSON.parse((await runCli(['check', join(two, 'valid'), '--format', 'json', '--survey-date', '2024-05-01'])).stdout) as JsonReport;
    expect(dated.submission.surveyDate).toBe('2024-05-01');
    expect(dated.findings.map((finding) => [finding.ruleId, finding.message])).toEqual(asCheck.findings.map((finding) => [finding.ruleId, finding.message]));
    expect(dated.result).toBe('fail');
  });
});

describe('a damaged zip: the same verdict in check and batch', () => {
  it('check exits 1 with the input/readable finding batch gives the same zip', async () => {
    const zip = join(inbox, 'damaged.zip');
    const check = await runCli(['check', zip, '--format', 'json']);
    expect([check.exitCode, check.stderr]).toEqual([1, '']);
    const alone = JSON.parse(check.stdout) as JsonReport;
    expectValidReport(alone);
    const inBatch = jsonLines((await runCli(['batch', inbox, '--jobs', '2'])).stdout).reports[1]!;
    expect(alone.findings.map((finding) => [finding.ruleId, finding.severity, finding.message])).toEqual(inBatch.findings.map((finding) => [finding.ruleId, finding.severity, finding.message]));
    expect(alone.findings[0]!.message).toMatch(new RegExp(`^${zip} cannot be read: cannot open the submission: ${zip} is not a readable zip archive`));
  });

  it('registered data that cannot be read is exit 2 in batch, with the same line as check (not a failed row per submission)', async () => {
    const bad = join(root, 'bad-registry.geojson');
    writeFileSync(bad, '{ not json');
    const one = join(root, 'registry-batch');
    cpSync(VALID, join(one, 'a'), { recursive: true });
    const check = await runCli(['check', join(one, 'a'), '--registered', bad]);
    const batch = await runCli(['batch', one, '--jobs', '1', '--registered', bad]);
    expect([batch.exitCode, batch.stdout]).toEqual([2, '']);
    expect(check.exitCode).toBe(2);
    expect(batch.stderr).toBe(check.stderr);
    expect(batch.stderr).toMatch(new RegExp(`^cadcheck: ${bad}: the registered data cannot be read: it is not valid JSON`));
  });

  it('a path that is not there stays exit 2 in check (cadcheck could not do its job)', async () => {
    const result = await runCli(['check', join(root, 'no-such.zip')]);
    expect([result.exitCode, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`cadcheck: ${join(root, 'no-such.zip')}: no such file or folder. Give the path of a submission folder or .zip.\n`);
  });
});

/** RFC 4180 rows (quoted fields, doubled quotes), as LibreOffice writes them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

describe('the CSV summary in a real spreadsheet (LibreOffice Calc, headless)', () => {
  if (!soffice) console.warn('skipped: the CSV summary is not opened in LibreOffice here: soffice is not installed (apt-get install libreoffice-calc-nogui)');
  it.skipIf(!soffice)('opens as UTF-8 (the BOM dropped, Georgian and m² intact), one cell per field, formulas as text', { timeout: 180_000 }, async () => {
    const folder = join(root, 'spreadsheet');
    cpSync(VALID, join(folder, 'ნაკვეთი-ა'), { recursive: true });
    cpSync(VALID, join(folder, '=1+1'), { recursive: true });
    const result = await runCli(['batch', '.', '--jobs', '2', '--summary', 'summary.csv', '--lang', 'ka'], { cwd: folder });
    expect([result.exitCode, result.stderr]).toEqual([1, '']);
    const written = readFileSync(join(folder, 'summary.csv'));
    expect([...written.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // CSV (character set left for Calc to detect, as a double-click does) -> xlsx -> CSV in UTF-8: what Calc's cells hold.
    const profile = `file://${join(root, 'lo-profile')}`;
    const out = join(root, 'lo');
    const run = (args: string[]) => execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', ...args, '--outdir', out], { stdio: 'pipe', timeout: 150_000 });
    run(['--infilter=Text - txt - csv (StarCalc):44,34,,1', '--convert-to', 'xlsx', join(folder, 'summary.csv')]);
    run(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', join(out, 'summary.xlsx')]);
    const cells = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(cells[0]).toEqual(['path', 'result', 'errors', 'warnings', 'first_error', 'report', 'applicant', 'cadastral_codes',
      'attributes_findings', 'geometry_findings', 'input_findings', 'metadata_findings', 'photos_findings', 'tolerance_findings', 'topology_findings']);
    expect(cells.slice(1)).toEqual([
      ["'=1+1", 'fail', '1', '3', 'tolerance/registered-overlap: ნაკვეთის ზედდება კომპლექტ ნაკვეთი-ა-ის ნაკვეთთან 01.14.07.012.034 სიგანით 31.920 მ (ზღვარი 0.30 მ), ფართობით 1240.00 მ²: ამ მიწას ორივე ითხოვს', '', 'Nino Kapanadze', '01.14.07.012.034', '0', '0', '0', '0', '3', '1', '0'],
      ['ნაკვეთი-ა', 'fail', '1', '3', 'tolerance/registered-overlap: ნაკვეთის ზედდება კომპლექტ =1+1-ის ნაკვეთთან 01.14.07.012.034 სიგანით 31.920 მ (ზღვარი 0.30 მ), ფართობით 1240.00 მ²: ამ მიწას ორივე ითხოვს', '', 'Nino Kapanadze', '01.14.07.012.034', '0', '0', '0', '0', '3', '1', '0'],
    ]);
  });
});
