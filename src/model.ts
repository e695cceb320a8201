// The plain objects that flow from the readers (src/io) through the rules (src/rules) to the reporters.
import type { Geometry } from 'geojson';

export type { Geometry };

export type Role = 'parcel' | 'building' | 'obligation' | 'linear' | 'sides' | 'points' | 'markers';
export const ROLES: readonly Role[] = ['parcel', 'building', 'obligation', 'linear', 'sides', 'points', 'markers'];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type Position = [number, number];

/** A problem a reader met while turning a file into objects; the input/* rules turn these into findings. */
export interface ReadProblem {
  file: string;
  /** What kind of problem: 'unreadable' fails input/readable; 'ignored-config' (a cadcheck.config.json inside the submission, never applied) is input/config-ignored's. */
  kind: 'unreadable' | 'ignored-config';
  reason: string;
  layerRole?: Role | null;
}

/** How a layer's coordinate reference system was found out. */
export interface LayerCrs {
  /**
   * Where the definition came from: the .prj, the GeoJSON `crs` member, RFC 7946's default, the manifest's `crs`
   * (`geojson-manifest`: a GeoJSON without `crs` whose coordinates cannot be degrees), or nowhere.
   */
  source: 'prj' | 'geojson-crs' | 'geojson-default' | 'geojson-manifest' | 'gdal' | 'manifest' | 'none';
  /** The definition as written (WKT or a name such as EPSG:32638), if any. */
  definition: string | null;
  /** The EPSG code the definition was recognised as, compared by parameters, or null. */
  code: string | null;
  /** A proj4 definition usable for reprojection, or null when it could not be parsed. */
  proj4: string | null;
}

/** A coordinate that cannot lie in the profile's country: outside its extent, or not a finite number. */
export interface ImplausibleCoordinate {
  /** The feature's 0-based index in the file. */
  index: number;
  kind: 'outside' | 'non-finite';
  /** As written, in the layer's own CRS. */
  position: Position;
  /** In degrees (NaN where it cannot be converted); for 'non-finite', NaN. */
  lon: number;
  lat: number;
}

export interface Feature {
  /** 0-based position in the file. */
  index: number;
  /** The value of the feature's id field, when it has one. */
  id: string | null;
  /** Geometry in the profile CRS (reprojected where the layer's CRS is known and different), or null. */
  geometry: Geometry | null;
  /** Geometry as written in the file, in the layer's own CRS (the same object when no reprojection was needed). */
  sourceGeometry: Geometry | null;
  properties: Record<string, unknown>;
}

export interface Layer {
  role: Role | null;
  /** Path relative to the submission root, with forward slashes. */
  file: string;
  /** The file name without extension (or the GeoPackage layer name). */
  name: string;
  /** The last five are read through the optional GDAL backend (src/io/gdal.ts). */
  format: 'shapefile' | 'geojson' | 'geopackage' | 'dxf' | 'kml' | 'gml' | 'flatgeobuf' | 'ua-xml' | 'kz-points';
  /** Geometry type as declared by the file (shapefile header) or found in the features. */
  geometryType: string | null;
  crs: LayerCrs;
  /**
   * True when the layer is placed on the earth and can be measured: its CRS is known and one of the profile's
   * (input/crs-defined, input/crs-expected) and no coordinate lies outside the profile's extent
   * (input/coordinates-plausible); its geometries are then in the profile CRS. A layer that is not placed is not
   * measured: the rules that would have measured it say "not checked" once each (src/engine/placement.ts).
   */
  measurable: boolean;
  /** The first implausible coordinate of each feature, as the reader found it (input/coordinates-plausible reports them). */
  implausible?: ImplausibleCoordinate[];
  /** Names of the attribute fields, as written in the file. */
  fields: string[];
  /** The text encoding used for attributes (shapefiles), and whether a .cpg declared it. */
  encoding: { name: string; declared: boolean; nonAscii: boolean } | null;
  features: Feature[];
}

export interface PhotoGps {
  lon: number;
  lat: number;
}

export interface Photo {
  /** Path relative to the submission root. */
  file: string;
  sizeBytes: number;
  sha256: string | null;
  /** What the bytes are, by magic number: 'jpeg', 'png', 'heic', 'gif', 'tiff', 'webp' or 'unknown'. */
  detectedType: string;
  /** Whether the file has a .jpg/.jpeg name. */
  namedJpeg: boolean;
  /** Why the JPEG could not be read fully (truncated, no SOI…), or null. */
  damage: string | null;
  /** Why the EXIF block could not be read (the image itself may be fine), or null. */
  exifProblem: string | null;
  dateTimeOriginal: string | null;
  createDate: string | null;
  offsetTimeOriginal: string | null;
  /** OffsetTimeDigitized: the offset that belongs to CreateDate. */
  offsetTimeDigitized: string | null;
  gps: PhotoGps | null;
  /** GPSDateStamp as written ('YYYY:MM:DD'), or null. */
  gpsDateStamp: string | null;
  /** GPS date and time stamp as an ISO UTC string, e.g. 2024-05-14T06:31:02Z, or null. */
  gpsDateTimeUtc: string | null;
}

/** The parsed manifest: kept as loose JSON, the metadata rules judge its shape. */
export type Manifest = Record<string, unknown>;

export interface ManifestFile {
  file: string;
  /** The parsed object, or null when the file is missing or did not parse. */
  data: Manifest | null;
  /** Why the manifest could not be read, or null. */
  problem: string | null;
  /** Where broken JSON broke (1-based line and column) and the text of that line, for a message the surveyor can act on. */
  syntax?: { line: number; column: number; near: string } | null;
  /** Where each value of a parsed manifest is written (path as the schema names it → 1-based line and column). */
  positions?: ReadonlyMap<string, { line: number; column: number }> | null;
}

export interface Submission {
  /** The path as the user gave it. */
  path: string;
  manifest: ManifestFile;
  layers: Layer[];
  photos: Photo[];
  problems: ReadProblem[];
  /** Profile ua-1051: the exchange files as read (points, polylines, boundaries), for the ua/* rules. */
  ukraine?: import('./model/ukraine.js').UkraineExchange[];
  /** Profile kz-pcm: the turning-point files as read (lines, contours), for the kz/* rules. */
  kzPoints?: import('./model/kz.js').KzPointsFile[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  reference: string | null;
  layer: Role | null;
  file: string | null;
  featureIndex: number | null;
  featureId: string | null;
  location: Position | null;
  measured: number | null;
  limit: number | null;
  unit: string | null;
  geometry: Geometry | null;
}

/** Where a profile's land lies, in degrees (WGS 84): coordinates outside it are not plausible. */
export interface Extent {
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
}
