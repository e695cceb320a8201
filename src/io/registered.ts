// Reads the registry's parcels near a submission (--registered): GeoJSON, Shapefile or FlatGeobuf, into the profile CRS.
import { open, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { HttpReader, type RangeClient } from 'flatgeobuf/lib/mjs/http-reader.js';
import { fromByteBuffer as headerMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ByteBuffer } from 'flatbuffers';
import type { RegisteredParcels } from '../model/registered.js';
import type { ReadOptions } from '../model/read-options.js';
import { UserError } from '../errors.js';
import { definitionOf, makeTransform, normaliseCrsName, parseCrs, transformGeometry, type PointTransform } from '../geom/crs.js';
import { emptyBox, expandBox, expandBoxByGeometry, geometryBox, type Box } from '../geom/box.js';
import type { Feature, Geometry, Position, Submission } from '../model.js';
import { cadCodeOf } from '../model/cadastral-code.js';
import { checkFlatGeobufFeature, checkFlatGeobufHead, FlatGeobufDamage, NotFlatGeobuf } from './flatgeobuf-check.js';
import { readGeoJson } from './geojson.js';
import { isPostgresUrl, readPostgisParcels, redactPostgresUrl, type PostgisRegistryOptions } from './registered-postgis.js';
import { readShapefile, UnreadableFile } from './shapefile.js';

/**
 * How far around the submission's parcels registered parcels are read, in metres. A neighbour
 * only matters when it comes within the overlap tolerance (0.30 m) of a surveyed parcel; 50 m
 * leaves room for a badly placed drawing to still meet the parcels it was meant to border,
 * and keeps a national registry file down to a street's worth of parcels.
 */
export const REGISTERED_MARGIN_M = 50;

/** Registered parcels are polygons; anything else in the registry file is ignored. */
const PARCEL_TYPES = new Set(['Polygon', 'MultiPolygon']);

interface RawParcel {
  index: number;
  geometry: Geometry;
  properties: Record<string, unknown>;
}

/** The bounding box of the submission's measurable parcel layers, in the profile CRS, or null when there is none. */
export function parcelExtentOf(submission: Submission): Box | null {
  const box = emptyBox();
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      if (feature.geometry) expandBoxByGeometry(box, feature.geometry);
    }
  }
  return box.minX <= box.maxX ? box : null;
}

function intersects(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** A profile-CRS box carried into the file's CRS: its edges densified, so a curved image is still enclosed. */
function boxInFileCrs(box: Box, toFile: PointTransform | null): Box {
  if (!toFile) return box;
  const steps = 16;
  const out = emptyBox();
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const x = box.minX + (box.maxX - box.minX) * t;
    const y = box.minY + (box.maxY - box.minY) * t;
    for (const p of [[x, box.minY], [x, box.maxY], [box.minX, y], [box.maxX, y]] as Position[]) {
      const [fx, fy] = toFile(p);
      expandBox(out, fx, fy);
    }
  }
  return out;
}

function unreadable(file: string, cause: string): UserError {
  return new UserError(`${file}: the registered data cannot be read: ${cause}. Give a GeoJSON (.geojson/.json), Shapefile (.shp with .shx, .dbf, .prj) or FlatGeobuf (.fgb) file.`, 'registered-unreadable');
}

/** The proj4 definition of the file's CRS, from an EPSG code or a WKT; throws a UserError when unknown. */
function fileCrs(file: string, definition: string | null, what: string): string {
  if (definition === null) throw unreadable(file, `${what} does not say which coordinate reference system it is in`);
  const parsed = parseCrs(normaliseCrsName(definition) ?? definition);
  if (!parsed) throw unreadable(file, `${what} names a coordinate reference system cadcheck does not know (${definition.slice(0, 60)})`);
  // Recognised by its parameters (an ESRI .prj for UTM 38N is EPSG:32638): then no needless reprojection.
  return parsed.code ? definitionOf(parsed.code) : parsed.proj4;
}

async function readGeoJsonParcels(file: string, near: Box | null, settings: ReadOptions): Promise<{ proj4: string; parcels: RawParcel[] }> {
  const content = readGeoJson(await readFile(file));
  const proj4 = content.crsName === null ? definitionOf('EPSG:4326') : fileCrs(file, content.crsName, 'its `crs` member');
  return { proj4, parcels: keepNear(content.records.map((record, index) => ({ index, ...record })), near, proj4, settings) };
}

async function readShapefileParcels(file: string, near: Box | null, settings: ReadOptions): Promise<{ proj4: string; parcels: RawParcel[] }> {
  const stem = file.slice(0, -extname(file).length);
  const sibling = async (extension: string): Promise<Buffer | null> => {
    for (const candidate of [`${stem}.${extension}`, `${stem}.${extension.toUpperCase()}`]) {
      if (existsSync(candidate)) return readFile(candidate);
    }
    return null;
  };
  const prj = (await sibling('prj'))?.toString('utf8').trim() ?? null;
  const proj4 = fileCrs(file, prj, 'it has no .prj file, so it');
  const cpg = (await sibling('cpg'))?.toString('latin1') ?? null;
  const content = await readShapefile({ shp: await readFile(file), shx: await sibling('shx'), dbf: await sibling('dbf'), cpg }, settings.legacyEncoding);
  return { proj4, parcels: keepNear(content.records.map((record, index) => ({ index, ...record })), near, proj4, settings) };
}

