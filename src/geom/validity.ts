// OGC validity of a geometry, as JTS's IsValidOp judges it, in words a surveyor can act on.
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import type { Geometry, Position } from '../model.js';
import { ringsOf } from './coverage.js';
import { provenValidPolygon } from './simple-polygon.js';
import { toJsts, UnbuildableGeometry } from './jsts.js';

export type InvalidityKind =
  | 'self-intersection' | 'ring-self-intersection' | 'self-overlap' | 'nested-shells' | 'hole-outside-shell'
  | 'nested-holes' | 'disconnected-interior' | 'too-few-points' | 'ring-not-closed' | 'non-finite-coordinate'
  | 'duplicate-rings' | 'invalid';

export interface Invalidity {
  kind: InvalidityKind;
  location: Position | null;
}

// TopologyValidationError's type codes, in JTS order.
const KIND_BY_JTS_CODE: Record<number, InvalidityKind> = {
  0: 'invalid', 1: 'invalid', 2: 'hole-outside-shell', 3: 'nested-holes', 4: 'disconnected-interior',
  5: 'self-intersection', 6: 'ring-self-intersection', 7: 'nested-shells', 8: 'duplicate-rings',
  9: 'too-few-points', 10: 'non-finite-coordinate', 11: 'ring-not-closed',
};

function firstNonFinite(coordinates: unknown): Position | null | undefined {
  if (!Array.isArray(coordinates) || coordinates.length === 0) return undefined; // an empty ring or part is not a position
  if (!Array.isArray(coordinates[0])) {
    const [x, y] = coordinates as number[];
    return Number.isFinite(x) && Number.isFinite(y) ? undefined : [x as number, y as number];
  }
  for (const part of coordinates) {
    const found = firstNonFinite(part);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Rings as written in GeoJSON: each must have ≥ 4 positions and end where it starts. */
function ringProblem(geometry: Geometry): Invalidity | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const ring of polygons.flat()) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 0 && ring.length < 4) return { kind: 'too-few-points', location: first ? [first[0]!, first[1]!] : null };
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) return { kind: 'ring-not-closed', location: [last[0]!, last[1]!] };
  }
  if (geometry.type === 'LineString' && geometry.coordinates.length === 1) {
    const only = geometry.coordinates[0]!;
    return { kind: 'too-few-points', location: [only[0]!, only[1]!] };
  }
  return null;
}

const found = new WeakMap<Geometry, Invalidity | null>();

/**
 * Null when valid; otherwise the first problem JTS finds, with where it is. Cached per geometry object: geometry/valid,
 * area-matches-geometry and paper-matches-digital each ask about the same parcels.
 */
export function findInvalidity(geometry: Geometry): Invalidity | null {
  if (found.has(geometry)) return found.get(geometry)!;
  const invalidity = judge(geometry);
  found.set(geometry, invalidity);
  return invalidity;
}

function judge(geometry: Geometry): Invalidity | null {
  if (geometry.type !== 'GeometryCollection') {
    const nonFinite = firstNonFinite(geometry.coordinates);
    if (nonFinite !== undefined) return { kind: 'non-finite-coordinate', location: null };
  }
  const ringIssue = ringProblem(geometry);
  if (ringIssue) return ringIssue;
  // One ring proven simple (src/geom/coverage.ts) is a valid polygon: the common case needs no IsValidOp.
  if (geometry.type === 'Polygon' && ringsOf(geometry).simple) return null;
  // A shell with holes whose rings are all apart is proven valid in n log n (src/geom/simple-polygon.ts).
  if (geometry.type === 'Polygon' && provenValidPolygon(ringsOf(geometry).rings)) return null;
  let jsts;
  try {
    jsts = toJsts(geometry);
  } catch (error) {
    if (error instanceof UnbuildableGeometry) return { kind: /closed/i.test(error.message) ? 'ring-not-closed' : 'too-few-points', location: null };
    throw error;
  }
  const error = new IsValidOp(jsts as never).getValidationError();
  if (!error) return null;
  // jsts's typings leave these untyped: a JTS Coordinate (or null) and a TopologyValidationError code.
  const coordinate = error.getCoordinate() as { x: number; y: number } | null;
  const kind = KIND_BY_JTS_CODE[error.getErrorType() as number] ?? 'invalid';
  return {
    // JTS calls an overlap of two parts of one multipolygon a self-intersection; the law's word is self-overlap.
    kind: kind === 'self-intersection' && geometry.type === 'MultiPolygon' && overlappingParts(geometry) ? 'self-overlap' : kind,
    location: coordinate && Number.isFinite(coordinate.x) ? [coordinate.x, coordinate.y] : null,
  };
}

function overlappingParts(geometry: Geometry): boolean {
  if (geometry.type !== 'MultiPolygon') return false;
  const parts = geometry.coordinates.map((coordinates) => toJsts({ type: 'Polygon', coordinates }));
  try {
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        // Interiors intersect (DE-9IM 'T' in the first cell): the two parts share area.
        if (parts[i]!.relate(parts[j]!, 'T********')) return true;
      }
    }
  } catch {
    // A part that is itself invalid can make the relate fail; then it stays a self-intersection.
  }
  return false;
}
