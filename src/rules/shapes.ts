// Shared by the topology/* rules: a role's polygons as jsts shapes with boxes, and how a feature is named in a message.
import { toJsts, type JstsGeometry } from '../geom/jsts.js';
import { unionOf } from '../geom/regions.js';
import { boxOf, positionsBox, type Box } from '../geom/box.js';
import { LazyShape } from '../geom/lazy-shape.js';
import { findInvalidity } from '../geom/validity.js';
import { coincidenceKey } from '../geom/copies.js';
import { nearPart, provenWithin } from '../geom/within.js';
import { ringsOf } from '../geom/coverage.js';
import type { Feature, Layer, Role, Submission } from '../model.js';

export interface PolygonShape {
  layer: Layer;
  feature: Feature;
  shape: JstsGeometry;
  box: Box;
}

/**
 * The box of a Polygon of one closed ring of at least four finite positions with some area — one jsts surely builds, not
 * empty, with exactly this envelope — or null. Such a parcel's jsts shape is built only when a rule asks for it: on a big
 * clean coverage most never need one.
 */
function oneRingBox(rings: ReadonlyArray<ReadonlyArray<ArrayLike<number>>>): Box | null {
  if (rings.length !== 1) return null;
  const ring = rings[0]!;
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) return null;
  // A coordinate that is not finite makes a side of the box infinite or NaN: such a ring is left to the eager path.
  const box = positionsBox(ring);
  const finite = Number.isFinite(box.minX) && Number.isFinite(box.minY) && Number.isFinite(box.maxX) && Number.isFinite(box.maxY);
  return finite && box.minX < box.maxX && box.minY < box.maxY ? box : null;
}

/** Polygon features of measurable layers with the given role, in layer then feature order; unbuildable ones are left to geometry/valid. */
export function polygonShapes(submission: Submission, role: Role, accept: (layer: Layer, feature: Feature) => boolean = () => true): PolygonShape[] {
  const shapes: PolygonShape[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== role || !layer.measurable) continue;
    for (const feature of layer.features) {
      const geometry = feature.geometry;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !accept(layer, feature)) continue;
      const box = geometry.type === 'Polygon' ? oneRingBox(geometry.coordinates) : null;
      if (box) {
        shapes.push(new LazyShape(layer, feature, box, toJsts));
        continue;
      }
      try {
        const shape = toJsts(geometry);
        if (!shape.isEmpty()) shapes.push({ layer, feature, shape, box: boxOf(shape) });
      } catch {
        // unbuildable: geometry/valid reports it
      }
    }
  }
  return shapes;
}

/** A feature as a message names it: its id attribute, else its 0-based record number. */
export function featureName(feature: Feature): string {
  return feature.id ?? `#${feature.index}`;
}

/**
 * What a small shape (a building, a servitude) must lie within: the union of the parcels around it, each cut down to its
 * shell and the holes near the shape (far holes change nothing there and would cost the overlay their edges) and wider
 * than `limit`, the width a protrusion must pass to be reported; null when
 * there is none, and 'within' when the shape is proven inside one of them on raw coordinates (src/geom/within.ts).
 */
export function containerOf(inner: PolygonShape, around: readonly PolygonShape[], limit: number): JstsGeometry | null | 'within' {
  const geometry = inner.feature.geometry!;
  if (around.some((parcel) => provenWithin(geometry, parcel.feature.geometry!))) return 'within';
  // The same parcel drawn many times is one parcel here: its copies would only cost the union their edges.
  const seen = new Set<string>();
  const distinct = around.filter((parcel) => {
    const key = coincidenceKey(ringsOf(parcel.feature.geometry!).rings);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return unionOf(distinct.map((parcel) => {
    // A hole narrower than the limit (a millimetre of rounding spared) can only add protrusions the rule lets pass.
    const fill = findInvalidity(parcel.feature.geometry!) === null ? limit - 0.001 : 0;
    const near = nearPart(parcel.feature.geometry!, inner.box, fill);
    if (near === parcel.feature.geometry) return parcel.shape;
    try {
      return toJsts(near);
    } catch {
      return parcel.shape;
    }
  }));
}
