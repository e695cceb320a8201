// GeoJSON layer reader: features, their properties and the (pre-RFC 7946) `crs` member.
import { constants } from 'node:buffer';
import { DEFAULT_LIMITS, limitKey, type Limits } from '../model/limits.js';
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

/**
 * The deepest nesting of arrays and objects, found by one pass over the text (strings skipped), so a
 * file nested 100,000 deep is refused before JSON.parse builds it and before any reader recurses into it.
 */
export function jsonNestingDepth(text: string, stopAbove: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest && (deepest = depth) > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/**
 * The longest text V8 can hold (536,870,888 characters in Node 20 on 64 bits), a little under limits.maxFileBytes'
 * default: a JSON file between the two passed the size check and crashed Buffer.toString. UTF-8 never decodes to
 * more characters than it has bytes, so a file no longer than this always decodes.
 */
export const MAX_JSON_TEXT_BYTES = constants.MAX_STRING_LENGTH;

export function parseJsonText(bytes: Buffer, limits: Limits = DEFAULT_LIMITS, maxTextBytes = MAX_JSON_TEXT_BYTES): unknown {
  const tooLong = (): UnreadableFile =>
    new UnreadableFile(`it is ${bytes.length} bytes, more than the longest text JavaScript can hold (${maxTextBytes} characters), so it cannot be read as JSON`);
  if (bytes.length > maxTextBytes) throw tooLong();
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_STRING_TOO_LONG') throw tooLong();
    throw error;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (jsonNestingDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
    throw new UnreadableFile(`its JSON is nested more than ${limits.maxJsonDepth} levels deep (${limitKey('maxJsonDepth')})`);
  }
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

/** How deep positions sit in each geometry type's coordinates (0 = the coordinates are one position). */
const POSITION_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && value.every((n) => typeof n === 'number');
}

/**
 * Counts the positions of `coordinates`, or returns -1 when they are not nested `depth` arrays deep around positions.
 * Each position is cut to [x, y] on the way: cadcheck measures in the plane, and a ring whose first position is
 * [x, y, z, m] and whose last is [x, y] is closed in the plane but not to jsts, which would crash the rules.
 */
function countPositions(coordinates: unknown, depth: number): number {
  // An empty position list ([]) is an empty geometry: geometry/empty reports it.
  if (depth === 0) {
    if (!isPosition(coordinates)) return Array.isArray(coordinates) && coordinates.length === 0 ? 0 : -1;
    (coordinates as number[]).length = 2;
    return 1;
  }
  if (!Array.isArray(coordinates)) return -1;
  let total = 0;
  for (const part of coordinates) {
    const count = countPositions(part, depth - 1);
    if (count < 0) return -1;
    total += count;
  }
  return total;
}

/** Checks the geometry's shape (so no rule meets a ring of strings) and returns its vertex count. */
function checkGeometry(value: unknown, where: string): number {
  const geometry = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (!geometry || typeof geometry !== 'object' || typeof geometry.type !== 'string' || !GEOMETRY_TYPES.has(geometry.type)) {
    throw new UnreadableFile(`${where} has no valid geometry type`);
  }
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) throw new UnreadableFile(`${where} has a GeometryCollection without geometries`);
    return geometry.geometries.reduce((total: number, member) => total + checkGeometry(member, where), 0);
  }
  if (!Array.isArray(geometry.coordinates)) throw new UnreadableFile(`${where} has a ${geometry.type} without coordinates`);
  const vertices = countPositions(geometry.coordinates, POSITION_DEPTH[geometry.type]!);
  if (vertices < 0) throw new UnreadableFile(`${where} has a ${geometry.type} whose coordinates are not nested arrays of [x, y] numbers`);
  return vertices;
}

function toGeometry(value: unknown, where: string, limits: Limits): Geometry | null {
  if (value === null || value === undefined) return null;
  const vertices = checkGeometry(value, where);
  if (vertices > limits.maxVertices) throw new UnreadableFile(`${where} has ${vertices} vertices, more than the ${limits.maxVertices} allowed (${limitKey('maxVertices')})`);
  return value as Geometry;
}

export function readGeoJson(bytes: Buffer, limits: Limits = DEFAULT_LIMITS): GeoJsonContent {
  const root = parseJsonText(bytes, limits) as { type?: unknown; features?: unknown; crs?: unknown };
  if (!root || typeof root !== 'object') throw new UnreadableFile('it is not a GeoJSON object');
  let rawFeatures: unknown[];
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) rawFeatures = root.features;
  else if (root.type === 'Feature') rawFeatures = [root];
  else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) rawFeatures = [{ type: 'Feature', geometry: root, properties: {} }];
  else throw new UnreadableFile('it is not a GeoJSON FeatureCollection, Feature or geometry');
  if (rawFeatures.length > limits.maxFeatures) throw new UnreadableFile(`it has ${rawFeatures.length} features, more than the ${limits.maxFeatures} allowed (${limitKey('maxFeatures')})`);

  const fieldNames = new Set<string>();
  const geometryTypes = new Set<string>();
  const records = rawFeatures.map((raw, index) => {
    const feature = raw as { type?: unknown; geometry?: unknown; properties?: unknown };
    if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') throw new UnreadableFile(`feature ${index} is not a GeoJSON Feature`);
    const geometry = toGeometry(feature.geometry, `feature ${index}`, limits);
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
