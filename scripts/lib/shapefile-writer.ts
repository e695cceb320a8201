// Writes ESRI shapefiles (.shp/.shx/.dbf, optional .prj/.cpg) byte-for-byte deterministically, so binary fixtures can be generated from reviewable scripts.
//
// Follows the ESRI Shapefile Technical Description (July 1998) and the dBASE III
// table format. Only 2D shape types 1 (Point), 3 (PolyLine) and 5 (Polygon) are
// written; Z and M values in the input are dropped.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Position = number[];

/** The GeoJSON geometries the writer accepts (RFC 7946, without GeometryCollection). */
export type GeoJsonGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type DbfFieldType = 'C' | 'N' | 'F' | 'L' | 'D';

export interface DbfField {
  name: string;
  type: DbfFieldType;
  /** Width in bytes. D must be 8 and L must be 1. */
  length: number;
  /** Digits after the decimal point, N and F only. */
  decimals?: number;
}

export type DbfValue = string | number | boolean | null;

export type DbfEncoding = 'utf-8' | 'windows-1251' | 'latin1';

export interface ShapefileInput {
  /** Shape type 1, 3 or 5; Multi* geometries go into the same shape type as several parts. */
  geometryType: 'Point' | 'LineString' | 'Polygon';
  features: Array<{ geometry: GeoJsonGeometry | null; properties: Record<string, DbfValue> }>;
  fields: DbfField[];
  /** WKT text for the .prj; omitted → no .prj file. */
  prj?: string;
  /** Text for the .cpg (e.g. 'UTF-8', '1251'); omitted → no .cpg file. */
  cpg?: string;
  /** How DBF strings (and field names) are encoded; default utf-8. */
  encoding?: DbfEncoding;
  /**
   * DBF header byte 29. Defaults to the code matching `encoding` (0x00 for utf-8,
   * 0xC9 for windows-1251, 0x57 for latin1); override it to build fixtures whose
   * language driver disagrees with the .cpg or the real encoding.
   */
  languageDriverId?: number;
}

export interface EncodedShapefile {
  shp: Buffer;
  shx: Buffer;
  dbf: Buffer;
  prj?: Buffer;
  cpg?: Buffer;
}

const SHAPE_TYPE_CODE = { Null: 0, Point: 1, LineString: 3, Polygon: 5 } as const;

/** A fixed "last update" date: today's date would make every regeneration a diff. */
const DBF_LAST_UPDATE = { year: 2024, month: 5, day: 16 } as const;

/**
 * Language driver ids as ArcGIS writes them and GDAL reads them. There is no
 * dBASE code for UTF-8; the .cpg carries that, so 0 ("not specified") is honest.
 * 0x57 is ESRI's "ANSI", which GDAL reads as ISO-8859-1.
 */
const DEFAULT_LANGUAGE_DRIVER: Record<DbfEncoding, number> = {
  'utf-8': 0x00,
  'windows-1251': 0xc9,
  latin1: 0x57,
};

const FILE_HEADER_BYTES = 100;
const RECORD_HEADER_BYTES = 8;

export function encodeShapefile(input: ShapefileInput): EncodedShapefile {
  const shapes = input.features.map((feature, index) => shapePartsOf(feature.geometry, input.geometryType, index));
  const { shp, shx } = encodeShpAndShx(shapes, SHAPE_TYPE_CODE[input.geometryType]);
  const encoding = input.encoding ?? 'utf-8';
  const dbf = encodeDbf(
    input.fields,
    input.features.map((feature) => feature.properties),
    encoding,
    input.languageDriverId ?? DEFAULT_LANGUAGE_DRIVER[encoding],
  );
  const encoded: EncodedShapefile = { shp, shx, dbf };
  if (input.prj !== undefined) encoded.prj = Buffer.from(input.prj, 'utf8');
  if (input.cpg !== undefined) encoded.cpg = Buffer.from(input.cpg, 'utf8');
  return encoded;
}

