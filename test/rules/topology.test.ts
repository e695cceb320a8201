// topology/* rules within one submission: the shapes and messages of their fixtures' findings, width semantics, and a 2,000-parcel fabric.
import { describe, expect, it } from 'vitest';
import { runProfileRules } from '../../src/catalogue.js';
import type { Settings } from '../../src/engine/settings.js';
import type { Finding, Geometry, Layer, Submission } from '../../src/model.js';
import { PROFILES } from '../../src/profiles/index.js';
import { FIXTURE_CASES } from '../../scripts/fixtures/cases/index.js';
import { fixturePath } from '../../scripts/fixtures/cases/case.js';
import { checkJson } from '../helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';

// Each fixture's exact findings are its test row in scripts/fixtures/cases/topology.ts (test/rules/fixture-cases.test.ts).
/**
 * The topology rules whose findings draw the offending region (a broken line and a point off its vertex have none), on
 * their fixtures; the registry's contour rule is checked against an extract (test/rules/tolerance.test.ts).
 */
const NOT_DRAWN = ['topology/line-single-piece', 'topology/point-on-line-vertex', 'topology/contours-match-registered'];
const DRAWN = FIXTURE_CASES.filter((c) => c.rule.startsWith('topology/') && c.outcome === 'fail' && !NOT_DRAWN.includes(c.rule));

describe.each(DRAWN.map((c) => [fixturePath(c), c.rule]))('%s', (path, rule) => {
  it('gives each of its rule\'s findings the offending shape', async () => {
    const { report } = await checkJson(path);
    const own = report.findings.filter((finding) => finding.ruleId === rule);
    expect(own.length).toBeGreaterThan(0);
    for (const finding of own) expect(finding.geometry).not.toBeNull();
  });
});

describe('messages', () => {
  it('name the parcels and the width', async () => {
    const { report } = await checkJson(`${RULES_DIR}/topology/parcel-gap/fail/gap-0.40m-open-strip`);
    expect(report.findings.find((f) => f.ruleId === 'topology/parcel-gap')!.message).toBe('Uncovered strip 0.400 m wide between parcels #0, #1 (limit 0.15 m)');
  });
  it('a two-sided protrusion is two polygons, each inside the finding location', async () => {
    const { report } = await checkJson(`${RULES_DIR}/topology/building-within-parcel/fail/building-out-on-two-sides`);
    const geometries = report.findings.filter((f) => f.ruleId === 'topology/building-within-parcel').map((f) => f.geometry as Geometry);
    expect(geometries.map((g) => g.type)).toEqual(['Polygon', 'Polygon']);
  });
});

// ---- in memory: width semantics and scale ----

const X0 = 481700;
const Y0 = 4618700;

function rect(x0: number, y0: number, x1: number, y1: number): Geometry {
  return { type: 'Polygon', coordinates: [[[X0 + x0, Y0 + y0], [X0 + x1, Y0 + y0], [X0 + x1, Y0 + y1], [X0 + x0, Y0 + y1], [X0 + x0, Y0 + y0]]] };
}

function memoryLayer(role: Layer['role'], geometries: Geometry[], properties: Array<Record<string, unknown>> = []): Layer {
  return {
    role, file: `${role}.geojson`, name: role!, format: 'geojson', geometryType: geometries[0]?.type ?? null,
    crs: { source: 'geojson-crs', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null }, measurable: true,
    fields: [...new Set(properties.flatMap((p) => Object.keys(p)))], encoding: null,
    features: geometries.map((geometry, index) => ({ index, id: null, geometry, sourceGeometry: geometry, properties: properties[index] ?? {} })),
  };
}

function findingsIn(layers: Layer[], rule: string, settings: Settings = PROFILES['ge-388']!): Finding[] {
  const submission: Submission = { path: 'memory', manifest: { file: 'cadcheck.json', data: {}, problem: null }, layers, photos: [], problems: [] };
  return runProfileRules(submission, { ...settings, rules: [rule] }).findings;
}

function findings(geometries: Geometry[], rule: string): Finding[] {
  return findingsIn([memoryLayer('parcel', geometries)], rule);
}

const summary = (list: Finding[]) => list.map((f) => [f.messageId, f.severity, f.featureIndex, f.measured]);

