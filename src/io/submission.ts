// Turns a submission folder into a Submission: layers with roles and CRSs, the manifest, the photos.
import { statSync } from 'node:fs';
import { DEFAULT_LIMITS, limitKey, limitsOf, type Limits } from '../model/limits.js';
import type { ParcelWindow, ReadOptions } from '../model/read-options.js';
import { comparableName } from '../model/suggest.js';
import { UserError } from '../errors.js';
import { definitionOf, makeTransform, normaliseCrsName, parseCrs, transformGeometry } from '../geom/crs.js';
import { geometryBox } from '../geom/box.js';
import { cannotBeDegrees, implausibleCoordinates, isPlaced } from '../geom/placement.js';
import { ROLES } from '../model.js';
import type { Feature, Geometry, ImplausibleCoordinate, Layer, LayerCrs, Manifest, ReadProblem, Role, Submission } from '../model.js';
import { GDAL_LAYER_EXTENSION, GdalMissing, gdalFormatOf, readGdalLayers } from './gdal.js';
import { readGeoJson } from './geojson.js';
import { MANIFEST_FILE, readManifest } from './manifest.js';
import { JPEG_NAME, OTHER_IMAGE_NAME, readPhoto } from './photos.js';
import { readShapefile, streamShapefile, UnreadableFile, type ShapefileParts } from './shapefile.js';
import { FolderSource, type SourceEntry, type SubmissionSource } from './source.js';
import { ZipSource } from './zip-source.js';
import { presentText } from '../model/attribute-text.js';

const LAYER_EXTENSION = /\.(shp|geojson|gpkg|dxf|kml|gml|fgb)$/i;
/** Files read whole, so held to limits.maxFileBytes. */
const READ_NAME = /\.(shp|shx|dbf|prj|cpg|geojson|json|gpkg|dxf|kml|gml|fgb)$/i;

function roleFromManifest(manifest: Manifest | null, file: string): Role | null {
  const layers = manifest?.layers;
  if (!layers || typeof layers !== 'object') return null;
  for (const [role, named] of Object.entries(layers as Record<string, unknown>)) {
    if (typeof named !== 'string' || !(ROLES as readonly string[]).includes(role)) continue;
    const wanted = named.replace(/\\/g, '/').toLowerCase();
    const candidate = file.toLowerCase();
    if (candidate === wanted || candidate.endsWith(`/${wanted}`) || candidate.replace(/\.[^.]+$/, '') === wanted) return role as Role;
  }
  return null;
}

