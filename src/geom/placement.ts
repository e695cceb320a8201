// Whether a layer is placed on the earth: its CRS known and expected, its coordinates within the profile's extent.
// The reader decides it once per layer (src/io/submission.ts); input/crs-* and input/coordinates-plausible report why not.
import type { Extent, Geometry, ImplausibleCoordinate, LayerCrs, Position } from '../model.js';
import { westThenSouth } from './anchor.js';
import { isKnownMetric, makeTransform } from './crs.js';

/** Every position of a geometry, as written. */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) yield* positionsOf(part);
    return;
  }
  const walk = function* (coordinates: unknown): Generator<Position> {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number' || coordinates[0] === null) yield coordinates as Position;
    else for (const part of coordinates) yield* walk(part);
  };
  yield* walk(geometry.coordinates);
}

/** Calls `visit` on every position of a geometry until it returns false (no generator: a big layer has millions). */
function eachPosition(geometry: Geometry, visit: (position: Position) => boolean): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every((part) => eachPosition(part, visit));
  const walk = (coordinates: unknown): boolean => {
    if (!Array.isArray(coordinates)) return true;
    if (typeof coordinates[0] === 'number' || coordinates[0] === null) return visit(coordinates as Position);
    for (let i = 0; i < coordinates.length; i++) if (!walk(coordinates[i])) return false;
    return true;
  };
  return walk(geometry.coordinates);
}

/**
 * True when some finite coordinate lies outside ±180, ±90: the layer cannot be in degrees, whatever RFC 7946 says.
 * A GeoJSON without `crs` is then in the manifest's CRS, where the manifest names one (RULES.md, input/crs-defined).
 */
export function cannotBeDegrees(geometries: Iterable<Geometry | null>): boolean {
  for (const geometry of geometries) {
    if (!geometry) continue;
    const degrees = eachPosition(geometry, ([x, y]) => !(Number.isFinite(x) && Number.isFinite(y) && (Math.abs(x) > 180 || Math.abs(y) > 90)));
    if (!degrees) return true;
  }
  return false;
}

/** Metres of ground per degree of latitude, rounded down (the meridian degree is 110.57–111.69 km). */
const METRES_PER_DEGREE_LAT = 110_000;
/** Projected distances overstate ground distances by at most this (UTM's 0.9996 scale, with room to spare). */
const SCALE_MARGIN = 1.01;

/**
 * Whether every position within `halfDiagonal` metres (projected) of `centre` surely lies inside the extent: the
 * centre's longitude/latitude is inside it by more than that distance can move a point. Only for a metric CRS.
 */
function surelyInside(centre: Position, halfDiagonal: number, toLonLat: (position: Position) => Position, extent: Extent): boolean {
  let lonLat: Position;
  try {
    lonLat = toLonLat(centre);
  } catch {
    return false;
  }
  const [lon, lat] = lonLat;
  const ground = halfDiagonal * SCALE_MARGIN;
  const marginLat = ground / METRES_PER_DEGREE_LAT;
  const widestLat = Math.min(89, Math.max(Math.abs(extent.latMin), Math.abs(extent.latMax)) + marginLat);
  const marginLon = ground / (METRES_PER_DEGREE_LAT * Math.cos((widestLat * Math.PI) / 180));
  return lon - marginLon >= extent.lonMin && lon + marginLon <= extent.lonMax && lat - marginLat >= extent.latMin && lat + marginLat <= extent.latMax;
}

/**
 * The first implausible coordinate of each feature: not a finite number, or outside the extent once converted to
 * longitude/latitude from the layer's CRS. Empty when the CRS cannot be used (input/crs-defined speaks for it).
 *
 * Converting every vertex costs seconds on a big layer; a layer in a known metric CRS whose box lies well inside the
 * extent is settled by converting the box's centre alone (the same answer: no finite coordinate can be outside).
 */
export function implausibleCoordinates(crs: LayerCrs, geometries: ReadonlyArray<Geometry | null>, extent: Extent): ImplausibleCoordinate[] {
  if (!crs.proj4) return [];
  const toLonLat = crs.code === 'EPSG:4326' ? (position: Position): Position => position : makeTransform(crs.proj4, 'EPSG:4326');
  const metric = crs.code !== null && crs.code !== 'EPSG:4326' && isKnownMetric(crs.code);
  if (metric) {
    const nonFinite: ImplausibleCoordinate[] = [];
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    geometries.forEach((geometry, index) => {
      if (!geometry) return;
      let reported = false;
      eachPosition(geometry, (position) => {
        const [x, y] = position;
        if (Number.isFinite(x) && Number.isFinite(y)) {
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        } else if (!reported) {
          nonFinite.push({ index, kind: 'non-finite', position, lon: NaN, lat: NaN });
          reported = true;
        }
        return true;
      });
    });
    if (minX > maxX) return nonFinite; // no finite coordinate at all
    if (surelyInside([(minX + maxX) / 2, (minY + maxY) / 2], Math.hypot(maxX - minX, maxY - minY) / 2, toLonLat, extent)) return nonFinite;
  }
  const { lonMin, lonMax, latMin, latMax } = extent;
  const found: ImplausibleCoordinate[] = [];
  geometries.forEach((geometry, index) => {
    if (!geometry) return;
    // The feature's least outside vertex (west, then south), not its first: where a ring starts is how the file was
    // written, and the finding names this vertex.
    let least: ImplausibleCoordinate | null = null;
    for (const position of positionsOf(geometry)) {
      const [x, y] = position;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        found.push({ index, kind: 'non-finite', position, lon: NaN, lat: NaN });
        return;
      }
      if (least && !westThenSouth(position, least.position)) continue;
      let lon = NaN;
      let lat = NaN;
      try {
        [lon, lat] = toLonLat(position);
      } catch {
        // a position proj4 cannot convert is outside any extent
      }
      if (Number.isFinite(lon) && Number.isFinite(lat) && lon >= lonMin && lon <= lonMax && lat >= latMin && lat <= latMax) continue;
      least = { index, kind: 'outside', position, lon, lat };
    }
    if (least) found.push(least);
  });
  return found;
}

/**
 * Whether a layer is placed: its CRS is parsed and one of `expectedCrs`, and no coordinate lies outside the extent.
 * A non-finite coordinate does not unplace the layer: it is one broken vertex, which geometry/valid names, not a
 * misplaced layer.
 */
export function isPlaced(crs: LayerCrs, expectedCrs: readonly string[], implausible: readonly ImplausibleCoordinate[]): boolean {
  return crs.proj4 !== null && crs.code !== null && expectedCrs.includes(crs.code) && !implausible.some((found) => found.kind === 'outside');
}