/** GeoJSON and Shapefile carry no spatial index: every record is read, and only those near the submission kept. */
function keepNear(records: Array<{ index: number; geometry: Geometry | null; properties: Record<string, unknown> }>, near: Box | null, proj4: string, settings: ReadOptions): RawParcel[] {
  if (!near) return [];
  const window = boxInFileCrs(near, toFileTransform(proj4, settings));
  return records.filter((record): record is RawParcel => {
    if (!record.geometry || !PARCEL_TYPES.has(record.geometry.type)) return false;
    const box = geometryBox(record.geometry);
    return box !== null && intersects(box, window);
  });
}

function toFileTransform(proj4: string, settings: ReadOptions): PointTransform | null {
  const profile = definitionOf(settings.crs);
  return proj4 === profile ? null : makeTransform(profile, proj4);
}

/** Reads byte ranges of a file on disk: FlatGeobuf's index reader fetches only the nodes and features it needs. */
class FileRangeClient implements RangeClient {
  bytesRead = 0;
  constructor(private readonly handle: import('node:fs/promises').FileHandle, private readonly size: number) {}

  async getRange(begin: number, length: number, purpose?: string): Promise<ArrayBuffer> {
    // A feature's length as written is trusted by flatgeobuf, which allocates it whole: one past the file's end is damage.
    if (purpose?.startsWith('feature') && !(begin >= 0 && begin + length <= this.size)) {
      throw new FlatGeobufDamage(`the FlatGeobuf file is damaged: a feature at byte ${begin} of ${length} bytes reaches past the end of the file (${this.size} bytes)`);
    }
    const wanted = Math.max(0, Math.min(length, this.size - begin));
    const buffer = new Uint8Array(wanted);
    const { bytesRead } = await this.handle.read(buffer, 0, wanted, begin);
    this.bytesRead += bytesRead;
    return buffer.buffer.slice(0, bytesRead);
  }
}

/** flatgeobuf logs its index walk with console.debug, which Node prints on stdout, where our JSON report goes. */
async function withoutDebugLogging<T>(work: () => Promise<T>): Promise<T> {
  const debug = console.debug;
  console.debug = () => {};
  try {
    return await work();
  } finally {
    console.debug = debug;
  }
}

/** The geometry with each position cut to [x, y]: a file with Z or M values is measured in the plane like the rest. */
function planar(geometry: Geometry): Geometry {
  const cut = (coordinates: unknown): unknown => (Array.isArray(coordinates) && typeof coordinates[0] === 'number' ? coordinates.slice(0, 2) : Array.isArray(coordinates) ? coordinates.map(cut) : coordinates);
  return geometry.type === 'GeometryCollection' ? geometry : ({ ...geometry, coordinates: cut(geometry.coordinates) } as Geometry);
}

function crsDefinition(crs: { wkt?: string | null; code?: number; org?: string | null; code_string?: string | null } | null | undefined): string | null {
  return crs?.wkt ?? (crs?.code ? `${crs.org ?? 'EPSG'}:${crs.code}` : crs?.code_string ?? null);
}

/** How many bytes the last FlatGeobuf read took from disk; the tests use it to show the index was used. */
export const flatGeobufStatistics = { bytesRead: 0, fileSize: 0 };

