// Ukrainian cadastral exchange files (root UkrainianCadastralExchangeFile, CMU Res. 1051 §70): points (PointInfo/Point),
// polylines (Polyline/PL) that list points by UIDP, and boundaries (…/Externals/Boundary/Lines/Line/ULID) that list
// polylines; each closed boundary becomes a polygon of a 'parcel' layer. Nothing is decided here: the ua/* rules judge.
// The tag paths follow exchange files as written in practice (see docs/profiles.md): the official XSD is not in the source text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadOptions } from '../model/read-options.js';
import type { Polygon } from 'geojson';
import type { Feature, Layer, LayerCrs, Position, Submission } from '../model.js';
import { readProfileFiles } from './profile-files.js';
import { chainBoundary, ucs2000Zone } from '../geom/ukraine-boundary.js';
import type { UaBoundary, UaPoint, UaPolyline, UaSchemaProblem, UkraineExchange } from '../model/ukraine.js';

export type { UaBoundary, UaPoint, UaPolyline, UkraineExchange } from '../model/ukraine.js';
export { chainBoundary } from '../geom/ukraine-boundary.js';

const REPEATED = new Set(['Point', 'PL', 'P', 'Line', 'Boundary', 'ParcelInfo', 'LandParcelInfo', 'RestrictionInfo', 'CadastralQuarterInfo', 'Internals']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
  processEntities: false,
});

type Node = Record<string, unknown>;

function text(node: unknown): string | null {
  if (typeof node === 'string') return node.trim() === '' ? null : node.trim();
  if (typeof node === 'number') return String(node);
  return null;
}

function array(node: unknown): Node[] {
  return Array.isArray(node) ? (node as Node[]) : node && typeof node === 'object' ? [node as Node] : [];
}

/** Owner element names that say whose boundary an Externals is, and the word for it. */
const OWNERS: Record<string, string> = { ParcelMetricInfo: 'parcel', LandParcelInfo: 'lands', RestrictionInfo: 'restriction', LeaseInfo: 'lease', SubleaseInfo: 'sublease' };

function linesOf(boundary: Node | undefined): string[] {
  const lines = (boundary?.Lines as Node | undefined)?.Line;
  return array(lines).map((line) => text(line.ULID) ?? '').filter((ulid) => ulid !== '');
}

/** Every Externals element with the word for its owner, depth-first in document order. */
interface Owner { owner: string; id: string | null; externals: Node; areas: Node[]; error: string | null }

function findExternals(node: unknown, owner: string, out: Owner[]): void {
  if (Array.isArray(node)) {
    for (const item of node) findExternals(item, owner, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'Externals') {
      const holder = node as Node;
      for (const externals of array(value)) out.push({ owner, id: text(holder.ParcelID) ?? text(holder.Code) ?? null, externals, areas: array(holder.Area), error: text(holder.Error) });
    } else {
      findExternals(value, OWNERS[key] ?? owner, out);
    }
  }
}

