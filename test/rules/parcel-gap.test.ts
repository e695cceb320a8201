// topology/parcel-gap: what a gap is (RULES.md "What a gap is", issue 13) — exact findings on the fixtures and the reference cases.
import { describe, expect, it } from 'vitest';
import { runProfileRules } from '../../src/catalogue.js';
import { MAX_FACING_ANGLE } from '../../src/geom/facing-strips.js';
import type { Finding, Geometry, Layer, Submission } from '../../src/model.js';
import { PROFILES } from '../../src/profiles/index.js';
import { fixturePath } from '../../scripts/fixtures/cases/case.js';
import { parcelGapCases } from '../../scripts/fixtures/cases/parcel-gap.js';
import { checkJson } from '../helpers.js';

// Each fixture's exact findings are its test row in scripts/fixtures/cases/parcel-gap.ts (test/rules/fixture-cases.test.ts).
describe.each(parcelGapCases.filter((c) => c.outcome === 'fail').map((c) => fixturePath(c)))('topology/parcel-gap on %s', (path) => {
  it('names the two parcels the gap lies between', async () => {
    const { report } = await checkJson(path);
    const own = report.findings.filter((finding) => finding.ruleId === 'topology/parcel-gap');
    expect(own.length).toBeGreaterThan(0);
    for (const finding of own) expect(finding.message).toContain('between parcels #0, #1');
  });
});

// ---- in memory: the reference cases ----

const X0 = 480000;
const Y0 = 4620000;

