// Axis-aligned boxes: the one place their min/max loops live. Math.min/Math.max throughout, so a coordinate that is not a
// number makes the box NaN (callers test `minX <= maxX`, and an empty box fails it too) rather than being skipped.
import type { Geometry } from '../model.js';
import type { JstsGeometry } from './jsts.js';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A box holding nothing: growing it by a point gives that point's box. */
export function emptyBox(): Box {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

/** `box` grown to hold the point (x, y), in place. */
export function expandBox(box: Box, x: number, y: number): Box {
  box.minX = Math.min(box.minX, x); box.minY = Math.min(box.minY, y);
  box.maxX = Math.max(box.maxX, x); box.maxY = Math.max(box.maxY, y);
  return box;
}

/** `box` grown to hold a flat ring (x0, y0, x1, y1, …), in place: locals in the loop, as it runs over every vertex of a layer. */
export function expandBoxByFlatRing(box: Box, ring: ArrayLike<number>): Box {
  let { minX, minY, maxX, maxY } = box;
  for (let i = 0; i < ring.length; i += 2) {
    minX = Math.min(minX, ring[i]!); maxX = Math.max(maxX, ring[i]!);
    minY = Math.min(minY, ring[i + 1]!); maxY = Math.max(maxY, ring[i + 1]!);
  }
  box.minX = minX; box.minY = minY; box.maxX = maxX; box.maxY = maxY;
  return box;
}

/** The box of a flat ring (x0, y0, x1, y1, …). */
export function flatRingBox(ring: ArrayLike<number>): Box {
  return expandBoxByFlatRing(emptyBox(), ring);
}

/** The box of positions ([x, y, …] each). */
export function positionsBox(positions: ReadonlyArray<ArrayLike<number>>): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of positions) {
    const [x, y] = [position[0]!, position[1]!];
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * `box` grown by the points of a GeoJSON geometry, in place. A point with a coordinate that is not finite is skipped (a
 * registry or a finding may hold one; the map and the registry window place what they can), and arrays are walked
 * whatever their nesting, so a malformed registry record cannot throw here.
 */
export function expandBoxByGeometry(box: Box, geometry: Geometry): Box {
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number') {
      const [x, y] = coordinates as number[];
      if (Number.isFinite(x) && Number.isFinite(y)) expandBox(box, x!, y!);
      return;
    }
    coordinates.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection') for (const part of geometry.geometries) expandBoxByGeometry(box, part);
  else visit(geometry.coordinates);
  return box;
}

/** The box of a GeoJSON geometry's finite points, or null when it has none. */
export function geometryBox(geometry: Geometry): Box | null {
  const box = expandBoxByGeometry(emptyBox(), geometry);
  return box.minX <= box.maxX ? box : null;
}

/** The smallest box holding all of `boxes` (an empty box for none). */
export function unionOfBoxes(boxes: Iterable<Readonly<Box>>): Box {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) {
    minX = Math.min(minX, box.minX); minY = Math.min(minY, box.minY);
    maxX = Math.max(maxX, box.maxX); maxY = Math.max(maxY, box.maxY);
  }
  return { minX, minY, maxX, maxY };
}

/** The box of a jsts geometry (its envelope). */
export function boxOf(geometry: JstsGeometry): Box {
  const envelope = geometry.getEnvelopeInternal();
  return { minX: envelope.getMinX(), minY: envelope.getMinY(), maxX: envelope.getMaxX(), maxY: envelope.getMaxY() };
}
