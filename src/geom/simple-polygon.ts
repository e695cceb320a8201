// A near-linear proof that a polygon with holes is valid, so that a parcel with 49,000 tiny holes does not cost
// jsts' IsValidOp (a sweep over every edge pair whose x-ranges overlap) twenty seconds in each rule that asks.
import Flatbush from 'flatbush';
import { flatRingBox } from './box.js';
import { insideRing, orient, segmentsMeet } from './segments.js';

/** Shoelace area, taken about the first corner: products of UTM coordinates (~10^12) would drown a 2 cm hole's area. */
function ringArea(ring: Float64Array): number {
  const [x0, y0] = [ring[0]!, ring[1]!];
  let sum = 0;
  for (let i = 2; i < ring.length; i += 2) sum += (ring[i - 2]! - x0) * (ring[i + 1]! - y0) - (ring[i]! - x0) * (ring[i - 1]! - y0);
  return sum / 2;
}

/** Work allowed per edge (candidate pairs and ray crossings looked at) before the proof gives up and jsts decides. */
const WORK_PER_EDGE = 64;

/**
 * True when the polygon — `rings[0]` its shell, the rest its holes, each a closed flat ring [x0, y0, …, x0, y0] without
 * repeated consecutive points — is valid in the OGC sense: every ring has three or more edges and an area, no two edges
 * of all the rings meet except neighbours of one ring at their common corner (so no ring touches itself or another),
 * every hole lies inside the shell and none inside another hole. Then the interior is connected, since no boundaries touch.
 * False means "not proven" (touching rings are valid too, but are left to IsValidOp). Cost: n log n in edges, with a
 * bound on the work so a pathological layout gives up early rather than turning quadratic.
 */
export function provenValidPolygon(rings: readonly Float64Array[]): boolean {
  if (rings.length === 0) return false;
  let edges = 0;
  for (const ring of rings) {
    const n = ring.length / 2 - 1;
    if (n < 3 || ring[0] !== ring[2 * n] || ring[1] !== ring[2 * n + 1] || !(Math.abs(ringArea(ring)) > 0)) return false;
    edges += n;
  }
  let budget = WORK_PER_EDGE * edges + 10_000;
  const ringOf = new Int32Array(edges);
  const edgeOf = new Int32Array(edges);
  const index = new Flatbush(edges);
  let k = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length / 2 - 1; i++, k++) {
      const ax = ring[2 * i]!, ay = ring[2 * i + 1]!, bx = ring[2 * i + 2]!, by = ring[2 * i + 3]!;
      ringOf[k] = r;
      edgeOf[k] = i;
      index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
  });
  index.finish();

  // 1. No two edges meet, except neighbours of one ring at their common corner (without folding back along each other).
  let proven = true;
  for (let s = 0; s < edges && proven; s++) {
    const ring = rings[ringOf[s]!]!;
    const i = edgeOf[s]!;
    const n = ring.length / 2 - 1;
    const ax = ring[2 * i]!, ay = ring[2 * i + 1]!, bx = ring[2 * i + 2]!, by = ring[2 * i + 3]!;
    index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (t) => {
      if (!proven || t <= s) return false;
      if (--budget < 0) return (proven = false);
      const other = rings[ringOf[t]!]!;
      const j = edgeOf[t]!;
      const cx = other[2 * j]!, cy = other[2 * j + 1]!, dx = other[2 * j + 2]!, dy = other[2 * j + 3]!;
      if (ringOf[t] === ringOf[s]) {
        const next = j === (i + 1) % n;
        const previous = i === (j + 1) % n;
        if (next || previous) {
          // Neighbours share one corner; they must not run back along each other (a zero-width spike).
          const [px, py, qx, qy, rx, ry] = next ? [ax, ay, bx, by, dx, dy] : [cx, cy, dx, dy, bx, by];
          if (orient(px, py, qx, qy, rx, ry) === 0 && (qx - px) * (rx - qx) + (qy - py) * (ry - qy) <= 0) proven = false;
          return false;
        }
      }
      if (segmentsMeet(ax, ay, bx, by, cx, cy, dx, dy)) proven = false;
      return false;
    });
  }
  if (!proven || budget < 0) return false;
  if (rings.length === 1) return true;

  // 2. Boundaries apart, so each hole is wholly inside or outside every other ring and one corner of it decides: inside
  // the shell (odd crossings of a ray to +x over the shell's edges), and inside no hole whose box holds its box.
  const shell = rings[0]!;
  const shellEdges = shell.length / 2 - 1;
  const shellIndex = new Flatbush(shellEdges);
  for (let i = 0; i < shellEdges; i++) {
    const ax = shell[2 * i]!, ay = shell[2 * i + 1]!, bx = shell[2 * i + 2]!, by = shell[2 * i + 3]!;
    shellIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  shellIndex.finish();
  const boxes = rings.map((ring) => flatRingBox(ring));
  const holeIndex = new Flatbush(rings.length - 1);
  for (let h = 1; h < rings.length; h++) holeIndex.add(boxes[h]!.minX, boxes[h]!.minY, boxes[h]!.maxX, boxes[h]!.maxY);
  holeIndex.finish();
  for (let h = 1; h < rings.length; h++) {
    const x = rings[h]![0]!;
    const y = rings[h]![1]!;
    let crossings = 0;
    shellIndex.search(x, y, Infinity, y, (i) => {
      budget -= 1;
      const ax = shell[2 * i]!, ay = shell[2 * i + 1]!, bx = shell[2 * i + 2]!, by = shell[2 * i + 3]!;
      if ((ay > y) !== (by > y) && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) crossings += 1;
      return false;
    });
    if (crossings % 2 === 0) return false; // outside the shell
    const { minX, minY, maxX, maxY } = boxes[h]!;
    let nested = false;
    holeIndex.search(minX, minY, maxX, maxY, (g) => {
      const other = g + 1;
      const box = boxes[other]!;
      if (nested || other === h || box.minX > minX || box.minY > minY || box.maxX < maxX || box.maxY < maxY) return false;
      budget -= rings[other]!.length / 2;
      if (budget >= 0 && insideRing(rings[other]!, x, y)) nested = true;
      return false;
    });
    if (nested || budget < 0) return false;
  }
  return true;
}
