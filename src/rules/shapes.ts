// Shared by the topology/* rules: a role's polygons as jsts shapes with boxes, and how a feature is named in a message.
import { toJsts, type JstsGeometry } from '../geom/jsts.js';
import { boxOf, type Box } from '../geom/spatial-index.js';
import type { Feature, Layer, Role, Submission } from '../model.js';

export interface PolygonShape {
  layer: Layer;
  feature: Feature;
  shape: JstsGeometry;
  box: Box;
}

/** Polygon features of measurable layers with the given role, in layer then feature order; unbuildable ones are left to geometry/valid. */
export function polygonShapes(submission: Submission, role: Role, accept: (layer: Layer, feature: Feature) => boolean = () => true): PolygonShape[] {
  const shapes: PolygonShape[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== role || !layer.measurable) continue;
    for (const feature of layer.features) {
      const geometry = feature.geometry;
      if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !accept(layer, feature)) continue;
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
