// The HTML report's map: the layers and the findings drawn as inline SVG in the profile CRS, north up, with a scale bar.
import type { Geometry, Position as GeoPosition } from 'geojson';
import { leastPosition } from '../geom/anchor.js';
import { emptyBox, expandBox, expandBoxByGeometry, geometryBox, type Box } from '../geom/box.js';
import type { Feature, Finding, Layer, Position, Role } from '../model.js';
import { labels as englishLabels } from '../i18n/en.js';
import type { Labels } from '../i18n/index.js';
import { cadCodeOf } from '../model/cadastral-code.js';
import { escapeHtml } from './escape.js';
import { CLUSTER_DIGIT, CLUSTER_DISTANCE, CLUSTER_RADIUS, circleText, clusterMarks, labelMinZoom, MARK_DIGIT, MARK_RADIUS, MAX_ZOOM, parcelStroke, type PlacedMark } from './map-legibility.js';

export interface MapMark {
  /** The number shown on the map and in the table. */
  number: number;
  finding: Finding;
  /** id of the mark element, and of the table row it links back to. */
  markId: string;
  rowId: string;
}

const WIDTH = 900;
const MAX_HEIGHT = 640;
const MARGIN = 36;
/** A band under the drawing for the scale bar, so it never covers a feature. */
const SCALE_BAND = 34;
/** The spacing of marks at one spot at zoom 1: they part (and their cluster splits) from about zoom 8 on. */
const FAN_STEP = 3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Drawing order, bottom to top: areas first, then lines, then points. */
const ROLE_ORDER: Array<Role | null> = ['parcel', 'obligation', 'building', 'linear', 'sides', 'points', 'markers', null];

/** The box grown by a point, unless a coordinate is not finite: the map draws what it can place and skips the rest. */
function grow(box: Box, x: number, y: number): void {
  if (Number.isFinite(x) && Number.isFinite(y)) expandBox(box, x, y);
}

/** 1, 2 or 5 times a power of ten, at most `value`: a scale bar length a surveyor reads at a glance. */
export function niceLength(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const leading = value / power;
  return (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
}

class Projection {
  readonly scale: number;
  readonly height: number;
  constructor(private readonly box: Box) {
    const spanX = Math.max(box.maxX - box.minX, 1e-9);
    const spanY = Math.max(box.maxY - box.minY, 1e-9);
    this.scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (MAX_HEIGHT - 2 * MARGIN) / spanY);
    this.height = Math.round(spanY * this.scale + 2 * MARGIN + SCALE_BAND);
  }
  x(x: number): number {
    return Math.round((MARGIN + (x - this.box.minX) * this.scale) * 100) / 100;
  }
  /** North up: SVG's y grows downwards, northings upwards. */
  y(y: number): number {
    return Math.round((MARGIN + (this.box.maxY - y) * this.scale) * 100) / 100;
  }
  point(position: GeoPosition): string {
    return `${this.x(position[0]!)} ${this.y(position[1]!)}`;
  }
  ring(ring: GeoPosition[], close: boolean): string {
    const finite = ring.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
    if (finite.length === 0) return '';
    return `M${finite.map((p) => this.point(p)).join('L')}${close ? 'Z' : ''}`;
  }
}

/** SVG elements for one geometry; polygons as one even-odd path so holes stay holes. */
function shapes(geometry: Geometry, projection: Projection, className: string, pointRadius: number): string[] {
  switch (geometry.type) {
    case 'Point': return Number.isFinite(geometry.coordinates[0]) ? [`<circle class="${className}" cx="${projection.x(geometry.coordinates[0]!)}" cy="${projection.y(geometry.coordinates[1]!)}" r="${pointRadius}"/>`] : [];
    case 'MultiPoint': return geometry.coordinates.flatMap((coordinates) => shapes({ type: 'Point', coordinates }, projection, className, pointRadius));
    case 'LineString': return [`<path class="${className}" d="${projection.ring(geometry.coordinates, false)}"/>`];
    case 'MultiLineString': return [`<path class="${className}" d="${geometry.coordinates.map((line) => projection.ring(line, false)).join('')}"/>`];
    case 'Polygon': return [`<path class="${className}" fill-rule="evenodd" d="${geometry.coordinates.map((ring) => projection.ring(ring, true)).join('')}"/>`];
    case 'MultiPolygon': return [`<path class="${className}" fill-rule="evenodd" d="${geometry.coordinates.flatMap((polygon) => polygon.map((ring) => projection.ring(ring, true))).join('')}"/>`];
    case 'GeometryCollection': return geometry.geometries.flatMap((part) => shapes(part, projection, className, pointRadius));
  }
}

