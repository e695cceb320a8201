// Width of a region = diameter of its maximum inscribed circle (RULES.md), to the millimetre.
import BufferOp from 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js';
import type { JstsGeometry } from './jsts.js';

/**
 * Arc segments per quarter circle in the erosion test: at 32 the chord error is 0.05% of the
 * radius (< 0.1 mm for any width the law cares about); JTS's default of 8 errs by 0.5%.
 */
const QUADRANT_SEGMENTS = 32;

function erodedIsEmpty(region: JstsGeometry, radius: number): boolean {
  return (BufferOp.bufferOp(region as never, -radius, QUADRANT_SEGMENTS) as unknown as JstsGeometry).isEmpty();
}

/** The polygon parts of a geometry (an overlay result can mix in lines and points, which have no width). */
export function polygonParts(geometry: JstsGeometry): JstsGeometry[] {
  const type = geometry.getGeometryType();
  if (type === 'Polygon') return !geometry.isEmpty() && geometry.getArea() > 0 ? [geometry] : [];
  if (type !== 'MultiPolygon' && type !== 'GeometryCollection') return [];
  const parts: JstsGeometry[] = [];
  for (let i = 0; i < geometry.getNumGeometries(); i++) parts.push(...polygonParts(geometry.getGeometryN(i)));
  return parts;
}

/**
 * Diameter of the largest circle that fits inside the region, within `resolution` metres.
 *
 * jsts' MaximumInscribedCircle (and the polylabel grid search) take seconds on a 60 m × 0.35 m
 * sliver, because every cell along the strip ties; eroding the region by r is empty exactly when
 * r exceeds the inscribed radius, so a bisection on r needs ~10–20 buffers of a small polygon.
 */
export function maxInscribedWidth(region: JstsGeometry, resolution = 0.0005): number {
  const parts = polygonParts(region);
  let widest = 0;
  for (const part of parts) {
    const envelope = part.getEnvelopeInternal();
    let inside = widest / 2; // only a wider part can change the answer
    let outside = Math.min(envelope.getMaxX() - envelope.getMinX(), envelope.getMaxY() - envelope.getMinY()) / 2 + resolution;
    if (inside >= outside || erodedIsEmpty(part, inside)) continue;
    while (outside - inside > resolution / 2) {
      const radius = (inside + outside) / 2;
      if (erodedIsEmpty(part, radius)) outside = radius;
      else inside = radius;
    }
    widest = Math.max(widest, inside + outside);
  }
  return widest;
}

/** True when a circle of diameter `width` fits inside the region: one buffer, for threshold decisions. */
export function isWiderThan(region: JstsGeometry, width: number): boolean {
  return polygonParts(region).some((part) => !erodedIsEmpty(part, width / 2));
}
