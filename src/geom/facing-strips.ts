// The strips between two polygons' facing boundaries: quadrilaterals spanning each pair of edges that face each other within a distance.
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import type { Geometry } from '../model.js';
import { isSimpleRing } from './coverage.js';
import { geometryFactory, type JstsGeometry } from './jsts.js';

/** One boundary edge, with the outward normal of its polygon (unit vector pointing away from the interior). */
export interface BoundaryEdge {
  ax: number; ay: number; bx: number; by: number;
  nx: number; ny: number;
  minX: number; minY: number; maxX: number; maxY: number;
}

/**
 * Edges of two polygons "face" each other when their outward normals are within this angle of opposite.
 * A strip between neighbours (normals 180° apart) and a V-shaped gap narrower than 45° qualify; the two edges
 * at the outer corner of an L formed by two parcels (90°) do not — that corner is outside, not between them.
 */
const FACING_COSINE = -Math.cos(Math.PI / 4);

function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

/** Every edge of a Polygon or MultiPolygon, with outward normals whatever the rings' winding. */
export function boundaryEdges(geometry: Geometry): BoundaryEdge[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const edges: BoundaryEdge[] = [];
  for (const rings of polygons) {
    rings.forEach((ring, ringIndex) => {
      const area = signedArea(ring);
      if (area === 0) return;
      // The interior lies left of travel on a counter-clockwise shell and on a clockwise hole.
      const interiorLeft = ringIndex === 0 ? area > 0 : area < 0;
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]! as [number, number];
        const [bx, by] = ring[i]! as [number, number];
        const length = Math.hypot(bx - ax, by - ay);
        if (!(length > 0)) continue;
        const sign = interiorLeft ? 1 : -1; // outward = right of travel when the interior is on the left
        edges.push({
          ax, ay, bx, by, nx: (sign * (by - ay)) / length, ny: (sign * -(bx - ax)) / length,
          minX: Math.min(ax, bx), minY: Math.min(ay, by), maxX: Math.max(ax, bx), maxY: Math.max(ay, by),
        });
      }
    });
  }
  return edges;
}

/**
 * The part [t0, t1] of edge `e` (parameter 0 at a, 1 at b) that lies in front of edge `f`: its foot on f's line
 * falls within f, and it is on f's outward side at most `maxDistance` away. Every condition is linear in t.
 */
function partInFront(e: BoundaryEdge, f: BoundaryEdge, maxDistance: number): [number, number] | null {
  const fx = f.bx - f.ax;
  const fy = f.by - f.ay;
  const fLength2 = fx * fx + fy * fy;
  // s(t): position of the foot along f (0..1); h(t): height above f along its outward normal (0..maxDistance).
  const s0 = ((e.ax - f.ax) * fx + (e.ay - f.ay) * fy) / fLength2;
  const s1 = ((e.bx - f.ax) * fx + (e.by - f.ay) * fy) / fLength2;
  const h0 = (e.ax - f.ax) * f.nx + (e.ay - f.ay) * f.ny;
  const h1 = (e.bx - f.ax) * f.nx + (e.by - f.ay) * f.ny;
  let lo = 0;
  let hi = 1;
  const keep = (v0: number, v1: number, min: number, max: number): void => {
    // v(t) = v0 + (v1 - v0) t must lie in [min, max].
    const dv = v1 - v0;
    if (dv === 0) {
      if (v0 < min || v0 > max) hi = -1;
      return;
    }
    const ta = (min - v0) / dv;
    const tb = (max - v0) / dv;
    lo = Math.max(lo, Math.min(ta, tb));
    hi = Math.min(hi, Math.max(ta, tb));
  };
  keep(s0, s1, 0, 1);
  keep(h0, h1, 0, maxDistance);
  return hi > lo ? [lo, hi] : null;
}

function pointAt(e: BoundaryEdge, t: number): [number, number] {
  return [e.ax + (e.bx - e.ax) * t, e.ay + (e.by - e.ay) * t];
}

/**
 * Quadrilaterals spanning the facing parts of edge pairs of two polygons that are at most `maxDistance` apart.
 * Pairs closer than `minSeparation` at both ends (a common edge, or the same edge digitised twice) span nothing
 * and are skipped — that is how neighbours along a shared boundary cost only arithmetic. The quadrilaterals may
 * cover other parcels; subtract the parcels' union to keep only what is uncovered.
 */
export function facingStrips(edgesA: readonly BoundaryEdge[], edgesB: readonly BoundaryEdge[], maxDistance: number, minSeparation: number): JstsGeometry[] {
  const strips: JstsGeometry[] = [];
  for (const e of edgesA) {
    for (const f of edgesB) {
      if (e.minX > f.maxX + maxDistance || f.minX > e.maxX + maxDistance || e.minY > f.maxY + maxDistance || f.minY > e.maxY + maxDistance) continue;
      if (e.nx * f.nx + e.ny * f.ny > FACING_COSINE) continue;
      const onE = partInFront(e, f, maxDistance);
      const onF = onE && partInFront(f, e, maxDistance);
      if (!onE || !onF) continue;
      const [p0, p1] = [pointAt(e, onE[0]), pointAt(e, onE[1])];
      const [q0, q1] = [pointAt(f, onF[0]), pointAt(f, onF[1])];
      // e runs one way and f the other along the strip: p0 → p1 → q0 → q1 goes round it.
      const separation = Math.max(Math.hypot(p0[0] - q1[0], p0[1] - q1[1]), Math.hypot(p1[0] - q0[0], p1[1] - q0[1]));
      if (separation < minSeparation) continue;
      const ring = [p0, p1, q0, q1, p0];
      const area = Math.abs(signedArea(ring));
      if (!(area > minSeparation * minSeparation)) continue;
      try {
        const quad = geometryFactory.createPolygon(geometryFactory.createLinearRing(ring.map(([x, y]) => new Coordinate(x, y)) as never)) as unknown as JstsGeometry;
        // A twisted quad (edges not quite anti-parallel) is repaired by buffer(0) into its simple parts; a simple one is kept.
        strips.push(isSimpleRing(Float64Array.from(ring.flat())) ? quad : quad.buffer(0));
      } catch {
        // a degenerate ring: nothing between the edges
      }
    }
  }
  return strips;
}
