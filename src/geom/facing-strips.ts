// The strips between two polygons' facing boundaries: quadrilaterals spanning each pair of edges that face each other within a distance.
import type { Geometry } from '../model.js';
import { unionOfBoxes, type Box } from './box.js';
import { isSimpleRing, nearUnmatched, type Matching } from './coverage.js';
import { createCoordinate, geometryFactory, type JstsCoordinate, type JstsGeometry } from './jsts.js';
import type { BoxIndex } from './spatial-index.js';
import { polygonParts } from './width.js';

/**
 * One boundary edge, run with its polygon's interior on the left whatever the ring's winding in the file (so two facing
 * edges always run opposite ways), with the outward normal (unit vector pointing away from the interior, right of travel).
 */
export interface BoundaryEdge {
  ax: number; ay: number; bx: number; by: number;
  nx: number; ny: number;
  minX: number; minY: number; maxX: number; maxY: number;
  /** Which ring of the polygon, this edge's place in it (in interior-left order) and the ring's number of edges. */
  ring: number; k: number; m: number;
}

/**
 * The widest opening at which two boundaries still face each other: 2·atan(1/4) ≈ 28.07°. Between two boundaries
 * diverging at angle θ from a corner point, the uncovered wedge is w = 2·d·tan(θ/2) wide at distance d from the corner;
 * below this angle it runs at least twice as far as it is wide everywhere (d ≥ 2w) — a sliver, the shape digitising
 * leaves. Wider openings (a 45° V reaches the 1 m gapMaxWidth within 1.2 m of its corner point; the outer corner of an L
 * formed by two parcels is 90°) are corners the surveyor drew, not gaps.
 */
export const MAX_FACING_ANGLE = 2 * Math.atan(1 / 4);
/** Two computed points closer than this (1 µm, far below any width the law measures) are one. */
const SAME_POINT = 1e-6;
/** Edges face each other when their outward normals are within MAX_FACING_ANGLE of opposite. */
const FACING_COSINE = -Math.cos(MAX_FACING_ANGLE);

function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum / 2;
}

