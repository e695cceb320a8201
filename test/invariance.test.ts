// Findings depend on the land only (RULES.md, Conventions): the same parcels written another way give the same findings.
//
// Each rule fixture of the geometry, topology and tolerance families, attributes/area-matches-geometry, the bundled
// valid survey, and generated coverages with defects (test/invariance-coverage.ts) are rewritten — rings reversed
// (all, or every other record), start vertices rotated, records shuffled, Shapefile <-> GeoJSON, translated by whole
// metres — written to a temporary folder and checked in-process (test/helpers.ts checkJson, the CLI's own path from
// the files to the JSON report). The findings must be the same as the unrewritten submission's (compared by
// test/invariance-compare.ts, which test/invariance-ua-kz.test.ts shares; how objects are named is this file's):
//  - the same rule, severity and message id;
//  - the same objects named. A record is named by WHAT IT IS, not by its record number: the test follows each record
//    through the shuffle (it knows the permutation) back to the original record, and names that by its layer and its
//    vertex set (rounded to 1 mm) — so two records drawn identically (geometry/duplicate) are the same object whichever
//    the report names, and a parcel without an id is still the same parcel in any record order. Registered parcels
//    are named by their cad_code. A finding about two objects (an overlap, a gap, a near-miss) names the SET of
//    them: "reported once, whichever comes first" means the pair, not which of the two carries the finding;
//  - the measured value to 1 mm;
//  - the location moved by the translation, to 1 mm — or, where the finding has a shape (a gap, a near-miss segment),
//    a location on that shape: which point of a region the report picks may follow the vertex order, the region may not.
// And within one report, no two findings of one rule carry the same shape (one relation reported twice).
//
// Reproduce a failure: the counterexample fast-check prints is the rewrite; the seed is fixed (SEED below).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CASES } from '../scripts/fixtures/cases/index.js';
import type { FixtureCase } from '../scripts/fixtures/cases/case.js';
import { PRJ_UTM38N, validSurvey } from '../scripts/fixtures/ge-388-survey.js';
import { writeRegisteredFile, type RegisteredFileSpec } from '../scripts/fixtures/registered-writer.js';
import { writeSubmission, type LayerSpec, type SubmissionSpec } from '../scripts/fixtures/submission-writer.js';
import type { GeoJsonGeometry } from '../scripts/lib/shapefile-writer.js';
import { RULES } from '../src/catalogue.js';
import { checkJson, type JsonFinding } from './helpers.js';
import { canonicalFinding, expectSameFindings, mapPositions, mmKey, permutation, reportedTwice, type Canonical, type Position } from './invariance-compare.js';
import { coverageArbitrary, coverageSubmission } from './invariance-coverage.js';

const SEED = 13_2026;
/** Rewrites tried per fixture, and generated coverages (each with one rewrite). */
const RUNS_PER_FIXTURE = Number(process.env.INVARIANCE_RUNS ?? 8);
const COVERAGE_RUNS = Number(process.env.INVARIANCE_COVERAGE_RUNS ?? 40);

// ---- rewrites ----

export interface Rewrite {
  /** Reverse the rings of every record, of every other record (odd record numbers), or none. */
  reverse: 'none' | 'all' | 'alternate';
  /** Start each ring this many vertices later (0: as written). */
  rotate: number;
  /** Record order: as written, reversed, or shuffled by this seed. */
  shuffle: 'none' | 'reversed' | number;
  /** Every layer as written, or all as GeoJSON (crs EPSG:32638), or all as Shapefile (ESRI .prj of UTM 38N). */
  format: 'original' | 'geojson' | 'shapefile';
  /** Whole metres east and north. */
  translate: [number, number];
}

const rewriteArbitrary: fc.Arbitrary<Rewrite> = fc.record({
  reverse: fc.constantFrom('none', 'all', 'alternate'),
  rotate: fc.nat(7),
  shuffle: fc.oneof(fc.constant('none' as const), fc.constant('reversed' as const), fc.integer({ min: 1, max: 1_000_000 })),
  format: fc.constantFrom('original', 'geojson', 'shapefile'),
  translate: fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })),
});