/** Writes basePath + '.shp', '.shx', '.dbf' (and '.prj'/'.cpg' when given), creating the folder. */
export function writeShapefile(basePath: string, input: ShapefileInput): void {
  const encoded = encodeShapefile(input);
  mkdirSync(dirname(basePath), { recursive: true });
  writeFileSync(`${basePath}.shp`, encoded.shp);
  writeFileSync(`${basePath}.shx`, encoded.shx);
  writeFileSync(`${basePath}.dbf`, encoded.dbf);
  // A .prj/.cpg left over from an earlier generation would silently change what
  // the fixture means, so "omitted" removes it.
  for (const extension of ['prj', 'cpg'] as const) {
    const path = `${basePath}.${extension}`;
    const content = encoded[extension];
    if (content === undefined) rmSync(path, { force: true });
    else writeFileSync(path, content);
  }
}

// ---------------------------------------------------------------------------
// Geometry → parts

/** A shape as the .shp stores it: a list of parts, each a list of [x, y]; null for a null shape. */
type ShapeParts = Array<Array<[number, number]>> | null;

function shapePartsOf(
  geometry: GeoJsonGeometry | null,
  geometryType: ShapefileInput['geometryType'],
  featureIndex: number,
): ShapeParts {
  if (geometry === null) return null;
  const mismatch = (): Error =>
    new Error(`feature ${featureIndex}: a ${geometry.type} cannot go into a ${geometryType} shapefile`);
  let parts: Array<Array<[number, number]>>;
  switch (geometryType) {
    case 'Point': {
      if (geometry.type === 'Point') parts = [[xyOf(geometry.coordinates, featureIndex)]];
      else if (geometry.type === 'MultiPoint') {
        // Shape type 1 holds exactly one point; several would need type 8 (MultiPoint).
        if (geometry.coordinates.length > 1) {
          throw new Error(`feature ${featureIndex}: a MultiPoint with ${geometry.coordinates.length} points cannot go into a Point shapefile`);
        }
        parts = geometry.coordinates.map((position) => [xyOf(position, featureIndex)]);
      } else throw mismatch();
      break;
    }
    case 'LineString': {
      let lines: Position[][];
      if (geometry.type === 'LineString') lines = [geometry.coordinates];
      else if (geometry.type === 'MultiLineString') lines = geometry.coordinates;
      else throw mismatch();
      parts = lines.map((line) => line.map((position) => xyOf(position, featureIndex)));
      break;
    }
    case 'Polygon': {
      let polygons: Position[][][];
      if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
      else if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
      else throw mismatch();
      parts = polygons.flatMap((rings) =>
        rings
          .filter((ring) => ring.length > 0)
          .map((ring, ringIndex) =>
            orientRing(closeRing(ring.map((position) => xyOf(position, featureIndex))), ringIndex === 0),
          ),
      );
      break;
    }
  }
  parts = parts.filter((part) => part.length > 0);
  // An empty geometry has nothing to bound, so it is written as a null shape.
  return parts.length === 0 ? null : parts;
}

function xyOf(position: Position, featureIndex: number): [number, number] {
  const [x, y] = position;
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Error(`feature ${featureIndex}: coordinate ${JSON.stringify(position)} is not a finite [x, y]`);
  }
  return [x, y];
}

function closeRing(ring: Array<[number, number]>): Array<[number, number]> {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return ring;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

/**
 * The shapefile spec wants outer rings clockwise and holes counter-clockwise —
 * the opposite of RFC 7946 GeoJSON — and readers use the orientation to tell a
 * hole from an island, so the input's orientation is never trusted.
 */
function orientRing(ring: Array<[number, number]>, isOuter: boolean): Array<[number, number]> {
  const area = signedArea(ring);
  const isClockwise = area < 0;
  if (area === 0 || isClockwise === isOuter) return ring;
  return [...ring].reverse();
}

/** Shoelace area with y pointing up: positive means counter-clockwise. */
function signedArea(ring: Array<[number, number]>): number {
  let twiceArea = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    twiceArea += x0 * y1 - x1 * y0;
  }
  return twiceArea / 2;
}

// ---------------------------------------------------------------------------
// .shp and .shx

