// A shard past the first holds only the parcels its own tiles need, not the whole layer: the reader's first pass gives
// every record's box (src/io/submission.ts, a ParcelWindow), the tiles are planned from those boxes exactly as from the
// features, and the second pass keeps the records near the shard's tiles. A tile widened past them reads the layer again,
// keeping the records near that tile's wider area.
import type { Settings } from '../engine/settings.js';
import type { Feature, Layer, Submission } from '../model.js';
import type { ParcelWindow } from '../model/read-options.js';
import { boxedFeatures, tiledLayers, type BoxedFeatures } from './layers.js';
import { grown, meets, within, type Bounds } from './plan.js';
import { gridOf, type TileGrid, type TilePlan } from './run-tiled.js';
import { tilesOfShard, type Shard } from './shard-tiles.js';

/**
 * How far past its tiles a shard reads, in first halos: a tile is checked again with its halo four times wider when a
 * finding reaches the edge of what it loaded, so this holds the first halo and one widening; a second widening (a
 * long open strip, a parcel larger than the halo) reads the layer again for that tile: correct, only slower.
 */
export const WINDOW_HALOS = 4;


/** Keep the tiled layers' records whose box meets one of `areas`, and every record of any other layer. */
function keepMeeting(tiled: readonly Layer[], boxes: ReadonlyMap<Layer, Float64Array>, areas: readonly Bounds[]): (layer: Layer, index: number) => boolean {
  const tiledSet = new Set(tiled);
  return (layer, index) => {
    if (!tiledSet.has(layer)) return true;
    const flat = boxes.get(layer)!;
    const box = { minX: flat[4 * index]!, minY: flat[4 * index + 1]!, maxX: flat[4 * index + 2]!, maxY: flat[4 * index + 3]! };
    // A record without a box (NaN) meets nothing: no tile holds it, only the first shard's once-over pass sees it.
    return areas.some((area) => meets(box, area));
  };
}

interface Chosen {
  grid: TileGrid;
  areas: Bounds[];
  tiled: Layer[];
  /** Each tiled layer's records, held or not. */
  records: Map<Layer, number>;
}

export class ShardWindow implements ParcelWindow {
  private chosen: Chosen | null = null;

  constructor(private readonly settings: Settings, private readonly shard: Shard) {}

  /**
   * Which records the reader keeps (ParcelWindow['choose']): of the tiled layers, those whose box
   * meets the shard's tiles grown by WINDOW_HALOS first halos; every record of any other layer. Null (keep all) when
   * a tiled layer was read whole (not a Shapefile) or none is tiled: the shard then reads the layer as the first does.
   */
  readonly choose = (submission: Submission, boxes: ReadonlyMap<Layer, Float64Array>): ((layer: Layer, index: number) => boolean) | null => {
    const tiled = tiledLayers(submission);
    if (tiled.length === 0 || tiled.some((layer) => !boxes.has(layer))) return null;
    // The boxes in the plan's order (layer by layer, file order), without the records that have none (planOf skips them).
    const withBox = tiled.flatMap((layer) => {
      const flat = boxes.get(layer)!;
      const kept: number[] = [];
      for (let i = 0; i < flat.length; i += 4) if (!Number.isNaN(flat[i]!)) kept.push(flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!);
      return kept;
    });
    const grid = gridOf(Float64Array.from(withBox), this.settings);
    const areas = tilesOfShard(grid.tiles.length, this.shard).map((index) => grown(grid.tiles[index]!.bounds, WINDOW_HALOS * grid.halo));
    this.chosen = { grid, areas, tiled, records: new Map(tiled.map((layer) => [layer, boxes.get(layer)!.length / 4])) };
    return keepMeeting(tiled, boxes, areas);
  };

  /**
   * The plan of the submission as read through `choose`, or undefined when it kept every record (plan it from the
   * features). `readAgain` reads the submission again through another chooser, for a tile widened past the window: it
   * keeps the records near that tile's area (at worst every record), and a read is shared by the areas it holds.
   */
  planOf(submission: Submission, readAgain: (chooser: ParcelWindow) => Promise<Submission>): TilePlan | undefined {
    const chosen = this.chosen;
    if (!chosen) return undefined;
    const reads: Array<{ area: Bounds; layers: Promise<BoxedFeatures[]> }> = [];
    const around = (area: Bounds): Promise<BoxedFeatures[]> => {
      const done = reads.find((read) => within(area, read.area));
      if (done) return done.layers;
      const chooser: ParcelWindow = { choose: (read, boxes) => keepMeeting(tiledLayers(read), boxes, [area]) };
      const layers = readAgain(chooser).then((read) => tiledLayers(read).map(boxedFeatures));
      // A read this one holds is let go (a tile still checking with it keeps its own parcels).
      const kept = reads.filter((read) => !within(read.area, area));
      reads.splice(0, reads.length, ...kept, { area, layers });
      return layers;
    };
    const parcels = [...chosen.records.values()].reduce((sum, count) => sum + count, 0);
    return { ...chosen.grid, boxed: chosen.tiled.map(boxedFeatures), parcels, window: { areas: chosen.areas, around } };
  }

  /**
   * The submission as the shard's report counts it: its inventory counts a layer's features (src/report/json.ts), and a
   * windowed layer's parcels are counted, not held, so it stands as an empty array of their number. Only the shard's
   * partial report reads it, from the run's outline and inventory (src/worker/check.ts).
   */
  counted(submission: Submission): Submission {
    const chosen = this.chosen;
    if (!chosen) return submission;
    const { records } = chosen;
    return { ...submission, layers: submission.layers.map((layer) => (records.has(layer) ? { ...layer, features: new Array<Feature>(records.get(layer)!) } : layer)) };
  }
}
