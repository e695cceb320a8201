// Submissions built in memory for rule tests: layers by role with GeoJSON geometries in metres, manifest facts, photo
// metadata and reader problems — what the readers would have made, without files.
import type { Feature, Geometry, Layer, LayerCrs, ManifestFile, Photo, Position, ReadProblem, Role, Submission } from '../../src/model.js';
import type { RegisteredParcels } from '../../src/model/registered.js';
import { definitionOf } from '../../src/geom/crs.js';
import { presentText } from '../../src/model/attribute-text.js';

/** The corner the ge-388 fixtures are drawn from (UTM 38N, Tbilisi): offsets below are metres east and north of it. */
export const ORIGIN: Position = [481700, 4618700];

/** A position `dx` m east and `dy` m north of the origin. */
export function at(dx: number, dy: number): Position {
  return [ORIGIN[0] + dx, ORIGIN[1] + dy];
}

/** A closed ring through offsets from the origin. */
export function ring(...offsets: Position[]): Position[] {
  const points = offsets.map(([dx, dy]) => at(dx, dy));
  return [...points, points[0]!];
}

export function polygon(...offsets: Position[]): Geometry {
  return { type: 'Polygon', coordinates: [ring(...offsets)] };
}

/** An axis-aligned rectangle between offsets (x0, y0) and (x1, y1). */
export function rect(x0: number, y0: number, x1: number, y1: number): Geometry {
  return polygon([x0, y0], [x1, y0], [x1, y1], [x0, y1]);
}

export function line(...offsets: Position[]): Geometry {
  return { type: 'LineString', coordinates: offsets.map(([dx, dy]) => at(dx, dy)) };
}

export function point(dx: number, dy: number): Geometry {
  return { type: 'Point', coordinates: at(dx, dy) };
}

export interface FeatureSpec {
  geometry: Geometry | null;
  properties?: Record<string, unknown>;
  /** The feature's id; by default the first of the profile's id fields it fills in, as a reader finds it. */
  id?: string | null;
}

export interface LayerSpec {
  role: Role | null;
  /** Geometries alone, or features with attributes. */
  features: Array<Geometry | FeatureSpec>;
  /** Default `<role>.geojson`. */
  file?: string;
  format?: Layer['format'];
  /** Default: the union of the features' attribute names. */
  fields?: string[];
  /** Default: EPSG:32638 written in the file, the ge-388 CRS. */
  crs?: Partial<LayerCrs>;
  /** Default true: placed on the earth (CRS known and expected, coordinates in the extent). */
  measurable?: boolean;
  encoding?: Layer['encoding'];
  implausible?: Layer['implausible'];
  geometryType?: string | null;
}

export interface SubmissionSpec {
  layers?: LayerSpec[];
  /** The manifest's facts; null for a missing or unreadable manifest (then say why in `manifestProblem`). Default {}. */
  manifest?: Record<string, unknown> | null;
  manifestProblem?: string | null;
  manifestSyntax?: ManifestFile['syntax'];
  /** Where values (and, as `key#key`, keys) are written in the manifest, as the reader records them: 1-based line and column. */
  manifestPositions?: Record<string, { line: number; column: number }>;
  photos?: Array<Partial<Photo> & { file: string }>;
  problems?: ReadProblem[];
  ukraine?: Submission['ukraine'];
  kzPoints?: Submission['kzPoints'];
}

/** The ge-388 id fields in order (src/profiles/ge-388.ts), which is how the readers name a feature. */
const ID_FIELDS = ['id', 'parcel_id', 'cad_code', 'number', 'label', 'fid'];

function idOf(properties: Record<string, unknown>): string | null {
  const byLowerName = new Map(Object.keys(properties).map((key) => [key.toLowerCase(), key]));
  for (const field of ID_FIELDS) {
    const key = byLowerName.get(field);
    const text = presentText(key === undefined ? undefined : properties[key]);
    if (text !== null) return text;
  }
  return null;
}

function isGeometry(value: Geometry | FeatureSpec): value is Geometry {
  return 'type' in value && !('geometry' in value);
}

export function buildFeature(spec: Geometry | FeatureSpec, index: number): Feature {
  const { geometry, properties = {}, id } = isGeometry(spec) ? { geometry: spec, properties: {}, id: undefined } : spec;
  return { index, id: id === undefined ? idOf(properties) : id, geometry, sourceGeometry: geometry, properties };
}

export function buildLayer(spec: LayerSpec): Layer {
  const features = spec.features.map(buildFeature);
  const file = spec.file ?? `${spec.role ?? 'unknown'}.geojson`;
  return {
    role: spec.role,
    file,
    name: file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''),
    format: spec.format ?? 'geojson',
    geometryType: spec.geometryType !== undefined ? spec.geometryType : features.find((feature) => feature.geometry)?.geometry?.type ?? null,
    crs: { source: 'geojson-crs', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: definitionOf('EPSG:32638'), ...spec.crs },
    measurable: spec.measurable ?? true,
    ...(spec.implausible ? { implausible: spec.implausible } : {}),
    fields: spec.fields ?? [...new Set(features.flatMap((feature) => Object.keys(feature.properties)))],
    encoding: spec.encoding ?? null,
    features,
  };
}

/** A JPEG photo taken on the fixtures' survey day at the origin, unless `overrides` say otherwise. */
export function buildPhoto(overrides: Partial<Photo> & { file: string }): Photo {
  return {
    sizeBytes: 1000, sha256: null, detectedType: 'jpeg', namedJpeg: /\.jpe?g$/i.test(overrides.file), damage: null, exifProblem: null,
    dateTimeOriginal: '2024-05-14T10:40:15', createDate: null, offsetTimeOriginal: '+04:00', offsetTimeDigitized: null,
    gps: null, gpsDateStamp: null, gpsDateTimeUtc: null,
    ...overrides,
  };
}

export function buildSubmission(spec: SubmissionSpec = {}): Submission {
  const manifest = spec.manifest === undefined ? {} : spec.manifest;
  return {
    path: 'memory',
    manifest: { file: 'cadcheck.json', data: manifest, problem: spec.manifestProblem ?? null, syntax: spec.manifestSyntax ?? null, positions: spec.manifestPositions ? new Map(Object.entries(spec.manifestPositions)) : null },
    layers: (spec.layers ?? []).map(buildLayer),
    photos: (spec.photos ?? []).map(buildPhoto),
    problems: spec.problems ?? [],
    ...(spec.ukraine ? { ukraine: spec.ukraine } : {}),
    ...(spec.kzPoints ? { kzPoints: spec.kzPoints } : {}),
  };
}

/** Registered parcels as a registry extract would give them: geometries with their cadastral codes. */
export function buildRegistered(parcels: Array<{ geometry: Geometry; code: string }>, source = 'registered.geojson'): RegisteredParcels {
  return { source, features: parcels.map(({ geometry, code }, index) => buildFeature({ geometry, properties: { cad_code: code } }, index)) };
}
