// The bundled valid survey, --max-warnings and the wording of input/*, geometry/* findings; each fixture's exact
// findings are its test row in scripts/fixtures/cases/ (test/rules/fixture-cases.test.ts).
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonFinding } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

/** The findings a fixture is about: without the tolerance rules' "not checked: no registered data" infos. */
function relevant(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.messageId !== 'notChecked');
}

describe('the bundled valid survey', () => {
  it('passes with no finding at all', async () => {
    const { exitCode, report } = await checkJson('fixtures/ge-388/valid', ['--verbose']);
    expect(relevant(report.findings)).toEqual([]);
    expect(report.summary.errors + report.summary.warnings).toBe(0);
    expect(report.result).toBe('pass');
    expect(exitCode).toBe(0);
    expect(report.layers.map((layer) => [layer.role, layer.crs, layer.featureCount])).toEqual([
      ['building', 'EPSG:32638', 2], ['obligation', 'EPSG:32638', 1], ['parcel', 'EPSG:32638', 1],
    ]);
  });
});

describe('warnings and --max-warnings', () => {
  it('a warning fails the submission once it is over --max-warnings', async () => {
    const { exitCode, report } = await checkJson(`${RULES_DIR}/input/encoding/fail/georgian-dbf-without-cpg`, ['--max-warnings', '0']);
    expect(report.result).toBe('fail');
    expect(exitCode).toBe(1);
  });
});

describe('messages name the problem', () => {
  it('input/readable says why the file cannot be read', async () => {
    const { report } = await checkJson(`${RULES_DIR}/input/readable/fail/truncated-building-shp`);
    expect(report.findings[0]!.message).toBe('building.shp cannot be read: the .shp header says 372 bytes but the file has 332 (truncated or padded)');
  });
  it('geometry/duplicate names the identifier two separate objects share', async () => {
    const { report } = await checkJson(`${RULES_DIR}/geometry/duplicate/fail/two-separate-parcels-one-cad-code`);
    expect(relevant(report.findings).map((f) => f.message)).toEqual(['Same cad_code "01.14.07.012.034" as record 0, on a separate object: one object, one record — merge them or give each its own cad_code']);
  });
  it('input/crs-expected and coordinates-plausible name the zone 37N and where the coordinates land in it', async () => {
    const { report } = await checkJson(`${RULES_DIR}/input/crs-expected/fail/parcel-prj-in-wrong-zone`);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
      'The layer is in EPSG:32637; the profile expects EPSG:32638',
      'Coordinate (481700, 4618700) lies at lon 38.78, lat 41.7199, outside lon 39.9–46.8, lat 40.9–43.7: swapped X/Y, wrong zone or wrong CRS?',
    ]);
  });
  it('input/crs-defined says the manifest CRS is used for a metric GeoJSON without "crs"', async () => {
    const { report } = await checkJson(`${RULES_DIR}/input/crs-defined/fail/metric-geojson-without-crs-manifest-epsg-32638`);
    expect(report.findings[0]!.message).toBe(
      'The GeoJSON has no "crs" member, so by RFC 7946 it would be in degrees (EPSG:4326), but its coordinates cannot be degrees: the manifest\'s crs EPSG:32638 is used. Write the "crs" member into the file to say so',
    );
    expect(report.layers.map((layer) => [layer.file, layer.crs])).toEqual([['building.geojson', 'EPSG:32638'], ['obligation.geojson', 'EPSG:32638'], ['parcel.geojson', 'EPSG:32638']]);
  });
  it('a layer that is not placed says "not checked" in the language of the report', async () => {
    const { report } = await checkJson(`${RULES_DIR}/input/crs-expected/fail/parcel-prj-in-wrong-zone`, ['--verbose', '--lang', 'ru']);
    expect(report.findings.find((f) => f.messageId === 'layerNotPlaced')!.message).toMatch(/^Не проверено: слой не привязан к местности/);
  });
  it('geometry/valid names the kind of invalidity', async () => {
    const { report } = await checkJson(`${RULES_DIR}/geometry/valid/fail/bow-tie-building`);
    expect(report.findings[0]!.message).toBe('Invalid geometry (self-intersection): the boundary crosses itself');
  });
});