interface BoundingBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function encodeShpAndShx(shapes: ShapeParts[], shapeTypeCode: number): { shp: Buffer; shx: Buffer } {
  const contents = shapes.map((parts) => encodeShapeContent(parts, shapeTypeCode));
  const shpBytes = FILE_HEADER_BYTES + contents.reduce((sum, content) => sum + RECORD_HEADER_BYTES + content.length, 0);
  const shxBytes = FILE_HEADER_BYTES + RECORD_HEADER_BYTES * contents.length;

  // The file bounding box covers the non-null shapes only; with none it stays 0.
  const fileBox = boundingBoxOf(shapes.flatMap((parts) => parts ?? []).flat());

  const shp = Buffer.alloc(shpBytes);
  const shx = Buffer.alloc(shxBytes);
  writeFileHeader(shp, shpBytes, shapeTypeCode, fileBox);
  writeFileHeader(shx, shxBytes, shapeTypeCode, fileBox);

  let offset = FILE_HEADER_BYTES;
  contents.forEach((content, index) => {
    // Offsets and lengths in both files count 16-bit words, big-endian.
    shx.writeInt32BE(offset / 2, FILE_HEADER_BYTES + RECORD_HEADER_BYTES * index);
    shx.writeInt32BE(content.length / 2, FILE_HEADER_BYTES + RECORD_HEADER_BYTES * index + 4);
    shp.writeInt32BE(index + 1, offset); // record numbers start at 1
    shp.writeInt32BE(content.length / 2, offset + 4);
    content.copy(shp, offset + RECORD_HEADER_BYTES);
    offset += RECORD_HEADER_BYTES + content.length;
  });
  return { shp, shx };
}

function writeFileHeader(buffer: Buffer, fileBytes: number, shapeTypeCode: number, box: BoundingBox | null): void {
  buffer.writeInt32BE(9994, 0); // file code
  buffer.writeInt32BE(fileBytes / 2, 24);
  buffer.writeInt32LE(1000, 28); // version
  buffer.writeInt32LE(shapeTypeCode, 32);
  if (box !== null) {
    buffer.writeDoubleLE(box.xMin, 36);
    buffer.writeDoubleLE(box.yMin, 44);
    buffer.writeDoubleLE(box.xMax, 52);
    buffer.writeDoubleLE(box.yMax, 60);
  }
  // Zmin, Zmax, Mmin, Mmax (68–99) stay 0 for 2D shape types.
}

function encodeShapeContent(parts: ShapeParts, shapeTypeCode: number): Buffer {
  if (parts === null) {
    const content = Buffer.alloc(4);
    content.writeInt32LE(SHAPE_TYPE_CODE.Null, 0);
    return content;
  }
  if (shapeTypeCode === SHAPE_TYPE_CODE.Point) {
    const [x, y] = parts[0]![0]!;
    const content = Buffer.alloc(20);
    content.writeInt32LE(shapeTypeCode, 0);
    content.writeDoubleLE(x, 4);
    content.writeDoubleLE(y, 12);
    return content;
  }
  // PolyLine and Polygon share one layout: type, box, part count, point count,
  // the index of each part's first point, then all points.
  const points = parts.flat();
  const box = boundingBoxOf(points)!;
  const content = Buffer.alloc(44 + 4 * parts.length + 16 * points.length);
  content.writeInt32LE(shapeTypeCode, 0);
  content.writeDoubleLE(box.xMin, 4);
  content.writeDoubleLE(box.yMin, 12);
  content.writeDoubleLE(box.xMax, 20);
  content.writeDoubleLE(box.yMax, 28);
  content.writeInt32LE(parts.length, 36);
  content.writeInt32LE(points.length, 40);
  let offset = 44;
  let firstPointIndex = 0;
  for (const part of parts) {
    content.writeInt32LE(firstPointIndex, offset);
    offset += 4;
    firstPointIndex += part.length;
  }
  for (const [x, y] of points) {
    content.writeDoubleLE(x, offset);
    content.writeDoubleLE(y, offset + 8);
    offset += 16;
  }
  return content;
}

