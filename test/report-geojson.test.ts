// --format geojson: the findings in the profile CRS with the CRS named, read back through cadcheck's own GeoJSON reader.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseCrsName, parseCrs } from '../src/geom/crs.js';
import { readGeoJson } from '../src/io/geojson.js';
import { checkJson, runCli } from './helpers.js';

const TWO_SIDES = 'fixtures/ge-388/rules/topology/building-within-parcel/fail/building-out-on-two-sides';
const BOW_TIE = 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building';

describe('geojson report', () => {
  it('reads back through src/io/geojson.ts: EPSG:32638 from the crs member, every finding with its geometry and properties', async () => {
    const { report } = await checkJson(TWO_SIDES);
    const file = join(mkdtempSync(join(tmpdir(), 'cadcheck-geojson-')), 'findings.geojson');
    const result = await runCli(['check', TWO_SIDES, '--format', 'geojson', '--output', file]);
    expect([result.exitCode, result.stderr, result.stdout]).toEqual([1, '', '']);
    const content = readGeoJson(readFileSync(file));
    expect(content.crsName).toBe('urn:ogc:def:crs:EPSG::32638');
    expect(parseCrs(normaliseCrsName(content.crsName!)!)?.code).toBe('EPSG:32638');
    expect(content.records).toHaveLength(report.findings.length);
    content.records.forEach((record, index) => {
      const finding = report.findings[index]!;
      expect(record.properties).toEqual({
        submission: TWO_SIDES, ruleId: finding.ruleId, severity: finding.severity, message: finding.message, measured: finding.measured,
        limit: finding.limit, unit: finding.unit, layer: finding.layer, file: finding.file, featureIndex: finding.featureIndex,
        featureId: finding.featureId, reference: expect.any(String) as unknown,
      });
      // The problem geometry where the rule gave one (the protruding strip), else the location point, else none.
      expect(record.geometry).toEqual(finding.geometry ?? (finding.location ? { type: 'Point', coordinates: finding.location } : null));
    });
    expect(content.records[0]!.geometry?.type).toBe('Polygon');
    expect(content.records[0]!.properties).toMatchObject({ ruleId: 'topology/building-within-parcel', measured: 0.2, limit: 0.15, unit: 'm', featureIndex: 0, featureId: '01' });
    expect(content.fields).toEqual(['submission', 'ruleId', 'severity', 'message', 'measured', 'limit', 'unit', 'layer', 'file', 'featureIndex', 'featureId', 'reference']);
  });

  it('a finding with only a location becomes a Point; several submissions go into one collection', async () => {
    const result = await runCli(['check', BOW_TIE, TWO_SIDES, '--format', 'geojson']);
    const content = readGeoJson(Buffer.from(result.stdout));
    const bowTie = content.records.find((record) => record.properties.ruleId === 'geometry/valid')!;
    expect(bowTie.geometry).toEqual({ type: 'Point', coordinates: [481723, 4618727.5] });
    expect(bowTie.properties.submission).toBe(BOW_TIE);
    expect(new Set(content.records.map((record) => record.properties.submission))).toEqual(new Set([BOW_TIE, TWO_SIDES]));
  });
});
