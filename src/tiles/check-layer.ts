// The rules over a submission whose parcel layer is big enough to tile: what checkSubmission runs instead of one pass,
// the tiles in check threads on every core (src/tiles/pool.ts).
import type { RunOptions, RunResult } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { verdict } from '../engine/verdict.js';
import type { Finding, Submission } from '../model.js';
import { budgetOf } from '../worker/host.js';
import { shouldTile } from './layers.js';
import { TilePool } from './pool.js';
import { runTiled, type TilePlan } from './run-tiled.js';
import type { Shard, ShardTiles } from './shard-tiles.js';
import { runCatalogueRules } from './tile-task.js';

/**
 * The run one pass of the profile's rules gives, checked in tiles on every core — or null when the submission is not
 * tiled (small, registered parcels given: src/tiles/layers.ts), and one pass it is. A shard is always tiled: it checks
 * its own tiles, and the first also what is checked once; its findings are a part of the run's (cadcheck merge). A
 * shard past the first may bring the plan of what it read (src/tiles/shard-window.ts).
 */
export async function runRulesInTiles(submission: Submission, settings: Settings, options: Omit<RunOptions, 'settings'>, shard?: Shard, plan?: TilePlan): Promise<(RunResult & { tiles?: ShardTiles }) | null> {
  if (!shard && !shouldTile(submission, settings, options.registered ?? null)) return null;
  const clock = { now: options.now ?? new Date(), surveyDateOverride: options.surveyDateOverride ?? null };
  // A tile's time is the whole check's: the thread that owns the pool is stopped at its budget, and its tile threads with it.
  const pool = new TilePool(budgetOf(settings));
  try {
    // The progress line counts the tiles where it counts rules; a check stopped over budget says it was in the tiles.
    const onTile = (done: number, total: number, found: readonly Finding[]): void => options.onRule?.('tiles', done, total, found);
    const { findings, tiles } = await runTiled(submission, settings, clock, runCatalogueRules, pool.run, { shard, onTile, plan });
    const run = { submission, settings, findings, result: verdict(findings, options.maxWarnings ?? null) };
    return shard ? { ...run, tiles } : run;
  } finally {
    pool.close();
  }
}
