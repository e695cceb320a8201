// Broken and hostile files inside a submission folder (issue 8): each is a finding naming the file and the cause, never a crash or a hang.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, REPO, type JsonReport } from '../helpers.js';
import { limitsConfig, surveyFolder, tempDir, VALID } from './helpers.js';

const dir = tempDir('readers');
const RULES = `${REPO}/fixtures/ge-388/rules`;
const valid = (path: string): Buffer => readFileSync(join(VALID, path));
const crs = '{"type":"name","properties":{"name":"EPSG:32638"}}';

/** A GeoJSON parcel layer (replacing parcel.shp) with these features' geometries. */
function parcelGeoJson(geometries: string[]): Record<string, Buffer | null> {
  const features = geometries.map((geometry) => `{"type":"Feature","properties":{"area":100,"purpose":"agricultural","method":1},"geometry":${geometry}}`);
  return {
    'parcel.shp': null, 'parcel.shx': null, 'parcel.dbf': null, 'parcel.prj': null, 'parcel.cpg': null,
    'parcel.geojson': Buffer.from(`{"type":"FeatureCollection","crs":${crs},"features":[${features.join(',')}]}`),
  };
}

function findings(report: JsonReport, ruleId: string): Array<[string | null, number | null, string]> {
  return report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.file, f.featureIndex, f.message]);
}

function noCrash(report: JsonReport): void {
  expect(report.findings.filter((f) => f.messageId === 'ruleCrashed')).toEqual([]);
}

describe('Shapefiles', () => {
  it('a truncated .shp (the bundled fixture) is input/readable naming the file and the cut', async () => {
    const { exitCode, report } = await checkJson(`${RULES}/input/readable/fail/truncated-building-shp`);
    expect(exitCode).toBe(1);
    expect(findings(report, 'input/readable')).toEqual([['building.shp', null, expect.stringMatching(/^building\.shp cannot be read: the \.shp header says \d+ bytes but the file has \d+ \(truncated or padded\)$/)]]);
  });
  it('a .dbf whose header claims 4,294,967,295 records is refused at once, not looped over', async () => {
    const dbf = Buffer.from(valid('parcel.dbf'));
    dbf.writeUInt32LE(0xffffffff, 4);
    const { report } = await checkJson(surveyFolder(dir, 'dbf-4-billion', { 'parcel.dbf': dbf }));
    expect(findings(report, 'input/readable')).toEqual([['parcel.shp', null, 'parcel.shp cannot be read: the .dbf has 4294967295 records but the .shp has 1']]);
  });
  it('a polygon record claiming 10 million vertices is refused by limits.maxVertices before anything allocates for it', async () => {
    const shp = Buffer.from(valid('parcel.shp'));
    shp.writeInt32LE(10_000_000, 100 + 8 + 40); // numPoints of record 1
    const { report } = await checkJson(surveyFolder(dir, 'ten-million-vertices', { 'parcel.shp': shp }));
    expect(findings(report, 'input/readable')).toEqual([['parcel.shp', null, 'parcel.shp cannot be read: record 1 at byte 100 has 10000000 vertices, more than the 250000 allowed (limits.maxVertices in cadcheck.config.json)']]);
  });
  it('a polygon record whose point count does not fit its length is refused (the shapefile package would read past it)', async () => {
    const shp = Buffer.from(valid('parcel.shp'));
    const points = shp.readInt32LE(148);
    shp.writeInt32LE(points + 1, 148);
    const { report } = await checkJson(surveyFolder(dir, 'points-past-record', { 'parcel.shp': shp }));
    expect(findings(report, 'input/readable')).toEqual([['parcel.shp', null, expect.stringMatching(/^parcel\.shp cannot be read: record 1 at byte 100 declares 1 parts and \d+ points, more than its \d+ bytes can hold$/)]]);
  });
  it('Georgian text in a legacy code page (Georgian-PS bytes, no .cpg) is decoded as windows-1251 with an input/encoding warning, no crash', async () => {
    const dbf = Buffer.from(valid('building.dbf'));
    const at = dbf.indexOf('auxiliary');
    Buffer.from([0xc3, 0xc0, 0xcc, 0xd7, 0xcc, 0xc0, 0xd0, 0xc4, 0x20]).copy(dbf, at); // დამხმარე in a Georgian-PS font's code points
    const { exitCode, report } = await checkJson(surveyFolder(dir, 'georgian-legacy', { 'building.dbf': dbf, 'building.cpg': null }));
    noCrash(report);
    expect(exitCode).toBe(0);
    expect(findings(report, 'input/encoding')).toEqual([['building.shp', null, expect.stringMatching(/windows-1251/)]]);
    expect(findings(report, 'input/readable')).toEqual([]);
  });
  it('a .shp over limits.maxFileBytes is not read', async () => {
    const config = limitsConfig(dir, { maxFileBytes: 200 });
    const { report } = await checkJson(VALID, ['--config', config]);
    expect(findings(report, 'input/readable')).toContainEqual(['parcel.shp', null, expect.stringMatching(/^parcel\.shp cannot be read: it is \d+ bytes, more than the 200 allowed \(limits\.maxFileBytes in cadcheck\.config\.json\)$/)]);
  });
});

