// Coordinate reference systems: recognise a definition by its parameters and reproject with proj4.
import proj4 from 'proj4';
import type { Geometry, Position } from '../model.js';

/** EPSG codes cadcheck knows by heart; anything else is used through its own WKT/proj4 text. */
const KNOWN_DEFINITIONS: Record<string, string> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:3857': '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
  'EPSG:32637': '+proj=utm +zone=37 +datum=WGS84 +units=m +no_defs',
  'EPSG:32638': '+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs',
  'EPSG:32639': '+proj=utm +zone=39 +datum=WGS84 +units=m +no_defs',
  'EPSG:2154': '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:2100': '+proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=0 +ellps=GRS80 +towgs84=-199.87,74.79,246.62,0,0,0,0 +units=m +no_defs',
  // UCS-2000 / Gauss-Kruger zones 4–7 (Ukraine, profile ua-1051), as PROJ's EPSG database gives them; no datum shift.
  'EPSG:5562': '+proj=tmerc +lat_0=0 +lon_0=21 +k=1 +x_0=4500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5563': '+proj=tmerc +lat_0=0 +lon_0=27 +k=1 +x_0=5500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5564': '+proj=tmerc +lat_0=0 +lon_0=33 +k=1 +x_0=6500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5565': '+proj=tmerc +lat_0=0 +lon_0=39 +k=1 +x_0=7500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:6381': '+proj=tmerc +lat_0=0 +lon_0=24 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};
for (const [code, definition] of Object.entries(KNOWN_DEFINITIONS)) proj4.defs(code, definition);

/** The parameters that make two definitions the same CRS, whatever they are called. */
interface CrsParameters {
  family: string;
  values: number[];
}

const PROJECTION_FAMILIES: Record<string, string> = {
  utm: 'tmerc', tmerc: 'tmerc', transverse_mercator: 'tmerc', etmerc: 'tmerc',
  longlat: 'longlat', latlong: 'longlat', identity: 'longlat',
  lcc: 'lcc', lambert_conformal_conic: 'lcc', lambert_conformal_conic_2sp: 'lcc',
  merc: 'merc', mercator: 'merc', popular_visualisation_pseudo_mercator: 'merc',
  'mercator_auxiliary_sphere': 'merc',
};

/**
 * ESRI .prj files name a datum without its TOWGS84 shift, which proj4 then treats as no datum at all;
 * the EPSG definition of the same CRS carries the shift. By datum name, the shift EPSG gives it, so an
 * ESRI "Greek_Grid" (GGRS87) .prj is recognised as EPSG:2100 instead of being moved ~250 m.
 */
const ESRI_DATUM_SHIFTS: Record<string, number[]> = {
  ggrs_1987: [-199.87, 74.79, 246.62],
};

function parametersOf(projection: proj4.ProjectionDefinition | Record<string, unknown>): CrsParameters | null {
  const p = projection as Record<string, unknown>;
  const name = (typeof p.projName === 'string' ? p.projName : '').toLowerCase();
  const family = PROJECTION_FAMILIES[name];
  if (!family) return null;
  const num = (key: string, fallback = 0): number => (typeof p[key] === 'number' && Number.isFinite(p[key]) ? p[key] : fallback);
  const datum = (p.datum as { datum_params?: number[] } | undefined)?.datum_params ?? ESRI_DATUM_SHIFTS[(typeof p.datumCode === 'string' ? p.datumCode : '').toLowerCase()] ?? [];
  const values = [num('a'), num('b'), num('long0'), num('lat0'), num('lat1'), num('lat2'), num('k0', 1), num('x0'), num('y0'), num('to_meter', 1),
    ...[0, 1, 2].map((i) => datum[i] ?? 0)];
  if (family === 'longlat') values.splice(2);
  return { family, values };
}