const IDENTITY: Rewrite = { reverse: 'none', rotate: 0, shuffle: 'none', format: 'original', translate: [0, 0] };

function mapRings(geometry: GeoJsonGeometry, change: (ring: Position[]) => Position[]): GeoJsonGeometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(change) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map(change)) };
  return geometry;
}

const isClosed = (ring: Position[]): boolean => ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];

function rotateRing(ring: Position[], by: number): Position[] {
  const closed = isClosed(ring);
  const open = closed ? ring.slice(0, -1) : ring;
  if (open.length === 0) return ring;
  const k = by % open.length;
  const rotated = [...open.slice(k), ...open.slice(0, k)];
  return closed ? [...rotated, rotated[0]!] : rotated;
}

function rewriteGeometry(geometry: GeoJsonGeometry | null, originalIndex: number, rewrite: Rewrite): GeoJsonGeometry | null {
  if (!geometry) return geometry;
  let out = geometry;
  if (rewrite.reverse === 'all' || (rewrite.reverse === 'alternate' && originalIndex % 2 === 1)) out = mapRings(out, (ring) => [...ring].reverse());
  if (rewrite.rotate > 0) out = mapRings(out, (ring) => rotateRing(ring, rewrite.rotate));
  const [dx, dy] = rewrite.translate;
  if (dx !== 0 || dy !== 0) out = mapPositions(out, ([x, y, ...rest]) => [x! + dx, y! + dy, ...rest]);
  return out;
}

const UTM38N_NAMES = new Set(['EPSG:32638', 'urn:ogc:def:crs:EPSG::32638']);

function rewriteFormat(layer: LayerSpec, format: Rewrite['format']): LayerSpec {
  if (format === 'geojson' && layer.format === 'shapefile' && layer.crs === PRJ_UTM38N) {
    return { ...layer, format: 'geojson', crs: 'EPSG:32638', cpg: undefined, encoding: undefined };
  }
  if (format === 'shapefile' && layer.format === 'geojson' && layer.crs && UTM38N_NAMES.has(layer.crs)) {
    return { ...layer, format: 'shapefile', crs: PRJ_UTM38N, cpg: 'UTF-8', encoding: 'utf-8' };
  }
  return layer;
}

interface Rewritten {
  spec: SubmissionSpec;
  registered: RegisteredFileSpec | null;
  /** Per layer file name (without extension): rewritten record number -> original record number. */
  order: Map<string, number[]>;
}

function rewriteSubmission(spec: SubmissionSpec, registered: RegisteredFileSpec | null, rewrite: Rewrite): Rewritten {
  const order = new Map<string, number[]>();
  const layers = spec.layers.map((layer) => {
    const perm = permutation(layer.features.length, rewrite.shuffle);
    order.set(layer.name, perm);
    const features = perm.map((i) => ({ ...layer.features[i]!, geometry: rewriteGeometry(layer.features[i]!.geometry, i, rewrite) }));
    return rewriteFormat({ ...layer, features }, rewrite.format);
  });
  const rewrittenRegistered = registered && {
    ...registered,
    parcels: permutation(registered.parcels.length, rewrite.shuffle).map((i) => ({ ...registered.parcels[i]!, geometry: rewriteGeometry(registered.parcels[i]!.geometry, i, rewrite)! })),
  };
  return { spec: { ...spec, layers }, registered: rewrittenRegistered, order };
}

// ---- running ----

const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-invariance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function check(rewritten: Rewritten): Promise<JsonFinding[]> {
  const folder = join(scratch, 'submission');
  writeSubmission(folder, rewritten.spec);
  const args = ['--verbose'];
  if (rewritten.registered) args.push('--registered', writeRegisteredFile(join(scratch, 'registered'), rewritten.registered));
  const { report } = await checkJson(folder, args);
  return report.findings;
}

// ---- comparing ----

/** What an original record is: its layer and its vertex set to 1 mm (null geometry: its attributes). */
function identities(spec: SubmissionSpec): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const layer of spec.layers) {
    out.set(layer.name, layer.features.map((feature) => {
      if (!feature.geometry) return `${layer.name}:no geometry ${JSON.stringify(feature.properties)}`;
      const vertices = new Set<string>();
      mapPositions(feature.geometry, (p) => { vertices.add(mmKey(p)); return p; });
      return `${layer.name}:${[...vertices].sort().join(' ')}`;
    }));
  }
  return out;
}