describe('topology/parcel-gap: width, not area, and only between parcels', () => {
  it('a 60 m × 0.35 m open strip is a 0.35 m error; a 60 m × 0.14 m one (more area than a 0.5 m × 0.5 m hole) a warning', () => {
    expect(summary(findings([rect(0, 0, 60, 20), rect(0, 20.35, 60, 40)], 'topology/parcel-gap'))).toEqual([['gap', 'error', 0, 0.35]]);
    expect(summary(findings([rect(0, 0, 60, 20), rect(0, 20.14, 60, 40)], 'topology/parcel-gap'))).toEqual([['withinAccuracy', 'warning', 0, 0.14]]);
  });
  it('a short, wide enclosed hole is measured by its inscribed circle', () => {
    // Four parcels around a 0.5 m × 0.5 m hole at (10, 10).
    const around = [rect(0, 0, 10.5, 10), rect(10.5, 0, 20, 10.5), rect(0, 10, 10, 20), rect(10, 10.5, 20, 20)];
    expect(summary(findings(around, 'topology/parcel-gap'))).toEqual([['gap', 'error', 0, 0.5]]);
  });
  it('an enclosed area wider than gapMaxWidth is an info "unsurveyed enclosed area", not a gap', () => {
    const around = [rect(0, 0, 20, 8), rect(0, 12, 20, 20), rect(0, 8, 8, 12), rect(12, 8, 20, 12)];
    const found = findings(around, 'topology/parcel-gap');
    expect(summary(found)).toEqual([['enclosedArea', 'info', 0, 4]]);
    expect(found[0]!.limit).toBe(1);
  });
  it('the outer corner of an L formed by two parcels is not a gap (a closing of the union would call it one)', () => {
    expect(findings([rect(0, 0, 10, 10), rect(10, 0, 20, 5)], 'topology/parcel-gap')).toEqual([]);
  });
  it('a strip wider than gapMaxWidth between two parcels is a road, not a gap', () => {
    expect(findings([rect(0, 0, 60, 20), rect(0, 21.2, 60, 40)], 'topology/parcel-gap')).toEqual([]);
  });
  it('a gap strip bordered by three parcels is one region naming all three', () => {
    const found = findings([rect(0, 0, 10, 20), rect(10.3, 0, 20, 10), rect(10.3, 10, 20, 20)], 'topology/parcel-gap');
    expect(summary(found)).toEqual([['gap', 'error', 0, 0.3]]);
    expect(found[0]!.data.parcels).toBe('#0, #1, #2');
  });
});

describe('topology/parcel-overlap and parcel-gap on 2,000 adjacent parcels', () => {
  // A brick-bond fabric: 40 rows of 50 parcels 20 m × 15 m, every other row shifted 7 m, so the block
  // outline has stepped corners and every parcel has T-junctions. Boundaries are shared exactly.
  const COLUMNS = 50;
  const ROWS = 40;
  const cells: Array<[number, number, number, number]> = [];
  for (let row = 0; row < ROWS; row++) {
    const shift = row % 2 === 0 ? 0 : 7;
    for (let column = 0; column < COLUMNS; column++) cells.push([shift + column * 20, row * 15, shift + (column + 1) * 20, (row + 1) * 15]);
  }
  // Injected defects: parcel 123 reaches 0.20 m into its east neighbour (error), parcel 777 0.10 m (warning);
  // parcel 1500 stops 0.30 m short of its east neighbour (a gap closed by the rows above and below).
  const injected = cells.map(([x0, y0, x1, y1], index) => {
    const east = index === 123 ? x1 + 0.2 : index === 777 ? x1 + 0.1 : index === 1500 ? x1 - 0.3 : x1;
    return rect(x0, y0, east, y1);
  });

  it('finds exactly the two injected overlaps', () => {
    expect(injected.length).toBe(2000);
    expect(summary(findings(injected, 'topology/parcel-overlap'))).toEqual([
      ['overlap', 'error', 124, 0.2],
      ['withinAccuracy', 'warning', 778, 0.1],
    ]);
  });
  it('finds exactly the injected gap', () => {
    const found = findings(injected, 'topology/parcel-gap');
    expect(summary(found)).toEqual([['gap', 'error', 1450, 0.3]]); // reported on the first parcel bordering it
    expect(found[0]!.data.parcels).toBe('#1450, #1500, #1501, #1550');
  });
});

