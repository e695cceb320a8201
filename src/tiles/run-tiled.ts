// A big parcel layer checked in tiles: the plan, the once-over pass for everything not tiled, the tiles (each widened
// until its findings are final), and the findings in the order one pass gives them. The one tiled path: the tests run it
// with tiles checked in their own thread, a check and a shard with tiles in check threads (src/tiles/check-layer.ts).
import type { Finding, Submission } from '../model.js';
import { compareFindings } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import type { RulesRunner, TileJob, TileResult } from './check-tile.js';
import { boxedFeatures, layersWithin, tiledLayers, tileFeaturesOf, TILED_RULES, withoutTiledFeatures, type BoxedFeatures } from './layers.js';
import { grown, planTiles, within, type Bounds, type Tile } from './plan.js';
import { tilesOfShard, type Shard, type ShardTiles } from './shard-tiles.js';

/** The run's clock and survey date, as every tile and the once-over pass take them. */
export interface TiledRunOptions {
  now: Date;
  surveyDateOverride: string | null;
}

/** What a tiled run checks beyond the clock, and whom it tells how far it is. */
export interface TiledRunScope {
  /** --shard i/n: only the i-th run of tiles, and what is checked once only in the first shard. */
  shard?: Shard;
  /** Each tile whose findings are final, with the once-over findings so far (a check stopped over budget keeps them). */
  onTile?: (done: number, total: number, found: readonly Finding[]) => void;
  /** The plan, when the caller made it from what it read (a shard past the first: src/tiles/shard-window.ts). */
  plan?: TilePlan;
}

/** The findings one pass gives (or a shard's part of them), and which tiles gave them. */
export interface TiledFindings {
  findings: Finding[];
  tiles: ShardTiles;
}

/** Checks one tile: in this thread (the tests) or in a check thread (src/tiles/pool.ts). */
export type TileRunner = (job: TileJob) => Promise<TileResult>;

export interface TilePlan {
  tiles: Tile[];
  boxed: BoxedFeatures[];
  /** The box of every tiled parcel. */
  extent: Bounds;
  /** The largest tolerance of a relation rule, plus a millimetre of rounding. */
  margin: number;
  /** The first halo: wide enough that a finding near a tile's side is rarely cut short (then the halo grows). */
  halo: number;
  /** The parcels of the tiled layers, with a box or not: part of the run's identity (src/shard/partial.ts). */
  parcels: number;
  /** What `boxed` holds: null, every parcel; else a shard's window onto the layer (src/tiles/shard-window.ts). */
  window: LoadedWindow | null;
}

/** A shard's window: `boxed` holds every parcel whose box meets one of `areas`; a tile's area beyond them is read again. */
export interface LoadedWindow {
  areas: Bounds[];
  /** The tiled layers read again with every parcel whose box meets `area` (at worst the whole layer). */
  around: (area: Bounds) => Promise<BoxedFeatures[]>;
}

/** What the plan is made of: the tiles, the extent, the reach of the rules and the first halo. */
export type TileGrid = Pick<TilePlan, 'tiles' | 'extent' | 'margin' | 'halo'>;

/** The reach of the relation rules: every tolerance one of them measures against, a rule's own option (rules.<id>.options) too. */
export function marginOf(settings: Settings): number {
  const reaches = [settings.tolerances, ...Object.values(settings.ruleOptions ?? {})].flatMap(({ gapMaxWidth, accuracy, coincident, registeredOverlap }) => [gapMaxWidth, accuracy, coincident, registeredOverlap]);
  return Math.max(...reaches.filter((reach): reach is number => reach !== undefined)) + 0.01;
}

export function planOf(submission: Submission, settings: Settings): TilePlan {
  const boxed = tiledLayers(submission).map(boxedFeatures);
  const boxes = new Float64Array(4 * boxed.reduce((sum, layer) => sum + layer.boxes.length, 0));
  boxed.flatMap((layer) => layer.boxes).forEach((box, i) => boxes.set([box.minX, box.minY, box.maxX, box.maxY], 4 * i));
  const parcels = boxed.reduce((sum, layer) => sum + layer.layer.features.length, 0);
  return { ...gridOf(boxes, settings), boxed, parcels, window: null };
}

/**
 * The tiles of the parcels with these boxes (minX, minY, maxX, maxY each, layer by layer in file order): the one plan,
 * whether the boxes come from the features (planOf) or from a shard's first pass over the file (src/tiles/shard-window.ts).
 */
