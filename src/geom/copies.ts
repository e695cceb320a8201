// The same parcel drawn more than once: a key that ignores the start corner and the direction of its rings, and a filter
// that keeps two copies of each, so a submitter's thousand copies cost what two do (parcel-overlap reports the rest once).
import type { Geometry } from '../model.js';
import type { Box } from './box.js';
import { ringsOf } from './coverage.js';

/**
 * The rings of a polygon (oriented as src/geom/coverage.ts's ringsOf gives them) as text, each started at its least
 * corner (by x, then y): the same parcel drawn twice, from any start corner or in either direction, has the same key.
 */
export function coincidenceKey(rings: readonly Float64Array[]): string {
  return rings.map((ring) => {
    const corners = ring.length / 2 - 1;
    let start = 0;
    for (let k = 1; k < corners; k++) {
      const x = ring[2 * k]!, y = ring[2 * k + 1]!, bx = ring[2 * start]!, by = ring[2 * start + 1]!;
      if (x < bx || (x === bx && y < by)) start = k;
    }
    const parts: number[] = [];
    for (let k = 0; k < corners; k++) parts.push(ring[2 * ((start + k) % corners)]!, ring[2 * ((start + k) % corners) + 1]!);
    return parts.join(',');
  }).join('|');
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Mixes a number's bits into a 32-bit hash (-0 as 0). */
function mix(hash: number, value: number): number {
  bits[0] = value + 0;
  hash = Math.imul(hash ^ words[0]!, 0x9e3779b1);
  return Math.imul(hash ^ words[1]!, 0x85ebca6b) ^ (hash >>> 15);
}

/**
 * A 32-bit number that every polygon with the same coincidenceKey shares — each ring's corner count and box, which
 * neither the start corner nor the direction change — far cheaper than the key (no number written as text). Polygons
 * with different numbers surely have different keys.
 */
export function coincidenceHash(rings: readonly Float64Array[]): number {
  let hash = mix(0x2545f491, rings.length);
  for (const ring of rings) {
    const corners = ring.length / 2 - 1;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    // Comparisons pass NaN by, in any order: the box is the same whatever corner the ring starts at.
    for (let k = 0; k < corners; k++) {
      const x = ring[2 * k]!, y = ring[2 * k + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    hash = mix(mix(mix(mix(mix(hash, corners), minX), minY), maxX), maxY);
  }
  return hash;
}

/**
 * For each polygon (its rings, or null for none), whether at least `count` polygons share its coincidenceHash: only
 * those can have `count` copies, so only their keys need writing.
 */
export function sharedHashes(polygons: ReadonlyArray<readonly Float64Array[] | null>, count: number): boolean[] {
  const hashes = polygons.map((rings) => (rings ? coincidenceHash(rings) : 0));
  const tally = new Map<number, number>();
  polygons.forEach((rings, i) => {
    if (rings) tally.set(hashes[i]!, (tally.get(hashes[i]!) ?? 0) + 1);
  });
  return polygons.map((rings, i) => rings !== null && tally.get(hashes[i]!)! >= count);
}

/**
 * The items without the third and later copies of one polygon (same coincidenceKey): the first two still show every
 * finding a copy has, and the rest would only multiply the work (parcel-overlap reports each of them once).
 */
export function withoutExtraCopies<T>(items: readonly T[], geometryOf: (item: T) => Geometry): T[] {
  const seen = new Map<string, number>();
  const polygons = items.map((item) => {
    const geometry = geometryOf(item);
    return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? ringsOf(geometry).rings : null;
  });
  // A polygon whose hash fewer than three share has at most two copies: kept without its key.
  const shared = sharedHashes(polygons, 3);
  return items.filter((_item, i) => {
    if (!shared[i]) return true;
    const key = coincidenceKey(polygons[i]!);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count < 2;
  });
}

/** What jsts compares first of two polygons it reads from GeoJSON, known from their raw coordinates. */
export interface PolygonOutline extends Box {
  /** Positions of every ring, closing ones included: jsts's getNumPoints, which normalising does not change. */
  positions: number;
}

/**
 * A Polygon's or MultiPolygon's envelope as jsts computes it (the box of the shells: jsts leaves holes out, even one
 * drawn outside) and its number of positions, or null unless jsts surely builds it: every polygon with a shell, every
 * ring closed with at least four positions of two or three finite numbers (jsts throws on fewer than four or an open
 * ring, and reads a position of four numbers as a point with no x). Two polygons whose outlines differ beyond a
 * tolerance are not equalsExact within it, so a rule comparing shapes builds jsts only for those whose outlines agree.
 */
export function polygonOutline(geometry: Geometry): PolygonOutline | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (!Array.isArray(polygons) || polygons.length === 0) return null;
  // Compared as jsts's Envelope does (the first point, then < and >), so the box is its envelope to the bit.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  let positions = 0;
  for (const polygon of polygons as unknown[]) {
    if (!Array.isArray(polygon) || polygon.length === 0) return null;
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r] as unknown;
      if (!Array.isArray(ring) || ring.length < 4) return null;
      // Indexed, not destructured: this runs over every vertex of a national layer.
      for (let k = 0; k < ring.length; k++) {
        const position = ring[k] as unknown;
        if (!Array.isArray(position) || (position.length !== 2 && position.length !== 3)) return null;
        const x = position[0] as unknown, y = position[1] as unknown;
        if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
        if (r > 0) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      const [first, last] = [ring[0] as number[], ring[ring.length - 1] as number[]];
      if (first[0] !== last[0] || first[1] !== last[1]) return null;
      positions += ring.length;
    }
  }
  return { minX, minY, maxX, maxY, positions };
}