function boundingBoxOf(points: Array<[number, number]>): BoundingBox | null {
  if (points.length === 0) return null;
  const box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (const [x, y] of points) {
    box.xMin = Math.min(box.xMin, x);
    box.yMin = Math.min(box.yMin, y);
    box.xMax = Math.max(box.xMax, x);
    box.yMax = Math.max(box.yMax, y);
  }
  return box;
}

// ---------------------------------------------------------------------------
// .dbf (dBASE III)

const DBF_HEADER_BYTES = 32;
const DBF_FIELD_DESCRIPTOR_BYTES = 32;
const DBF_HEADER_TERMINATOR = 0x0d;
const DBF_END_OF_FILE = 0x1a;
const SPACE = 0x20;

function encodeDbf(
  fields: DbfField[],
  records: Array<Record<string, DbfValue>>,
  encoding: DbfEncoding,
  languageDriverId: number,
): Buffer {
  const encodeText = textEncoderFor(encoding);
  const fieldNames = fields.map((field) => encodeFieldName(field, encodeText));
  fields.forEach(checkFieldShape);
  const headerBytes = DBF_HEADER_BYTES + DBF_FIELD_DESCRIPTOR_BYTES * fields.length + 1;
  const recordBytes = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  if (recordBytes > 0xffff) throw new Error(`DBF record of ${recordBytes} bytes exceeds the 65535-byte limit`);
  if (!Number.isInteger(languageDriverId) || languageDriverId < 0 || languageDriverId > 0xff) {
    throw new Error(`language driver id ${languageDriverId} is not a byte`);
  }

  const dbf = Buffer.alloc(headerBytes + recordBytes * records.length + 1);
  dbf.writeUInt8(0x03, 0); // dBASE III without memo
  dbf.writeUInt8(DBF_LAST_UPDATE.year - 1900, 1);
  dbf.writeUInt8(DBF_LAST_UPDATE.month, 2);
  dbf.writeUInt8(DBF_LAST_UPDATE.day, 3);
  dbf.writeUInt32LE(records.length, 4);
  dbf.writeUInt16LE(headerBytes, 8);
  dbf.writeUInt16LE(recordBytes, 10);
  dbf.writeUInt8(languageDriverId, 29);

  fields.forEach((field, index) => {
    const at = DBF_HEADER_BYTES + DBF_FIELD_DESCRIPTOR_BYTES * index;
    fieldNames[index]!.copy(dbf, at); // NUL-padded to 11 bytes by Buffer.alloc
    dbf.write(field.type, at + 11, 'latin1');
    dbf.writeUInt8(field.length, at + 16);
    dbf.writeUInt8(field.decimals ?? 0, at + 17);
  });
  dbf.writeUInt8(DBF_HEADER_TERMINATOR, headerBytes - 1);

  records.forEach((properties, recordIndex) => {
    let at = headerBytes + recordBytes * recordIndex;
    dbf.writeUInt8(SPACE, at); // deletion flag: ' ' live, '*' deleted
    at += 1;
    for (const field of fields) {
      const cell = encodeCell(field, properties[field.name] ?? null, encodeText, encoding, recordIndex);
      cell.copy(dbf, at);
      at += field.length;
    }
  });
  dbf.writeUInt8(DBF_END_OF_FILE, dbf.length - 1);
  return dbf;
}

function encodeFieldName(field: DbfField, encodeText: (text: string) => Buffer): Buffer {
  const name = encodeText(field.name);
  // 11 bytes in the descriptor, the last one reserved for the NUL terminator.
  if (name.length === 0 || name.length > 10 || name.includes(0)) {
    throw new Error(`DBF field name '${field.name}' must be 1–10 bytes without NUL (it is ${name.length} bytes)`);
  }
  return name;
}

function checkFieldShape(field: DbfField): void {
  const { name, type, length } = field;
  const decimals = field.decimals ?? 0;
  if (!Number.isInteger(length) || length < 1 || length > 254) {
    throw new Error(`DBF field '${name}': length ${length} is not 1–254`);
  }
  if (type === 'D' && length !== 8) throw new Error(`DBF field '${name}': a D field is 8 bytes (YYYYMMDD), not ${length}`);
  if (type === 'L' && length !== 1) throw new Error(`DBF field '${name}': an L field is 1 byte, not ${length}`);
  const isNumeric = type === 'N' || type === 'F';
  // Decimals need room for at least '0.' in front of them.
  const decimalsFit = isNumeric ? decimals === 0 || decimals <= length - 2 : decimals === 0;
  if (!Number.isInteger(decimals) || decimals < 0 || !decimalsFit) {
    throw new Error(`DBF field '${name}': ${decimals} decimals do not fit a ${type} field of length ${length}`);
  }
}

