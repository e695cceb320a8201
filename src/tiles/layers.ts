// Which part of a submission is checked in tiles: its measurable parcel layers, by the rules whose findings depend only
// on a parcel itself or on the parcels near it. Everything else (manifest, photos, other layers, geometry/duplicate) is
// checked once, whole.
import type { Feature, Layer, Submission } from '../model.js';
import { limitsOf } from '../engine/limits.js';
import type { Settings } from '../engine/settings.js';
import { boundsOfGeometry, meets, type Bounds } from './plan.js';

/**
 * The rules whose finding on a parcel can depend on its neighbours within the largest tolerance: a tile checks them
 * with a halo, and again with a wider one when a finding reaches the edge of what it loaded (src/tiles/check-tile.ts).
 */
export const NEIGHBOUR_RULES: ReadonlySet<string> = new Set([
  'tolerance/vertex-near-miss',
  'topology/parcel-gap',
  'topology/parcel-overlap',
]);

/**
 * The rules whose every finding names one feature and depends on nothing else of the layer (that feature's geometry
 * and attributes, the layer's field names, the settings): a tile loads each parcel whole, so the tile holding the
 * parcel's box centre says them, never checked again. Read from the rules themselves; not among them:
 * geometry/duplicate (compares every parcel with every other), input/geometry-type (a shapefile's type is the
 * layer's, one finding without a feature) and input/coordinates-plausible (the reader's list for the whole layer).
 */
export const FEATURE_RULES: ReadonlySet<string> = new Set([
  'attributes/allowed-values',
  'attributes/area-matches-geometry',
  'attributes/complete',
  'geometry/empty',
  'geometry/pinched-multipart',
  'geometry/repeated-vertex',
  'geometry/spike',
  'geometry/valid',
]);

/** The rules checked tile by tile over the tiled layers; the rest are checked once, over the whole submission. */
export const TILED_RULES: ReadonlySet<string> = new Set([...NEIGHBOUR_RULES, ...FEATURE_RULES]);

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

/**
 * The submission as the once-over pass sees it: the tiled layers hand their parcels to the tiles and keep only those no
 * tile holds (no box: no geometry, or no finite coordinate), which the tiled rules must still see once.
 */
export function withoutTiledFeatures(submission: Submission, boxed: readonly BoxedFeatures[]): Submission {
  const held = new Map(boxed.map(({ layer, features }) => [layer, new Set(features)]));
  return {
    ...submission,
    layers: submission.layers.map((layer) => {
      const inTiles = held.get(layer);
      return inTiles ? { ...layer, features: layer.features.filter((feature) => !inTiles.has(feature)) } : layer;
    }),
  };
}