export function roleOf(file: string, manifest: Manifest | null, settings: ReadOptions): Role | null {
  const declared = roleFromManifest(manifest, file);
  if (declared) return declared;
  const base = comparableName(file.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
  return ROLES.find((role) => settings.roleNames[role].some((name) => comparableName(name) === base)) ?? null;
}

function featureIdOf(properties: Record<string, unknown>, settings: ReadOptions): string | null {
  const byLowerName = new Map(Object.keys(properties).map((key) => [key.toLowerCase(), key]));
  for (const idField of settings.idFields) {
    const key = byLowerName.get(idField.toLowerCase());
    const value = key === undefined ? undefined : properties[key];
    const text = presentText(value);
    if (text !== null) return text;
  }
  return null;
}

function resolveCrs(definition: string | null, source: LayerCrs['source']): LayerCrs {
  if (definition === null) return { source, definition: null, code: null, proj4: null };
  const parsed = parseCrs(definition);
  return { source, definition, code: parsed?.code ?? null, proj4: parsed?.proj4 ?? null };
}

function manifestCrs(manifest: Manifest | null): string | null {
  return typeof manifest?.crs === 'string' && manifest.crs.trim() !== '' ? manifest.crs : null;
}

/** How a layer's records become features: each geometry in the profile CRS (as written when its CRS is unknown), with its id. */
function featureMaker(crs: LayerCrs, settings: ReadOptions) {
  const sameCrs = crs.code === settings.crs;
  const transform = !sameCrs && crs.proj4 ? makeTransform(crs.proj4, definitionOf(settings.crs)) : null;
  const geometryOf = (geometry: Geometry | null): Geometry | null => (geometry && transform ? transformGeometry(geometry, transform) : geometry);
  const featureOf = (record: { geometry: Feature['geometry']; properties: Record<string, unknown> }, index: number): Feature => ({
    index,
    id: featureIdOf(record.properties, settings),
    geometry: geometryOf(record.geometry),
    sourceGeometry: record.geometry,
    properties: record.properties,
  });
  return { geometryOf, featureOf, convertible: sameCrs || transform !== null };
}

/**
 * Put every feature into the profile CRS; a layer whose CRS is unknown stays as written. Only a placed layer is
 * measurable (src/geom/placement.ts): CRS known and expected, no coordinate outside the extent.
 */
function buildLayer(base: Omit<Layer, 'features' | 'measurable'>, records: Array<{ geometry: Feature['geometry']; properties: Record<string, unknown> }>, settings: ReadOptions): Layer {
  const implausible = implausibleCoordinates(base.crs, records.map((record) => record.geometry), settings.extent);
  const { featureOf, convertible } = featureMaker(base.crs, settings);
  return { ...base, measurable: convertible && isPlaced(base.crs, settings.expectedCrs, implausible), implausible, features: records.map(featureOf) };
}

/**
 * A windowed layer between its two passes. A shard that checks part of a big layer (src/tiles/shard-window.ts) reads
 * its Shapefile parcel layers in two passes: first each record's box in the profile CRS and the layer's own facts,
 * keeping no feature; then, once every layer is read, only the records its ParcelWindow keeps, each with its file
 * index. The layer's files stay in memory between the two. Every other layer is read whole, as always.
 */
interface WindowedLayer {
  layer: Layer;
  parts: ShapefileParts;
  boxes: Float64Array;
}

/** How many geometries the first pass holds at a time for the layer's implausible coordinates. */
const PLAUSIBILITY_CHUNK = 4096;

/**
 * The first pass over a windowed layer. Its implausible coordinates are found a chunk of records at a time: each
 * record's are its own (src/geom/placement.ts decides a whole box at once only where no coordinate can be outside,
 * which then holds for every chunk too), so the list is the one the whole layer gives.
 */
async function readBoxes(parts: ShapefileParts, { role, file, name, crs }: Pick<Layer, 'role' | 'file' | 'name' | 'crs'>, settings: ReadOptions): Promise<WindowedLayer> {
  const { geometryOf, convertible } = featureMaker(crs, settings);
  let boxes = new Float64Array(4 * 1024);
  const implausible: ImplausibleCoordinate[] = [];
  let chunk: Array<Geometry | null> = [];
  let settled = 0;
  const settle = (): void => {
    for (const found of implausibleCoordinates(crs, chunk, settings.extent)) implausible.push({ ...found, index: found.index + settled });
    settled += chunk.length;
    chunk = [];
  };
  const content = await streamShapefile(parts, settings.legacyEncoding, limitsOf(settings), (record, index) => {
    if (4 * index + 4 > boxes.length) {
      const more = new Float64Array(2 * boxes.length);
      more.set(boxes);
      boxes = more;
    }
    const geometry = geometryOf(record.geometry);
    const box = geometry ? geometryBox(geometry) : null;
    boxes.set(box ? [box.minX, box.minY, box.maxX, box.maxY] : [NaN, NaN, NaN, NaN], 4 * index);
    chunk.push(record.geometry);
    if (chunk.length === PLAUSIBILITY_CHUNK) settle();
  });
  settle();
  // The keys in buildLayer's order: a shard's partial report writes the layer's outline as a whole read gives it.
  const base: Omit<Layer, 'features' | 'measurable'> = { role, file, name, format: 'shapefile', geometryType: content.geometryType, crs, fields: content.fields, encoding: content.encoding };
  const layer: Layer = { ...base, measurable: convertible && isPlaced(crs, settings.expectedCrs, implausible), implausible, features: [] };
  return { layer, parts, boxes: boxes.slice(0, 4 * settled) };
}

/** The second pass: the features of the records kept. */
async function readKept({ layer, parts }: WindowedLayer, keep: ((layer: Layer, index: number) => boolean) | null, settings: ReadOptions): Promise<void> {
  const { featureOf } = featureMaker(layer.crs, settings);
  const features: Feature[] = [];
  await streamShapefile(parts, settings.legacyEncoding, limitsOf(settings), (record, index) => {
    if (!keep || keep(layer, index)) features.push(featureOf(record, index));
  });
  layer.features = features;
}

async function readLayer(source: SubmissionSource, entry: SourceEntry, files: Map<string, SourceEntry>, manifest: Manifest | null, settings: ReadOptions, windowed?: WindowedLayer[]): Promise<Layer> {
  const role = roleOf(entry.path, manifest, settings);
  const name = entry.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  if (/\.shp$/i.test(entry.path)) {
    const stem = entry.path.slice(0, -4);
    const sibling = (extension: string): Buffer | null => {
      const found = files.get(`${stem}.${extension}`.toLowerCase());
      return found ? source.read(found.path) : null;
    };
    const prj = sibling('prj')?.toString('utf8').trim() ?? null;
    const cpg = sibling('cpg')?.toString('latin1') ?? null;
    const parts = { shp: source.read(entry.path), shx: sibling('shx'), dbf: sibling('dbf'), cpg };
    const fallback = manifestCrs(manifest);
    const crs = prj ? resolveCrs(prj, 'prj') : fallback ? resolveCrs(fallback, 'manifest') : resolveCrs(null, 'none');
    if (windowed && role === 'parcel') {
      const read = await readBoxes(parts, { role, file: entry.path, name, crs }, settings);
      windowed.push(read);
      return read.layer;
    }
    const content = await readShapefile(parts, settings.legacyEncoding, limitsOf(settings));
    return buildLayer({ role, file: entry.path, name, format: 'shapefile', geometryType: content.geometryType, crs, fields: content.fields, encoding: content.encoding }, content.records, settings);
  }
  const content = readGeoJson(source.read(entry.path), limitsOf(settings));
  // RFC 7946: without `crs` it is EPSG:4326 — unless its coordinates cannot be degrees and the manifest names a CRS.
  const fallback = manifestCrs(manifest);
  const crs = content.crsName
    ? resolveCrs(normaliseCrsName(content.crsName) ?? content.crsName, 'geojson-crs')
    : fallback && cannotBeDegrees(content.records.map((record) => record.geometry))
      ? resolveCrs(normaliseCrsName(fallback) ?? fallback, 'geojson-manifest')
      : resolveCrs('EPSG:4326', 'geojson-default');
  return buildLayer({ role, file: entry.path, name, format: 'geojson', geometryType: content.geometryType, crs, fields: content.fields, encoding: null }, content.records, settings);
}

const POLYGON_ROLES: ReadonlySet<Role | null> = new Set<Role | null>(['parcel', 'building', 'obligation']);

/** CAD draws a parcel as a closed polyline, which GDAL reads as a LineString: on a polygon layer it is the polygon meant. */
function closedLineAsPolygon(geometry: Feature['geometry']): Feature['geometry'] {
  if (geometry?.type !== 'LineString') return geometry;
  const ring = geometry.coordinates;
  const [first, last] = [ring[0], ring[ring.length - 1]];
  const closed = ring.length >= 4 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  return closed ? { type: 'Polygon', coordinates: [ring] } : geometry;
}

/**
 * Every layer of a GeoPackage, DXF, KML, GML or FlatGeobuf file, through the optional GDAL backend. A layer's
 * role comes from its name (a GeoPackage table, a DXF's CAD layer, a KML folder), or from the file's name
 * when the file holds one layer only; its CRS from the source, else the manifest's `crs`.
 */
async function readGdalFile(source: SubmissionSource, entry: SourceEntry, manifest: Manifest | null, settings: ReadOptions): Promise<Layer[]> {
  let contents;
  try {
    contents = await readGdalLayers(source.read(entry.path), entry.path);
  } catch (error) {
    if (error instanceof GdalMissing) throw new UnreadableFile(error.message);
    throw new UnreadableFile(`GDAL cannot read it as ${gdalFormatOf(entry.path).title}: ${(error as Error).message}`);
  }
  const { format } = gdalFormatOf(entry.path);
  return contents.map((content) => {
    const role = roleOf(`${entry.path}/${content.name}`, manifest, settings) ?? (contents.length === 1 ? roleOf(entry.path, manifest, settings) : null);
    const fallback = manifestCrs(manifest);
    const crs = content.crsWkt ? resolveCrs(content.crsWkt, 'gdal') : fallback ? resolveCrs(fallback, 'manifest') : resolveCrs(null, 'none');
    const records = POLYGON_ROLES.has(role) ? content.records.map((record) => ({ ...record, geometry: closedLineAsPolygon(record.geometry) })) : content.records;
    return buildLayer({ role, file: entry.path, name: content.name, format, geometryType: null, crs, fields: content.fields, encoding: null }, records, settings);
  });
}

/** A submission folder, or a .zip of one (read in place, never extracted). */
export async function openSource(path: string, limits: Limits = DEFAULT_LIMITS): Promise<SubmissionSource> {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file or folder. Give the path of a submission folder or .zip.`, 'path-not-found');
  }
  if (stats.isDirectory()) return new FolderSource(path);
  if (stats.isFile() && /\.zip$/i.test(path)) return ZipSource.open(path, limits);
  throw new UserError(`${path}: not a folder or a .zip. cadcheck checks a submission folder, or a .zip of one.`, 'not-a-submission');
}

/**
 * `onStage` hears which layer is being read and how many features it had (the progress line of a long check); with a
 * `window`, Shapefile parcel layers are read in two passes and keep only the records it chooses
 * (ParcelWindow, src/model/read-options.ts).
 */
export async function loadSubmission(path: string, settings: ReadOptions, given?: SubmissionSource, onStage?: (stage: import('../worker/protocol.js').Stage) => void, window?: ParcelWindow): Promise<Submission> {
  // Profiles ua-1051 and kz-pcm read their own file formats (a file, or a folder of them).
  if (settings.reader === 'ua-xml' && !given) return (await import('./ukraine-xml.js')).loadUkraineSubmission(path, settings);
  if (settings.reader === 'kz-points' && !given) return (await import('./kz-points.js')).loadKzSubmission(path, settings);
  const limits = limitsOf(settings);
  const source = given ?? (await openSource(path, limits));
  const listed = source.entries();
  // Asked after the listing: a folder source learns of the sub-folders it may not open while it lists.
  const problems: ReadProblem[] = [...(source.problems?.() ?? [])];
  // Files over the size limit are refused before anything reads them whole.
  const entries = listed.filter((entry) => {
    const photo = JPEG_NAME.test(entry.path) || OTHER_IMAGE_NAME.test(entry.path);
    const limit = photo ? limits.maxPhotoBytes : limits.maxFileBytes;
    if (entry.sizeBytes <= limit || !(photo || READ_NAME.test(entry.path))) return true;
    problems.push({ file: entry.path, kind: 'unreadable', reason: `it is ${entry.sizeBytes} bytes, more than the ${limit} allowed (${limitKey(photo ? 'maxPhotoBytes' : 'maxFileBytes')})` });
    return false;
  });
  const files = new Map(entries.map((entry) => [entry.path.toLowerCase(), entry]));
  // A cadcheck.config.json inside the submission is never applied (src/io/config-file.ts); input/config-ignored says so.
  for (const entry of source.entries()) if (/(^|\/)cadcheck\.config\.json$/i.test(entry.path)) problems.push({ file: entry.path, kind: 'ignored-config', reason: 'never applied' });
  const manifest = readManifest(source, files.has(MANIFEST_FILE), limits);
  // Broken JSON is one finding: metadata/manifest's, which says the line and column. A manifest too big or too deep
  // to read is input/readable's (a limit), and metadata/manifest then says nothing more.
  if (manifest.problem && !(manifest.syntax && settings.rules.includes('metadata/manifest'))) problems.push({ file: manifest.file, kind: 'unreadable', reason: manifest.problem });

  const layers: Layer[] = [];
  const windowed: WindowedLayer[] | undefined = window ? [] : undefined;
  for (const entry of entries.filter((e) => LAYER_EXTENSION.test(e.path))) {
    try {
      onStage?.({ stage: 'reading', file: entry.path });
      const before = layers.length;
      if (GDAL_LAYER_EXTENSION.test(entry.path)) layers.push(...(await readGdalFile(source, entry, manifest.data, settings)));
      else layers.push(await readLayer(source, entry, files, manifest.data, settings, windowed));
      // A windowed layer holds no feature yet: its records are counted by their boxes.
      const records = (layer: Layer): number => (windowed?.find((read) => read.layer === layer)?.boxes.length ?? 4 * layer.features.length) / 4;
      onStage?.({ stage: 'read', file: entry.path, features: layers.slice(before).reduce((sum, layer) => sum + records(layer), 0) });
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      problems.push({ file: entry.path, kind: 'unreadable', reason: error.message, layerRole: roleOf(entry.path, manifest.data, settings) });
    }
  }

  const photoEntries = entries.filter((e) => JPEG_NAME.test(e.path) || OTHER_IMAGE_NAME.test(e.path));
  const photos = [];
  for (const entry of photoEntries) photos.push(await readPhoto(source, entry));
  const submission = { path, manifest, layers, photos, problems };
  if (window && windowed && windowed.length > 0) {
    const keep = window.choose(submission, new Map(windowed.map((read) => [read.layer, read.boxes])));
    for (const read of windowed) {
      try {
        await readKept(read, keep, settings);
      } catch (error) {
        // The first pass read the same bytes whole: a second that fails means the file changed under the check.
        if (!(error instanceof UnreadableFile)) throw error;
        throw new UserError(`${read.layer.file} could not be read again for the shard's parcels (${error.message}): was it changed during the check?`, 'unreadable');
      }
    }
  }
  return submission;
}
