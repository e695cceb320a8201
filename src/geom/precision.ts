// Snapping a geometry to a fine grid, so that sides two sources share are exactly the same line.
import PrecisionModel from 'jsts/org/locationtech/jts/geom/PrecisionModel.js';
import GeometryPrecisionReducer from 'jsts/org/locationtech/jts/precision/GeometryPrecisionReducer.js';
import { isSimpleRing } from './coverage.js';
import { provenValidPolygon } from './simple-polygon.js';
import type { Geometry } from '../model.js';
import type { JstsGeometry } from './jsts.js';

/**
 * A tenth of a micrometre. A registry written in degrees and reprojected puts a shared side 1e-9 m
 * off the survey's; overlaid unsnapped, that leaves zero-width spikes hanging off every overlap and
 * gap. Far below the millimetre the law measures, far above the noise.
 */
const GRID_PER_METRE = 1e7;
const model = new PrecisionModel(GRID_PER_METRE);

/** The geometry with every coordinate on the grid (kept valid: collapsed parts are removed). */
export function snapToGrid(geometry: JstsGeometry): JstsGeometry {
  // GeometryPrecisionReducer.reduce = the pointwise rounding, kept when jsts finds it valid, else repaired. Most parcels
  // are one simple ring, which a quadratic check on a few dozen points proves valid far faster than IsValidOp.
  const rounded = GeometryPrecisionReducer.reducePointwise(geometry as never, model) as unknown as JstsGeometry & { getNumInteriorRing?(): number };
  if (rounded.getGeometryType() === 'Polygon' && rounded.getNumInteriorRing!() === 0 && isSimpleRing(flatCoordinates(rounded))) return rounded;
  // A shell with holes, all apart: proven valid in n log n, sparing GeometryPrecisionReducer's IsValidOp.
  if (rounded.getGeometryType() === 'Polygon') {
    const rings = polygonRings(rounded as unknown as JstsPolygon);
    if (rings && provenValidPolygon(rings)) return rounded;
  }
  return GeometryPrecisionReducer.reduce(geometry as never, model) as unknown as JstsGeometry;
}

interface JstsPolygon {
  getExteriorRing(): JstsGeometry;
  getNumInteriorRing(): number;
  getInteriorRingN(n: number): JstsGeometry;
}

/** The polygon's rings, flat; null when rounding left a repeated point (reduce() would drop it: then reduce() decides). */
function polygonRings(polygon: JstsPolygon): Float64Array[] | null {
  const rings: Float64Array[] = [];
  for (let i = -1; i < polygon.getNumInteriorRing(); i++) {
    const ring = i < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(i);
    const flat = flatCoordinates(ring);
    if (flat.length !== 2 * ring.getNumPoints()) return null;
    rings.push(flat);
  }
  return rings;
}

function flatCoordinates(geometry: JstsGeometry): Float64Array {
  const flat: number[] = [];
  for (const { x, y } of geometry.getCoordinates()) {
    if (flat.length >= 2 && flat[flat.length - 2] === x && flat[flat.length - 1] === y) continue;
    flat.push(x, y);
  }
  return Float64Array.from(flat);
}

/**
 * For a Polygon of one closed ring whose grid-snapped ring is proven simple: that snapped ring (flat x, y pairs, repeated
 * points dropped), which is exactly what snapToGrid(toJsts(geometry)) keeps — so callers can take its box without
 * building either. Null otherwise (then build them).
 */
export function snappedSimpleRing(geometry: Geometry): Float64Array | null {
  if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) return null;
  const ring = geometry.coordinates[0]!;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) return null;
  const flat = new Float64Array(2 * ring.length);
  let n = 0;
  for (const point of ring) {
    const [x, y] = [point[0]!, point[1]!];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    const [px, py] = [model.makePrecise(x) as number, model.makePrecise(y) as number];
    if (n >= 2 && flat[n - 2] === px && flat[n - 1] === py) continue;
    flat[n++] = px;
    flat[n++] = py;
  }
  const snapped = flat.subarray(0, n);
  return isSimpleRing(snapped) ? snapped : null;
}
