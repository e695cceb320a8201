// Regions between shapes, each measured by width: overlaps of two polygons, the parts of one sticking out of another, unions.
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import type { Position } from '../model.js';
import { geometryFactory, type JstsGeometry } from './jsts.js';
import { boxOf } from './box.js';
import { overlappingBoxGroups } from './spatial-index.js';
import { maxInscribedWidth, polygonParts } from './width.js';

/** One connected polygon region with its width (max inscribed circle diameter, to the millimetre) and a point inside it. */
export interface MeasuredRegion {
  region: JstsGeometry;
  /** Metres, rounded to 1 mm (RULES.md: widths are measured to the millimetre). */
  width: number;
  location: Position;
}

/**
 * The bisection step of a width compared with a registered tolerance (registered-overlap, registered-gap, contours,
 * batch overlaps): 0.1 mm, since at the default 0.5 mm a 0.290 m strip can come out as 0.2894 and round to 0.289.
 */
export const FINE_WIDTH_RESOLUTION = 0.0001;

/** A width or distance to the millimetre, the finest the law measures. */
export function roundToMillimetre(metres: number): number {
  return Math.round(metres * 1000) / 1000;
}

/** A region's width (diameter of its maximum inscribed circle), bisected to `resolution` metres, in metres rounded to 1 mm. */
export function widthToMillimetre(region: JstsGeometry, resolution?: number): number {
  return roundToMillimetre(maxInscribedWidth(region, resolution));
}

/** A point inside the region, where its finding is placed. */
export function pointInside(region: JstsGeometry): Position {
  const inside = region.getInteriorPoint().getCoordinate()!;
  return [inside.x, inside.y];
}

/**
 * The polygon parts of an overlay result, each measured (bisected to `resolution`, maxInscribedWidth's default when not
 * given); parts narrower than `minWidth` (noise of a shared edge) are left out.
 */
export function measuredRegions(geometry: JstsGeometry, minWidth = 0, resolution?: number): MeasuredRegion[] {
  const regions: MeasuredRegion[] = [];
  for (const region of polygonParts(geometry)) {
    const width = widthToMillimetre(region, resolution);
    if (width < minWidth) continue;
    regions.push({ region, width, location: pointInside(region) });
  }
  return regions;
}

/**
 * The regions two polygons share, measured: the one overlap kernel (parcel-overlap, registered-overlap, batch's land
 * claimed twice). Pairs whose interiors do not meet (neighbours along a common edge, or apart) cost one relate and give
 * nothing; an invalid polygon that jsts cannot overlay gives nothing (geometry/valid reports it).
 */
export function overlapRegions(a: JstsGeometry, b: JstsGeometry, minWidth = 0, resolution?: number): MeasuredRegion[] {
  try {
    if (!a.relate(b, 'T********')) return [];
    return measuredRegions(a.intersection(b), minWidth, resolution);
  } catch {
    return [];
  }
}

/** The regions of `shape` outside `container` (a protrusion), measured; null container means all of `shape`. */
export function protrusionRegions(shape: JstsGeometry, container: JstsGeometry | null, minWidth = 0): MeasuredRegion[] {
  try {
    if (container && container.relate(shape, 'T*****FF*')) return []; // contains it: the common case, one relate
    return measuredRegions(container ? shape.difference(container) : shape, minWidth);
  } catch {
    return [];
  }
}

/** The union of polygons in one cascaded pass (n log n, unlike folding `union` pairwise); null for none. */
export function unionOf(shapes: readonly JstsGeometry[]): JstsGeometry | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0]!;
  const collection = geometryFactory.createGeometryCollection(shapes as never);
  return UnaryUnionOp.union(collection) as unknown as JstsGeometry;
}

/**
 * The polygon parts of the union of polygons, unioned per group of overlapping boxes: far-apart groups never meet, and
 * sparing jsts the overlays of big scattered collections at the top of its cascade is most of the cost.
 */
export function unionParts(shapes: readonly JstsGeometry[]): JstsGeometry[] {
  if (shapes.length === 0) return [];
  const groups = overlappingBoxGroups(shapes.map((shape) => boxOf(shape)));
  return groups.flatMap((group) => polygonParts(unionOf(group.map((i) => shapes[i]!))!));
}