const NAMING_KEYS = ['parcel', 'other', 'parcels', 'building', 'servitude', 'point', 'cadCode'];

/** A finding in terms of the original submission: the objects it names, its location moved back by the translation. */
function canonical(finding: JsonFinding & { data?: Record<string, string | number> }, spec: SubmissionSpec, rewritten: Rewritten, ids: Map<string, string[]>, shift: [number, number]): Canonical {
  const layerName = finding.file ? basename(finding.file, extname(finding.file)) : null;
  const order = layerName ? rewritten.order.get(layerName) : undefined;
  const layerIds = layerName ? ids.get(layerName) : undefined;
  const nameOfIndex = (index: number): string => {
    if (!order || !layerIds) return `${layerName}#${index}`;
    const original = order[index];
    return (original === undefined ? undefined : layerIds[original]) ?? `?${index}`;
  };
  // An id names the records of the finding's layer that carry it (by what they are), else a registered parcel.
  const nameOfId = (id: string): string => {
    const layer = spec.layers.find((l) => l.name === layerName);
    const found = layer ? layer.features.flatMap((f, i) => (Object.values(f.properties).some((v) => v !== null && String(v) === id) ? [layerIds![i]] : [])) : [];
    return found.length > 0 ? [...new Set(found)].sort().join(' / ') : `registered:${id}`;
  };
  const named = new Set<string>();
  if (finding.featureIndex !== null) named.add(nameOfIndex(finding.featureIndex));
  for (const key of NAMING_KEYS) {
    const value = finding.data?.[key];
    if (value === undefined) continue;
    if (typeof value === 'number') { named.add(nameOfIndex(value)); continue; }
    for (const token of value.split(', ')) {
      const byNumber = /#(\d+)$/.exec(token);
      if (key === 'cadCode' || token.startsWith('registered parcel ')) named.add(`registered:${token.replace(/^registered parcel /, '')}`);
      else named.add(byNumber ? nameOfIndex(Number(byNumber[1])) : nameOfId(token.replace(/^parcel /, '')));
    }
  }
  const own = finding.featureIndex !== null ? nameOfIndex(finding.featureIndex) : '';
  // A location without a shape may be another vertex of the record the finding is on.
  const vertices = new Set(own.slice(own.indexOf(':') + 1).split(' '));
  return canonicalFinding(finding, named, vertices, shift);
}

/** The property: `rewrite` of this submission gives the findings `base` gave. */
async function holdsUnder(spec: SubmissionSpec, registered: RegisteredFileSpec | null, base: Canonical[], rewrite: Rewrite): Promise<void> {
  const ids = identities(spec);
  const rewritten = rewriteSubmission(spec, registered, rewrite);
  const findings = await check(rewritten);
  const actual = findings.map((f) => canonical(f, spec, rewritten, ids, rewrite.translate));
  expectSameFindings(base, actual, findings);
}

async function baseFindings(spec: SubmissionSpec, registered: RegisteredFileSpec | null): Promise<{ canonical: Canonical[]; findings: JsonFinding[] }> {
  const rewritten = rewriteSubmission(spec, registered, IDENTITY);
  const findings = await check(rewritten);
  return { findings, canonical: findings.map((f) => canonical(f, spec, rewritten, identities(spec), [0, 0])) };
}

// ---- the cases ----

const FAMILIES = /^(geometry|topology|tolerance)\/|^attributes\/area-matches-geometry$/;
const registeredOf = (c: FixtureCase): RegisteredFileSpec | null => (c as FixtureCase & { registered?: RegisteredFileSpec | null }).registered ?? null;

const CASES: Array<{ name: string; build: () => SubmissionSpec; registered: RegisteredFileSpec | null }> = [
  { name: 'valid (the bundled survey)', build: validSurvey, registered: null },
  ...FIXTURE_CASES.filter((c) => FAMILIES.test(c.rule)).map((c) => ({ name: `${c.rule}/${c.outcome}/${c.name}`, build: () => c.build(), registered: registeredOf(c) })),
];