describe('GeoJSON and the manifest', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  it('a GeoJSON nested 100,000 deep is refused before JSON.parse', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'deep-geojson', { ...parcelGeoJson([]), 'parcel.geojson': Buffer.from(`{"type":"FeatureCollection","features":${deep}}`) }));
    expect(findings(report, 'input/readable')).toEqual([['parcel.geojson', null, 'parcel.geojson cannot be read: its JSON is nested more than 100 levels deep (limits.maxJsonDepth in cadcheck.config.json)']]);
  });
  it('a manifest nested 100,000 deep is input/readable, and the layers are still checked', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'deep-manifest', { 'cadcheck.json': Buffer.from(`{"profile":${deep}}`) }));
    expect(findings(report, 'input/readable')).toEqual([['cadcheck.json', null, 'cadcheck.json cannot be read: its JSON is nested more than 100 levels deep (limits.maxJsonDepth in cadcheck.config.json)']]);
    expect(report.layers).toHaveLength(3);
  });
  it('a GeoJSON with a million features is refused by limits.maxFeatures', async () => {
    const feature = '{"type":"Feature","properties":{},"geometry":null}';
    const million = Buffer.from(`{"type":"FeatureCollection","features":[${Array(1_000_000).fill(feature).join(',')}]}`);
    const { report } = await checkJson(surveyFolder(dir, 'million-features', { ...parcelGeoJson([]), 'parcel.geojson': million }));
    expect(findings(report, 'input/readable')).toEqual([['parcel.geojson', null, 'parcel.geojson cannot be read: it has 1000000 features, more than the 100000 allowed (limits.maxFeatures in cadcheck.config.json)']]);
  });
  it('a polygon of 250,001 vertices is refused by limits.maxVertices', async () => {
    const ring = Array.from({ length: 250_001 }, (_, i) => `[${482300 + Math.cos(i) * 10},${4621870 + Math.sin(i) * 10}]`).join(',');
    const { report } = await checkJson(surveyFolder(dir, 'many-vertices', parcelGeoJson([`{"type":"Polygon","coordinates":[[${ring}]]}`])));
    expect(findings(report, 'input/readable')).toEqual([['parcel.geojson', null, 'parcel.geojson cannot be read: feature 0 has 250001 vertices, more than the 250000 allowed (limits.maxVertices in cadcheck.config.json)']]);
  });
  it('coordinates that are not numbers are input/readable, never handed to a rule', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'string-coordinates', parcelGeoJson(['{"type":"Polygon","coordinates":[[["a","b"],["c","d"]]]}'])));
    expect(findings(report, 'input/readable')).toEqual([['parcel.geojson', null, 'parcel.geojson cannot be read: feature 0 has a Polygon whose coordinates are not nested arrays of [x, y] numbers']]);
  });
  it('Infinity coordinates (1e999 overflows) are input/coordinates-plausible, no crash', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'infinity', parcelGeoJson(['{"type":"Polygon","coordinates":[[[1e999,4621870],[482310,4621870],[482310,4621880],[1e999,4621870]]]}'])));
    noCrash(report);
    expect(findings(report, 'input/coordinates-plausible').map(([file, index]) => [file, index])).toEqual([['parcel.geojson', 0]]);
  });
  it('a ring of 2 points is geometry/valid, no crash', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'two-point-ring', parcelGeoJson(['{"type":"Polygon","coordinates":[[[482300,4621870],[482310,4621870]]]}'])));
    noCrash(report);
    expect(report.findings.filter((f) => f.ruleId.startsWith('geometry/')).map((f) => [f.ruleId, f.featureIndex])).toEqual([[expect.stringMatching(/^geometry\/(valid|empty)$/), 0]]);
  });
  it('a MultiPolygon with an empty part does not crash geometry/pinched-multipart (regression: it made toJsts throw)', async () => {
    const { report } = await checkJson(surveyFolder(dir, 'empty-part', parcelGeoJson(['{"type":"MultiPolygon","coordinates":[[],[[]]]}'])));
    noCrash(report);
    expect(findings(report, 'geometry/pinched-multipart')).toEqual([]);
  });
});

describe('photos', () => {
  it('a PNG named .jpg (the bundled fixture) is photos/is-jpeg naming the file', async () => {
    const { report } = await checkJson(`${RULES}/photos/is-jpeg/fail/png-named-jpg`);
    expect(report.findings.filter((f) => f.ruleId === 'photos/is-jpeg').map((f) => [f.file, f.messageId])).toEqual([['photos/IMG_0004.jpg', expect.any(String)]]);
    expect(report.findings.find((f) => f.ruleId === 'photos/is-jpeg')!.message).toMatch(/PNG/i);
  });
  it('a photo over limits.maxPhotoBytes is input/readable and not read', async () => {
    const config = limitsConfig(dir, { maxPhotoBytes: 500 });
    const { report } = await checkJson(VALID, ['--config', config]);
    expect(findings(report, 'input/readable').map(([file]) => file)).toEqual(['photos/IMG_0001.jpg', 'photos/IMG_0002.jpg', 'photos/IMG_0003.jpg']);
    expect(report.photos).toEqual([]);
  });
});
