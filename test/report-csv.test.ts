// --format csv on check: the batch summary, one RFC 4180 row per submission; several formats in one run.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValidReport, REPO, runCli } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';

describe('csv report', () => {
  it('one row per submission: path, result, errors, warnings, first error; CRLF line ends', async () => {
    const result = await runCli(['check', VALID, BOW_TIE, '--format', 'csv']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe(
      'path,result,errors,warnings,first_error\r\n' +
      `${VALID},pass,0,0,\r\n` +
      `${BOW_TIE},fail,1,0,geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself\r\n`,
    );
  });

  it('quotes a field with a comma or a quote, doubling the quotes (RFC 4180)', async () => {
    const odd = join(mkdtempSync(join(tmpdir(), 'cadcheck-csv-')), 'survey "7", lot 2');
    cpSync(join(REPO, BOW_TIE), odd, { recursive: true });
    const result = await runCli(['check', odd, '--format', 'csv']);
    expect(result.stdout.split('\r\n')[1]).toBe(`"${odd.replace(/"/g, '""')}",fail,1,0,geometry/valid: Invalid geometry (self-intersection): the boundary crosses itself`);
  });

  it('goes with other formats in one run, each to its own file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cadcheck-formats-'));
    const outputs = { json: 'r.json', csv: 'r.csv', junit: 'r.xml', sarif: 'r.sarif', geojson: 'r.geojson', html: 'r.html' };
    const args = Object.entries(outputs).flatMap(([format, file]) => ['--format', format, '--output', join(folder, file)]);
    const result = await runCli(['check', BOW_TIE, ...args, '--format', 'text']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/✖ FAIL/);
    expectValidReport(JSON.parse(readFileSync(join(folder, outputs.json), 'utf8')));
    expect(readFileSync(join(folder, outputs.csv), 'utf8')).toMatch(/^path,result/);
    expect(readFileSync(join(folder, outputs.junit), 'utf8')).toMatch(/^<\?xml/);
    expect(JSON.parse(readFileSync(join(folder, outputs.sarif), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(join(folder, outputs.geojson), 'utf8')).type).toBe('FeatureCollection');
    expect(readFileSync(join(folder, outputs.html), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
