// Is a small polygon (a building, a servitude) inside a parcel? Proven on raw coordinates with indexes, so a parcel with
// 49,000 holes costs n log n instead of a jsts relate that nodes every edge pair of it; and when it is not proven, the
// parcel as far as the small polygon can see it (its shell and the holes near it), for the overlay.
import Flatbush from 'flatbush';
import type { Geometry } from '../model.js';
import { ringsOf } from './coverage.js';
import { flatRingBox, type Box } from './box.js';
import { findInvalidity } from './validity.js';
import { insideRing, segmentsMeet } from './segments.js';

interface IndexedPolygon {
  rings: readonly Float64Array[];
  /** Every edge of every ring, numbered ring by ring. */
  edges: Flatbush;
  /** Each edge's ring, and where in it the edge starts (as an x index into the flat ring). */
  ringOf: Int32Array;
  startOf: Int32Array;
  /** The holes' boxes (hole h at h - 1), or null for none. */
  holes: Flatbush | null;
}

const indexes = new WeakMap<Geometry, IndexedPolygon>();

function indexOf(polygon: Geometry): IndexedPolygon {
  let found = indexes.get(polygon);
  if (found) return found;
  const { rings } = ringsOf(polygon);
  const count = rings.reduce((total, ring) => total + ring.length / 2 - 1, 0);
  const edges = new Flatbush(Math.max(1, count));
  const ringOf = new Int32Array(count);
  const startOf = new Int32Array(count);
  let k = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 3 < ring.length; i += 2, k++) {
      ringOf[k] = r;
      startOf[k] = i;
      edges.add(Math.min(ring[i]!, ring[i + 2]!), Math.min(ring[i + 1]!, ring[i + 3]!), Math.max(ring[i]!, ring[i + 2]!), Math.max(ring[i + 1]!, ring[i + 3]!));
    }
  });
  if (count === 0) edges.add(0, 0, 0, 0);
  edges.finish();
  let holes: Flatbush | null = null;
  if (rings.length > 1) {
    holes = new Flatbush(rings.length - 1);
    for (const ring of rings.slice(1)) {
      const { minX, minY, maxX, maxY } = flatRingBox(ring);
      holes.add(minX, minY, maxX, maxY);
    }
    holes.finish();
  }
  indexes.set(polygon, (found = { rings, edges, ringOf, startOf, holes }));
  return found;
}

/**
 * True when `inner`'s shell lies in the interior of the valid Polygon `outer` without touching its boundary: no edge of
 * it meets an edge of `outer`, one corner of it is inside `outer`'s shell and in none of its holes, and no hole of
 * `outer` lies inside it. Then `inner` minus `outer` is empty, as jsts would find. False means "not proven".
 * Cost: `inner`'s edges times log of `outer`'s, plus the holes near `inner`.
 */
export function provenWithin(inner: Geometry, outer: Geometry): boolean {
  if (inner.type !== 'Polygon' || outer.type !== 'Polygon' || inner.coordinates.length === 0) return false;
  if (findInvalidity(inner) !== null || findInvalidity(outer) !== null) return false;
  const shell = ringsOf(inner).rings[0];
  if (!shell || shell.length < 8) return false;
  const { rings, edges, ringOf, startOf, holes } = indexOf(outer);
  for (let i = 0; i + 3 < shell.length; i += 2) {
    const ax = shell[i]!, ay = shell[i + 1]!, bx = shell[i + 2]!, by = shell[i + 3]!;
    let meets = false;
    edges.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (k) => {
      if (meets) return false;
      const ring = rings[ringOf[k]!]!;
      const s = startOf[k]!;
      meets = segmentsMeet(ax, ay, bx, by, ring[s]!, ring[s + 1]!, ring[s + 2]!, ring[s + 3]!);
      return false;
    });
    if (meets) return false;
  }
  const x = shell[0]!, y = shell[1]!;
  let crossings = 0;
  edges.search(x, y, Infinity, y, (k) => {
    if (ringOf[k] !== 0) return false;
    const ring = rings[0]!;
    const s = startOf[k]!;
    const ax = ring[s]!, ay = ring[s + 1]!, bx = ring[s + 2]!, by = ring[s + 3]!;
    if ((ay > y) !== (by > y) && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) crossings += 1;
    return false;
  });
  if (crossings % 2 === 0) return false;
  if (!holes) return true;
  const { minX, minY, maxX, maxY } = flatRingBox(shell);
  for (const h of holes.search(minX, minY, maxX, maxY)) {
    const hole = rings[h + 1]!;
    if (insideRing(hole, x, y) || insideRing(shell, hole[0]!, hole[1]!)) return false;
  }
  return true;
}

/**
 * The Polygon `outer` as seen from `box`: its shell and only the holes whose boxes meet the box (and, given
 * `minHoleSide`, whose boxes are at least that wide both ways: a narrower hole of a valid polygon touches nothing, so
 * what a shape shares with it is a region of its own narrower than that, which a caller measuring against a limit
 * above it may fill in). Overlaid with a shape
 * inside the box it gives the same result as the whole polygon, without the far holes' cost; `outer` itself when no
 * hole is far (or it is not a Polygon).
 */
export function nearPart(outer: Geometry, box: Box, minHoleSide = 0): Geometry {
  if (outer.type !== 'Polygon' || outer.coordinates.length < 2) return outer;
  const { rings, holes } = indexOf(outer);
  const wideEnough = (h: number): boolean => {
    if (minHoleSide <= 0) return true;
    const { minX, minY, maxX, maxY } = flatRingBox(rings[h + 1]!);
    return Math.min(maxX - minX, maxY - minY) >= minHoleSide;
  };
  const near = holes ? holes.search(box.minX, box.minY, box.maxX, box.maxY).filter(wideEnough).sort((a, b) => a - b) : [];
  if (near.length === outer.coordinates.length - 1) return outer;
  return { type: 'Polygon', coordinates: [outer.coordinates[0]!, ...near.map((h) => outer.coordinates[h + 1]!)] };
}
