// input/*, geometry/* and the first metadata/* rules on their fixtures: each fixture breaks exactly one rule.
import { describe, expect, it } from 'vitest';
import { checkJson, type JsonFinding, pickFields } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

type Expected = Partial<Pick<JsonFinding, 'ruleId' | 'severity' | 'messageId' | 'file' | 'featureIndex' | 'featureId' | 'measured' | 'limit' | 'location'>>;

// A layer that is not placed on the earth is not measured: each measuring rule says so once for it (issue 13).
const GEOMETRY_RULES = ['geometry/duplicate', 'geometry/pinched-multipart', 'geometry/repeated-vertex', 'geometry/valid'];
const PARCEL_RULES = [
  'attributes/area-matches-geometry', ...GEOMETRY_RULES, 'photos/near-parcel', 'tolerance/registered-gap', 'tolerance/registered-overlap', 'tolerance/vertex-near-miss',
  'topology/building-within-parcel', 'topology/contours-match-registered', 'topology/parcel-gap', 'topology/parcel-overlap', 'topology/servitude-within-parcel',
];
const notPlaced = (file: string, rules: string[]): Expected[] => rules.map((ruleId) => ({ ruleId, severity: 'info', messageId: 'layerNotPlaced', file }));

const CASES: Array<{ fixture: string; exitCode: number; findings: Expected[] }> = [
  { fixture: 'input/readable/fail/truncated-building-shp', exitCode: 1, findings: [{ ruleId: 'input/readable', severity: 'error', messageId: 'unreadable', file: 'building.shp' }] },
  { fixture: 'input/required-layers/fail/no-parcel-layer', exitCode: 1, findings: [{ ruleId: 'input/required-layers', severity: 'error', messageId: 'noParcelLayer', file: null }] },
  { fixture: 'input/geometry-type/fail/buildings-drawn-as-lines', exitCode: 1, findings: [{ ruleId: 'input/geometry-type', severity: 'error', messageId: 'wrongType', file: 'building.shp' }] },
  {
    fixture: 'input/crs-defined/fail/obligation-without-prj', exitCode: 1,
    findings: [{ ruleId: 'input/crs-defined', severity: 'error', messageId: 'noCrs', file: 'obligation.shp' }, ...notPlaced('obligation.shp', [...GEOMETRY_RULES, 'topology/servitude-within-parcel'])],
  },
  {
    fixture: 'input/crs-expected/fail/building-geojson-in-wgs84', exitCode: 1,
    findings: [{ ruleId: 'input/crs-expected', severity: 'error', messageId: 'unexpectedCrs', file: 'building.geojson' }, ...notPlaced('building.geojson', [...GEOMETRY_RULES, 'topology/building-within-parcel'])],
  },
  {
    fixture: 'input/coordinates-plausible/fail/marker-with-swapped-xy', exitCode: 1,
    findings: [{ ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'markers.shp', featureIndex: 1, featureId: 'B' }, ...notPlaced('markers.shp', GEOMETRY_RULES)],
  },
  {
    // Metric GeoJSON without "crs" and the manifest's EPSG:32638: that CRS is used, a warning per layer, and nothing else —
    // no self-intersection, overlap or photo distance from metres read as degrees.
    fixture: 'input/crs-defined/fail/metric-geojson-without-crs-manifest-epsg-32638', exitCode: 0,
    findings: ['building.geojson', 'obligation.geojson', 'parcel.geojson'].map((file) => ({ ruleId: 'input/crs-defined', severity: 'warning', messageId: 'manifestCrsForGeojson', file })),
  },
  {
    // The same without a manifest crs: RFC 7946's degrees, so every layer is in the wrong CRS and outside Georgia (the first
    // coordinate of each feature is named), and not placed: only "not checked" for the rules that would have measured them.
    fixture: 'input/crs-expected/fail/metric-geojson-without-crs-no-manifest-crs', exitCode: 1,
    findings: [
      { ruleId: 'input/crs-expected', severity: 'error', messageId: 'unexpectedCrs', file: 'building.geojson', featureIndex: null },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'building.geojson', featureIndex: 0, location: [481705, 4618705] },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'building.geojson', featureIndex: 1, location: [481720, 4618725] },
      { ruleId: 'input/crs-expected', severity: 'error', messageId: 'unexpectedCrs', file: 'obligation.geojson', featureIndex: null },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'obligation.geojson', featureIndex: 0, location: [481700, 4618700] },
      { ruleId: 'input/crs-expected', severity: 'error', messageId: 'unexpectedCrs', file: 'parcel.geojson', featureIndex: null },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'parcel.geojson', featureIndex: 0, location: [481700, 4618700] },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'parcel.geojson', featureIndex: 1, location: [481718, 4618700] },
      ...notPlaced('building.geojson', [...GEOMETRY_RULES, 'topology/building-within-parcel']),
      ...notPlaced('obligation.geojson', [...GEOMETRY_RULES, 'topology/servitude-within-parcel']),
      ...notPlaced('parcel.geojson', PARCEL_RULES),
    ],
  },
  {
    // A zone 37N .prj on zone 38N coordinates: the wrong CRS, 6° west of Georgia, not placed — and no false area error.
    fixture: 'input/crs-expected/fail/parcel-prj-in-wrong-zone', exitCode: 1,
    findings: [
      { ruleId: 'input/crs-expected', severity: 'error', messageId: 'unexpectedCrs', file: 'parcel.shp', featureIndex: null },
      { ruleId: 'input/coordinates-plausible', severity: 'error', messageId: 'outsideExtent', file: 'parcel.shp', featureIndex: 0, location: [481700, 4618700] },
      ...notPlaced('parcel.shp', PARCEL_RULES),
    ],
  },
  { fixture: 'input/encoding/fail/georgian-dbf-without-cpg', exitCode: 0, findings: [{ ruleId: 'input/encoding', severity: 'warning', messageId: 'noCpg', file: 'building.shp' }] },
  { fixture: 'input/unknown-layer/fail/extra-notes-layer', exitCode: 0, findings: [{ ruleId: 'input/unknown-layer', severity: 'warning', messageId: 'unknownRole', file: 'notes.geojson' }] },
  { fixture: 'geometry/empty/fail/building-record-without-geometry', exitCode: 1, findings: [{ ruleId: 'geometry/empty', severity: 'error', messageId: 'noGeometry', file: 'building.shp', featureIndex: 2, featureId: '03' }] },
  {
    fixture: 'geometry/valid/fail/bow-tie-building', exitCode: 1,
    findings: [{ ruleId: 'geometry/valid', severity: 'error', messageId: 'invalid', file: 'building.shp', featureIndex: 1, featureId: '02', location: [481723, 4618727.5] }],
  },
  {
    fixture: 'geometry/pinched-multipart/fail/building-parts-touching-at-a-corner', exitCode: 1,
    findings: [{ ruleId: 'geometry/pinched-multipart', severity: 'error', messageId: 'pinched', file: 'building.shp', featureIndex: 1, location: [481723, 4618728] }],
  },
  { fixture: 'geometry/duplicate/fail/building-drawn-twice', exitCode: 1, findings: [{ ruleId: 'geometry/duplicate', severity: 'error', messageId: 'sameGeometry', file: 'building.shp', featureIndex: 2, featureId: '03' }] },
  {
    // The second piece, 10 m east of the parcel, carries the parcel's cad_code: reported on it, naming record 0.
    fixture: 'geometry/duplicate/fail/two-separate-parcels-one-cad-code', exitCode: 1,
    findings: [{ ruleId: 'geometry/duplicate', severity: 'error', messageId: 'sameIdentifier', file: 'parcel.shp', featureIndex: 1, featureId: '01.14.07.012.034', location: [481740, 4618700] }],
  },
  // Three points of type manhole on the pipeline's vertices: three objects, no finding (they have no identifier).
  { fixture: 'geometry/duplicate/pass/three-manholes-on-one-pipeline', exitCode: 0, findings: [] },
  {
    fixture: 'geometry/repeated-vertex/fail/parcel-vertex-doubled', exitCode: 0,
    findings: [{ ruleId: 'geometry/repeated-vertex', severity: 'warning', messageId: 'repeated', file: 'parcel.shp', featureIndex: 0, measured: 0.0004, limit: 0.001, location: [481730, 4618700] }],
  },
  { fixture: 'metadata/manifest/fail/no-manifest', exitCode: 1, findings: [{ ruleId: 'metadata/manifest', severity: 'error', messageId: 'missing', file: 'cadcheck.json' }] },
  { fixture: 'metadata/manifest/fail/flag-written-as-text', exitCode: 1, findings: [{ ruleId: 'metadata/manifest', severity: 'error', messageId: 'trueFalse', file: 'cadcheck.json' }] },
  { fixture: 'metadata/required/fail/applicant-name-missing', exitCode: 1, findings: [{ ruleId: 'metadata/required', severity: 'error', messageId: 'missingFact', file: 'cadcheck.json' }] },
  { fixture: 'metadata/dates/fail/drawing-date-month-13', exitCode: 1, findings: [{ ruleId: 'metadata/dates', severity: 'error', messageId: 'notADate', file: 'cadcheck.json' }] },
];

/** The findings a fixture is about: without the tolerance rules' "not checked: no registered data" infos. */
function relevant(findings: JsonFinding[]): JsonFinding[] {
  return findings.filter((finding) => finding.messageId !== 'notChecked');
}

const pick = pickFields<Expected>;

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

describe.each(CASES)('$fixture', ({ fixture, exitCode, findings }) => {
  it(`reports exactly ${findings.map((f) => f.ruleId).join(', ')}`, async () => {
    const result = await checkJson(`${RULES_DIR}/${fixture}`);
    expect(relevant(result.report.findings).map((finding, i) => pick(finding, findings[i] ?? { ruleId: '' }))).toEqual(findings);
    expect(result.exitCode).toBe(exitCode);
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
