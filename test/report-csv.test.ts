// --format csv on check: the batch summary, one RFC 4180 row per submission; several formats in one run.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidReport, REPO, runCli } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';

describe('csv report', () => {
  it('one row per submission: path, result, counts, first error, report, applicant, cadastral codes, findings per rule family; a UTF-8 BOM; CRLF line ends', async () => {
    const result = await runCli(['check', VALID, BOW_TIE, '--format', 'csv']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      '\uFEFFpath,result,errors,warnings,first_error,report,applicant,cadastral_codes,' +
      'attributes_findings,geometry_findings,input_findings,metadata_findings,photos_findings,tolerance_findings,topology_findings\r\n' +
      `${VALID},pass,0,0,,,Nino Kapanadze,01.14.07.012.034,0,0,0,0,0,0,0\r\n` +
      `${BOW_TIE},fail,1,0,geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself,,Nino Kapanadze,01.14.07.012.034,0,1,0,0,0,0,0\r\n`,
    );
  });

  it('quotes a field with a comma or a quote, doubling the quotes (RFC 4180)', async () => {
    const odd = join(mkdtempSync(join(tmpdir(), 'cadcheck-csv-')), 'survey "7", lot 2');
    cpSync(join(REPO, BOW_TIE), odd, { recursive: true });
    const result = await runCli(['check', odd, '--format', 'csv']);
    expect(result.stdout.split('\r\n')[1]).toBe(`"${odd.replace(/"/g, '""')}",fail,1,0,geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself,,Nino Kapanadze,01.14.07.012.034,0,1,0,0,0,0,0`);
  });

  it('goes with other formats in one run, each to its own file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-formats-'));
    const outputs = { json: 'r.json', csv: 'r.csv', junit: 'r.xml', sarif: 'r.sarif', geojson: 'r.geojson', html: 'r.html' };
    const args = Object.entries(outputs).flatMap(([format, file]) => ['--format', format, '--output', join(folder, file)]);
    const result = await runCli(['check', BOW_TIE, ...args, '--format', 'text']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/✖ FAIL/);
    expectValidReport(JSON.parse(readFileSync(join(folder, outputs.json), 'utf8')));
    expect(readFileSync(join(folder, outputs.csv), 'utf8')).toMatch(/^\uFEFFpath,result/);
    expect(readFileSync(join(folder, outputs.junit), 'utf8')).toMatch(/^<\?xml/);
    expect((JSON.parse(readFileSync(join(folder, outputs.sarif), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect((JSON.parse(readFileSync(join(folder, outputs.geojson), 'utf8')) as { type: string }).type).toBe('FeatureCollection');
    expect(readFileSync(join(folder, outputs.html), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('CSV injection (issue 15.15): a cell a spreadsheet would run as a formula is neutralised', () => {
  it('csvField prefixes = + - @ tab and carriage return with a single quote (OWASP), numbers and plain text as they are', async () => {
    const { csvField } = await import('../src/report/csv.js');
    expect(csvField('=HYPERLINK("http://evil.example","open")')).toBe(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expect(csvField('+1+1')).toBe("'+1+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('survey-2024-0117')).toBe('survey-2024-0117');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('batch --summary: submissions named like formulas are text in every spreadsheet', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'cadcheck-csv-inj-'));
    const names = ['=HYPERLINK("http:⁄⁄evil.example","open")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', 'plain'];
    for (const name of names) cpSync(join(REPO, VALID), join(inbox, name), { recursive: true });
    const result = await runCli(['batch', '.', '--jobs', '2', '--summary', 'summary.csv'], { cwd: inbox });
    expect(result.stderr).toBe('');
    // Six copies of one survey claim the same land: the cross-submission check fails them, which is beside the point here.
    expect(result.exitCode).toBe(1);
    const rows = readFileSync(join(inbox, 'summary.csv'), 'utf8').split('\r\n').slice(1, -1);
    const firstCells = rows.map((row) => row.replace(/,(pass|fail),\d+,\d+,.*$/s, '')).sort();
    expect(firstCells).toEqual([
      `"'=HYPERLINK(""http:⁄⁄evil.example"",""open"")"`,
      "'\tcmd",
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      'plain',
    ].sort());
  });
});
