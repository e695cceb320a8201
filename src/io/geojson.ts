// GeoJSON layer reader: features, their properties and the (pre-RFC 7946) `crs` member.
import type { Geometry } from '../model.js';
import { UnreadableFile } from './shapefile.js';

export interface GeoJsonContent {
  geometryType: string | null;
  records: Array<{ geometry: Geometry | null; properties: Record<string, unknown> }>;
  fields: string[];
  /** The `crs` member's name or link, or null when there is none (RFC 7946: then it is EPSG:4326). */
  crsName: string | null;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

export function parseJsonText(bytes: Buffer): unknown {
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UnreadableFile(`it is not valid JSON (${(error as Error).message})`);
  }
}

function crsNameOf(crs: unknown): string | null {
  if (!crs || typeof crs !== 'object') return null;
  const properties = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  if (typeof properties.name === 'string') return properties.name;
  if (typeof properties.href === 'string') return properties.href;
  if (typeof properties.code === 'number' || typeof properties.code === 'string') return `EPSG:${properties.code}`;
  return null;
}

function toGeometry(value: unknown, where: string): Geometry | null {
  if (value === null || value === undefined) return null;
  const geometry = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof geometry.type !== 'string' || !GEOMETRY_TYPES.has(geometry.type)) {
    throw new UnreadableFile(`${where} has no valid geometry type`);
  }
  if (geometry.type === 'GeometryCollection' ? !Array.isArray(geometry.geometries) : !Array.isArray(geometry.coordinates)) {
    throw new UnreadableFile(`${where} has a ${geometry.type} without coordinates`);
  }
  return geometry as Geometry;
}

export function readGeoJson(bytes: Buffer): GeoJsonContent {
  const root = parseJsonText(bytes) as { type?: unknown; features?: unknown; crs?: unknown };
  if (!root || typeof root !== 'object') throw new UnreadableFile('it is not a GeoJSON object');
  let rawFeatures: unknown[];
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) rawFeatures = root.features;
  else if (root.type === 'Feature') rawFeatures = [root];
  else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) rawFeatures = [{ type: 'Feature', geometry: root, properties: {} }];
  else throw new UnreadableFile('it is not a GeoJSON FeatureCollection, Feature or geometry');

  const fieldNames = new Set<string>();
  const geometryTypes = new Set<string>();
  const records = rawFeatures.map((raw, index) => {
    const feature = raw as { type?: unknown; geometry?: unknown; properties?: unknown };
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') throw new UnreadableFile(`feature ${index} is not a GeoJSON Feature`);
    const geometry = toGeometry(feature.geometry, `feature ${index}`);
    const properties = feature.properties && typeof feature.properties === 'object' ? (feature.properties as Record<string, unknown>) : {};
    Object.keys(properties).forEach((name) => fieldNames.add(name));
    if (geometry) geometryTypes.add(geometry.type);
    return { geometry, properties };
  });
  return {
    geometryType: geometryTypes.size === 0 ? null : [...geometryTypes].join('/'),
    records,
    fields: [...fieldNames],
    crsName: crsNameOf(root.crs),
  };
}
