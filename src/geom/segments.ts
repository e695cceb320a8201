// Raw-coordinate segment and flat-ring predicates shared by the proofs that spare jsts (coverage, simple polygons, containment):
// plain numbers in, no allocation, so they can run in the hot loops over every edge of a national layer.

/** Twice the signed area of triangle abc: > 0 when c lies left of a→b, < 0 right, 0 on the line. */
export function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Do closed segments p1p2 and q1q2 meet at all (touching counts)? */
export function segmentsMeet(p1x: number, p1y: number, p2x: number, p2y: number, q1x: number, q1y: number, q2x: number, q2y: number): boolean {
  if (Math.max(p1x, p2x) < Math.min(q1x, q2x) || Math.max(q1x, q2x) < Math.min(p1x, p2x)) return false;
  if (Math.max(p1y, p2y) < Math.min(q1y, q2y) || Math.max(q1y, q2y) < Math.min(p1y, p2y)) return false;
  const d1 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
  const d2 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
  const d3 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
  const d4 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
  return !((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0) || (d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0));
}

/** Strictly inside a flat closed ring by the crossing rule (for a point on no edge of it). */
export function insideRing(ring: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 2; i < ring.length; i += 2) {
    const ax = ring[i - 2]!, ay = ring[i - 1]!, bx = ring[i]!, by = ring[i + 1]!;
    if ((ay > y) !== (by > y) && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/**
 * The point of segment a–b nearest to p (a itself for a segment of no length). Callers measure the distance as
 * Math.hypot(p − foot): written once, so that a finding's foot point and distance come out the same wherever measured.
 */
export function footOnSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): [number, number] {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return [ax + t * dx, ay + t * dy];
}