function polygon(...points: Array<[number, number]>): Geometry {
  return { type: 'Polygon', coordinates: [[...points, points[0]!].map(([x, y]) => [X0 + x, Y0 + y])] };
}
const rect = (x0: number, y0: number, x1: number, y1: number): Geometry => polygon([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
const reversed = (geometry: Geometry): Geometry => ({ type: 'Polygon', coordinates: (geometry as { coordinates: number[][][] }).coordinates.map((ring) => [...ring].reverse()) });

function gaps(geometries: Geometry[]): Finding[] {
  const layer: Layer = {
    role: 'parcel', file: 'parcel.geojson', name: 'parcel', format: 'geojson', geometryType: 'Polygon', measurable: true, fields: [], encoding: null,
    crs: { source: 'geojson-crs', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null },
    features: geometries.map((geometry, index) => ({ index, id: null, geometry, sourceGeometry: geometry, properties: {} })),
  };
  const submission: Submission = { path: 'memory', manifest: { file: 'cadcheck.json', data: {}, problem: null }, layers: [layer], photos: [], problems: [] };
  return runProfileRules(submission, { ...PROFILES['ge-388']!, rules: ['topology/parcel-gap'] }).findings;
}
const summary = (list: Finding[]) => list.map((f) => [f.messageId, f.severity, f.featureIndex, f.measured, f.data.parcels]);

describe('reference cases (RULES.md "What a gap is")', () => {
  it.each([0.05, 0.1, 0.15, 0.16, 0.3, 0.5, 0.75, 0.9, 0.99, 0.999])('parallel sides %s m apart: one finding of that width', (s) => {
    const found = gaps([rect(0, 0, 20, 30), rect(20 + s, 0, 40, 30)]);
    expect(summary(found)).toEqual([[s > 0.15 ? 'gap' : 'withinAccuracy', s > 0.15 ? 'error' : 'warning', 0, s, '#0, #1']]);
  });
  it('parallel sides 1.0 m and 1.2 m apart: a road, no gap', () => {
    expect(gaps([rect(0, 0, 20, 30), rect(21, 0, 40, 30)])).toEqual([]);
    expect(gaps([rect(0, 0, 20, 30), rect(21.2, 0, 40, 30)])).toEqual([]);
  });
  it('the same strip with either ring clockwise, or both, or in the other record order: the same finding', () => {
    const [a, b] = [rect(0, 0, 20, 30), polygon([20.897, 0], [40, 0], [40, 30], [20.897, 30])];
    const expected = [['gap', 'error', 0, 0.897, '#0, #1']];
    expect(summary(gaps([a, b]))).toEqual(expected);
    expect(summary(gaps([reversed(a), b]))).toEqual(expected);
    expect(summary(gaps([a, reversed(b)]))).toEqual(expected);
    expect(summary(gaps([reversed(a), reversed(b)]))).toEqual(expected);
    expect(summary(gaps([b, a]))).toEqual(expected);
  });
  it('one side tilted from 0.995 to 1.095 m over 40 m: one error, measured where the sides are less than 1 m apart', () => {
    const found = gaps([rect(0, 0, 20, 40), polygon([20.995, 0], [40, 0], [40, 40], [21.095, 40])]);
    expect(summary(found)).toEqual([['gap', 'error', 0, 0.999, '#0, #1']]);
  });
  it('a strip pinched to 0.915 m: one finding, no narrower than 0.915 m', () => {
    const found = gaps([rect(0, 0, 20, 40), polygon([20.99, 0], [40, 0], [40, 40], [20.99, 40], [20.915, 20])]);
    expect(found).toHaveLength(1);
    expect(found[0]!.measured).toBeGreaterThanOrEqual(0.915);
    expect(summary(found)).toEqual([['gap', 'error', 0, 0.988, '#0, #1']]);
    expect(found[0]!.geometry!.type).toBe('Polygon');
  });
  it('a notch 0.48 m wide whose mouth touches a neighbour\'s corner: none', () => {
    const notched = polygon([0, 0], [20, 0], [20, 10], [10.48, 10], [10.48, 9.5], [10, 9.5], [10, 10], [0, 10]);
    const run = 5 / Math.tan((35 * Math.PI) / 180);
    expect(gaps([notched, polygon([10.24, 10], [10.24 + run, 15], [10.24 - run, 15])])).toEqual([]);
  });
  it('a notch whose mouth a neighbour closes along its whole width is an enclosed gap between two parcels', () => {
    const notched = polygon([0, 0], [20, 0], [20, 10], [10.48, 10], [10.48, 9.5], [10, 9.5], [10, 10], [0, 10]);
    expect(summary(gaps([notched, rect(0, 10, 20, 15)]))).toEqual([['gap', 'error', 0, 0.48, '#0, #1']]);
  });
});

describe('the angle between a wedge sliver and a corner: 2·atan(1/4) ≈ 28.07°', () => {
  /** Two parcels meeting at the origin, one's top side along the x axis, the other's lower side at `degrees` above it. */
  const opening = (degrees: number): Geometry[] => {
    const t = Math.tan((degrees * Math.PI) / 180);
    return [rect(0, -20, 20, 0), polygon([0, 0], [20, 20 * t], [20, 30], [0, 30])];
  };
  it('is 2·atan(1/4): a wedge narrower than that runs at least twice as far as it opens', () => {
    expect((MAX_FACING_ANGLE * 180) / Math.PI).toBeCloseTo(28.07, 2);
  });
  it.each([45, 30, 29])('a %s° V-opening is a corner: no gap', (degrees) => {
    expect(gaps(opening(degrees))).toEqual([]);
  });
  it.each([27, 20, 10])('a %s° wedge is a sliver: one gap naming both parcels', (degrees) => {
    const found = gaps(opening(degrees));
    expect(found.map((f) => [f.messageId, f.featureIndex, f.data.parcels])).toEqual([['gap', 0, '#0, #1']]);
    expect(found[0]!.measured!).toBeGreaterThan(0.15);
    expect(found[0]!.measured!).toBeLessThan(1);
  });
  it('the outer corner of an L (90°) is no gap', () => {
    expect(gaps([rect(0, 0, 10, 10), rect(10, 0, 20, 5)])).toEqual([]);
  });
});

describe('tolerance/registered-gap: a sliver against a registered neighbour is a gap by the same definition', () => {
  function slivers(surveyed: Geometry, neighbour: Geometry): Finding[] {
    const layer: Layer = {
      role: 'parcel', file: 'parcel.geojson', name: 'parcel', format: 'geojson', geometryType: 'Polygon', measurable: true, fields: [], encoding: null,
      crs: { source: 'geojson-crs', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null },
      features: [{ index: 0, id: null, geometry: surveyed, sourceGeometry: surveyed, properties: {} }],
    };
    const submission: Submission = { path: 'memory', manifest: { file: 'cadcheck.json', data: { kind: 'registration', sourceParcels: [] }, problem: null }, layers: [layer], photos: [], problems: [] };
    const registered = { source: 'memory', features: [{ index: 0, id: '99.01', geometry: neighbour, sourceGeometry: neighbour, properties: { cad_code: '99.01' } }] };
    return runProfileRules(submission, { ...PROFILES['ge-388']!, rules: ['tolerance/registered-gap'] }, { registered }).findings;
  }
  const brief = (list: Finding[]) => list.map((f) => [f.messageId, f.severity, f.measured, f.data.cadCode]);

  it('a 0.2 m strip is one 0.2 m sliver, with either ring clockwise', () => {
    const [a, b] = [rect(0, 0, 20, 30), rect(20.2, 0, 40, 30)];
    for (const [s, n] of [[a, b], [reversed(a), b], [a, reversed(b)]] as const) expect(brief(slivers(s, n))).toEqual([['gap', 'warning', 0.2, '99.01']]);
  });
  it('a 0.31 m strip is not a sliver', () => {
    expect(slivers(rect(0, 0, 20, 30), rect(20.31, 0, 40, 30))).toEqual([]);
  });
  it('a 45° V-opening against the registered neighbour is a corner, a 10° wedge a sliver', () => {
    const opening = (degrees: number): Geometry => polygon([0, 0], [20, 20 * Math.tan((degrees * Math.PI) / 180)], [20, 30], [0, 30]);
    expect(slivers(rect(0, -20, 20, 0), opening(45))).toEqual([]);
    const wedge = slivers(rect(0, -20, 20, 0), opening(10));
    expect(wedge.map((f) => [f.messageId, f.data.cadCode])).toEqual([['gap', '99.01']]);
    expect(wedge[0]!.measured!).toBeLessThan(0.3);
  });
  it('a 0.2 m notch in the surveyed parcel whose mouth the registered parcel touches at a point is not a sliver', () => {
    const notched = polygon([0, 0], [20, 0], [20, 10], [10.2, 10], [10.2, 9.8], [10, 9.8], [10, 10], [0, 10]);
    const run = 5 / Math.tan((35 * Math.PI) / 180);
    expect(slivers(notched, polygon([10.1, 10], [10.1 + run, 15], [10.1 - run, 15]))).toEqual([]);
  });
});
