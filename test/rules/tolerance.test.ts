// tolerance/* and topology/contours-match-registered on their fixtures, checked against registry extracts (--registered).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { describe, expect, it } from 'vitest';
import { encodeFlatGeobuf } from '../../scripts/lib/flatgeobuf-writer.js';
import { resolveSettings, runProfileRules } from '../../src/catalogue.js';
import { flatGeobufStatistics, loadRegistered, REGISTERED_MARGIN_M } from '../../src/io/registered.js';
import { loadSubmission } from '../../src/io/submission.js';
import type { Submission } from '../../src/model.js';
import { checkJson, REPO, runCli, type JsonFinding } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';
const REGISTERED_DIR = 'fixtures/ge-388/registered';
const ORIGIN = [481700, 4618700] as const;

type Expected = Pick<JsonFinding, 'ruleId' | 'severity' | 'messageId' | 'featureIndex' | 'measured' | 'limit' | 'location'> & { geometryType: string | null };

function summarise(findings: JsonFinding[]): Expected[] {
  return findings.map((f) => ({
    ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, featureIndex: f.featureIndex, measured: f.measured, limit: f.limit, location: f.location,
    geometryType: (f.geometry as { type?: string } | null)?.type ?? null,
  }));
}

const at = (dx: number, dy: number): [number, number] => [ORIGIN[0] + dx, ORIGIN[1] + dy];

