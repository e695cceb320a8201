// The rules over a submission whose parcel layer is big enough to tile: what checkSubmission runs instead of one pass.
import type { RunOptions, RunResult } from '../engine/run.js';
import type { Settings } from '../engine/settings.js';
import { verdict } from '../engine/verdict.js';
import type { Finding, Submission } from '../model.js';
import { budgetOf } from '../worker/host.js';
import { shouldTile } from './layers.js';
import { TilePool } from './pool.js';
import { checkOnce, checkTiles, joinFindings, planOf } from './run-tiled.js';
import { tilesOfShard, type Shard, type ShardTiles } from './shard-tiles.js';
import { runCatalogueRules } from './tile-task.js';

/**
 * The run one pass of the profile's rules gives, checked in tiles on every core — or null when the submission is not
 * tiled (small, registered parcels given: src/tiles/layers.ts), and one pass it is. A shard is always tiled: it checks
 * its own tiles, and the first also what is checked once; its findings are a part of the run's (cadcheck merge).
 */
export async function runRulesInTiles(submission: Submission, settings: Settings, options: Omit<RunOptions, 'settings'>, shard?: Shard): Promise<(RunResult & { tiles?: ShardTiles }) | null> {
  if (!shard && !shouldTile(submission, settings, options.registered ?? null)) return null;
  const clock = { now: options.now ?? new Date(), surveyDateOverride: options.surveyDateOverride ?? null };
  const plan = planOf(submission, settings);
  // A tile's time is the whole check's: the thread that owns the pool is stopped at its budget, and its tile threads with it.
  const pool = new TilePool(budgetOf(settings));
  try {
    let done = 0;
    const found: Finding[] = [];
    const indexes = shard ? tilesOfShard(plan.tiles.length, shard) : plan.tiles.map((tile) => tile.index);
    const tiles = checkTiles(plan, indexes, submission, settings, clock, async (job) => {
      const result = await pool.run(job);
      // The progress line counts the tiles where it counts rules; a check stopped over budget says it was in the tiles.
      if (result.complete) options.onRule?.('tiles', done++, indexes.length, found);
      return result;
    });
    // The first tiles are posted to their threads once the microtasks above have run.
    await new Promise((resolve) => setImmediate(resolve));
    // Meanwhile this thread checks what is checked once (the manifest, the photos, attributes, the other layers).
    const once = !shard || shard.index === 1;
    if (once) found.push(...checkOnce(submission, settings, clock, runCatalogueRules));
    const findings = joinFindings([found, await tiles]);
    const run = { submission, settings, findings, result: verdict(findings, options.maxWarnings ?? null) };
    const parcels = plan.boxed.reduce((sum, layer) => sum + layer.layer.features.length, 0);
    return shard ? { ...run, tiles: { count: plan.tiles.length, checked: indexes, parcels, once } } : run;
  } finally {
    pool.close();
  }
}
