// Small shared helpers for rules: which layers to look at, and the geometry kinds each role expects.
import type { Feature, Layer, Role, Submission } from '../model.js';

export type GeometryFamily = 'polygon' | 'line' | 'point';

export const FAMILY_OF_ROLE: Record<Role, GeometryFamily> = {
  parcel: 'polygon', building: 'polygon', obligation: 'polygon',
  linear: 'line', sides: 'line', points: 'point', markers: 'point',
};

const FAMILY_OF_TYPE: Record<string, GeometryFamily> = {
  Polygon: 'polygon', MultiPolygon: 'polygon', LineString: 'line', MultiLineString: 'line', Point: 'point', MultiPoint: 'point',
};

export function familyOfType(geometryType: string): GeometryFamily | null {
  return FAMILY_OF_TYPE[geometryType] ?? null;
}

export function layersWithRole(submission: Submission, ...roles: Role[]): Layer[] {
  return submission.layers.filter((layer) => layer.role !== null && roles.includes(layer.role));
}

/** Every feature that has a geometry, with its layer, in layers whose coordinates can be measured. */
export function* measurableFeatures(submission: Submission, roles?: Role[]): Generator<{ layer: Layer; feature: Feature }> {
  for (const layer of submission.layers) {
    if (!layer.measurable || layer.role === null || (roles && !roles.includes(layer.role))) continue;
    for (const feature of layer.features) if (feature.geometry) yield { layer, feature };
  }
}
