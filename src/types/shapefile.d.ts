// Types for the `shapefile` package (it ships none): only what cadcheck uses.
declare module 'shapefile' {
  import type { Feature, Geometry } from 'geojson';
  export interface Source<T> {
    bbox: number[];
    read(): Promise<{ done: boolean; value: T }>;
    cancel(): Promise<void>;
  }
  export function open(
    shp: ArrayBuffer | Uint8Array | string,
    dbf?: ArrayBuffer | Uint8Array | string,
    options?: { encoding?: string },
  ): Promise<Source<Feature<Geometry | null, Record<string, unknown>>>>;
}
