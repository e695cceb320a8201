// A big parcel layer checked in tiles: the plan, the once-over pass for everything not tiled, the tiles (each widened
// until its findings are final), and the findings in the order one pass gives them. The one tiled path: the tests run it
// with tiles checked in their own thread, a check and a shard with tiles in check threads (src/tiles/check-layer.ts).
import type { Finding, Submission } from '../model.js';
import { compareFindings } from '../engine/run.js';
import { unionOfBoxes } from '../geom/box.js';
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
}

/** The reach of the relation rules: every tolerance one of them measures against, a rule's own option (rules.<id>.options) too. */
export function marginOf(settings: Settings): number {
  const reaches = [settings.tolerances, ...Object.values(settings.ruleOptions ?? {})].flatMap(({ gapMaxWidth, accuracy, coincident, registeredOverlap }) => [gapMaxWidth, accuracy, coincident, registeredOverlap]);
  return Math.max(...reaches.filter((reach): reach is number => reach !== undefined)) + 0.01;
}

export function planOf(submission: Submission, settings: Settings): TilePlan {
  const boxed = tiledLayers(submission).map(boxedFeatures);
  const boxes = boxed.flatMap((layer) => layer.boxes);
  const centres = new Float64Array(boxes.length * 2);
  const extent = unionOfBoxes(boxes);
  const sides: number[] = [];
  boxes.forEach((box, i) => {
    centres[2 * i] = (box.minX + box.maxX) / 2;
    centres[2 * i + 1] = (box.minY + box.maxY) / 2;
    if (i % 97 === 0) sides.push(Math.max(box.maxX - box.minX, box.maxY - box.minY));
  });
  sides.sort((a, b) => a - b);
  const margin = marginOf(settings);
  // Two parcels' width (a sample's median): an overlap or gap anchored near the tile's side mostly stays within it.
  const halo = Math.max(4 * margin, 2 * (sides[sides.length >> 1] ?? 0));
  return { tiles: planTiles(centres, tileFeaturesOf(settings)), boxed, extent, margin, halo };
}

/** The job for one tile with this halo. */
export function tileJob(plan: TilePlan, tile: Tile, halo: number, submission: Submission, settings: Settings, options: TiledRunOptions): TileJob {
  const area = grown(tile.bounds, halo);
  const whole = within(plan.extent, grown(area, -plan.margin));
  return {
    tile: tile.index, bounds: tile.bounds, area, margin: plan.margin, whole,
    submission: { ...submission, layers: layersWithin(plan.boxed, area), ukraine: undefined, kzPoints: undefined },
    settings, now: options.now.toISOString(), surveyDate: options.surveyDateOverride,
  };
}

/**
 * The findings these tiles own. A tile whose findings are not final is checked again with its halo four times wider,
 * until they are (at worst the halo holds the whole layer: one pass).
 */
export async function checkTiles(plan: TilePlan, indexes: readonly number[], submission: Submission, settings: Settings, options: TiledRunOptions, runner: TileRunner): Promise<Finding[]> {
  const results = await Promise.all(indexes.map(async (index) => {
    const tile = plan.tiles[index]!;
    for (let halo = plan.halo; ; halo *= 4) {
      const job = tileJob(plan, tile, halo, submission, settings, options);
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
  const plan = planOf(submission, settings);
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
  if (once) found.push(...checkOnce(plan, submission, settings, options, runRules));
  const findings = joinFindings([found, await tiles]);
  const parcels = plan.boxed.reduce((sum, layer) => sum + layer.layer.features.length, 0);
  return { findings, tiles: { count: plan.tiles.length, checked: indexes, parcels, once } };
}
