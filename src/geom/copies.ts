// The same parcel drawn more than once: a key that ignores the start corner and the direction of its rings, and a filter
// that keeps two copies of each, so a submitter's thousand copies cost what two do (parcel-overlap reports the rest once).
import type { Geometry } from '../model.js';
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

/**
 * The items without the third and later copies of one polygon (same coincidenceKey): the first two still show every
 * finding a copy has, and the rest would only multiply the work (parcel-overlap reports each of them once).
 */
export function withoutExtraCopies<T>(items: readonly T[], geometryOf: (item: T) => Geometry): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const geometry = geometryOf(item);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return true;
    const key = coincidenceKey(ringsOf(geometry).rings);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count < 2;
  });
}