/** Each fixture with the registry extract of the same name; `findings` are all of them, so each case breaks exactly its own rule. */
const CASES: Array<{ fixture: string; registered: boolean; exitCode: number; findings: Expected[]; message?: string }> = [
  {
    fixture: 'tolerance/registered-overlap/fail/overlap-0.31m', registered: true, exitCode: 1,
    findings: [{ ruleId: 'tolerance/registered-overlap', severity: 'error', messageId: 'overlap', featureIndex: 0, measured: 0.31, limit: 0.3, location: at(15, 0.155), geometryType: 'Polygon' }],
    message: 'Parcel overlaps registered parcel 01.14.07.012.050 by 0.310 m (limit 0.30 m), over 9.30 m²',
  },
  {
    fixture: 'tolerance/registered-overlap/pass/overlap-0.29m-tolerated', registered: true, exitCode: 0,
    findings: [{ ruleId: 'tolerance/registered-overlap', severity: 'info', messageId: 'tolerated', featureIndex: 0, measured: 0.29, limit: 0.3, location: at(15, 0.145), geometryType: 'Polygon' }],
    message: 'Parcel overlaps registered parcel 01.14.07.012.050 by 0.290 m, within the 0.30 m tolerance (tolerated), over 8.70 m²',
  },
  {
    // 21 m² and 0.35 m wide: fails.
    fixture: 'tolerance/registered-overlap/fail/overlap-0.35m-60m-long-strip', registered: true, exitCode: 1,
    findings: [{ ruleId: 'tolerance/registered-overlap', severity: 'error', messageId: 'overlap', featureIndex: 0, measured: 0.35, limit: 0.3, location: at(30, 0.175), geometryType: 'Polygon' }],
  },
  {
    // 12 m², 24 times the failing corner below, but only 0.20 m wide: tolerated.
    fixture: 'tolerance/registered-overlap/pass/overlap-0.20m-60m-long-strip-larger', registered: true, exitCode: 0,
    findings: [{ ruleId: 'tolerance/registered-overlap', severity: 'info', messageId: 'tolerated', featureIndex: 0, measured: 0.2, limit: 0.3, location: at(30, 0.1), geometryType: 'Polygon' }],
    message: 'Parcel overlaps registered parcel 01.14.07.012.050 by 0.200 m, within the 0.30 m tolerance (tolerated), over 12.00 m²',
  },
  {
    fixture: 'tolerance/registered-overlap/fail/overlap-0.50m-short-wide-corner', registered: true, exitCode: 1,
    findings: [{ ruleId: 'tolerance/registered-overlap', severity: 'error', messageId: 'overlap', featureIndex: 0, measured: 0.5, limit: 0.3, location: at(59.5, 0.25), geometryType: 'Polygon' }],
    message: 'Parcel overlaps registered parcel 01.14.07.012.051 by 0.500 m (limit 0.30 m), over 0.50 m²',
  },
  { fixture: 'tolerance/registered-overlap/pass/division-source-parcel-overlaps-entirely', registered: true, exitCode: 0, findings: [] },
  {
    fixture: 'tolerance/registered-gap/fail/gap-0.29m-along-registered-neighbour', registered: true, exitCode: 0,
    findings: [{ ruleId: 'tolerance/registered-gap', severity: 'warning', messageId: 'gap', featureIndex: 0, measured: 0.29, limit: 0.3, location: at(15, -0.145), geometryType: 'Polygon' }],
  },
  { fixture: 'tolerance/registered-gap/pass/gap-0.31m-not-a-sliver', registered: true, exitCode: 0, findings: [] },
  { fixture: 'tolerance/registered-gap/pass/neighbours-follow-the-boundary', registered: true, exitCode: 0, findings: [] },
  {
    fixture: 'tolerance/vertex-near-miss/fail/vertex-0.10m-from-registered-corner', registered: true, exitCode: 0,
    findings: [{ ruleId: 'tolerance/vertex-near-miss', severity: 'warning', messageId: 'nearVertex', featureIndex: 0, measured: 0.1, limit: 0.15, location: at(60, 0), geometryType: 'LineString' }],
    message: 'Vertex 0.100 m from a vertex of registered parcel 01.14.07.012.054 (closer than 0.15 m but not coincident): snap them together',
  },
  { fixture: 'tolerance/vertex-near-miss/pass/vertex-coincident-with-registered-corner', registered: true, exitCode: 0, findings: [] },
  { fixture: 'tolerance/vertex-near-miss/pass/vertex-0.16m-from-registered-corner', registered: true, exitCode: 0, findings: [] },
  {
    // No registry: within the submission, parcel 0's vertex (30, 20.1) is 0.10 m from parcel 1's (30, 20); reported once.
    fixture: 'tolerance/vertex-near-miss/fail/division-vertices-0.10m-apart-on-common-side', registered: false, exitCode: 0,
    findings: [{ ruleId: 'tolerance/vertex-near-miss', severity: 'warning', messageId: 'nearVertex', featureIndex: 0, measured: 0.1, limit: 0.15, location: at(30, 20.1), geometryType: 'LineString' }],
    message: 'Vertex 0.100 m from a vertex of parcel #1 (closer than 0.15 m but not coincident): snap them together',
  },
  {
    // The notched parcel's vertex (29.92, 20.1) is 0.128 m from the east parcel's corner (30, 20), where the notched parcel
    // has a corner too (so nothing is found from the corner's side): reported at the vertex, in either record order.
    fixture: 'tolerance/vertex-near-miss/fail/notched-parcel-first-vertex-0.128m-from-corner', registered: false, exitCode: 0,
    findings: [{ ruleId: 'tolerance/vertex-near-miss', severity: 'warning', messageId: 'nearVertex', featureIndex: 0, measured: 0.128, limit: 0.15, location: at(29.92, 20.1), geometryType: 'LineString' }],
    message: 'Vertex 0.128 m from a vertex of parcel #1 (closer than 0.15 m but not coincident): snap them together',
  },
  {
    fixture: 'tolerance/vertex-near-miss/fail/notched-parcel-second-vertex-0.128m-from-corner', registered: false, exitCode: 0,
    findings: [{ ruleId: 'tolerance/vertex-near-miss', severity: 'warning', messageId: 'nearVertex', featureIndex: 1, measured: 0.128, limit: 0.15, location: at(29.92, 20.1), geometryType: 'LineString' }],
    message: 'Vertex 0.128 m from a vertex of parcel #0 (closer than 0.15 m but not coincident): snap them together',
  },
  {
    fixture: 'topology/contours-match-registered/fail/merge-contour-differs-0.50m', registered: true, exitCode: 1,
    findings: [{ ruleId: 'topology/contours-match-registered', severity: 'error', messageId: 'beyondSources', featureIndex: 0, measured: 0.5, limit: 0.3, location: at(30, 40.25), geometryType: 'Polygon' }],
    message: 'The new parcels reach 0.500 m beyond the registered source parcels (limit 0.30 m), over 30.00 m²',
  },
  { fixture: 'topology/contours-match-registered/pass/merge-contour-differs-0.20m', registered: true, exitCode: 0, findings: [] },
  { fixture: 'topology/contours-match-registered/pass/division-new-parcels-cover-the-source', registered: true, exitCode: 0, findings: [] },
];

function nameOf(fixture: string): string {
  return fixture.split('/').pop()!;
}

describe.each(CASES)('$fixture', ({ fixture, registered, exitCode, findings, message }) => {
  it(`reports exactly ${findings.map((f) => `${f.ruleId} ${f.measured} m`).join(', ') || 'nothing'}`, async () => {
    const args = ['--verbose', ...(registered ? ['--registered', `${REGISTERED_DIR}/${nameOf(fixture)}.geojson`] : [])];
    const { exitCode: code, report } = await checkJson(`${RULES_DIR}/${fixture}`, args);
    // Without a registry the registry rules say "not checked"; that is tested below, not here.
    const relevant = report.findings.filter((f) => f.messageId !== 'notChecked');
    expect(summarise(relevant)).toEqual(findings);
    if (message) expect(relevant[0]!.message).toBe(message);
    expect(code).toBe(exitCode);
  });
});