export function parseUkraineXml(file: string, xml: string): UkraineExchange {
  const empty: UkraineExchange = { file, root: null, coordinateSystem: null, points: [], polylines: [], boundaries: [] };
  if (XMLValidator.validate(xml) !== true) return empty;
  const document = parser.parse(xml) as Node;
  const rootName = Object.keys(document).find((key) => !key.startsWith('?')) ?? null;
  if (rootName !== 'UkrainianCadastralExchangeFile') return { ...empty, root: rootName };
  const root = (document[rootName] ?? {}) as Node;
  const serviceInfo = ((root.AdditionalPart as Node | undefined)?.ServiceInfo ?? {}) as Node;
  const formatVersion = text(serviceInfo.FormatVersion);
  const infoPart = (root.InfoPart ?? {}) as Node;
  const metric = (infoPart.MetricInfo ?? {}) as Node;

  const system = metric.CoordinateSystem;
  let coordinateSystem: UkraineExchange['coordinateSystem'] = null;
  if (system && typeof system === 'object') {
    const name = Object.keys(system)[0];
    if (name) {
      const inner = (system as Node)[name];
      const zone = inner && typeof inner === 'object' ? Object.keys(inner)[0] ?? null : text(inner);
      coordinateSystem = { name, zone };
    }
  } else if (text(system)) {
    coordinateSystem = { name: text(system)!, zone: null };
  }

  const points = array((metric.PointInfo as Node | undefined)?.Point).map((point, index): UaPoint => ({
    uidp: text(point.UIDP) ?? text(point.UPID) ?? '',
    name: text(point.PN),
    x: text(point.X), y: text(point.Y), mx: text(point.MX), my: text(point.MY),
    index,
  }));
  const polylines = array((metric.Polyline as Node | undefined)?.PL).map((pl, index): UaPolyline => ({
    ulid: text(pl.ULID) ?? '',
    points: (((pl.Points as Node | undefined)?.P as unknown[] | undefined) ?? []).map((p) => text(p) ?? ''),
    index,
  }));

  const owners: Owner[] = [];
  findExternals(infoPart, 'object', owners);
  const counts = new Map<string, number>();
  const boundaries: UaBoundary[] = [];
  let featureIndex = 0;
  // A land plot (LandParcelInfo) that covers its whole parcel repeats the parcel's boundary line for line, as the schema
  // makes every file do: the same ring, made one feature and judged once. What each owner of the ring declares of its
  // area is kept, once per distinct declaration and with the owner that made it: which owner the file lists first must
  // not decide which area is compared (one ring as two ParcelInfo declaring two areas: only the first was compared).
  const rings = new Map<string, UaBoundary>();
  for (const { owner, id, externals, areas, error } of owners) {
    const ordinal = (counts.get(owner) ?? 0) + 1;
    counts.set(owner, ordinal);
    const label = `${owner} ${id ?? ordinal}`;
    const lines = linesOf(array(externals.Boundary)[0]);
    const holes = array(externals.Internals).flatMap((internals) => array(internals.Boundary)).map(linesOf);
    // The same polylines make the same ring whichever one a boundary starts from or which way it runs, and holes are a set.
    const setOf = (ulids: string[]): string => JSON.stringify([...ulids].sort());
    const ring = JSON.stringify([setOf(lines), holes.map(setOf).sort()]);
    const declaredAreas = areas.map((area) => ({ unit: text(area.MeasurementUnit), size: text(area.Size), error }));
    const kept = rings.get(ring);
    if (kept) {
      const known = kept.declaredAreas!;
      for (const area of declaredAreas) {
        const same = known.some((other) => other.unit === area.unit && other.size === area.size && other.error === area.error);
        if (!same) known.push({ ...area, owner: label });
      }
      continue;
    }
    const boundary: UaBoundary = { label, lines, featureIndex: featureIndex++, declaredAreas };
    rings.set(ring, boundary);
    boundaries.push(boundary);
    holes.forEach((hole, i) => boundaries.push({ label: `${label} hole ${i + 1}`, lines: hole, featureIndex: null }));
  }
  const controlPoints = array(metric.ControlPoint).flatMap((control) => ((control.P as unknown[] | undefined) ?? []).map((p) => text(p) ?? ''));
  return { file, root: rootName, coordinateSystem, points, polylines, controlPoints, boundaries, formatVersion };
}

const ZONE_PROJ4: Record<string, string> = {
  'EPSG:5562': '+proj=tmerc +lat_0=0 +lon_0=21 +k=1 +x_0=4500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5563': '+proj=tmerc +lat_0=0 +lon_0=27 +k=1 +x_0=5500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5564': '+proj=tmerc +lat_0=0 +lon_0=33 +k=1 +x_0=6500000 +y_0=0 +ellps=krass +units=m +no_defs',
  'EPSG:5565': '+proj=tmerc +lat_0=0 +lon_0=39 +k=1 +x_0=7500000 +y_0=0 +ellps=krass +units=m +no_defs',
};

function positionOf(point: UaPoint | undefined): Position | null {
  if (!point) return null;
  const x = Number(point.x?.replace(',', '.'));
  const y = Number(point.y?.replace(',', '.'));
  return point.x !== null && point.y !== null && Number.isFinite(x) && Number.isFinite(y) ? [y, x] : null;
}

