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
import { fixturePath } from '../../scripts/fixtures/cases/case.js';
import { toleranceCases } from '../../scripts/fixtures/cases/tolerance.js';
import { checkJson, pickFields, REPO, runCli } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';
const REGISTERED_DIR = 'fixtures/ge-388/registered';
const ORIGIN = [481700, 4618700] as const;

/** The kind of shape each registry finding draws: the region for an overlap, a sliver or a contour, the miss as a line. */
const DRAWN_AS: Record<string, string> = { overlap: 'Polygon', tolerated: 'Polygon', gap: 'Polygon', beyondSources: 'Polygon', sourceUncovered: 'Polygon', nearVertex: 'LineString', nearEdge: 'LineString' };

const at = (dx: number, dy: number): [number, number] => [ORIGIN[0] + dx, ORIGIN[1] + dy];

// Each fixture's exact findings are its test row in scripts/fixtures/cases/tolerance.ts, checked against the registry
// extract of its own name (test/rules/fixture-cases.test.ts).
const REGISTRY_CASES = toleranceCases.filter((c) => c.expect.findings.length > 0);

describe.each(REGISTRY_CASES.map((c) => [fixturePath(c), c]))('%s', (path, fixtureCase) => {
  it('draws each finding: the region, or the near miss as a line', async () => {
    const args = fixtureCase.registered ? ['--registered', `${REGISTERED_DIR}/${fixtureCase.registered.name}.geojson`] : [];
    const { report } = await checkJson(path, args);
    const own = report.findings.filter((f) => f.ruleId === fixtureCase.rule);
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((f) => (f.geometry as { type?: string } | null)?.type ?? null)).toEqual(own.map((f) => DRAWN_AS[f.messageId]));
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
    const row = toleranceCases.find((c) => c.name === 'overlap-0.31m')!.expect;
    expect(report.findings.map((finding, i) => pickFields(finding, row.findings[i] ?? { ruleId: '' }))).toEqual(row.findings);
    expect(exitCode).toBe(row.exitCode);
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
