// Shapefile reader: checks the .shp/.shx/.dbf structure itself, then lets the `shapefile` package parse.
import * as shapefile from 'shapefile';
import { DEFAULT_LIMITS, limitKey, type Limits } from '../model/limits.js';
import type { Geometry } from '../model.js';

export interface ShapefileParts {
  shp: Buffer;
  shx: Buffer | null;
  dbf: Buffer | null;
  cpg: string | null;
}

export interface ShapefileContent {
  shapeType: number;
  geometryType: string | null;
  records: Array<{ geometry: Geometry | null; properties: Record<string, unknown> }>;
  fields: string[];
  encoding: { name: string; declared: boolean; nonAscii: boolean };
}

/** Thrown for a file that cannot be read; the message says why, in a surveyor's words. */
export class UnreadableFile extends Error {}

const SHAPE_TYPE_NAMES: Record<number, string> = {
  0: 'Null', 1: 'Point', 3: 'LineString', 5: 'Polygon', 8: 'MultiPoint',
  11: 'Point', 13: 'LineString', 15: 'Polygon', 18: 'MultiPoint',
  21: 'Point', 23: 'LineString', 25: 'Polygon', 28: 'MultiPoint',
};

/** The label if this Node can decode it (WHATWG labels), else null. */
function decodable(label: string): string | null {
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null;
  }
}

/** .cpg contents as written by ArcGIS, QGIS and others → a WHATWG encoding label, or null when unsupported. */
export function encodingFromCpg(cpg: string): string | null {
  const text = cpg.trim().toLowerCase().replace(/^ansi\s*/, '');
  if (/^utf-?8$/.test(text) || text === '65001') return 'utf-8';
  const codePage = /^(?:cp|windows-?|ms)?(\d{3,4})$/.exec(text);
  // Only real code pages: "437" must not become a made-up "windows-437" that fails later.
  if (codePage) return decodable(codePage[1] === '866' ? 'ibm866' : `windows-${codePage[1]}`);
  // ArcGIS writes ISO 8859 parts as "88595"; GDAL reads it the same way.
  const iso = /^(?:iso[-_ ]?)?8859[-_ ]?(\d{1,2})$/.exec(text);
  if (iso) return decodable(`iso-8859-${iso[1]}`);
  return decodable(text);
}

const PART_TYPES = new Set([3, 5, 13, 15, 23, 25]);
const MULTIPOINT_TYPES = new Set([8, 18, 28]);

/**
 * A record's point and part counts must fit its own length, so the `shapefile` package never reads
 * past a record (or allocates for a count that is a lie); returns the record's vertex count.
 */
function checkRecordContent(shp: Buffer, offset: number, contentBytes: number, fileType: number, recordNumber: number, limits: Limits): number {
  const where = `record ${recordNumber} at byte ${offset}`;
  const type = shp.readInt32LE(offset + 8);
  if (type === 0) return 0;
  if (type !== fileType) throw new UnreadableFile(`${where} has shape type ${type} in a file of shape type ${fileType}`);
  if (PART_TYPES.has(type) || MULTIPOINT_TYPES.has(type)) {
    const hasParts = PART_TYPES.has(type);
    const fixed = hasParts ? 44 : 40;
    if (contentBytes < fixed) throw new UnreadableFile(`${where} is ${contentBytes} bytes, too short for its shape`);
    const parts = hasParts ? shp.readInt32LE(offset + 8 + 36) : 0;
    const points = shp.readInt32LE(offset + 8 + (hasParts ? 40 : 36));
    if (points > limits.maxVertices) throw new UnreadableFile(`${where} has ${points} vertices, more than the ${limits.maxVertices} allowed (${limitKey('maxVertices')})`);
    if (parts < 0 || points < 0 || fixed + 4 * parts + 16 * points > contentBytes) {
      throw new UnreadableFile(`${where} declares ${parts} parts and ${points} points, more than its ${contentBytes} bytes can hold`);
    }
    for (let part = 0, previous = 0; part < parts; part++) {
      const start = shp.readInt32LE(offset + 8 + 44 + 4 * part);
      if (start < previous || start >= points) throw new UnreadableFile(`${where} has part ${part} starting at point ${start}, outside its ${points} points`);
      previous = start;
    }
    return points;
  }
  if (contentBytes < 20) throw new UnreadableFile(`${where} is ${contentBytes} bytes, too short for a point`);
  return 1;
}

