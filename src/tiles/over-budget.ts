// A tile's thread stopped at its budget (limits.maxHeapMb, limits.maxCheckSeconds): the whole check is over budget, and
// ends as input/too-complex as it would had its own thread been stopped (src/worker/check.ts, src/worker/host.ts). Kept
// apart from the pool so that the check thread knows it without loading the pool.
export class TileOverBudget extends Error {
  constructor(readonly reason: 'time' | 'memory') {
    super(`a tile went over the check's ${reason === 'time' ? 'time' : 'heap'} budget`);
  }
}
