// How the invariance tests (test/invariance.test.ts for ge-388 folders, test/invariance-ua-kz.test.ts for the ua-1051
// and kz-pcm readers) compare the findings of a submission with those of the same land written another way. Each test
// names the objects a finding is about by what they are (its own rewrite knows how); this module compares:
//  - the same rule, severity and message id, naming the same set of objects;
//  - the measured value to 1 mm;
//  - the location moved back by the translation, to 1 mm — or, where the finding has a shape, a location on that
//    shape; or, without a shape, another vertex of the objects it names (which vertex comes first is how the file is
//    written, not the land).
// And within one report, no two findings of one rule carry the same shape (one relation reported twice).
// Also here: the deterministic record order both tests shuffle by.
import type { GeoJsonGeometry } from '../scripts/lib/shapefile-writer.js';
import { toJsts } from '../src/geom/jsts.js';
import type { Geometry } from '../src/model.js';
import type { JsonFinding } from './helpers.js';

export const MM = 0.001;
/** Measured values are compared to 1 mm; rounding to 0.1 mm on both sides adds up to 0.1 mm. */
export const MEASURE_TOLERANCE = MM + 1e-4 + 1e-9;

export type Position = number[];

export function mapPositions(geometry: GeoJsonGeometry, change: (p: Position) => Position): GeoJsonGeometry {
  const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? change(c as Position) : (c as unknown[]).map(walk));
  return { ...geometry, coordinates: walk(geometry.coordinates) } as GeoJsonGeometry;
}

/** Records as written, reversed, or shuffled by this seed. */
export type Shuffle = 'none' | 'reversed' | number;

/** A deterministic permutation of 0..n-1 (Fisher–Yates on a small LCG): rewritten record i is original record order[i]. */
export function permutation(n: number, shuffle: Shuffle): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (shuffle === 'none') return order;
  if (shuffle === 'reversed') return order.reverse();
  let state = shuffle >>> 0;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A position to 1 mm, as a string: how vertex sets are kept. */
export const mmKey = (p: Position): string => `${Math.round(p[0]! * 1000)},${Math.round(p[1]! * 1000)}`;

/** The vertices of a geometry, each to 1 mm. */
export function vertexKeys(geometry: GeoJsonGeometry): Set<string> {
  const vertices = new Set<string>();
  mapPositions(geometry, (p) => { vertices.add(mmKey(p)); return p; });
  return vertices;
}

export interface Canonical {
  key: string;
  measured: number | null;
  location: [number, number] | null;
  geometry: unknown;
  /** The vertices (mm keys) of the objects the finding is on: where a location without a shape may point. */
  vertices: Set<string>;
  text: string;
}

/** A finding in terms of the original submission: the objects it names, its location and shape moved back by `shift`. */
export function canonicalFinding(finding: JsonFinding, named: Iterable<string>, vertices: Set<string>, shift: [number, number]): Canonical {
  const location = finding.location && [finding.location[0] - shift[0], finding.location[1] - shift[1]] as [number, number];
  const geometry = finding.geometry && mapPositions(finding.geometry as GeoJsonGeometry, ([x, y]) => [x! - shift[0], y! - shift[1]]);
  const key = `${finding.ruleId} ${finding.severity} ${finding.messageId} [${[...new Set(named)].sort().join(' | ')}]`;
  const text = `${key} measured=${finding.measured} at ${location?.map((v) => v.toFixed(3)).join(',') ?? '-'}`;
  return { key, measured: finding.measured, location, geometry, vertices, text };
}

function distanceToShape(point: [number, number], geometry: unknown): number {
  const shape = toJsts(geometry as Geometry);
  const pointShape = toJsts({ type: 'Point', coordinates: point });
  return shape.distance(pointShape);
}

export function sameFinding(a: Canonical, b: Canonical): boolean {
  if (a.key !== b.key) return false;
  if ((a.measured === null) !== (b.measured === null)) return false;
  if (a.measured !== null && Math.abs(a.measured - b.measured!) > MEASURE_TOLERANCE) return false;
  if (!a.location || !b.location) return a.location === b.location;
  if (Math.hypot(a.location[0] - b.location[0], a.location[1] - b.location[1]) <= MM) return true;
  // A finding without a shape points at a vertex of what it is on: after rotating or reversing the rings, another
  // vertex of the same objects (which vertex comes first is how the file is written, not the land).
  const vertexOf = (p: [number, number], c: Canonical): boolean => c.vertices.has(mmKey(p));
  if (!a.geometry && !b.geometry) return vertexOf(a.location, a) && vertexOf(b.location, b);
  return Boolean(a.geometry && b.geometry && distanceToShape(b.location, a.geometry) <= MM && distanceToShape(a.location, b.geometry) <= MM);
}

/** The findings of one side that no finding of the other matches, both ways. */
export function difference(expected: Canonical[], actual: Canonical[]): { missing: string[]; extra: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const finding of expected) {
    const i = left.findIndex((other) => sameFinding(finding, other));
    if (i < 0) missing.push(finding.text);
    else left.splice(i, 1);
  }
  return { missing, extra: left.map((f) => f.text) };
}

/** Findings of one rule with the same shape naming the same objects: one relation reported twice (e.g. from each of its two parcels). */
export function reportedTwice(findings: JsonFinding[], canonicals: Canonical[]): string[] {
  const seen = new Map<string, JsonFinding>();
  const twice: string[] = [];
  for (const [i, finding] of findings.entries()) {
    if (!finding.geometry) continue;
    const key = `${canonicals[i]!.key} ${[...vertexKeys(finding.geometry as GeoJsonGeometry)].sort().join(' ')}`;
    if (seen.has(key)) twice.push(`${finding.ruleId} on records ${seen.get(key)!.featureIndex} and ${finding.featureIndex}: ${finding.message}`);
    else seen.set(key, finding);
  }
  return twice;
}

/** Throws, saying what was lost and gained, unless `actual` (the rewrite's findings) are `base`, and no relation is reported twice. */
export function expectSameFindings(base: Canonical[], actual: Canonical[], findings: JsonFinding[]): void {
  const diff = difference(base, actual);
  if (diff.missing.length > 0 || diff.extra.length > 0) {
    throw new Error(`findings changed under the rewrite:\n  lost:\n    ${diff.missing.join('\n    ') || '-'}\n  gained:\n    ${diff.extra.join('\n    ') || '-'}`);
  }
  const twice = reportedTwice(findings, actual);
  if (twice.length > 0) throw new Error(`one relation reported twice:\n    ${twice.join('\n    ')}`);
}