describe('vertex-near-miss depends on the land, not on the record order', () => {
  it('two vertices 0.10 m apart, each missing the other: one finding at the northern vertex, with the parcels in either order', async () => {
    const settings = { ...resolveSettings(undefined, null), rules: ['tolerance/vertex-near-miss'] };
    const submission = await loadSubmission(`${REPO}/${RULES_DIR}/tolerance/vertex-near-miss/fail/division-vertices-0.10m-apart-on-common-side`, settings);
    const reversed: Submission = {
      ...submission,
      layers: submission.layers.map((layer) => (layer.role === 'parcel' ? { ...layer, features: [...layer.features].reverse().map((feature, index) => ({ ...feature, index })) } : layer)),
    };
    const found = (s: Submission) => runProfileRules(s, settings).findings.map((f) => [f.messageId, f.featureIndex, f.measured, f.location]);
    expect(found(submission)).toEqual([['nearVertex', 0, 0.1, at(30, 20.1)]]);
    expect(found(reversed)).toEqual([['nearVertex', 1, 0.1, at(30, 20.1)]]);
  });
});

describe('the contour rule names the region', () => {
  it('merge 0.50 m: the strip beyond the sources is 60 m × 0.50 m, along the north side', async () => {
    const { report } = await checkJson(`${RULES_DIR}/topology/contours-match-registered/fail/merge-contour-differs-0.50m`, ['--registered', `${REGISTERED_DIR}/merge-contour-differs-0.50m.geojson`]);
    const ring = (report.findings[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const ys = ring.map((p) => Math.round((p[1]! - ORIGIN[1]) * 1000) / 1000);
    const xs = ring.map((p) => Math.round((p[0]! - ORIGIN[0]) * 1000) / 1000);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([0, 60, 40, 40.5]);
  });
});

describe('registered data in each format gives the same findings', () => {
  it.each(['geojson', 'shp', 'fgb'])('overlap-0.31m read from .%s', async (extension) => {
    const { report, exitCode } = await checkJson(`${RULES_DIR}/tolerance/registered-overlap/fail/overlap-0.31m`, ['--registered', `${REGISTERED_DIR}/overlap-0.31m.${extension}`]);
    expect(summarise(report.findings)).toEqual(CASES[0]!.findings);
    expect(report.findings[0]!.message).toBe(CASES[0]!.message);
    expect(exitCode).toBe(1);
  });
});

describe('finding data carries the registered cad_code', () => {
  it('registered-overlap data: cadCode, width, limit, area', async () => {
    const settings = resolveSettings(undefined, null);
    const submission = await loadSubmission(`${REPO}/${RULES_DIR}/tolerance/registered-overlap/fail/overlap-0.35m-60m-long-strip`, settings);
    const registered = await loadRegistered(`${REPO}/${REGISTERED_DIR}/overlap-0.35m-60m-long-strip.geojson`, submission, settings);
    const finding = runProfileRules(submission, settings, { registered }).findings.find((f) => f.ruleId === 'tolerance/registered-overlap')!;
    expect(finding.data).toEqual({ cadCode: '01.14.07.012.050', width: '0.350', limit: '0.30', area: '21.00' });
  });
});

describe('without registered data', () => {
  it('registered-overlap and registered-gap say "not checked" once each and pass; vertex-near-miss says nothing', async () => {
    const { report, exitCode } = await checkJson(`${RULES_DIR}/tolerance/registered-overlap/fail/overlap-0.31m`, ['--verbose']);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.messageId])).toEqual([
      ['tolerance/registered-gap', 'info', 'notChecked'],
      ['tolerance/registered-overlap', 'info', 'notChecked'],
    ]);
    expect(exitCode).toBe(0);
  });
  it('contours-match-registered says "not checked" for a merge', async () => {
    const { report } = await checkJson(`${RULES_DIR}/topology/contours-match-registered/fail/merge-contour-differs-0.50m`, ['--verbose']);
    expect(report.findings.filter((f) => f.ruleId === 'topology/contours-match-registered').map((f) => [f.severity, f.messageId])).toEqual([['info', 'notChecked']]);
  });
  it('a source parcel missing from the registry is an error naming it', async () => {
    const { report } = await checkJson(`${RULES_DIR}/topology/contours-match-registered/fail/merge-contour-differs-0.50m`, ['--registered', `${REGISTERED_DIR}/overlap-0.31m.geojson`]);
    expect(report.findings.filter((f) => f.ruleId === 'topology/contours-match-registered').map((f) => f.message)).toEqual([
      'Source parcel 01.14.07.012.041 is not in the registered data near the survey: the outline cannot be compared',
      'Source parcel 01.14.07.012.042 is not in the registered data near the survey: the outline cannot be compared',
    ]);
  });
});

