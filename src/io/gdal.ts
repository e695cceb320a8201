// Reads GeoPackage, DXF, KML, GML and FlatGeobuf layers through the optional gdal-async backend, loaded only when such a file is present.
import { createRequire } from 'node:module';
import type { Geometry } from '../model.js';
import { presentText } from '../model/attribute-text.js';

/** Layer files read through GDAL; the rest of cadcheck never needs it. */
export const GDAL_LAYER_EXTENSION = /\.(gpkg|dxf|kml|gml|fgb)$/i;

/** The one command that enables the backend (docs/formats.md); GDAL's own sources are never built. */
export const GDAL_ENABLE_COMMAND = 'apt-get install -y libgdal-dev && npm install --no-save gdal-async --build-from-source --shared_gdal';

export type GdalFormat = 'geopackage' | 'dxf' | 'kml' | 'gml' | 'flatgeobuf';

const FORMATS: Record<string, { format: GdalFormat; title: string }> = {
  gpkg: { format: 'geopackage', title: 'GeoPackage' },
  dxf: { format: 'dxf', title: 'DXF' },
  kml: { format: 'kml', title: 'KML' },
  gml: { format: 'gml', title: 'GML' },
  fgb: { format: 'flatgeobuf', title: 'FlatGeobuf' },
};

export function gdalFormatOf(file: string): { format: GdalFormat; title: string } {
  return FORMATS[file.replace(/^.*\./, '').toLowerCase()]!;
}

/** One layer as GDAL gave it: a GeoPackage table, a KML folder, or the features of one CAD layer of a DXF. */
export interface GdalLayerContent {
  name: string;
  /** The source's CRS as WKT (`srs.toWKT()`), or null when it has none (DXF). */
  crsWkt: string | null;
  fields: string[];
  records: Array<{ geometry: Geometry | null; properties: Record<string, unknown> }>;
}

/** The part of gdal-async cadcheck uses; typed here so that compiling never needs the package. */
interface GdalModule {
  vsimem: { set(data: Buffer, path: string): void; release(path: string): Buffer };
  open(path: string): GdalDataset;
}
interface GdalDataset {
  layers: { count(): number; get(index: number): GdalLayer };
  close(): void;
}
interface GdalLayer {
  name: string;
  srs: { toWKT(): string } | null;
  fields: { getNames(): string[] };
  features: { next(): GdalFeature | null; first(): GdalFeature | null };
}
interface GdalFeature {
  getGeometry(): { toObject(): unknown } | null;
  fields: { toObject(): Record<string, unknown> };
}

/** Why a file could not be read because the backend is absent: the reader turns it into an input/readable finding. */
export class GdalMissing extends Error {
  constructor(file: string) {
    super(`${gdalFormatOf(file).title} needs the optional GDAL backend, which is not installed: run ${GDAL_ENABLE_COMMAND} (see docs/formats.md)`);
    this.name = 'GdalMissing';
  }
}

let gdalModule: Promise<GdalModule | null> | undefined;

/** gdal-async, or null when it is not installed (or its native part does not load). Loaded once, on first need. */
export function loadGdal(): Promise<GdalModule | null> {
  // A variable name keeps tsc from resolving the optional package and esbuild from bundling it.
  const name = 'gdal-async';
  gdalModule ??= import(name).then((loaded: { default?: GdalModule }) => (loaded.default ?? (loaded as unknown as GdalModule)), () => null);
  return gdalModule;
}

/**
 * Whether gdal-async is installed, found without loading it: the addon may be loaded by one thread of a process only, so
 * the batch's main thread asks this before listing submissions for GDAL layers and never loads it itself.
 */
export function gdalInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('gdal-async');
    return true;
  } catch {
    return false;
  }
}

/** Whether GDAL can be used here (the GDAL tests skip without it). */
export async function gdalAvailable(): Promise<boolean> {
  return (await loadGdal()) !== null;
}

/** Drops Z (DXF and KML carry it): cadcheck measures in the plane. */
function flatten(coordinates: unknown): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return coordinates.slice(0, 2);
  return coordinates.map(flatten);
}

function toGeometry(raw: unknown): Geometry | null {
  if (!raw || typeof raw !== 'object') return null;
  const geometry = raw as { type: string; coordinates?: unknown; geometries?: unknown[] };
  if (geometry.type === 'GeometryCollection') return { type: 'GeometryCollection', geometries: (geometry.geometries ?? []).map(toGeometry).filter((g): g is Geometry => g !== null) };
  return { type: geometry.type, coordinates: flatten(geometry.coordinates) } as Geometry;
}

function readLayer(layer: GdalLayer): GdalLayerContent {
  const records: GdalLayerContent['records'] = [];
  for (let feature = layer.features.first(); feature; feature = layer.features.next()) {
    records.push({ geometry: toGeometry(feature.getGeometry()?.toObject() ?? null), properties: feature.fields.toObject() });
  }
  return { name: layer.name, crsWkt: layer.srs ? layer.srs.toWKT() : null, fields: layer.fields.getNames(), records };
}

/** A DXF comes as one `entities` layer; its features are grouped by their CAD layer (the `Layer` field), in order of first appearance. */
function splitByCadLayer(content: GdalLayerContent): GdalLayerContent[] {
  const groups = new Map<string, GdalLayerContent>();
  for (const record of content.records) {
    const cadLayer = presentText(record.properties.Layer) ?? '0';
    let group = groups.get(cadLayer);
    if (!group) groups.set(cadLayer, (group = { name: cadLayer, crsWkt: content.crsWkt, fields: content.fields, records: [] }));
    group.records.push(record);
  }
  return [...groups.values()];
}

let scratchCounter = 0;

/**
 * Every layer of a GDAL-format file, read from its bytes (so a file inside a .zip is read the same way, never
 * extracted): the bytes go into GDAL's in-memory file system for the read and are released after.
 * Throws GdalMissing when the backend is absent, and whatever GDAL throws for a broken file.
 */
export async function readGdalLayers(bytes: Buffer, file: string): Promise<GdalLayerContent[]> {
  const gdal = await loadGdal();
  if (!gdal) throw new GdalMissing(file);
  const path = `/vsimem/cadcheck-${process.pid}-${++scratchCounter}/${file.replace(/^.*\//, '')}`;
  gdal.vsimem.set(bytes, path);
  try {
    const dataset = gdal.open(path);
    try {
      const layers: GdalLayerContent[] = [];
      for (let i = 0; i < dataset.layers.count(); i++) layers.push(readLayer(dataset.layers.get(i)));
      return gdalFormatOf(file).format === 'dxf' ? layers.flatMap(splitByCadLayer) : layers;
    } finally {
      dataset.close();
    }
  } finally {
    gdal.vsimem.release(path);
  }
}
