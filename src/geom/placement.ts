// Whether a layer is placed on the earth: its CRS known and expected, its coordinates within the profile's extent.
// The reader decides it once per layer (src/io/submission.ts); input/crs-* and input/coordinates-plausible report why not.
import type { Extent } from '../engine/settings.js';
import type { Geometry, ImplausibleCoordinate, LayerCrs, Position } from '../model.js';
import { makeTransform } from './crs.js';

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

/**
 * True when some finite coordinate lies outside ±180, ±90: the layer cannot be in degrees, whatever RFC 7946 says.
 * A GeoJSON without `crs` is then in the manifest's CRS, where the manifest names one (RULES.md, input/crs-defined).
 */
export function cannotBeDegrees(geometries: Iterable<Geometry | null>): boolean {
  for (const geometry of geometries) {
    if (!geometry) continue;
    for (const [x, y] of positionsOf(geometry)) {
      if (Number.isFinite(x) && Number.isFinite(y) && (Math.abs(x) > 180 || Math.abs(y) > 90)) return true;
    }
  }
  return false;
}

/**
 * The first implausible coordinate of each feature: not a finite number, or outside the extent once converted to
 * longitude/latitude from the layer's CRS. Empty when the CRS cannot be used (input/crs-defined speaks for it).
 */
export function implausibleCoordinates(crs: LayerCrs, geometries: ReadonlyArray<Geometry | null>, extent: Extent): ImplausibleCoordinate[] {
  if (!crs.proj4) return [];
  const toLonLat = crs.code === 'EPSG:4326' ? (position: Position): Position => position : makeTransform(crs.proj4, 'EPSG:4326');
  const { lonMin, lonMax, latMin, latMax } = extent;
  const found: ImplausibleCoordinate[] = [];
  geometries.forEach((geometry, index) => {
    if (!geometry) return;
    for (const position of positionsOf(geometry)) {
      const [x, y] = position;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        found.push({ index, kind: 'non-finite', position, lon: NaN, lat: NaN });
        return;
      }
      let lon = NaN;
      let lat = NaN;
      try {
        [lon, lat] = toLonLat(position);
      } catch {
        // a position proj4 cannot convert is outside any extent
      }
      if (Number.isFinite(lon) && Number.isFinite(lat) && lon >= lonMin && lon <= lonMax && lat >= latMin && lat <= latMax) continue;
      found.push({ index, kind: 'outside', position, lon, lat });
      return;
    }
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