export function markPosition(finding: Finding): Position | null {
  return finding.location ?? leastPosition(finding.geometry);
}

/** The layers cadcheck could place in the profile CRS (a layer whose CRS is unknown is listed, not drawn). */
export function drawableLayers(layers: Layer[]): Layer[] {
  return layers.filter((layer) => layer.measurable);
}

/** What the map draws besides the survey's own layers. */
export interface MapExtras {
  /** The registered parcels near the survey (--registered), drawn under it with their cadastral codes. */
  registered?: readonly Feature[] | null;
  /** The names the parcels' cadastral code may be written under besides cad_code (the profile's fields.parcel.cad_code). */
  cadCodeAliases?: readonly string[];
}

const BUILDING_NUMBER_FIELDS = ['number', 'bld_number', 'nomeri'];

/** A feature's value of the first of `fields` it has (field names compared case-insensitively), as text. */
function fieldText(feature: Feature, fields: readonly string[]): string | null {
  for (const field of fields) {
    for (const [key, value] of Object.entries(feature.properties)) {
      if (key.toLowerCase() !== field) continue;
      if ((typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))) return String(value).trim();
    }
  }
  return null;
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function renderMap(layers: Layer[], marks: MapMark[], crs: string, labels: Labels = englishLabels, extras: MapExtras = {}): string | null {
  const box = emptyBox();
  const drawn = drawableLayers(layers);
  for (const layer of drawn) for (const feature of layer.features) if (feature.geometry) expandBoxByGeometry(box, feature.geometry);
  for (const { finding } of marks) {
    if (finding.geometry) expandBoxByGeometry(box, finding.geometry);
    const at = markPosition(finding);
    if (at) grow(box, at[0], at[1]);
  }
  if (!Number.isFinite(box.minX)) return null;
  const registered = extras.registered ?? [];
  for (const feature of registered) if (feature.geometry) expandBoxByGeometry(box, feature.geometry);
  // A lone point or a straight east-west line still gets a drawable window of at least 10 m.
  const padX = Math.max(0, 10 - (box.maxX - box.minX)) / 2;
  const padY = Math.max(0, 10 - (box.maxY - box.minY)) / 2;
  const projection = new Projection({ minX: box.minX - padX, minY: box.minY - padY, maxX: box.maxX + padX, maxY: box.maxY + padY });

  // Labels keep their size on screen at every zoom: the script scales each about its own point, the middle of its
  // feature's box. A label that does not fit in that box at zoom 1 waits, hidden ("off"), for the zoom it fits at
  // (data-min-zoom), where the script shows it: 10,000 parcels a few pixels wide show no codes until zoomed in.
  const labelParts: string[] = [];
  const label = (className: string, geometry: Geometry, text: string | null): void => {
    const box = geometryBox(geometry);
    if (!box || text === null) return;
    const x = projection.x((box.minX + box.maxX) / 2);
    const y = projection.y((box.minY + box.maxY) / 2);
    const minZoom = labelMinZoom(text, className, (box.maxX - box.minX) * projection.scale, (box.maxY - box.minY) * projection.scale);
    if (!(minZoom <= MAX_ZOOM)) return;
    labelParts.push(minZoom <= 1
      ? `<g class="label ${className} zs" data-x="${x}" data-y="${y}" transform="translate(${x} ${y})"><text>${escapeHtml(text)}</text></g>`
      : `<g class="label ${className} zs off" data-x="${x}" data-y="${y}" data-min-zoom="${Math.ceil(minZoom * 100) / 100}"><text>${escapeHtml(text)}</text></g>`);
  };

  const registeredParts = registered.flatMap((feature) => (feature.geometry ? shapes(feature.geometry, projection, 'layer-registered', 3) : []));
  for (const feature of registered) if (feature.geometry) label('label-registered', feature.geometry, feature.id);

  const layerParts: string[] = [];
  const parcelSizes: number[] = [];
  for (const role of ROLE_ORDER) {
    for (const layer of drawn.filter((l) => l.role === role)) {
      const className = `layer-${role ?? 'other'}`;
      const elements = layer.features.flatMap((feature) => (feature.geometry ? shapes(feature.geometry, projection, className, 3) : []));
      layerParts.push(`<g data-layer="${escapeHtml(layer.file)}"><title>${escapeHtml(layer.file)}</title>${elements.join('')}</g>`);
      // A parcel is labelled with its cadastral code read as the rules read it (src/model/cadastral-code.ts).
      const labelOf = role === 'parcel' ? (feature: Feature) => cadCodeOf(feature.properties, extras.cadCodeAliases)
        : role === 'building' ? (feature: Feature) => fieldText(feature, BUILDING_NUMBER_FIELDS) : null;
      if (labelOf) for (const feature of layer.features) if (feature.geometry) label(`label-${role}`, feature.geometry, labelOf(feature));
      if (role === 'parcel') {
        for (const feature of layer.features) {
          const box = feature.geometry ? geometryBox(feature.geometry) : null;
          if (box) parcelSizes.push(Math.min(box.maxX - box.minX, box.maxY - box.minY) * projection.scale);
        }
      }
    }
  }
  // The typical parcel's size on screen at zoom 1 (the median of its boxes' shorter sides): its outlines' width, which
  // the script scales with the zoom.
  const parcelSize = parcelSizes.length ? round(parcelSizes.sort((a, b) => a - b)[Math.floor(parcelSizes.length / 2)]!) : null;
  const stroke = parcelSize === null ? 2 : parcelStroke(parcelSize);
  const problemParts = marks
    .filter(({ finding }) => finding.geometry)
    .map(({ finding, number }) => `<g class="problem ${finding.severity}" data-finding="${number}">${shapes(finding.geometry!, projection, 'problem-shape', 4).join('')}</g>`);

  // Marks at the very same spot are spread on a small sunflower spiral (a few pixels at zoom 1, where they are one
  // cluster): zoomed in far enough, each number stands on its own, tied to the spot by a leader line.
  const taken = new Map<string, number>();
  const placed: PlacedMark[] = [];
  const markBodies = new Map<number, { cx: number; cy: number; x: number; y: number; stacked: number; finding: Finding; markId: string; rowId: string }>();
  for (const { finding, number, markId, rowId } of marks) {
    const at = markPosition(finding);
    if (!at) continue;
    const cx = projection.x(at[0]);
    const cy = projection.y(at[1]);
    const key = `${cx},${cy}`;
    const stacked = taken.get(key) ?? 0;
    taken.set(key, stacked + 1);
    const x = round(cx + FAN_STEP * Math.sqrt(stacked) * Math.cos(stacked * GOLDEN_ANGLE));
    const y = round(cy + FAN_STEP * Math.sqrt(stacked) * Math.sin(stacked * GOLDEN_ANGLE));
    placed.push({ x, y, severity: finding.severity, number, rowId });
    markBodies.set(number, { cx, cy, x, y, stacked, finding, markId, rowId });
  }
  const clusters = clusterMarks(placed, CLUSTER_DISTANCE);
  const clustered = new Set(clusters.flatMap((members) => members.map((member) => member.number)));
  const markParts = [...markBodies.entries()].map(([number, { cx, cy, x, y, stacked, finding, markId, rowId }]) =>
    `<a class="mark ${finding.severity}${clustered.has(number) ? ' in-cluster' : ''}" id="${markId}" href="#${rowId}" data-number="${number}" data-x="${x}" data-y="${y}">` +
      `<title>${number}. ${escapeHtml(finding.ruleId)}: ${escapeHtml(finding.message)}</title>` +
      (stacked > 0 ? `<line class="mark-leader" x1="${cx}" y1="${cy}" x2="${x}" y2="${y}"/>` : '') +
      `<g class="mark-body" transform="translate(${x} ${y})"><circle cx="0" cy="0" r="${MARK_RADIUS}"/>${circleText(String(number), MARK_RADIUS, MARK_DIGIT)}</g></a>`);
  const clusterParts = clusters.map((members) => {
    // At its first mark: clusters and loose marks then stand CLUSTER_DISTANCE apart and never overlap.
    const { x, y } = members[0]!;
    const worst = members.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
    const numbers = members.map((member) => member.number).sort((a, b) => a - b);
    return `<a class="cluster ${worst.severity} zs" href="#${members[0]!.rowId}" data-count="${members.length}" data-x="${x}" data-y="${y}" transform="translate(${x} ${y})">` +
      `<title>${escapeHtml(labels.mapCluster(members.length, numbers.join(', ')))}</title><circle cx="0" cy="0" r="${CLUSTER_RADIUS}"/>${circleText(String(members.length), CLUSTER_RADIUS, CLUSTER_DIGIT)}</a>`;
  });

  const barMetres = niceLength(160 / projection.scale);
  const barPixels = round(barMetres * projection.scale);
  const barY = projection.height - 12;
  const half = round(barPixels / 2);
  // Scale bar and north arrow stand on a pale backing: zoomed in, the drawing passes under them and its labels would
  // run into theirs. The bar is at most 160 px long, its end label a little past it.
  const scaleBar =
    `<rect class="map-furniture" x="${MARGIN - 10}" y="${barY - 26}" width="210" height="32"/>` +
    `<g class="scale-bar" aria-label="${escapeHtml(labels.mapAria.scaleBar(String(barMetres)))}">` +
    `<rect x="${MARGIN}" y="${barY - 6}" width="${half}" height="6" class="bar-dark"/>` +
    `<rect x="${MARGIN + half}" y="${barY - 6}" width="${round(barPixels - half)}" height="6" class="bar-light"/>` +
    `<text x="${MARGIN}" y="${barY - 10}">0</text><text class="bar-end" x="${MARGIN + barPixels}" y="${barY - 10}">${barMetres} m</text></g>`;
  const northX = WIDTH - 28;
  const northArrow =
    `<rect class="map-furniture" x="${northX - 16}" y="6" width="32" height="54"/>` +
    `<g class="north-arrow" aria-label="${escapeHtml(labels.mapAria.north(crs))}">` +
    `<path d="M${northX} 12L${northX + 9} 40L${northX} 33L${northX - 9} 40Z"/><text x="${northX}" y="54">N</text></g>`;

  // The drawing sits in a nested <svg> whose viewBox the script zooms and pans; the scale bar and north arrow stay put.
  const viewBox = `0 0 ${WIDTH} ${projection.height}`;
  return (
    `<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${WIDTH}" height="${projection.height}" role="img" aria-label="${escapeHtml(labels.mapAria.map(crs))}" data-scale="${projection.scale}">` +
    `<rect class="map-background" x="0" y="0" width="${WIDTH}" height="${projection.height}"/>` +
    `<svg class="map-view" x="0" y="0" width="${WIDTH}" height="${projection.height}" viewBox="${viewBox}"${parcelSize === null ? '' : ` data-parcel-size="${parcelSize}"`}${stroke === 2 ? '' : ` style="--parcel-stroke:${stroke}px"`}>` +
    (registeredParts.length ? `<g class="registered"><title>${escapeHtml(labels.legend.registered)}</title>${registeredParts.join('')}</g>` : '') +
    `<g class="layers">${layerParts.join('')}</g><g class="problems">${problemParts.join('')}</g><g class="labels">${labelParts.join('')}</g>` +
    `<g class="marks">${markParts.join('')}</g><g class="clusters">${clusterParts.join('')}</g></svg>` +
    `${scaleBar}${northArrow}</svg>`
  );
}
