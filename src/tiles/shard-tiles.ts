// Which tiles a shard checks: the i-th of n runs of consecutive tiles in plan order (k-d order keeps them together on
// the land), the first shard also checking what is checked once.

/** --shard i/n: 1 ≤ index ≤ count. */
export interface Shard {
  index: number;
  count: number;
}

/** What a shard checked, for `cadcheck merge` to tell whether the shards of a run are all there. */
export interface ShardTiles {
  /** The tiles of the whole layer's plan. */
  count: number;
  /** The tiles this shard checked, by position in the plan. */
  checked: number[];
  /** Parcels in the tiled layers: a layer changed between shards plans other tiles. */
  parcels: number;
  /** Whether this shard checked what is checked once (the first does). */
  once: boolean;
}

export function tilesOfShard(tiles: number, shard: Shard): number[] {
  const from = Math.floor(((shard.index - 1) * tiles) / shard.count);
  const to = Math.floor((shard.index * tiles) / shard.count);
  return Array.from({ length: to - from }, (_, k) => from + k);
}