/** Every edge of a Polygon or MultiPolygon, with outward normals whatever the rings' winding. */
export function boundaryEdges(geometry: Geometry): BoundaryEdge[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const edges: BoundaryEdge[] = [];
  let ringNumber = 0;
  for (const rings of polygons) {
    rings.forEach((ring, ringIndex) => {
      const area = signedArea(ring);
      if (area === 0) return;
      // The interior lies left of travel on a counter-clockwise shell and on a clockwise hole.
      const interiorLeft = ringIndex === 0 ? area > 0 : area < 0;
      const first = edges.length;
      const n = ring.length - 1;
      for (let step = 1; step <= n; step++) {
        // Run every edge with the interior on its left: a clockwise shell is walked from its end to its start.
        const i = interiorLeft ? step : n + 1 - step;
        const [ax, ay] = (interiorLeft ? ring[i - 1]! : ring[i]!) as [number, number];
        const [bx, by] = (interiorLeft ? ring[i]! : ring[i - 1]!) as [number, number];
        const length = Math.hypot(bx - ax, by - ay);
        if (!(length > 0)) continue;
        edges.push({
          ax, ay, bx, by, nx: (by - ay) / length, ny: -(bx - ax) / length,
          minX: Math.min(ax, bx), minY: Math.min(ay, by), maxX: Math.max(ax, bx), maxY: Math.max(ay, by),
          ring: ringNumber, k: edges.length - first, m: 0,
        });
      }
      for (let k = first; k < edges.length; k++) edges[k]!.m = edges.length - first;
      ringNumber++;
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

/** Height of a point above edge f's line, along f's outward normal. */
function heightAbove([x, y]: [number, number], f: BoundaryEdge): number {
  return (x - f.ax) * f.nx + (y - f.ay) * f.ny;
}

function pointAt(e: BoundaryEdge, t: number): [number, number] {
  return [e.ax + (e.bx - e.ax) * t, e.ay + (e.by - e.ay) * t];
}

/**
 * The strips spanning the facing parts of edge pairs of two polygons that are at most `maxDistance` apart.
 * Pairs closer than `minSeparation` at both ends (a common edge, or the same edge digitised twice) span nothing
 * and are skipped — that is how neighbours along a shared boundary cost only arithmetic. The quadrilaterals may
 * cover other parcels; subtract the parcels' union to keep only what is uncovered.
 */
export function facingStrips(allA: readonly BoundaryEdge[], allB: readonly BoundaryEdge[], maxDistance: number, minSeparation: number): JstsGeometry[] {
  const strips: JstsGeometry[] = [];
  // Only the edges within reach of the other polygon's box can face one of its edges: on many-vertex rings (251-vertex
  // parcels side by side) this keeps the pairing to the few edges along the common side instead of every edge × every edge.
  const edgesA = within(allA, unionOfBoxes(allB), maxDistance);
  const edgesB = within(allB, unionOfBoxes(allA), maxDistance);
  const pairs: Array<{ e: BoundaryEdge; f: BoundaryEdge; onE: [number, number]; onF: [number, number] }> = [];
  for (const e of edgesA) {
    for (const f of edgesB) {
      if (e.minX > f.maxX + maxDistance || f.minX > e.maxX + maxDistance || e.minY > f.maxY + maxDistance || f.minY > e.maxY + maxDistance) continue;
      if (e.nx * f.nx + e.ny * f.ny > FACING_COSINE) continue;
      const onE = partInFront(e, f, maxDistance);
      const onF = onE && partInFront(f, e, maxDistance);
      if (!onE || !onF) continue;
      // A common edge, or one drawn twice: nothing between them.
      const heights = [heightAbove(pointAt(e, onE[0]), f), heightAbove(pointAt(e, onE[1]), f), heightAbove(pointAt(f, onF[0]), e), heightAbove(pointAt(f, onF[1]), e)];
      if (Math.max(...heights) < minSeparation) continue;
      pairs.push({ e, f, onE, onF });
    }
  }
  if (pairs.length === 0) return strips;
  // The common case — one run of facing boundary on each side (two parcels along a strip, two rings side by side): the
  // strip is one polygon, the facing run of one boundary and then of the other, however many edges they have.
  const runA = facingRun(pairs.map(({ e, onE }) => [e, onE]));
  const runB = runA && facingRun(pairs.map(({ f, onF }) => [f, onF]));
  if (runA && runB) {
    // Where the runs meet (the strip's end at a common corner) their end points coincide, up to float noise: one point.
    const points = [...runA, ...runB];
    const kept: number[] = [];
    for (let k = 0; k < points.length; k += 2) {
      const [x, y] = [points[k]!, points[k + 1]!];
      const n = kept.length;
      if (n >= 2 && Math.abs(kept[n - 2]! - x) <= SAME_POINT && Math.abs(kept[n - 1]! - y) <= SAME_POINT) continue;
      kept.push(x, y);
    }
    while (kept.length >= 4 && Math.abs(kept[kept.length - 2]! - kept[0]!) <= SAME_POINT && Math.abs(kept[kept.length - 1]! - kept[1]!) <= SAME_POINT) kept.length -= 2;
    const ring = Float64Array.from([...kept, kept[0]!, kept[1]!]);
    if (isSimpleRing(ring) && Math.abs(flatArea(ring)) > minSeparation * minSeparation) {
      const coordinates = [];
      for (let k = 0; k < ring.length; k += 2) coordinates.push(createCoordinate(ring[k]!, ring[k + 1]!));
      strips.push(geometryFactory.createPolygon(geometryFactory.createLinearRing(coordinates as never)) as unknown as JstsGeometry);
      return strips;
    }
  }
  for (const { e, f, onE, onF } of pairs) {
    // The quadrilateral between the two facing parts (e runs one way, f the other: p0 → p1 → q0 → q1 goes round it),
    // when it is simple; else two right trapezoids, which never twist.
    const [p0, p1, q0, q1] = [pointAt(e, onE[0]), pointAt(e, onE[1]), pointAt(f, onF[0]), pointAt(f, onF[1])];
    const quad = Float64Array.from([...p0, ...p1, ...q0, ...q1, ...p0]);
    if (isSimpleRing(quad)) {
      if (Math.abs(flatArea(quad)) > minSeparation * minSeparation) {
        strips.push(geometryFactory.createPolygon(geometryFactory.createLinearRing([p0, p1, q0, q1, p0].map(([x, y]) => createCoordinate(x, y)) as never)) as unknown as JstsGeometry);
      }
      continue;
    }
    // Two right trapezoids: e's facing part dropped perpendicularly onto f, and f's onto e. Where a boundary bends (two
    // edges of one parcel facing one edge of the other), both pieces on either side of the bend end on the same
    // perpendicular through the bend's corner, so the strip has no seam there — one connected strip stays connected.
    for (const [edge, part, onto] of [[e, onE, f], [f, onF, e]] as const) {
      const [p0, p1] = [pointAt(edge, part[0]), pointAt(edge, part[1])];
      const [h0, h1] = [heightAbove(p0, onto), heightAbove(p1, onto)];
      if (Math.max(h0, h1) < minSeparation) continue;
      const ring = [p0, p1, [p1[0] - h1 * onto.nx, p1[1] - h1 * onto.ny], [p0[0] - h0 * onto.nx, p0[1] - h0 * onto.ny], p0] as Array<[number, number]>;
      if (!(Math.abs(signedArea(ring)) > minSeparation * minSeparation)) continue;
      // Never twisted: the part lies on the outward side of `onto` (heights ≥ 0), so it cannot cross its own feet.
      strips.push(geometryFactory.createPolygon(geometryFactory.createLinearRing(ring.map(([x, y]) => createCoordinate(x, y)) as never)) as unknown as JstsGeometry);
    }
  }
  return strips;
}

function within(edges: readonly BoundaryEdge[], box: Box, margin: number): readonly BoundaryEdge[] {
  const near = edges.filter((e) => !(e.minX > box.maxX + margin || e.maxX < box.minX - margin || e.minY > box.maxY + margin || e.maxY < box.minY - margin));
  return near.length === edges.length ? edges : near;
}

function flatArea(ring: Float64Array): number {
  let sum = 0;
  for (let i = 2; i < ring.length; i += 2) sum += ring[i - 2]! * ring[i + 1]! - ring[i]! * ring[i - 1]!;
  return sum / 2;
}

/**
 * The facing parts of one polygon's edges as one run along its boundary (flat x, y, … from the run's start to its end), or
 * null when they are not one run (edges of several rings, or non-facing edges between facing ones).
 */
function facingRun(parts: ReadonlyArray<readonly [BoundaryEdge, readonly [number, number]]>): number[] | null {
  const byPlace = new Map<number, { edge: BoundaryEdge; lo: number; hi: number }>();
  const ring = parts[0]![0].ring;
  for (const [edge, [lo, hi]] of parts) {
    if (edge.ring !== ring) return null;
    const known = byPlace.get(edge.k);
    if (known) {
      known.lo = Math.min(known.lo, lo);
      known.hi = Math.max(known.hi, hi);
    } else byPlace.set(edge.k, { edge, lo, hi });
  }
  const m = parts[0]![0].m;
  if (byPlace.size >= m) return null;
  // The run starts at the facing edge whose predecessor does not face.
  let start = -1;
  for (const k of byPlace.keys()) if (!byPlace.has((k - 1 + m) % m)) start = start === -1 || k < start ? k : start;
  if (start === -1) return null;
  const run: Array<{ edge: BoundaryEdge; lo: number; hi: number }> = [];
  for (let k = start; byPlace.has(k % m) && run.length < byPlace.size; k++) run.push(byPlace.get(k % m)!);
  if (run.length !== byPlace.size) return null;
  // Inner edges need not face along their whole length: behind a corner of the other boundary pointing this way lies a
  // shadow no edge of it is square to, which is still between the two boundaries.
  const points: number[] = [...pointAt(run[0]!.edge, run[0]!.lo)];
  for (let r = 0; r < run.length - 1; r++) points.push(run[r]!.edge.bx, run[r]!.edge.by);
  points.push(...pointAt(run[run.length - 1]!.edge, run[run.length - 1]!.hi));
  return points;
}

/** The closed rings of a polygonal geometry's parts, as flat coordinate lists. */
export function regionRings(region: JstsGeometry): Float64Array[] {
  const rings: Float64Array[] = [];
  for (const part of polygonParts(region)) {
    const polygon = part as unknown as { getExteriorRing(): JstsGeometry; getNumInteriorRing(): number; getInteriorRingN(n: number): JstsGeometry };
    const all = [polygon.getExteriorRing()];
    for (let h = 0; h < polygon.getNumInteriorRing(); h++) all.push(polygon.getInteriorRingN(h));
    for (const ring of all) rings.push(Float64Array.from(ring.getCoordinates().flatMap((c) => [c.x, c.y])));
  }
  return rings;
}

/** Distance from (x, y) to the nearest segment of the rings. */
function distanceToRings(rings: readonly Float64Array[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 2; i < ring.length; i += 2) {
      const [ax, ay, bx, by] = [ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!];
      const [dx, dy] = [bx - ax, by - ay];
      const length2 = dx * dx + dy * dy;
      const t = length2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

/**
 * How long the region's outline runs along the parcel's boundary (within `coincident`). Overlay results are noded at the
 * parcels' corners, so a piece of outline either lies along the parcel or not: its midpoint decides.
 */
export function contactLength(regionRings: readonly Float64Array[], parcelRings: readonly Float64Array[], coincident: number): number {
  let length = 0;
  for (const ring of regionRings) {
    for (let i = 2; i < ring.length; i += 2) {
      const [ax, ay, bx, by] = [ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!];
      if (distanceToRings(parcelRings, (ax + bx) / 2, (ay + by) / 2) <= coincident) length += Math.hypot(bx - ax, by - ay);
    }
  }
  return length;
}


/**
 * The facing strips topology/parcel-gap unions into gaps: those of every pair of parcels within `gapMaxWidth` of each
 * other of which at least one is dirty (has a segment no neighbour matches: src/geom/coverage.ts), less the strips
 * that lie wholly in covered land. `geometries[i]` is parcel i's geometry and `boxes[i]` its box (as indexed in `index`).
 */
export function uncoveredStrips(geometries: readonly Geometry[], boxes: readonly Box[], index: BoxIndex, matching: Matching, covered: (point: JstsCoordinate) => boolean, options: { gapMaxWidth: number; coincident: number }): JstsGeometry[] {
  const { gapMaxWidth, coincident } = options;
  const { dirty } = matching;
  const edges = new Map<number, BoundaryEdge[]>();
  const edgesOf = (i: number): BoundaryEdge[] => {
    let found = edges.get(i);
    if (!found) edges.set(i, (found = boundaryEdges(geometries[i]!)));
    return found;
  };
  const strips: JstsGeometry[] = [];
  // A thousandth of the coincidence distance: far above the rounding of the strips' computed corners.
  const nearSegment = nearUnmatched(matching, coincident / 1000);
  // Pairs with a dirty parcel: only the dirty parcels and those near them are searched.
  const near = new Uint8Array(geometries.length);
  boxes.forEach((box, i) => {
    if (dirty[i]) for (const j of index.search(box, gapMaxWidth)) near[j] = 1;
  });
  for (let i = 0; i < geometries.length; i++) {
    if (!near[i]) continue;
    for (const j of index.search(boxes[i]!, gapMaxWidth)) {
      if (j <= i) continue;
      // Two parcels whose every edge is matched (a neighbour across each) have a neighbour in front of every edge: an
      // uncovered area within gapMaxWidth of both could only lie beyond neighbours thinner than gapMaxWidth, whose own
      // (unmatched) strips find it — in contrived shapes with a slightly different outline than this pair's strip would
      // add. Skipping these pairs (facingStrips on every pair is ~1.4 s at 100k parcels, for no strip) is the trade.
      if (!dirty[i] && !dirty[j]) continue;
      for (const strip of facingStrips(edgesOf(i), edgesOf(j), gapMaxWidth, coincident)) {
        // A strip clear of every unmatched segment lies in one face: covered at one point, it is covered all over and
        // would only cost the union and the differences after it (on Épinay-sur-Orge, 115 of the 181 unioned parts of
        // strips came out empty).
        if (!regionRings(strip).some(nearSegment) && covered(strip.getInteriorPoint().getCoordinate()!)) continue;
        strips.push(strip);
      }
    }
    // A parcel's edges are needed only while its pairs are formed (j > i come later): keep memory to the moving front.
    edges.delete(i);
  }
  return strips;
}
