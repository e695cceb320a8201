// How a big parcel layer is cut into tiles: k-d splits of the parcels' box centres, each tile about the same number of
// parcels, the tiles' bounds half-open so that every point of the plane lies in exactly one tile.
import { emptyBox, expandBox, geometryBox, type Box } from '../geom/box.js';
import type { Geometry } from '../model.js';

/** An axis-aligned box (src/geom/box.ts); a tile's outer sides are infinite, so the tiles cover the whole plane. */
export type Bounds = Box;

export interface Tile {
  /** Position in the plan: the order of the k-d leaves, west/south half first. */
  index: number;
  /** Half-open: a point belongs to the tile when minX ≤ x < maxX and minY ≤ y < maxY. */
  bounds: Bounds;
  /** How many parcels have their box centre in it. */
  features: number;
}

/**
 * The box of a geometry's finite points, or null when it has none. A point that is not finite is skipped, as
 * src/geom/box.ts does everywhere: a parcel with one is still tiled, whole, by the rest of it, so its tile sees it among
 * its neighbours as one pass does (it used to be left out of every tile).
 */
export function boundsOfGeometry(geometry: Geometry | null): Bounds | null {
  return geometry ? geometryBox(geometry) : null;
}

export function inTile(bounds: Bounds, x: number, y: number): boolean {
  return x >= bounds.minX && x < bounds.maxX && y >= bounds.minY && y < bounds.maxY;
}

/** `bounds` grown by `margin` on every side (an infinite side stays infinite). */
export function grown(bounds: Bounds, margin: number): Bounds {
  return { minX: bounds.minX - margin, minY: bounds.minY - margin, maxX: bounds.maxX + margin, maxY: bounds.maxY + margin };
}

/** Does `inner` lie inside `outer` (closed boxes)? */
export function within(inner: Bounds, outer: Bounds): boolean {
  return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;
}

export function meets(a: Bounds, b: Bounds): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/**
 * The tiles of a layer whose parcels have these box centres (x0, y0, x1, y1, …): the centres' extent halved at the
 * median across its longer side until no part holds more than `maxFeatures`. Only the centres decide it, so every
 * thread, shard and run given the same layer plans the same tiles.
 */
export function planTiles(centres: Float64Array, maxFeatures: number): Tile[] {
  const count = centres.length / 2;
  const order = Array.from({ length: count }, (_, i) => i);
  const tiles: Tile[] = [];
  const split = (members: number[], bounds: Bounds): void => {
    if (members.length <= Math.max(1, maxFeatures)) {
      tiles.push({ index: tiles.length, bounds, features: members.length });
      return;
    }
    const { minX, minY, maxX, maxY } = members.reduce((box, i) => expandBox(box, centres[2 * i]!, centres[2 * i + 1]!), emptyBox());
    const axis = maxX - minX >= maxY - minY ? 0 : 1;
    const sorted = [...members].sort((a, b) => centres[2 * a + axis]! - centres[2 * b + axis]! || a - b);
    const at = centres[2 * sorted[sorted.length >> 1]! + axis]!;
    // Centres equal to the cut go east/north (half-open bounds): the lower half is those strictly below it.
    const lower = sorted.filter((i) => centres[2 * i + axis]! < at);
    const upper = sorted.filter((i) => centres[2 * i + axis]! >= at);
    if (lower.length === 0 || upper.length === 0) {
      // Every centre at one coordinate on the longer side: the other side cannot part them either without equal centres.
      tiles.push({ index: tiles.length, bounds, features: members.length });
      return;
    }
    split(lower, axis === 0 ? { ...bounds, maxX: at } : { ...bounds, maxY: at });
    split(upper, axis === 0 ? { ...bounds, minX: at } : { ...bounds, minY: at });
  };
  split(order, { minX: -Infinity, minY: -Infinity, maxX: Infinity, maxY: Infinity });
  return tiles;
}
