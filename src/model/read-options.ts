// What a reader is told: the narrow part of the engine's Settings that turning bytes into model objects needs. A
// Settings fits it as it is (the same names and types), so a caller holding one passes it; readers never see the
// tolerances, code lists, rule severities or language.
import type { Extent, Layer, Role, Submission } from '../model.js';
import type { Limits } from './limits.js';

export interface ReadOptions {
  /** The CRS everything is measured in, as an EPSG code: layers in another are transformed to it. */
  crs: string;
  /** CRSs a layer may be delivered in: only a layer in one of them (and within the extent) is placed. */
  expectedCrs: readonly string[];
  /** Where coordinates may plausibly lie. */
  extent: Extent;
  /** Code page tried for .dbf text that has no .cpg and is not UTF-8. */
  legacyEncoding: string;
  /** Layer file names recognised for each role (compared case-insensitively, ignoring _ - and spaces). */
  roleNames: Record<Role, readonly string[]>;
  /** Canonical field name → accepted aliases, per role (the registered parcels' cad_code). */
  fields: Record<Role, Record<string, readonly string[]>>;
  /** Attribute names that identify a feature, in order of preference. */
  idFields: readonly string[];
  /** Reader limits a config overrode; the rest are DEFAULT_LIMITS (read them through limitsOf). */
  limits?: Partial<Limits>;
  /** How a submission is read: a survey folder (default), Ukrainian exchange XML files, or Kazakh turning-point files. */
  reader?: 'survey' | 'ua-xml' | 'kz-points';
  /** The rules that will run: a manifest that is not valid JSON is left to metadata/manifest when it runs. */
  rules: readonly string[];
}

/**
 * Which records of the parcel layers a two-pass read keeps (a shard past the first: src/tiles/shard-window.ts). Given the
 * submission as the first pass read it (the windowed layers without features) and each windowed layer's boxes (minX,
 * minY, maxX, maxY per record, in file order; NaN for a record without a finite point): which records to keep, or null
 * to keep them all.
 */
export interface ParcelWindow {
  choose(submission: Submission, boxes: ReadonlyMap<Layer, Float64Array>): ((layer: Layer, index: number) => boolean) | null;
}
