// Manifest findings a surveyor can act on (issue 14): where (line, column), the wrong value and the expected form;
// a misspelt kind suggests the closest; broken JSON is one finding, with where it broke.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonValuePositions, positionAt } from '../src/io/json-positions.js';
import { checkJson, type JsonReport } from './helpers.js';
import { tempDir, VALID } from './hostile/helpers.js';

const dir = tempDir('manifest-messages');
let count = 0;

/** The valid survey with its manifest written as the given text. */
function withManifestText(text: string): string {
  const folder = join(dir, `survey-${count++}`);
  cpSync(VALID, folder, { recursive: true });
  writeFileSync(join(folder, 'cadcheck.json'), text);
  return folder;
}

/** The valid manifest with some keys changed, pretty-printed as `cadcheck init` writes it. */
function changedManifest(change: Record<string, unknown>): string {
  const manifest = JSON.parse(readFileSync(join(VALID, 'cadcheck.json'), 'utf8')) as Record<string, unknown>;
  return `${JSON.stringify({ ...manifest, ...change }, null, 2)}\n`;
}

function manifestFindings(report: JsonReport): Array<[string, string, string, string]> {
  return report.findings.filter((f) => f.file === 'cadcheck.json').map((f) => [f.ruleId, f.severity, f.messageId, f.message]);
}

function lineOf(text: string, needle: string): { line: number; column: number } {
  return positionAt(text, text.indexOf(needle));
}

describe('metadata/manifest messages', () => {
  it('"method": "GPS" → method must be a list of codes 1–6, e.g. [1], at its line and column', async () => {
    const text = changedManifest({ method: 'GPS' });
    const { line, column } = lineOf(text, '"GPS"');
    const { exitCode, report } = await checkJson(withManifestText(text));
    expect(exitCode).toBe(1);
    expect(manifestFindings(report)).toEqual([
      ['metadata/manifest', 'error', 'codeList', `Line ${line}, column ${column}: "method": "GPS" — method must be a list of codes 1–6, e.g. [1]`],
    ]);
  });

  it('two bad codes in method are one finding about the list', async () => {
    const text = changedManifest({ method: [7, '2'] });
    const { line, column } = lineOf(text, '"method": [') ;
    const { report } = await checkJson(withManifestText(text));
    expect(manifestFindings(report)).toEqual([
      ['metadata/manifest', 'error', 'codeList', `Line ${line}, column ${column + '"method": '.length}: "method": [7,"2"] — method must be a list of codes 1–6, e.g. [1]`],
    ]);
  });

  it('a misspelt kind suggests the closest kind', async () => {
    const text = changedManifest({ kind: 'registation' });
    const { line, column } = lineOf(text, '"registation"');
    const { report } = await checkJson(withManifestText(text));
    expect(manifestFindings(report)).toEqual([[
      'metadata/manifest', 'error', 'oneOf',
      `Line ${line}, column ${column}: "kind": "registation" — kind must be one of "registration", "merge", "division", "linear", "individual-ownership"; did you mean "registration"?`,
    ]]);
  });

  it('scale written as text, a flag as text and a misspelt layer role each say the expected form', async () => {
    const text = changedManifest({ scale: '500', parcelBoundaryByMunicipality: 'no', layers: { parcle: 'parcel.shp' } });
    const at = (needle: string): string => { const { line, column } = lineOf(text, needle); return `Line ${line}, column ${column}`; };
    const { report } = await checkJson(withManifestText(text));
    expect(manifestFindings(report).map((finding) => finding[3])).toEqual([
      `${at('"500"')}: "scale": "500" — scale must be a whole number of at least 1, without quotes, e.g. 500`,
      `${at('"no"')}: "parcelBoundaryByMunicipality": "no" — parcelBoundaryByMunicipality must be true or false, without quotes`,
      `${at('"parcle"')}: "parcle" is not a layer role — the roles are parcel, building, obligation, linear, sides, points, markers; did you mean "parcel"?`,
    ]);
  });

  it('broken JSON is one finding, saying the line and column where it broke and that line', async () => {
    const text = '{\n  "profile": "ge-388",\n  "kind": "registration"\n  "scale": 500\n}\n';
    const { exitCode, report } = await checkJson(withManifestText(text));
    expect(exitCode).toBe(1);
    expect(manifestFindings(report)).toEqual([[
      'metadata/manifest', 'error', 'invalidJson',
      'cadcheck.json is not valid JSON: it breaks at line 4, column 3 ("scale": 500); a comma or quote is missing or extra there or just before. The paper-version facts are not checked',
    ]]);
    expect(report.findings.filter((f) => f.ruleId === 'input/readable')).toEqual([]);
  });

  it('a cut-off manifest breaks at its end', async () => {
    const { report } = await checkJson(withManifestText('{\n  "profile": "ge-388",\n  "kind": '));
    expect(manifestFindings(report).map((finding) => finding[2])).toEqual(['invalidJson']);
    expect(manifestFindings(report)[0]![3]).toContain('at line 3, column 11');
  });

  it('positions of values and keys, nested and in lists', () => {
    const positions = jsonValuePositions('{\n "a": 1,\n "b": { "c": [10, {"d": "x"}] }\n}');
    expect(positions.get('a')).toEqual({ line: 2, column: 7 });
    expect(positions.get('b.c[1].d')).toEqual({ line: 3, column: 25 });
    expect(positions.get('b.c#key')).toEqual({ line: 3, column: 9 });
  });
});

describe('metadata/manifest: a misspelt key', () => {
  it('"survey_date" is a warning at its line and column naming surveyDate; an unrelated key is only named', async () => {
    const manifest = JSON.parse(readFileSync(join(VALID, 'cadcheck.json'), 'utf8')) as Record<string, unknown>;
    const { surveyDate, ...rest } = manifest;
    const text = `${JSON.stringify({ ...rest, survey_date: surveyDate, notes: 'gate on the east side' }, null, 2)}\n`;
    const { line, column } = positionAt(text, text.indexOf('"survey_date"'));
    const { report } = await checkJson(withManifestText(text));
    expect(manifestFindings(report).filter((finding) => finding[0] === 'metadata/manifest')).toEqual([
      ['metadata/manifest', 'warning', 'unknownKeyNear', `Line ${line}, column ${column}: unknown key "survey_date" (ignored); did you mean "surveyDate"?`],
      ['metadata/manifest', 'warning', 'unknownKey', 'Unknown key "notes" (ignored)'],
    ]);
  });
});
