// Tiles checked on every core: check threads of the same kind as cadcheck check's (src/worker/host.ts), each given one
// tile at a time, as many as the machine has cores (os.availableParallelism()).
import { availableParallelism } from 'node:os';
import { CheckThread, type Budget } from '../worker/host.js';
import type { TileJob, TileResult } from './check-tile.js';
import type { TileRunner } from './run-tiled.js';
import { TileOverBudget } from './over-budget.js';

export class TilePool {
  private readonly idle: CheckThread[] = [];
  private readonly waiting: Array<(thread: CheckThread) => void> = [];
  /** Every thread started and not yet ended, busy or idle: close() ends them all. */
  private readonly live = new Set<CheckThread>();
  private started = 0;
  private closed = false;

  /** `budget.heapMb` is each thread's heap; the time budget is the whole check's, kept by the thread that owns the pool. */
  constructor(private readonly budget: Budget, private readonly size = Math.max(1, availableParallelism())) {}

  private async thread(): Promise<CheckThread> {
    const kept = this.idle.pop();
    if (kept) return kept;
    if (this.closed) throw new Error('the tile pool is closed');
    if (this.started < this.size) {
      this.started += 1;
      const thread = await CheckThread.start(this.budget.heapMb);
      this.live.add(thread);
      return thread;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: CheckThread): void {
    if (this.closed) {
      // A tile that was still running when the check ended (another tile failed): its thread is not kept.
      thread.terminate();
      this.live.delete(thread);
      return;
    }
    if (thread.dead) {
      this.live.delete(thread);
      this.started -= 1;
      // A thread lost (over its heap): the next tile waiting starts a fresh one.
      const next = this.waiting.shift();
      if (next) void this.thread().then(next);
      return;
    }
    const next = this.waiting.shift();
    if (next) next(thread);
    else this.idle.push(thread);
  }

  readonly run: TileRunner = async (job: TileJob): Promise<TileResult> => {
    const thread = await this.thread();
    const outcome = await thread.run({ want: 'tile', job }, this.budget);
    this.release(thread);
    if (outcome.kind === 'tile') return outcome.result;
    if (outcome.kind === 'too-complex') throw new TileOverBudget(outcome.reason);
    if (outcome.kind === 'trouble') {
      const error = new Error(outcome.cause);
      if (outcome.stack) error.stack = outcome.stack;
      throw error;
    }
    throw new Error(`a tile thread answered ${outcome.kind}`);
  };

  /** Ends every thread, the busy ones too: a check that failed in one tile must not leave the others' threads running. */
  close(): void {
    this.closed = true;
    this.idle.splice(0);
    this.waiting.splice(0);
    for (const thread of this.live) thread.terminate();
    this.live.clear();
  }
}
