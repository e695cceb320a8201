// How much cadcheck reads before it refuses: the guard rails against broken and hostile submissions (SECURITY.md).

export interface Limits {
  /** Largest layer or manifest file read whole (.shp, .dbf, .geojson, cadcheck.json), bytes. */
  maxFileBytes: number;
  /** Most features in one layer. */
  maxFeatures: number;
  /** Most vertices in one feature. */
  maxVertices: number;
  /** Deepest nesting of arrays and objects in a JSON file (GeoJSON needs about 8). */
  maxJsonDepth: number;
  /** Largest photo, bytes. */
  maxPhotoBytes: number;
  /** Most bytes inflated from one zip submission, counted as they come out, not as declared. */
  zipMaxTotalBytes: number;
  /** Most entries in one zip submission. */
  zipMaxEntries: number;
  /** Highest inflated/compressed ratio of a zip entry (deflate tops out near 1032 on a run of zeros). */
  zipMaxRatio: number;
  /** Wall-clock budget of one submission's check (reading and rules), seconds; past it the check ends with input/too-complex. */
  maxCheckSeconds: number;
  /** Heap budget of the thread that checks one submission, MiB; past it the check ends with input/too-complex. */
  maxHeapMb: number;
  /** Parcels a tile holds at most: a bigger parcel layer is checked in tiles on every core (docs/national-layers.md). */
  tileFeatures: number;
}

const MiB = 1024 * 1024;

/**
 * High enough for real registry work (a survey is a handful of features and photos; a municipal layer
 * tens of thousands), low enough that one file cannot exhaust memory or time. V8 cannot hold a string
 * over ~512 MiB, so a bigger GeoJSON could never be parsed anyway.
 */
export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 512 * MiB,
  maxFeatures: 100_000,
  maxVertices: 250_000,
  maxJsonDepth: 100,
  maxPhotoBytes: 64 * MiB,
  zipMaxTotalBytes: 1024 * MiB,
  zipMaxEntries: 10_000,
  zipMaxRatio: 500,
  // A 100,000-parcel layer (maxFeatures) takes ~15 s on an idle core and over 120 s on a machine loaded 8 times over;
  // the budget is the backstop for a runaway rule, not a speed target. The heap fits such a layer with room.
  maxCheckSeconds: 300,
  maxHeapMb: 1536,
  tileFeatures: 20_000,
};

/** The ratio limit applies only once an entry has inflated past this: tiny, very regular files compress well. */
export const ZIP_RATIO_GRACE_BYTES = 1 * MiB;

/** The config key a limit message points to, so the user knows what to raise. */
export function limitKey(name: keyof Limits): string {
  return `limits.${name} in cadcheck.config.json`;
}

/** The limits in force: the defaults with a config's overrides. */
export function limitsOf(settings: { limits?: Partial<Limits> }): Limits {
  return { ...DEFAULT_LIMITS, ...settings.limits };
}