describe('unreadable registered data is exit 2, naming the file and the cause', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-registered-'));
  const fixture = `${RULES_DIR}/tolerance/registered-overlap/fail/overlap-0.31m`;
  const cases: Array<{ name: string; file: () => string; cause: RegExp }> = [
    { name: 'missing file', file: () => join(scratch, 'nowhere.geojson'), cause: /nowhere\.geojson: the registered data cannot be read: no such file/ },
    { name: 'unknown format', file: () => { writeFileSync(join(scratch, 'registry.csv'), 'a,b\n'); return join(scratch, 'registry.csv'); }, cause: /registry\.csv: .*"\.csv" is not a registered-data format/ },
    { name: 'broken JSON', file: () => { writeFileSync(join(scratch, 'broken.geojson'), '{"type": "FeatureCollection", '); return join(scratch, 'broken.geojson'); }, cause: /broken\.geojson: .*not valid JSON/ },
    {
      name: 'FlatGeobuf without a spatial index',
      file: () => {
        const bytes = serialize({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { cad_code: 'X' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] }, 32638);
        writeFileSync(join(scratch, 'no-index.fgb'), bytes);
        return join(scratch, 'no-index.fgb');
      },
      cause: /no-index\.fgb: .*has no spatial index/,
    },
    { name: 'not a FlatGeobuf', file: () => { writeFileSync(join(scratch, 'fake.fgb'), 'hello world, not fgb'); return join(scratch, 'fake.fgb'); }, cause: /fake\.fgb: .*Not a FlatGeobuf file/ },
  ];
  it.each(cases)('$name', async ({ file, cause }) => {
    const result = await runCli(['check', fixture, '--registered', file()]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(cause);
    expect(result.stdout).toBe('');
  });
});

describe('a national FlatGeobuf is read through its index', () => {
  it(`of 50,000 parcels only those within ${REGISTERED_MARGIN_M} m of the submission are read, and a small part of the file`, async () => {
    // A 250 × 200 grid of 20 m × 20 m parcels, 5 km × 4 km, with the survey's 30 m square in the middle.
    const features = [];
    for (let i = 0; i < 250; i++) {
      for (let j = 0; j < 200; j++) {
        const [x, y] = [ORIGIN[0] - 2500 + i * 20, ORIGIN[1] - 2000 + j * 20];
        features.push({ geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 20, y], [x + 20, y + 20], [x, y + 20], [x, y]]] }, properties: { cad_code: `G.${i}.${j}` } });
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'cadcheck-national-')), 'national.fgb');
    writeFileSync(file, encodeFlatGeobuf(features, { epsg: 32638 }));
    const parcel = { type: 'Polygon' as const, coordinates: [[at(0, 0), at(30, 0), at(30, 30), at(0, 30), at(0, 0)]] };
    const submission: Submission = {
      path: 'synthetic', manifest: { file: 'cadcheck.json', data: null, problem: null }, photos: [], problems: [],
      layers: [{
        role: 'parcel', file: 'parcel.geojson', name: 'parcel', format: 'geojson', geometryType: 'Polygon', measurable: true, fields: [], encoding: null,
        crs: { source: 'geojson-crs', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null },
        features: [{ index: 0, id: null, geometry: parcel, sourceGeometry: parcel, properties: {} }],
      }],
    };
    const registered = await loadRegistered(file, submission, resolveSettings(undefined, null));
    // The window is x −50…80, y −50…80 around the origin: grid columns 122…129 and rows 97…104 touch it.
    const expected: string[] = [];
    for (let i = 122; i <= 129; i++) for (let j = 97; j <= 104; j++) expected.push(`G.${i}.${j}`);
    expect(registered.features.map((f) => f.id).sort()).toEqual(expected.sort());
    expect(registered.features).toHaveLength(64);
    // The whole file is about 10 MB; the index walk and the 64 features take a few percent of it.
    expect(flatGeobufStatistics.fileSize).toBeGreaterThan(5_000_000);
    expect(flatGeobufStatistics.bytesRead).toBeLessThan(flatGeobufStatistics.fileSize / 20);
  });
});