export function gridOf(boxes: Float64Array, settings: Settings): TileGrid {
  const count = boxes.length / 4;
  const centres = new Float64Array(count * 2);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const sides: number[] = [];
  for (let i = 0; i < count; i++) {
    const [x0, y0, x1, y1] = [boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!];
    centres[2 * i] = (x0 + x1) / 2;
    centres[2 * i + 1] = (y0 + y1) / 2;
    minX = Math.min(minX, x0); minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1); maxY = Math.max(maxY, y1);
    if (i % 97 === 0) sides.push(Math.max(x1 - x0, y1 - y0));
  }
  sides.sort((a, b) => a - b);
  const margin = marginOf(settings);
  // Two parcels' width (a sample's median): an overlap or gap anchored near the tile's side mostly stays within it.
  const halo = Math.max(4 * margin, 2 * (sides[sides.length >> 1] ?? 0));
  return { tiles: planTiles(centres, tileFeaturesOf(settings)), extent: { minX, minY, maxX, maxY }, margin, halo };
}

/** The job for one tile with this halo. */
export function tileJob(plan: TilePlan, tile: Tile, halo: number, submission: Submission, settings: Settings, options: TiledRunOptions, boxed: readonly BoxedFeatures[] = plan.boxed): TileJob {
  const area = grown(tile.bounds, halo);
  const whole = within(plan.extent, grown(area, -plan.margin));
  return {
    tile: tile.index, bounds: tile.bounds, area, margin: plan.margin, whole,
    submission: { ...submission, layers: layersWithin(boxed, area), ukraine: undefined, kzPoints: undefined },
    settings, now: options.now.toISOString(), surveyDate: options.surveyDateOverride,
  };
}

/** The parcels a tile with this area is checked with: the plan's, or read again when a shard's window does not hold the area. */
async function parcelsFor(plan: TilePlan, area: Bounds): Promise<readonly BoxedFeatures[]> {
  const { window } = plan;
  if (!window || window.areas.some((loaded) => within(area, loaded))) return plan.boxed;
  return window.around(area);
}

/**
 * The findings these tiles own. A tile whose findings are not final is checked again with its halo four times wider,
 * until they are (at worst the halo holds the whole layer: one pass).
 */
export async function checkTiles(plan: TilePlan, indexes: readonly number[], submission: Submission, settings: Settings, options: TiledRunOptions, runner: TileRunner): Promise<Finding[]> {
  const results = await Promise.all(indexes.map(async (index) => {
    const tile = plan.tiles[index]!;
    for (let halo = plan.halo; ; halo *= 4) {
      const parcels = await parcelsFor(plan, grown(tile.bounds, halo));
      const job = tileJob(plan, tile, halo, submission, settings, options, parcels);
      const result = await runner(job);
      if (result.complete || job.whole) return result.findings;
    }
  }));
  return results.flat();
}

/**
 * What is checked once, whole: every rule not tiled over the whole submission, and the tiled rules over the layers that
 * are not tiled (buildings, lines, a parcel layer not placed) and over the parcels no tile holds (no box).
 */
export function checkOnce(plan: TilePlan, submission: Submission, settings: Settings, options: TiledRunOptions, runRules: RulesRunner): Finding[] {
  const once = runRules(submission, { ...settings, rules: settings.rules.filter((id) => !TILED_RULES.has(id)) }, options);
  const rest = runRules(withoutTiledFeatures(submission, plan.boxed), { ...settings, rules: settings.rules.filter((id) => TILED_RULES.has(id)) }, options);
  return [...once, ...rest];
}

/** The findings one pass gives, in its order, from the once-over findings and every tile's. */
export function joinFindings(parts: readonly Finding[][]): Finding[] {
  return parts.flat().sort(compareFindings);
}

/**
 * One pass of the rules, tile by tile: the same findings in the same order — or, for a shard, its tiles' findings and,
 * in the first shard, what is checked once. `runTile` checks a tile here or in a thread; meanwhile this thread checks
 * what is checked once.
 */
export async function runTiled(submission: Submission, settings: Settings, options: TiledRunOptions, runRules: RulesRunner, runTile: TileRunner, scope: TiledRunScope = {}): Promise<TiledFindings> {
  const plan = scope.plan ?? planOf(submission, settings);
  const { shard, onTile } = scope;
  const indexes = shard ? tilesOfShard(plan.tiles.length, shard) : plan.tiles.map((tile) => tile.index);
  const found: Finding[] = [];
  let done = 0;
  const tiles = checkTiles(plan, indexes, submission, settings, options, async (job) => {
    const result = await runTile(job);
    if (result.complete) onTile?.(done++, indexes.length, found);
    return result;
  });
  // Tiles sent to threads are posted once the microtasks above have run: let them go before the once-over pass.
  await new Promise((resolve) => setImmediate(resolve));
  const once = !shard || shard.index === 1;
  if (once && plan.window) throw new Error('the once-over pass needs the whole layer, not a shard\'s window of it');
  if (once) found.push(...checkOnce(plan, submission, settings, options, runRules));
  const findings = joinFindings([found, await tiles]);
  return { findings, tiles: { count: plan.tiles.length, checked: indexes, parcels: plan.parcels, once } };
}