describe('edge cases', () => {
  const line = (...points: Array<[number, number]>): Geometry => ({ type: 'LineString', coordinates: points.map(([x, y]) => [X0 + x, Y0 + y]) });

  it('a servitude is found by a type-field alias from the config, and other obligation types are left alone', () => {
    const base = PROFILES['ge-388']!;
    const settings: Settings = { ...base, fields: { ...base.fields, obligation: { ...base.fields.obligation, type: ['vald_tipi'] } } };
    const layers = [memoryLayer('parcel', [rect(0, 0, 10, 10)]), memoryLayer('obligation', [rect(-0.3, 0, 3, 10), rect(-0.3, 0, 3, 10)], [{ VALD_TIPI: 1 }, { VALD_TIPI: '6' }])];
    expect(summary(findingsIn(layers, 'topology/servitude-within-parcel', settings))).toEqual([['protrudes', 'error', 0, 0.3]]);
  });
  it('an invalid (bow-tie) parcel does not crash the overlap and gap rules', () => {
    const bowTie: Geometry = { type: 'Polygon', coordinates: [[[X0, Y0], [X0 + 10, Y0 + 10], [X0 + 10, Y0], [X0, Y0 + 10], [X0, Y0]]] };
    for (const rule of ['topology/parcel-overlap', 'topology/parcel-gap']) {
      expect(findings([bowTie, rect(10.3, 0, 20, 10), rect(0, 10.2, 20, 20)], rule).filter((f) => f.messageId === 'ruleCrashed')).toEqual([]);
    }
  });
  it('a line in three groups reports the nearest break; a crossing connects', () => {
    const multi: Geometry = { type: 'MultiLineString', coordinates: [[[X0, Y0], [X0 + 10, Y0]], [[X0 + 10.3, Y0], [X0 + 20, Y0]], [[X0 + 20.8, Y0], [X0 + 30, Y0]], [[X0 + 5, Y0 - 5], [X0 + 5, Y0 + 5]]] };
    const found = findingsIn([memoryLayer('linear', [multi])], 'topology/line-single-piece');
    expect(summary(found)).toEqual([['broken', 'error', 0, 0.3]]);
    expect(found[0]!.data.pieces).toBe(3);
    expect(found[0]!.location).toEqual([X0 + 10.15, Y0]);
  });
  it('points with no line at all are reported, and a crossing of two lines shares no length', () => {
    const point: Geometry = { type: 'Point', coordinates: [X0 + 1, Y0 + 1] };
    expect(summary(findingsIn([memoryLayer('points', [point])], 'topology/point-on-line-vertex'))).toEqual([['noLine', 'error', 0, null]]);
    expect(findingsIn([memoryLayer('linear', [line([0, 0], [10, 10]), line([0, 10], [10, 0])])], 'topology/line-duplicate')).toEqual([]);
  });
});

describe('topology/parcel-gap and parcel-overlap in a clean coverage (the matched-edge shortcut)', () => {
  /** A 5 × 5 grid of 10 m parcels sharing identical corners, with the centre one (#12) replaced. */
  const grid = (centre: Geometry): Geometry[] =>
    Array.from({ length: 25 }, (_, k) => (k === 12 ? centre : rect((k % 5) * 10, Math.floor(k / 5) * 10, (k % 5) * 10 + 10, Math.floor(k / 5) * 10 + 10)));

  it('a clean grid has no gap and no overlap', () => {
    const clean = grid(rect(20, 20, 30, 30));
    expect(findings(clean, 'topology/parcel-gap')).toEqual([]);
    expect(findings(clean, 'topology/parcel-overlap')).toEqual([]);
  });
  it('a parcel drawn 0.3 m inside its neighbours leaves a ring-shaped gap around an island, naming the five it lies along', () => {
    // Widest at the ring's corners: the circle touching both outer sides and the island's corner is 0.6 × (2 − √2) ≈ 0.351 m across.
    const found = findings(grid(rect(20.3, 20.3, 29.7, 29.7)), 'topology/parcel-gap');
    expect(summary(found)).toEqual([['gap', 'error', 7, 0.351]]);
    // The four diagonal neighbours touch the ring only at its outer corners: a gap names the parcels it lies along (RULES.md, "What a gap is").
    expect(found[0]!.data.parcels).toBe('#7, #11, #12, #13, #17');
  });
  it('a parcel drawn 0.2 m beyond its neighbours overlaps all eight round it (the corner ones by a 0.2 m square)', () => {
    const found = findings(grid(rect(19.8, 19.8, 30.2, 30.2)), 'topology/parcel-overlap');
    // Each pair is reported on its later parcel: #6, #7, #8, #11 against #12, then #12 against #13, #16, #17, #18.
    expect(summary(found).map(([, , index, measured]) => [index, measured])).toEqual([[12, 0.2], [12, 0.2], [12, 0.2], [12, 0.2], [13, 0.2], [16, 0.2], [17, 0.2], [18, 0.2]]);
  });
});