async function readFlatGeobufParcels(file: string, near: Box | null, settings: ReadOptions): Promise<{ proj4: string; parcels: RawParcel[] }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const client = new FileRangeClient(handle, size);
    const parcels: RawParcel[] = [];
    let proj4 = '';
    await withoutDebugLogging(async () => {
      // The structure is checked before flatgeobuf follows any size, offset or count in it (src/io/flatgeobuf-check.ts).
      const first = new Uint8Array(Math.min(size, 12));
      await handle.read(first, 0, first.length, 0);
      const headerLength = size >= 12 ? new DataView(first.buffer).getUint32(8, true) : 0;
      const head = new Uint8Array(Math.min(size, 12 + Math.min(headerLength, 10 * 1024 * 1024)));
      await handle.read(head, 0, head.length, 0);
      let layout;
      try {
        layout = checkFlatGeobufHead(head, size);
      } catch (error) {
        if (error instanceof NotFlatGeobuf) throw unreadable(file, error.message);
        if (error instanceof FlatGeobufDamage) throw unreadable(file, `the FlatGeobuf file is damaged: ${error.message}`);
        throw error;
      }
      if (layout.featuresCount === 0) {
        // flatgeobuf's reader never returns on an empty file (its tree size loop waits for one node): its header says all.
        proj4 = fileCrs(file, crsDefinition(headerMeta(new ByteBuffer(head.subarray(8))).crs), 'its header');
        return;
      }
      let reader: HttpReader;
      try {
        reader = await HttpReader.openSource(client);
      } catch (error) {
        const message = (error as Error).message;
        throw unreadable(file, /No index/i.test(message) ? 'the FlatGeobuf file has no spatial index (write it with one, e.g. ogr2ogr -lco SPATIAL_INDEX=YES)' : message);
      }
      proj4 = fileCrs(file, crsDefinition(reader.header.crs), 'its header');
      if (!near) return;
      const window = boxInFileCrs(near, toFileTransform(proj4, settings));
      for await (const { id, feature } of reader.selectBbox(window)) {
        if (id >= layout.featuresCount) throw unreadable(file, `the FlatGeobuf file is damaged: its spatial index names feature ${id} of ${layout.featuresCount}`);
        const bytes = (feature as unknown as { bb: ByteBuffer }).bb.bytes();
        try {
          checkFlatGeobufFeature(bytes.subarray(4), id);
        } catch (error) {
          if (error instanceof FlatGeobufDamage) throw unreadable(file, `the FlatGeobuf file is damaged: ${error.message}`);
          throw error;
        }
        const geoJson = fromFeature(id, feature, reader.header);
        if (geoJson.geometry && PARCEL_TYPES.has(geoJson.geometry.type)) parcels.push({ index: id, geometry: planar(geoJson.geometry), properties: { ...(geoJson.properties ?? {}) } });
      }
    });
    flatGeobufStatistics.bytesRead = client.bytesRead;
    flatGeobufStatistics.fileSize = size;
    // Feature batches come back in whatever order their reads finish: file order keeps runs reproducible.
    return { proj4, parcels: parcels.sort((a, b) => a.index - b.index) };
  } finally {
    await handle.close();
  }
}

/** The PostGIS reader, its box carried into the table's SRID as the file readers' is into the file's CRS. */
function readPostgis(options: PostgisRegistryOptions): typeof readGeoJsonParcels {
  return async (source, near, settings) => {
    const { srid, parcels } = await readPostgisParcels(source, near, (tableSrid) => boxInFileCrs(near!, toFileTransform(fileCrs(redactPostgresUrl(source), `EPSG:${tableSrid}`, 'the table'), settings)), options, settings);
    return { proj4: fileCrs(redactPostgresUrl(source), `EPSG:${srid}`, 'the table'), parcels };
  };
}

const READERS: Record<string, typeof readGeoJsonParcels> = {
  '.geojson': readGeoJsonParcels, '.json': readGeoJsonParcels, '.shp': readShapefileParcels, '.fgb': readFlatGeobufParcels,
};

/**
 * The registered parcels within REGISTERED_MARGIN_M of the submission's parcels, in the profile CRS.
 * Each feature's `index` is its position in the registry file and its `id` the parcel's cad_code.
 */
export async function loadRegistered(file: string, submission: Submission, settings: ReadOptions, postgis: PostgisRegistryOptions = {}): Promise<RegisteredParcels> {
  // A live registry: the PostGIS reader is loaded only then, and the URL is only ever shown without its password.
  const live = isPostgresUrl(file);
  const read = live ? readPostgis(postgis) : READERS[extname(file).toLowerCase()];
  if (!read) throw unreadable(file, `"${extname(file) || 'no extension'}" is not a registered-data format cadcheck reads`);
  if (!live && !existsSync(file)) throw unreadable(file, 'no such file');
  const extent = parcelExtentOf(submission);
  const near = extent && { minX: extent.minX - REGISTERED_MARGIN_M, minY: extent.minY - REGISTERED_MARGIN_M, maxX: extent.maxX + REGISTERED_MARGIN_M, maxY: extent.maxY + REGISTERED_MARGIN_M };
  let content: { proj4: string; parcels: RawParcel[] };
  try {
    content = await read(file, near, settings);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const shown = live ? redactPostgresUrl(file) : file;
    if (error instanceof UnreadableFile) throw unreadable(shown, error.message);
    throw unreadable(shown, (error as Error).message);
  }
  const profile = definitionOf(settings.crs);
  const transform = content.proj4 === profile ? null : makeTransform(content.proj4, profile);
  const features = content.parcels.map((parcel): Feature => ({
    index: parcel.index,
    id: cadCodeOf(parcel.properties, settings.fields.parcel.cad_code),
    geometry: transform ? transformGeometry(parcel.geometry, transform) : parcel.geometry,
    sourceGeometry: parcel.geometry,
    properties: parcel.properties,
  }));
  // The window was taken in the file's CRS; in the profile CRS a few corner parcels may fall just outside it.
  return { source: live ? redactPostgresUrl(file) : file, features: near ? features.filter((f) => { const box = geometryBox(f.geometry!); return box !== null && intersects(box, near); }) : [] };
}
