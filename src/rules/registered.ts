// Shared by the tolerance/* and contour rules: surveyed and registered parcels as jsts shapes, and which registered parcels are neighbours.
import type { RegisteredParcels } from '../engine/define-rule.js';
import type { Settings } from '../engine/settings.js';
import { toJsts, type JstsGeometry } from '../geom/jsts.js';
import { snappedSimpleRing, snapToGrid } from '../geom/precision.js';
import { boxOf, flatRingBox, type Box } from '../geom/box.js';
import { LazyShape } from '../geom/lazy-shape.js';
import type { Feature, Layer, Submission } from '../model.js';
import { cadCodeOf } from '../model/cadastral-code.js';

export interface ParcelShape {
  /** The submission layer, or null for a registered parcel. */
  layer: Layer | null;
  feature: Feature;
  shape: JstsGeometry;
  box: Box;
  /** The parcel's cadastral code, or null when it has none. */
  cadCode: string | null;
}

function shapeOf(geometry: Feature['geometry']): JstsGeometry | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  try {
    const shape = snapToGrid(toJsts(geometry));
    return shape.isEmpty() ? null : shape;
  } catch {
    return null; // unbuildable: geometry/valid reports it
  }
}

/** The shape of a parcel whose snapped ring is proven simple: shapeOf surely builds it. */
function provenShape(geometry: Feature['geometry']): JstsGeometry {
  return shapeOf(geometry)!;
}

/** The parcel as a ParcelShape, or null when it has no area once built and snapped (unbuildable ones included). */
function parcelShape(layer: Layer | null, feature: Feature, cadCode: string | null): ParcelShape | null {
  const ring = feature.geometry ? snappedSimpleRing(feature.geometry) : null;
  // Proven simple: the box comes from the snapped ring, the jsts shape is built when a rule asks.
  if (ring) return Object.assign(new LazyShape(layer, feature, flatRingBox(ring), provenShape), { cadCode });
  const shape = shapeOf(feature.geometry);
  return shape ? { layer, feature, shape, box: boxOf(shape), cadCode } : null;
}

/** The submission's parcels in measurable layers, in layer then feature order. */
export function surveyedParcels(submission: Submission, settings: Settings): ParcelShape[] {
  const parcels: ParcelShape[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      const parcel = parcelShape(layer, feature, cadCodeOf(feature.properties, settings.fields.parcel.cad_code));
      if (parcel) parcels.push(parcel);
    }
  }
  return parcels;
}

/** The registered parcels (their `id` is the cad_code, see src/io/registered.ts). */
export function registeredShapes(registered: RegisteredParcels): ParcelShape[] {
  const parcels: ParcelShape[] = [];
  for (const feature of registered.features) {
    const parcel = parcelShape(null, feature, feature.id);
    if (parcel) parcels.push(parcel);
  }
  return parcels;
}

/** Cad codes compare ignoring case and surrounding blanks. */
export function sameCadCode(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The manifest's `sourceParcels`: the registered parcels a merge or division replaces. */
export function sourceParcelCodes(submission: Submission): string[] {
  const listed = submission.manifest.data?.sourceParcels;
  return Array.isArray(listed) ? listed.filter((code): code is string => typeof code === 'string' && code.trim() !== '').map((code) => code.trim()) : [];
}

/**
 * Registered parcels that are the survey itself, not neighbours: the `sourceParcels` being merged or
 * divided, and a registered parcel with a surveyed parcel's own cad_code (a re-survey of that parcel).
 */
export function isReplacedParcel(registered: ParcelShape, submission: Submission, surveyed: readonly ParcelShape[]): boolean {
  return sourceParcelCodes(submission).some((code) => sameCadCode(code, registered.cadCode)) || surveyed.some((parcel) => sameCadCode(parcel.cadCode, registered.cadCode));
}

/** Registered parcels that are neighbours (not replaced by the survey). */
export function registeredNeighbours(registered: RegisteredParcels, submission: Submission, surveyed: readonly ParcelShape[]): ParcelShape[] {
  return registeredShapes(registered).filter((parcel) => !isReplacedParcel(parcel, submission, surveyed));
}

/** The text for a registered parcel in a message: its cad code, or its position in the registry file. */
export function registeredName(parcel: ParcelShape): string {
  return parcel.cadCode ?? `#${parcel.feature.index} (no cad_code)`;
}
