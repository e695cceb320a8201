// Which part of a submission is checked in tiles: its measurable parcel layers, by the rules whose findings depend only
// on the parcels near them. Everything else (manifest, photos, attributes, other layers) is checked once, whole.
import type { Feature, Layer, Submission } from '../model.js';
import { limitsOf } from '../engine/limits.js';
import type { Settings } from '../engine/settings.js';
import { boundsOfGeometry, meets, type Bounds } from './plan.js';

/**
 * The rules checked tile by tile: each finding depends on one parcel (validity, repeated vertex, pinched parts) or on
 * the parcels within the largest tolerance of it (overlaps, gaps, near misses). geometry/duplicate is not among them:
 * its same-identifier check compares every parcel of the layer with every other.
 */
export const TILED_RULES: ReadonlySet<string> = new Set([
  'geometry/pinched-multipart',
  'geometry/repeated-vertex',
  'geometry/valid',
  'tolerance/vertex-near-miss',
  'topology/parcel-gap',
  'topology/parcel-overlap',
]);

/** The layers cut into tiles: the measurable parcel layers (what the tiled rules read of a survey). */
export function tiledLayers(submission: Submission): Layer[] {
  return submission.layers.filter((layer) => layer.role === 'parcel' && layer.measurable);
}

/** How many parcels a tile holds at most: limits.tileFeatures. */
export function tileFeaturesOf(settings: Settings): number {
  return Math.max(1, limitsOf(settings).tileFeatures);
}

/**
 * Whether this check is done in tiles: more parcels than a tile holds, some tiled rule on, and no registered parcels
 * (their neighbourhood of the survey is taken over the whole survey: src/rules/registered.ts).
 */
export function shouldTile(submission: Submission, settings: Settings, registered: unknown): boolean {
  if (registered) return false;
  if (!settings.rules.some((id) => TILED_RULES.has(id) && settings.ruleSettings[id] !== 'off')) return false;
  const parcels = tiledLayers(submission).reduce((sum, layer) => sum + layer.features.length, 0);
  return parcels > tileFeaturesOf(settings);
}

/** A tiled layer's parcels with their boxes, in file order; parcels without a box (no geometry) are left out. */
export interface BoxedFeatures {
  layer: Layer;
  features: Feature[];
  boxes: Bounds[];
}

export function boxedFeatures(layer: Layer): BoxedFeatures {
  const features: Feature[] = [];
  const boxes: Bounds[] = [];
  for (const feature of layer.features) {
    const box = boundsOfGeometry(feature.geometry);
    if (!box) continue;
    features.push(feature);
    boxes.push(box);
  }
  return { layer, features, boxes };
}

/** The layers as a tile sees them: the parcels whose box meets `area`, whole, in file order. */
export function layersWithin(boxed: readonly BoxedFeatures[], area: Bounds): Layer[] {
  return boxed.map(({ layer, features, boxes }) => ({ ...layer, features: features.filter((_, i) => meets(boxes[i]!, area)) }));
}

/** The submission as the once-over pass sees it: the tiled layers keep their outline but hand their parcels to the tiles. */
export function withoutTiledFeatures(submission: Submission): Submission {
  const tiled = new Set(tiledLayers(submission));
  return { ...submission, layers: submission.layers.map((layer) => (tiled.has(layer) ? { ...layer, features: [] } : layer)) };
}