/** The exchange file as a layer: a polygon per closed boundary (holes from its Internals), null geometry where it cannot be built. */
export function ukraineLayer(exchange: UkraineExchange): Layer {
  // A UIDP written twice at two places (or twice, once without a place) leaves a ring through it a guess, which
  // ua/unique-point-ids tells: no ring is drawn through it, rather than through whichever point the file lists last.
  const points = new Map<string, Position | null>();
  const guessed = new Set<string>();
  for (const point of exchange.points) {
    const position = positionOf(point);
    const other = points.get(point.uidp);
    if (other === undefined) points.set(point.uidp, position);
    else if (!position || !other || position[0] !== other[0] || position[1] !== other[1]) guessed.add(point.uidp);
  }
  const polylines = new Map(exchange.polylines.map((line) => [line.ulid, line]));
  const ring = (boundary: UaBoundary): Position[] | null => {
    const chain = chainBoundary(boundary, polylines);
    if (!chain || chain.brokenAt !== null || chain.uidps.length < 4 || chain.uidps[0] !== chain.uidps[chain.uidps.length - 1]) return null;
    if (chain.uidps.some((uidp) => guessed.has(uidp))) return null;
    const positions = chain.uidps.map((uidp) => points.get(uidp) ?? null);
    return positions.every((position) => position !== null) ? positions : null;
  };
  const features: Feature[] = [];
  for (const [i, boundary] of exchange.boundaries.entries()) {
    if (boundary.featureIndex === null) continue;
    const shell = ring(boundary);
    const holes: Position[][] = [];
    for (const hole of exchange.boundaries.slice(i + 1)) {
      if (hole.featureIndex !== null) break;
      const holeRing = ring(hole);
      if (holeRing) holes.push(holeRing);
    }
    const geometry: Polygon | null = shell ? { type: 'Polygon', coordinates: [shell, ...holes] } : null;
    features.push({ index: boundary.featureIndex, id: boundary.label, geometry, sourceGeometry: geometry, properties: { boundary: boundary.label } });
  }
  const firstEasting = exchange.points.map((point) => positionOf(point)).find((position) => position !== null)?.[0];
  const code = exchange.coordinateSystem?.name === 'USC2000' && firstEasting !== undefined ? ucs2000Zone(firstEasting) : null;
  const crs: LayerCrs = {
    source: exchange.coordinateSystem ? 'manifest' : 'none',
    definition: exchange.coordinateSystem ? [exchange.coordinateSystem.name, exchange.coordinateSystem.zone].filter(Boolean).join(' ') : null,
    code,
    proj4: code ? ZONE_PROJ4[code]! : null,
  };
  return {
    role: 'parcel', file: exchange.file, name: exchange.file.replace(/\.xml$/i, ''), format: 'ua-xml', geometryType: 'Polygon', crs,
    // Measured as written, in its own zone: planar metres whatever the system (SC-63's local parameters are not public).
    measurable: true,
    fields: ['boundary'], encoding: null, features,
  };
}

/** A file, or a folder of .xml files, as a submission of profile ua-1051. */
export async function loadUkraineSubmission(path: string, settings: ReadOptions): Promise<Submission> {
  const { files, problems } = readProfileFiles(path, /\.xml$/i, settings, 'a Ukrainian cadastral exchange file (.xml)');
  const ukraine: UkraineExchange[] = [];
  const layers: Layer[] = [];
  for (const { file, text: xml } of files) {
    const validation = XMLValidator.validate(xml);
    if (validation !== true) {
      problems.push({ file, kind: 'unreadable', reason: `it is not well-formed XML (line ${validation.err.line}: ${validation.err.msg})`, layerRole: 'parcel' });
      continue;
    }
    const exchange = parseUkraineXml(file, xml);
    if (exchange.root !== 'UkrainianCadastralExchangeFile') {
      problems.push({ file, kind: 'unreadable', reason: `its root element is <${exchange.root ?? '?'}>, not <UkrainianCadastralExchangeFile>`, layerRole: 'parcel' });
      continue;
    }
    exchange.schemaProblems = await schemaProblemsOf(xml);
    ukraine.push(exchange);
    layers.push(ukraineLayer(exchange));
  }
  return { path, manifest: { file: 'cadcheck.json', data: null, problem: null }, layers, photos: [], problems, ukraine };
}

/** The schema's verdict; a validator that cannot run (memory, a damaged module) is said as one problem, not a crash. */
async function schemaProblemsOf(xml: string): Promise<UaSchemaProblem[]> {
  try {
    return await (await import('./ua-schema.js')).validateExchangeSchema(xml);
  } catch (error) {
    const detail = `the XML Schema validator could not run: ${error instanceof Error ? error.message : String(error)}`;
    return [{ kind: 'other', element: 'UkrainianCadastralExchangeFile', path: 'UkrainianCadastralExchangeFile', line: 1, column: 1, expected: null, value: null, detail, count: 1 }];
  }
}
