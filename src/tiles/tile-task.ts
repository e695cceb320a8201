// A tile checked inside a check thread (src/worker/worker.ts routes it here): the tiled rules from the catalogue.
import { runProfileRules } from '../catalogue.js';
import { checkTile, type RulesRunner, type TileJob, type TileResult } from './check-tile.js';

/** A tile for a check thread: what the thread's pool (src/tiles/pool.ts) sends. */
export interface TileTask {
  id: number;
  want: 'tile';
  job: TileJob;
}

export type TileOutcome =
  | { kind: 'tile'; result: TileResult }
  | { kind: 'trouble'; cause: string; crashed: boolean; code: string | null; stack: string | null };

export const runCatalogueRules: RulesRunner = (submission, settings, options) =>
  runProfileRules(submission, settings, { ...options, registered: null }).findings;

export function runTileTask(task: TileTask): TileOutcome {
  try {
    return { kind: 'tile', result: checkTile(task.job, runCatalogueRules) };
  } catch (error) {
    return { kind: 'trouble', cause: (error as Error)?.message ?? String(error), crashed: true, code: null, stack: (error as Error)?.stack ?? null };
  }
}