/** Walk the record headers: they must tile the file exactly, or records are missing or damaged. */
function countShpRecords(shp: Buffer, limits: Limits = DEFAULT_LIMITS): number {
  if (shp.length < 100) throw new UnreadableFile(`the .shp is ${shp.length} bytes, shorter than its 100-byte header`);
  if (shp.readInt32BE(0) !== 9994) throw new UnreadableFile('the .shp does not start with the shapefile file code 9994');
  const fileType = shp.readInt32LE(32);
  if (!(fileType in SHAPE_TYPE_NAMES)) throw new UnreadableFile(`the .shp has unknown shape type ${fileType}`);
  const declaredBytes = shp.readInt32BE(24) * 2;
  if (declaredBytes !== shp.length) {
    throw new UnreadableFile(`the .shp header says ${declaredBytes} bytes but the file has ${shp.length} (truncated or padded)`);
  }
  let offset = 100;
  let count = 0;
  while (offset < shp.length) {
    if (offset + 8 > shp.length) throw new UnreadableFile(`record ${count + 1} header is cut off at byte ${offset}`);
    const contentBytes = shp.readInt32BE(offset + 4) * 2;
    if (contentBytes < 4 || offset + 8 + contentBytes > shp.length) {
      throw new UnreadableFile(`record ${count + 1} at byte ${offset} declares ${contentBytes} bytes, past the end of the file`);
    }
    if (count >= limits.maxFeatures) throw new UnreadableFile(`the .shp has more than ${limits.maxFeatures} features (${limitKey('maxFeatures')})`);
    checkRecordContent(shp, offset, contentBytes, fileType, count + 1, limits);
    offset += 8 + contentBytes;
    count += 1;
  }
  return count;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Without a .cpg, UTF-8 is tried first and the profile's legacy code page second (SUBMISSION.md). */
function chooseEncoding(dbf: Buffer | null, cpg: string | null, legacyEncoding: string): ShapefileContent['encoding'] {
  const body = dbf && dbf.length >= 32 ? dbf.subarray(Math.min(dbf.readUInt16LE(8), dbf.length)) : Buffer.alloc(0);
  const nonAscii = hasNonAscii(body);
  if (cpg !== null) {
    const name = encodingFromCpg(cpg);
    if (!name) throw new UnreadableFile(`the .cpg names an unknown encoding "${cpg.trim().slice(0, 40)}"`);
    return { name, declared: true, nonAscii };
  }
  return { name: !nonAscii || isUtf8(body) ? 'utf-8' : legacyEncoding, declared: false, nonAscii };
}

export async function readShapefile(parts: ShapefileParts, legacyEncoding: string, limits: Limits = DEFAULT_LIMITS): Promise<ShapefileContent> {
  const records: ShapefileContent['records'] = [];
  const content = await streamShapefile(parts, legacyEncoding, limits, (record) => { records.push(record); });
  return { ...content, records };
}

/** A record as the `shapefile` package parses it. */
export type ShapefileRecord = ShapefileContent['records'][number];

/**
 * The file's records one at a time, in file order, each to `onRecord` (which may keep it or not: a shard reads a big
 * layer's boxes first, then only its tiles' parcels, src/io/submission.ts); the layer's own facts returned.
 */
export async function streamShapefile(parts: ShapefileParts, legacyEncoding: string, limits: Limits, onRecord: (record: ShapefileRecord, index: number) => void): Promise<Omit<ShapefileContent, 'records'>> {
  const recordCount = countShpRecords(parts.shp, limits);
  const shapeType = parts.shp.readInt32LE(32);
  if (!parts.shx) throw new UnreadableFile('the .shx index file is missing');
  if (parts.shx.length < 100 || (parts.shx.length - 100) % 8 !== 0) throw new UnreadableFile(`the .shx is damaged (${parts.shx.length} bytes)`);
  const indexCount = (parts.shx.length - 100) / 8;
  if (indexCount !== recordCount) throw new UnreadableFile(`the .shx indexes ${indexCount} records but the .shp has ${recordCount}`);
  if (!parts.dbf) throw new UnreadableFile('the .dbf attribute file is missing');
  if (parts.dbf.length < 32) throw new UnreadableFile(`the .dbf is ${parts.dbf.length} bytes, shorter than its header`);
  const dbfCount = parts.dbf.readUInt32LE(4);
  if (dbfCount !== recordCount) throw new UnreadableFile(`the .dbf has ${dbfCount} records but the .shp has ${recordCount}`);
  const headerBytes = parts.dbf.readUInt16LE(8);
  const recordBytes = parts.dbf.readUInt16LE(10);
  if (parts.dbf.length < headerBytes + dbfCount * recordBytes) {
    throw new UnreadableFile(`the .dbf is truncated: ${dbfCount} records of ${recordBytes} bytes need ${headerBytes + dbfCount * recordBytes} bytes, the file has ${parts.dbf.length}`);
  }
  const encoding = chooseEncoding(parts.dbf, parts.cpg, legacyEncoding);

  let read = 0;
  let fields: string[] | null = null;
  // What `onRecord` throws is the caller's, not a record that could not be decoded.
  let callerError: { error: unknown } | null = null;
  try {
    const source = await shapefile.open(new Uint8Array(parts.shp), new Uint8Array(parts.dbf), { encoding: encoding.name });
    for (let result = await source.read(); !result.done; result = await source.read()) {
      const record = { geometry: result.value.geometry ?? null, properties: result.value.properties ?? {} };
      fields ??= Object.keys(record.properties);
      if (read >= recordCount) throw new UnreadableFile('the .shp yields more records than it holds');
      try {
        onRecord(record, read++);
      } catch (error) {
        callerError = { error };
        throw error;
      }
    }
    fields ??= dbfFieldNames(parts.dbf, encoding.name);
  } catch (error) {
    if (error instanceof UnreadableFile || callerError) throw error;
    throw new UnreadableFile(`a record could not be decoded (${(error as Error).message})`);
  }
  if (read !== recordCount) throw new UnreadableFile(`only ${read} of ${recordCount} records could be decoded`);
  return { shapeType, geometryType: SHAPE_TYPE_NAMES[shapeType] ?? null, fields, encoding };
}

/** Field names straight from the .dbf header, for a layer with no records. */
function dbfFieldNames(dbf: Buffer, encoding: string): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder(encoding);
  for (let offset = 32; offset + 32 <= dbf.length && dbf[offset] !== 0x0d; offset += 32) {
    const raw = dbf.subarray(offset, offset + 11);
    const end = raw.indexOf(0);
    names.push(decoder.decode(raw.subarray(0, end < 0 ? 11 : end)));
  }
  return names;
}
