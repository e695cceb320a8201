// A polygon region as a report writes it, the same however it was computed: the overlay that made it (a gap among the
// other strips of a layer checked whole or in tiles, src/tiles/) starts its rings anywhere and leaves seam points on
// straight sides where other shapes met it, all within a hair's breadth of the same outline.
import type { Geometry, Position } from '../model.js';
import { westThenSouth } from './anchor.js';
import { footOnSegment } from './segments.js';
import { toGeoJson, toJsts, type JstsGeometry } from './jsts.js';

/**
 * Hairs per coordinate unit: finer than any survey, a micrometre where coordinates are metres. A caller whose
 * coincidence distance is not a millimetre passes `hairsPer(coincident)`: the rounding must stay far below the distance
 * at which a region is matched to the parcels it lies along (a test layer in degrees has a coincidence of 1e-8).
 */
export const HAIRS_PER_METRE = 1e6;

/** A thousand hairs to the coincidence distance, as a whole number so that 1 mm gives exactly HAIRS_PER_METRE. */
export function hairsPer(coincident: number): number {
  return Math.round(1000 / coincident);
}

const toHair = (value: number, perUnit: number): number => Math.round(value * perUnit) / perUnit;

/** How far `point` lies from the segment a–b. */
function offSegment(point: Position, a: Position, b: Position): number {
  const [fx, fy] = footOnSegment(point[0], point[1], a[0], a[1], b[0], b[1]);
  return Math.hypot(point[0] - fx, point[1] - fy);
}

/**
 * A closed ring to the micrometre, without the points that lie on the straight line between their neighbours (seams),
 * started at its least corner (west, then south), direction kept.
 */
function fromLeastCorner(ring: Position[], perUnit: number): Position[] {
  if (ring.length < 4) return ring;
  const open = ring.slice(0, -1).map(([x, y]): Position => [toHair(x, perUnit), toHair(y, perUnit)]);
  for (let i = 0; open.length > 3 && i < open.length; ) {
    const [before, point, after] = [open[(i + open.length - 1) % open.length]!, open[i]!, open[(i + 1) % open.length]!];
    if (offSegment(point, before, after) < 1 / perUnit) {
      open.splice(i, 1);
      i = Math.max(0, i - 1);
    } else {
      i++;
    }
  }
  let least = 0;
  for (let i = 1; i < open.length; i++) if (westThenSouth(open[i]!, open[least]!)) least = i;
  const turned = [...open.slice(least), ...open.slice(0, least)];
  return [...turned, turned[0]!];
}

/** Each polygon's rings started at their least corner, and its holes in the order of those corners. */
export function ringsFromLeastCorner(geometry: Geometry, perUnit = HAIRS_PER_METRE): Geometry {
  const polygon = (rings: Position[][]): Position[][] => {
    const [shell, ...holes] = rings.map((ring) => fromLeastCorner(ring, perUnit));
    if (!shell) return rings;
    return [shell, ...holes.sort((a, b) => (westThenSouth(a[0]!, b[0]!) ? -1 : westThenSouth(b[0]!, a[0]!) ? 1 : 0))];
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: polygon(geometry.coordinates as Position[][]) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((rings) => polygon(rings as Position[][])) };
  return geometry;
}

/**
 * The region rebuilt from its rings so written: measured on this, its width and inside point (which follow its vertices)
 * are the same whatever shapes it was computed among.
 */
export function canonicalRegion(region: JstsGeometry, perUnit = HAIRS_PER_METRE): JstsGeometry {
  return toJsts(ringsFromLeastCorner(toGeoJson(region), perUnit));
}