describe('findings depend on the land only: rings reversed, start rotated, records shuffled, Shapefile <-> GeoJSON, translated', () => {
  it('the harness can fail: the rewrites change the files, and a change of the land changes the findings', async () => {
    const spec = FIXTURE_CASES.find((c) => c.rule === 'topology/building-within-parcel' && c.name === 'building-out-0.14m')!.build();
    // Rings reversed, as GeoJSON: the parcel's ring is written clockwise (negative shoelace area), records reversed.
    const rewritten = rewriteSubmission(spec, null, { ...IDENTITY, reverse: 'all', format: 'geojson', shuffle: 'reversed' });
    writeSubmission(join(scratch, 'written'), rewritten.spec);
    const parcel = JSON.parse(readFileSync(join(scratch, 'written/parcel.geojson'), 'utf8')) as { features: Array<{ geometry: { coordinates: Array<Array<[number, number]>> } }> };
    const ring = parcel.features[0]!.geometry.coordinates[0]!;
    expect(ring.reduce((sum, p, i) => (i === 0 ? 0 : sum + ring[i - 1]![0] * p[1] - p[0] * ring[i - 1]![1]), 0)).toBeLessThan(0);
    // Not a rewrite: the buildings moved 0.02 m west, the parcel not. Building 01 now sticks out 0.16 m: the check sees it.
    const base = await baseFindings(spec, null);
    const moved = { ...spec, layers: spec.layers.map((layer) => (layer.name !== 'building' ? layer : { ...layer, features: layer.features.map((f) => ({ ...f, geometry: f.geometry && mapPositions(f.geometry, ([x, y]) => [x! - 0.02, y!]) })) })) };
    await expect(holdsUnder(moved, null, base.canonical, IDENTITY)).rejects.toThrow(/lost:\n\s+-\n\s+gained:\n\s+topology\/building-within-parcel error/);
  });

  it('covers every rule fixture of geometry/*, topology/*, tolerance/* and attributes/area-matches-geometry', () => {
    const rules = new Set(CASES.slice(1).map((c) => c.name.split('/').slice(0, 2).join('/')));
    expect([...rules].filter((rule) => rule.startsWith('topology/')).length).toBeGreaterThanOrEqual(8);
    // Every rule of these two families, however many there are: a new one joins this test through its fixture case.
    const ofFamily = (family: string): string[] => RULES.map((rule) => rule.id).filter((id) => id.startsWith(family)).sort();
    expect([...rules].filter((rule) => rule.startsWith('tolerance/')).sort()).toEqual(ofFamily('tolerance/'));
    expect([...rules].filter((rule) => rule.startsWith('geometry/')).sort()).toEqual(ofFamily('geometry/'));
    expect(rules.has('attributes/area-matches-geometry')).toBe(true);
  });

  it.each(CASES)('$name', async ({ build, registered }) => {
    const spec = build();
    const base = await baseFindings(spec, registered);
    const twice = reportedTwice(base.findings, base.canonical);
    expect(twice, 'one relation reported twice in the submission as written').toEqual([]);
    await fc.assert(fc.asyncProperty(rewriteArbitrary, (rewrite) => holdsUnder(spec, registered, base.canonical, rewrite)), { seed: SEED, numRuns: RUNS_PER_FIXTURE });
  }, 120_000);

  it('generated coverages: T-junctions, a gap, an overlap, a near-miss vertex, a wedge sliver', async () => {
    await fc.assert(
      fc.asyncProperty(coverageArbitrary, rewriteArbitrary, async (coverage, rewrite) => {
        const spec = coverageSubmission(coverage);
        const base = await baseFindings(spec, null);
        const twice = reportedTwice(base.findings, base.canonical);
        if (twice.length > 0) throw new Error(`one relation reported twice in the coverage as written:\n    ${twice.join('\n    ')}`);
        await holdsUnder(spec, null, base.canonical, rewrite);
      }),
      { seed: SEED, numRuns: COVERAGE_RUNS },
    );
  }, 300_000);
});