function sameParameters(a: CrsParameters, b: CrsParameters): boolean {
  if (a.family !== b.family || a.values.length !== b.values.length) return false;
  // Radians and metres written with 10-17 significant digits by different software: compare relatively.
  return a.values.every((value, i) => Math.abs(value - b.values[i]!) <= 1e-9 * Math.max(1, Math.abs(value)));
}

let knownParameters: Array<[string, CrsParameters]> | null = null;

/** Parse a WKT, proj4 string or CRS name; null when proj4 cannot make sense of it. */
export function parseCrs(definition: string): { code: string | null; proj4: string } | null {
  const named = normaliseCrsName(definition);
  if (named && KNOWN_DEFINITIONS[named]) return { code: named, proj4: KNOWN_DEFINITIONS[named] };
  let projection: proj4.ProjectionDefinition;
  try {
    projection = new proj4.Proj(definition);
  } catch {
    return null;
  }
  if (!projection || typeof (projection as unknown as Record<string, unknown>).projName !== 'string') return null;
  const parameters = parametersOf(projection);
  knownParameters ??= Object.keys(KNOWN_DEFINITIONS).map((code) => [code, parametersOf(new proj4.Proj(code) as unknown as proj4.ProjectionDefinition)!]);
  const match = parameters ? knownParameters.find(([, known]) => sameParameters(parameters, known)) : undefined;
  // A recognised CRS is reprojected with cadcheck's own definition: an ESRI .prj may name a datum
  // without its shift (the Greek grid lands ~250 m off), while the parameters matched EPSG's.
  return { code: match ? match[0] : null, proj4: match ? KNOWN_DEFINITIONS[match[0]]! : definition };
}

/** 'urn:ogc:def:crs:EPSG::32638', 'EPSG:32638', 'epsg:32638', 'CRS84' → 'EPSG:…'. */
export function normaliseCrsName(name: string): string | null {
  const text = name.trim();
  if (/^(urn:ogc:def:crs:OGC:1\.3:)?CRS84$/i.test(text)) return 'EPSG:4326';
  const epsg = /^(?:urn:ogc:def:crs:EPSG:[\d.]*:|EPSG:{1,2}|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/0\/)(\d+)$/i.exec(text);
  return epsg ? `EPSG:${epsg[1]}` : null;
}

/** Whether a known EPSG code is geographic (longitude/latitude in degrees): never a CRS to measure in. */
export function isGeographic(code: string): boolean {
  return /\+proj=(longlat|latlong)\b/.test(definitionOf(code));
}

/** Whether an EPSG code is one cadcheck knows by heart and projected in metres. */
export function isKnownMetric(code: string): boolean {
  const definition = KNOWN_DEFINITIONS[code];
  return definition !== undefined && /\+units=m\b/.test(definition) && !/\+proj=(longlat|latlong)\b/.test(definition);
}

/** The proj4 definition for a known EPSG code (the profile CRS). */
export function definitionOf(code: string): string {
  const definition = KNOWN_DEFINITIONS[code];
  if (!definition) throw new Error(`unknown CRS ${code}`);
  return definition;
}

export type PointTransform = (position: Position) => Position;

export function makeTransform(from: string, to: string): PointTransform {
  const converter = proj4(from, to);
  // A non-finite coordinate stays as it is: geometry/valid and input/coordinates-plausible name it.
  return (position) =>
    Number.isFinite(position[0]) && Number.isFinite(position[1])
      ? converter.forward<Position>([position[0], position[1]])
      : position;
}

/** A copy of a GeoJSON geometry with every position transformed. */
export function transformGeometry(geometry: Geometry, transform: PointTransform): Geometry {
  const mapPositions = (coordinates: unknown): unknown =>
    typeof (coordinates as unknown[])[0] === 'number'
      ? transform(coordinates as Position)
      : (coordinates as unknown[]).map(mapPositions);
  if (geometry.type === 'GeometryCollection') {
    return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => transformGeometry(g, transform)) };
  }
  return { type: geometry.type, coordinates: mapPositions(geometry.coordinates) } as Geometry;
}