function encodeCell(
  field: DbfField,
  value: DbfValue,
  encodeText: (text: string) => Buffer,
  encoding: DbfEncoding,
  recordIndex: number,
): Buffer {
  const cell = Buffer.alloc(field.length, SPACE); // null → blanks, in every type
  if (value === null) return cell;
  const where = `record ${recordIndex}, field '${field.name}'`;
  switch (field.type) {
    case 'C': {
      const bytes = truncateBytes(encodeText(String(value)), field.length, encoding);
      bytes.copy(cell, 0); // left-aligned, space-padded
      return cell;
    }
    case 'N':
    case 'F': {
      const text = numberText(value, field.decimals ?? 0, where);
      if (text.length > field.length) throw new Error(`${where}: '${text}' is wider than ${field.length} bytes`);
      cell.write(text, field.length - text.length, 'latin1'); // right-aligned
      return cell;
    }
    case 'L': {
      if (typeof value === 'boolean') cell.write(value ? 'T' : 'F', 0, 'latin1');
      else if (typeof value === 'string' && /^[TFYN?]$/i.test(value)) cell.write(value, 0, 'latin1');
      else throw new Error(`${where}: ${JSON.stringify(value)} is not a logical value`);
      return cell;
    }
    case 'D': {
      const match = typeof value === 'string' ? /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value) : null;
      if (match === null) throw new Error(`${where}: ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
      cell.write(`${match[1]}${match[2]}${match[3]}`, 0, 'latin1');
      return cell;
    }
  }
}

/** A number is formatted with the field's decimals; a string is written as given, so fixtures can hold odd numeric text. */
function numberText(value: string | number | boolean, decimals: number, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${where}: ${JSON.stringify(value)} is not a finite number`);
  }
  return value.toFixed(decimals);
}

/** Cuts to the field width in bytes, never inside a UTF-8 sequence (which readers would decode as U+FFFD). */
function truncateBytes(bytes: Buffer, maxBytes: number, encoding: DbfEncoding): Buffer {
  if (bytes.length <= maxBytes) return bytes;
  let cut = maxBytes;
  if (encoding === 'utf-8') {
    while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--; // 10xxxxxx continues a sequence
  }
  return bytes.subarray(0, cut);
}

function textEncoderFor(encoding: DbfEncoding): (text: string) => Buffer {
  if (encoding === 'utf-8') return (text) => Buffer.from(text, 'utf8');
  const byteOfCodePoint = encoding === 'latin1' ? latin1Table() : windows1251Table();
  return (text) =>
    Buffer.from(
      Array.from(text, (character) => {
        const codePoint = character.codePointAt(0)!;
        const byte = codePoint < 0x80 ? codePoint : byteOfCodePoint.get(codePoint);
        // A '?' substitute would hide a mistake in the fixture script.
        if (byte === undefined) throw new Error(`'${character}' cannot be encoded in ${encoding}`);
        return byte;
      }),
    );
}

function latin1Table(): Map<number, number> {
  const table = new Map<number, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(byte, byte);
  return table;
}

let windows1251ByCodePoint: Map<number, number> | undefined;

/** Node has no windows-1251 encoder, only a decoder, so the table is the decoder inverted. */
function windows1251Table(): Map<number, number> {
  if (windows1251ByCodePoint === undefined) {
    const decoder = new TextDecoder('windows-1251');
    windows1251ByCodePoint = new Map();
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const codePoint = decoder.decode(Uint8Array.of(byte)).codePointAt(0)!;
      if (codePoint !== 0xfffd) windows1251ByCodePoint.set(codePoint, byte);
    }
  }
  return windows1251ByCodePoint;
}
