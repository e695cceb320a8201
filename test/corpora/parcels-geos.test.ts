// Outside truth: cadcheck's parcel-overlap, parcel-gap and vertex-near-miss findings on two real cadastres, held finding
// by finding against a reference computed with GEOS 3.13 (geos-wasm), by code that shares nothing with src/geom.
//
// The layers are read by cadcheck's reader and reprojected to their metric CRS (as test/corpora/parcels.test.ts does):
// the coordinates are common input, every geometric decision after that is GEOS's or this file's.
//
// The reference, per rule (RULES.md says what each finding is; the numbers below are its definitions, not our code's):
//  - overlap: each polygonal part of GEOSIntersection of two parcels; width = diameter of GEOSMaximumInscribedCircle;
//    kept from 1 mm (`coincident`); error above 0.15 m (`accuracy`), warning up to it.
//  - near-miss: for each vertex of a parcel and each other parcel: its nearest vertex (plain distance); 1 mm to
//    0.15 m is a near-vertex relation (one per pair of vertices, whichever parcel comes first); no vertex within
//    0.15 m but GEOSDistance to the parcel's boundary from 1 mm to 0.15 m is a near-edge relation.
//  - gap: "the largest separation between the parcels across the gap, an open strip's region ending where the
//    separation reaches gapMaxWidth" is a morphological closing: buffer the union (GEOSUnaryUnion) out and in by
//    gapMaxWidth / 2; the closing minus the union is where a 1 m disc cannot pass. Each part of it that lies along
//    at least two parcels over a positive length is a candidate; its width is the diameter of its largest
//    inscribed circle. Where that circle touches the closing's own arc, the part is a wedge whose opening angle
//    follows from the circle: r_mic = R (1 - sin(θ/2)) / (1 + sin(θ/2)) with R = gapMaxWidth / 2; the rule's doc
//    (docs/rules/topology/parcel-gap.md) calls openings of 2·atan(1/4) ≈ 28.07° or more corners, not gaps.
//    Holes of the union are enclosed areas: narrower than gapMaxWidth a gap, wider the info "enclosedArea".
// Every difference between the reference and cadcheck is listed in EXPECTED_DIFFERENCES with its reason; the test
// asserts the list is exactly what it finds, so a new difference (or one that disappears) fails it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import initGeosJs from 'geos-wasm';
import { geojsonToGeosGeom, geosGeomToGeojson } from 'geos-wasm/helpers';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings, validateConfig, runProfileRules } from '../../src/catalogue.js';
import type { Settings } from '../../src/engine/settings.js';
import { loadRegistered } from '../../src/io/registered.js';
import type { Feature, Finding, Geometry } from '../../src/model.js';
import { REPO } from '../helpers.js';
import { submissionOf } from './parcel-submission.js';

const CORPUS = join(REPO, '../shared/corpora/parcels');

const COINCIDENT = 0.001;
const ACCURACY = 0.15;
const GAP_MAX_WIDTH = 1.0;
/** The widest opening at which two boundaries still face each other (docs/rules/topology/parcel-gap.md). */
const MAX_FACING_ANGLE = 2 * Math.atan(1 / 4);
/** Width to 0.1 mm in GEOS's inscribed circle; findings compare to 1 mm. */
const MIC_TOLERANCE = 0.0001;
const MM = 0.001 + 1e-4;
/** How far a noded edge of an overlay may lie from the parcel edge it came from. */
const NODING = 1e-6;

// ---- the corpora (as test/corpora/parcels.test.ts reads them) ----

interface Corpus {
  name: string;
  file: string;
  config: Record<string, unknown>;
  box: number[];
}

const CORPORA: Corpus[] = [
  {
    name: 'gr-kastoria-1925-egsa87',
    file: join(CORPUS, 'gr-kastoria-1925-egsa87/cad1925.shp'),
    config: { crs: ['EPSG:2100'], extent: { lonMin: 19, lonMax: 30, latMin: 34, latMax: 42 }, fields: { parcel: { cad_code: ['KAK'] } } },
    box: [260000, 4480000, 280000, 4500000],
  },
  {
    name: 'fr-etalab-91216-epinay-sur-orge',
    file: join(CORPUS, 'fr-etalab-91216-epinay-sur-orge/cadastre-91216-parcelles.json'),
    config: { crs: ['EPSG:2154'], extent: { lonMin: -5.5, lonMax: 10, latMin: 41, latMax: 51.5 }, fields: { parcel: { cad_code: ['id'] } } },
    box: [600000, 6800000, 700000, 6900000],
  },
];

async function loadCorpus(corpus: Corpus, settings: Settings): Promise<Feature[]> {
  const [minX, minY, maxX, maxY] = corpus.box as [number, number, number, number];
  const geometry = { type: 'Polygon' as const, coordinates: [[[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY], [minX, minY]]] };
  const whole = submissionOf([{ index: 0, id: null, geometry, sourceGeometry: geometry, properties: {} }], settings.crs);
  return (await loadRegistered(corpus.file, whole, settings)).features;
}

// ---- GEOS ----

type Ptr = number;
interface GeosApi {
  Module: { _malloc(n: number): Ptr; _free(p: Ptr): void; getValue(p: Ptr, type: string): number };
  [name: string]: unknown;
}
let geos: GeosApi;
let doubleOut: Ptr;
const call = (name: string, ...args: number[]): number => (geos[name] as (...a: number[]) => number)(...args);
// The helpers' own types name a GeoJSON namespace this project does not load; they are used through these two doors.
const geoJsonToGeos = geojsonToGeosGeom as unknown as (geometry: unknown, module: GeosApi) => Ptr;
const geosToGeoJson = geosGeomToGeojson as unknown as (g: Ptr, module: GeosApi) => Geometry;
const fromGeoJson = (geometry: unknown): Ptr => geoJsonToGeos(geometry, geos);
const toGeoJson = (g: Ptr): Geometry => geosToGeoJson(g, geos);
const destroy = (g: Ptr): void => { if (g) call('GEOSGeom_destroy', g); };
function readDouble(name: string, ...args: number[]): number {
  call(name, ...args, doubleOut);
  return geos.Module.getValue(doubleOut, 'double');
}
const areaOf = (g: Ptr): number => readDouble('GEOSArea', g);
const lengthOf = (g: Ptr): number => readDouble('GEOSLength', g);
const distance = (a: Ptr, b: Ptr): number => readDouble('GEOSDistance', a, b);
const pointXY = (p: Ptr): [number, number] => [readDouble('GEOSGeomGetX', p), readDouble('GEOSGeomGetY', p)];

/** The polygons in a geometry (parts of multi-geometries and collections; other parts dropped). Owned by `g`. */
function polygonsIn(g: Ptr): Ptr[] {
  const type = call('GEOSGeomTypeId', g);
  if (type === 3) return call('GEOSisEmpty', g) ? [] : [g];
  if (type === 6 || type === 7) {
    const out: Ptr[] = [];
    for (let i = 0; i < call('GEOSGetNumGeometries', g); i++) out.push(...polygonsIn(call('GEOSGetGeometryN', g, i)));
    return out;
  }
  return [];
}

/** Diameter of the largest inscribed circle, and its centre. */
function inscribed(g: Ptr): { width: number; centre: [number, number]; radius: number } {
  const line = call('GEOSMaximumInscribedCircle', g, MIC_TOLERANCE);
  const start = call('GEOSGeomGetStartPoint', line);
  const centre = pointXY(start);
  const radius = lengthOf(line);
  destroy(start);
  destroy(line);
  return { width: 2 * radius, centre, radius };
}

// ---- what a layer's parcels are ----

interface Parcel {
  name: string;
  g: Ptr;
  boundary: Ptr;
  box: [number, number, number, number];
  vertices: Array<[number, number]>;
}

function ringsOf(geometry: Geometry): number[][][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as number[][][][]).flat();
  return [];
}

function parcelsOf(features: Feature[]): Parcel[] {
  return features.map((feature) => {
    const rings = ringsOf(feature.geometry!);
    const all = rings.flat();
    const xs = all.map((p) => p[0]!), ys = all.map((p) => p[1]!);
    const g = fromGeoJson(feature.geometry);
    return {
      name: feature.id ?? `#${feature.index}`, g, boundary: call('GEOSBoundary', g),
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      vertices: rings.flatMap((ring) => ring.slice(0, -1).map((p) => [p[0]!, p[1]!] as [number, number])),
    };
  });
}

/** Pairs of parcels whose boxes come within `margin` (a sweep along x). */
function nearPairs(parcels: Parcel[], margin: number): Array<[number, number]> {
  const order = parcels.map((_, i) => i).sort((a, b) => parcels[a]!.box[0] - parcels[b]!.box[0]);
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < order.length; a++) {
    const i = order[a]!;
    const p = parcels[i]!;
    for (let b = a + 1; b < order.length && parcels[order[b]!]!.box[0] <= p.box[2] + margin; b++) {
      const j = order[b]!;
      const q = parcels[j]!;
      if (q.box[1] > p.box[3] + margin || q.box[3] < p.box[1] - margin) continue;
      pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs;
}

const severityOf = (width: number): string => (width > ACCURACY ? 'error' : 'warning');
const mm = (v: number): string => v.toFixed(3);
const at = (p: number[]): string => `${p[0]!.toFixed(3)},${p[1]!.toFixed(3)}`;

/**
 * How elongated a corner's fillet can be: the closing fills the corner between two straight sides opening at θ with
 * a region bounded by the disc's arc, of area R²(cot(θ/2) - (π - θ)/2) and inscribed diameter 2R(1 - sin(θ/2)) /
 * (1 + sin(θ/2)). Over the corners (θ from 28.07° to where the fillet is 1 mm wide) area / width² stays under this
 * (about 20, reached by the flattest corners); a strip a few millimetres wide and a metre long is hundreds.
 */
const FILLET_ELONGATION = (() => {
  const R = GAP_MAX_WIDTH / 2;
  let most = 0;
  for (let theta = MAX_FACING_ANGLE; theta < Math.PI; theta += 0.0005) {
    const s = Math.sin(theta / 2);
    const width = (2 * R * (1 - s)) / (1 + s);
    if (width < COINCIDENT) break;
    most = Math.max(most, (R * R * (1 / Math.tan(theta / 2) - (Math.PI - theta) / 2)) / (width * width));
  }
  return most * 1.5;
})();

// ---- the reference, and cadcheck's findings in the same terms ----

/** A finding as compared: a key naming the relation, its width or distance, and (gaps) its region. */
interface Item {
  key: string;
  severity: string;
  measured: number;
  region?: Ptr;
  /** What the reference saw (a gap's opening angle), printed with a difference. */
  note?: string;
}

function referenceOverlaps(parcels: Parcel[]): Item[] {
  const items: Item[] = [];
  for (const [i, j] of nearPairs(parcels, 0)) {
    const [a, b] = [parcels[i]!, parcels[j]!];
    if (!call('GEOSIntersects', a.g, b.g)) continue;
    const intersection = call('GEOSIntersection', a.g, b.g);
    for (const part of polygonsIn(intersection)) {
      if (areaOf(part) <= 0) continue;
      const { width } = inscribed(part);
      if (width >= COINCIDENT) items.push({ key: `overlap ${[a.name, b.name].sort().join(' x ')}`, severity: severityOf(width), measured: width });
    }
    destroy(intersection);
  }
  return items;
}

function cadcheckOverlaps(findings: Finding[]): Item[] {
  return findings.filter((f) => f.ruleId === 'topology/parcel-overlap').map((f) => ({
    key: `overlap ${[String(f.data.parcel), String(f.data.other)].sort().join(' x ')}`, severity: f.severity, measured: f.measured!,
  }));
}

function referenceNearMisses(parcels: Parcel[]): Item[] {
  const items = new Map<string, Item>();
  const neighbours = new Map<number, number[]>();
  for (const [i, j] of nearPairs(parcels, ACCURACY)) {
    neighbours.set(i, [...(neighbours.get(i) ?? []), j]);
    neighbours.set(j, [...(neighbours.get(j) ?? []), i]);
  }
  parcels.forEach((a, i) => {
    for (const v of a.vertices) {
      for (const j of neighbours.get(i) ?? []) {
        const b = parcels[j]!;
        if (v[0] < b.box[0] - ACCURACY || v[0] > b.box[2] + ACCURACY || v[1] < b.box[1] - ACCURACY || v[1] > b.box[3] + ACCURACY) continue;
        let best = Infinity, w: [number, number] = v;
        for (const u of b.vertices) {
          const d = Math.hypot(u[0] - v[0], u[1] - v[1]);
          if (d < best) [best, w] = [d, u];
        }
        if (best < COINCIDENT) continue;
        if (best < ACCURACY) {
          const ends = [`${a.name}@${at(v)}`, `${b.name}@${at(w)}`].sort();
          const key = `near-vertex ${ends.join(' ~ ')}`;
          items.set(key, { key, severity: 'warning', measured: best });
          continue;
        }
        const point = call('GEOSGeom_createPointFromXY', v[0], v[1]);
        const d = distance(point, b.boundary);
        destroy(point);
        if (d >= COINCIDENT && d < ACCURACY) {
          const key = `near-edge ${a.name}@${at(v)} -> ${b.name}`;
          items.set(key, { key, severity: 'warning', measured: d });
        }
      }
    }
  });
  return [...items.values()];
}

function cadcheckNearMisses(findings: Finding[]): Item[] {
  return findings.filter((f) => f.ruleId === 'tolerance/vertex-near-miss').map((f) => {
    const [v, w] = (f.geometry as { coordinates: number[][] }).coordinates as [number[], number[]];
    const self = f.featureId ?? `#${f.featureIndex}`;
    const other = String(f.data.other).replace(/^parcel /, '');
    const key = f.messageId === 'nearVertex' ? `near-vertex ${[`${self}@${at(v)}`, `${other}@${at(w)}`].sort().join(' ~ ')}` : `near-edge ${self}@${at(v)} -> ${other}`;
    return { key, severity: f.severity, measured: f.measured! };
  });
}

function referenceGaps(parcels: Parcel[]): Item[] {
  const collection = fromGeoJson({ type: 'GeometryCollection', geometries: parcels.map((p) => toGeoJson(p.g)) });
  const union = call('GEOSUnaryUnion', collection);
  const R = GAP_MAX_WIDTH / 2;
  const grown = call('GEOSBuffer', union, R, 32);
  const closing = call('GEOSBuffer', grown, -R, 32);
  const closingEdge = call('GEOSBoundary', closing);
  const residue = call('GEOSDifference', closing, union);
  const along = (region: Ptr): string[] => {
    const edge = call('GEOSBoundary', region);
    const names: string[] = [];
    const xy = ringsOf(toGeoJson(region)).flat();
    const [minX, minY] = [Math.min(...xy.map((q) => q[0]!)), Math.min(...xy.map((q) => q[1]!))];
    const [maxX, maxY] = [Math.max(...xy.map((q) => q[0]!)), Math.max(...xy.map((q) => q[1]!))];
    for (const p of parcels) {
      if (p.box[0] > maxX + NODING || p.box[2] < minX - NODING || p.box[1] > maxY + NODING || p.box[3] < minY - NODING) continue;
      if (!call('GEOSIntersects', region, p.g) && distance(region, p.g) > NODING) continue;
      // The region's edge within NODING of the parcel's boundary: overlaid edges are noded, so not exactly collinear.
      const band = call('GEOSBuffer', p.boundary, NODING, 2);
      const shared = call('GEOSIntersection', edge, band);
      if (lengthOf(shared) > COINCIDENT) names.push(p.name);
      destroy(shared);
      destroy(band);
    }
    destroy(edge);
    return names.sort();
  };
  const items: Item[] = [];
  // Holes of the union: enclosed areas.
  const holes: Ptr[] = [];
  for (const part of polygonsIn(union)) {
    for (let h = 0; h < call('GEOSGetNumInteriorRings', part); h++) {
      const ring = call('GEOSGeom_clone', call('GEOSGetInteriorRingN', part, h));
      const hole = call('GEOSGeom_createPolygon', ring, 0, 0);
      holes.push(hole);
      const names = along(hole);
      if (names.length < 2) continue;
      const { width } = inscribed(hole);
      if (width < COINCIDENT) continue;
      const enclosed = width >= GAP_MAX_WIDTH;
      items.push({ key: `${enclosed ? 'enclosed-area' : 'gap'} ${names.join(', ')}`, severity: enclosed ? 'info' : severityOf(width), measured: width, region: hole, note: 'enclosed' });
    }
  }
  // The closing's parts outside the holes: open strips and wedges.
  for (const part of polygonsIn(residue)) {
    const area = areaOf(part);
    if (area <= 0 || holes.some((hole) => { const x = call('GEOSIntersection', part, hole); const a = areaOf(x); destroy(x); return a > 0.5 * area; })) continue;
    const names = along(part);
    if (names.length < 2) continue;
    const { width, centre, radius } = inscribed(part);
    if (width < COINCIDENT) continue;
    const c = call('GEOSGeom_createPointFromXY', centre[0], centre[1]);
    const touchesArc = distance(c, closingEdge) <= radius + 2 * MIC_TOLERANCE;
    destroy(c);
    const s = (R - radius) / (R + radius);
    const angle = touchesArc ? 2 * Math.asin(Math.max(-1, Math.min(1, s))) : 0;
    // A corner's closing is a fillet; a region longer than any fillet is a strip that opens into wide land.
    if (angle >= MAX_FACING_ANGLE && area / (width * width) <= FILLET_ELONGATION) continue;
    const note = 'open';
    items.push({ key: `gap ${names.join(', ')}`, severity: severityOf(width), measured: width, region: call('GEOSGeom_clone', part), note });
  }
  for (const g of [collection, union, grown, closing, closingEdge, residue]) destroy(g);
  return items;
}

function cadcheckGaps(findings: Finding[]): Item[] {
  return findings.filter((f) => f.ruleId === 'topology/parcel-gap').map((f) => ({
    key: `${f.messageId === 'enclosedArea' ? 'enclosed-area' : 'gap'} ${String(f.data.parcels).split(', ').sort().join(', ')}`,
    severity: f.severity, measured: f.measured!, region: fromGeoJson(f.geometry),
  }));
}

/**
 * The same width: to 1 mm, except for an open strip. Its region is cut off where the separation reaches gapMaxWidth,
 * and the two cut it differently: the closing along the arc of the 1 m disc, which bulges into the strip, the rule
 * straight across where its facing edges are 1 m apart, farther out. The closing's region lies inside the rule's, so
 * its inscribed circle can only be smaller: GEOS <= cadcheck < gapMaxWidth (by up to 0.14 m on these maps, in V-shaped
 * openings, where the arc cuts deepest).
 */
function widthAgrees(item: Item, measured: number): boolean {
  if (item.note?.startsWith('open')) return measured >= item.measured - MM && measured < GAP_MAX_WIDTH;
  return Math.abs(measured - item.measured) <= MM;
}

/**
 * Differences, one line each: what GEOS finds that cadcheck does not, the reverse, and matched relations whose
 * severity or measure differ by more than 1 mm. Gaps are matched by region (areas overlapping), others by key.
 */
function differences(reference: Item[], found: Item[]): string[] {
  const left = [...found];
  const out: string[] = [];
  for (const item of reference) {
    const same = (other: Item): boolean => other.key === item.key
      || (item.region !== undefined && other.region !== undefined && (() => { const x = call('GEOSIntersection', item.region, other.region); const a = areaOf(x); destroy(x); return a > 1e-6; })());
    const candidates = left.filter(same);
    const match = candidates.find((other) => other.severity === item.severity && widthAgrees(item, other.measured)) ?? candidates[0];
    const seen = `${item.key} ${item.severity} ${mm(item.measured)} m${item.note ? ` (${item.note})` : ''}`;
    if (!match) { out.push(`${seen}: GEOS only`); continue; }
    left.splice(left.indexOf(match), 1);
    if (match.severity !== item.severity || !widthAgrees(item, match.measured) || match.key !== item.key) {
      out.push(`${seen}: cadcheck ${match.key} ${match.severity} ${mm(match.measured)} m`);
    }
  }
  for (const item of left) out.push(`${item.key} ${item.severity} ${mm(item.measured)} m: cadcheck only`);
  return out.sort();
}

// ---- the expected differences, each with its reason ----

/**
 * A pinch: corners of two parcels less than 1 m apart, the uncovered land opening out on both sides. The rule finds
 * two edges there facing within 28.07° and in front of each other over a short stretch, and reports the small
 * quadrilateral between them (a gap by RULES.md: facing boundaries, narrower than gapMaxWidth). The closing fills
 * only a lens at the pinch; its inscribed circle touches the 1 m disc's arc, which the reference's angle estimate
 * (made for a V with straight sides) reads as an opening of 60° or more, a corner. A limit of the reference, not of
 * the rule.
 */
const PINCH = 'pinch between two corners: a gap by facing edges; the closing reads it as a wide corner';

/**
 * A sliver that ends in a corner: two parcels' boundaries converge at a few degrees (a wedge sliver, a gap by
 * RULES.md) into the point where a third boundary turns 90°. The closing joins the sliver to the corner's fillet in
 * one region shaped like a fillet (area / width² under FILLET_ELONGATION), which the reference takes for the corner.
 */
const SLIVER_INTO_CORNER = 'wedge sliver ending in a corner: one fillet-shaped region in the closing, a sliver to the rule';
/**
 * Facing sides just under 1 m apart only next to a corner: AN0693's side and AN0694's run 6.5° apart, 0.96 m apart at
 * the 90° corner where they start and 1 m apart 0.3 m from it. The rule reports the triangle between the corner and
 * where the sides reach 1 m (its inscribed circle 0.272 m); the 1 m disc reaches that far into the corner, so the
 * closing fills only the corner's fillet, which the reference takes for the corner.
 */
const STRIP_AT_CORNER = 'sides under 1 m apart only beside a corner: a triangle to the rule, the corner\'s fillet to the closing';
/**
 * An open strip whose facing boundary bends (or is closed by a third side) before the separation reaches gapMaxWidth:
 * the rule's strip region is built from the facing edge runs and ends at the bend, while the closing goes on round it
 * along the same two parcels, so the rule's largest circle is a few mm (AN0635|AN0716: 0.305 vs 0.312 m) to 35 mm
 * (AN0794|AN0795: 0.960 vs 0.995 m, sides 0.904-1.043 m apart, closed by AN0795's short side) narrower. Same parcels,
 * same severity; the width is an under-measure the rule still has (closing note of issue 13), listed so it stays seen.
 */
const STRIP_ENDS_AT_BEND = 'open strip whose boundary bends before the separation reaches 1 m: the rule\'s region ends at the bend (narrower circle), the closing goes round it';

/** Per corpus and rule: difference line -> why it exists. A difference not listed here, or listed and gone, fails. */
const EXPECTED_DIFFERENCES: Record<string, Record<string, Record<string, string>>> = {
  'gr-kastoria-1925-egsa87': {
    overlap: {},
    'near-miss': {},
    gap: {
      // 151115's corner 0.56 m from 151116's corner; the rule's region is the quadrilateral between them.
      'gap 151115, 151116 error 0.561 m: cadcheck only': PINCH,
      'gap 162411, 162420 error 0.877 m: cadcheck only': PINCH,
      'gap 162411, 162425 error 0.621 m: cadcheck only': PINCH,
      // Two strips, 162201|162216 (0.868 m) and 162204|162216 (0.537 m), whose regions share one vertex. The rule's doc:
      // regions that touch only at a point are two findings. The closing fills round that point and joins them.
      'gap 162201, 162204, 162216 error 0.867 m (open): cadcheck gap 162201, 162216 error 0.868 m': 'two strips touching at a point: one region in the closing, two findings by the rule',
      'gap 162204, 162216 error 0.537 m: cadcheck only': 'two strips touching at a point: the second of them',
    },
  },
  'fr-etalab-91216-epinay-sur-orge': {
    overlap: {},
    'near-miss': {},
    gap: {
      // In each, the closing's region there is a fillet (area / width² 1.6-1.8) and the rule's a sliver a few mm to
      // 0.11 m wide: AN0634|AN0635 examined (a 0.85 m wedge of ~8° ending at AN0715's corner); the others have the same signature.
      'gap 91216000AI0708, 91216000AL0508 warning 0.004 m: cadcheck only': SLIVER_INTO_CORNER,
      'gap 91216000AM0026, 91216000ZE0053 warning 0.002 m: cadcheck only': SLIVER_INTO_CORNER,
      'gap 91216000AN0663, 91216000AN0664 warning 0.062 m: cadcheck only': SLIVER_INTO_CORNER,
      'gap 91216000AN0634, 91216000AN0635 warning 0.108 m: cadcheck only': SLIVER_INTO_CORNER,
      'gap 91216000AN0693, 91216000AN0694 error 0.272 m: cadcheck only': STRIP_AT_CORNER,
      'gap 91216000AN0635, 91216000AN0716 error 0.312 m (open): cadcheck gap 91216000AN0635, 91216000AN0716 error 0.305 m': STRIP_ENDS_AT_BEND,
      'gap 91216000AN0794, 91216000AN0795 error 0.995 m (open): cadcheck gap 91216000AN0794, 91216000AN0795 error 0.960 m': STRIP_ENDS_AT_BEND,
      // A dead-end channel: AN0798's side and AN0795's run parallel 0.978 m apart (under gapMaxWidth: a gap by
      // RULES.md), closed by AN0798's 0.98 m end side. A 1 m disc sinks 0.40 m into a 0.978 m mouth, so the closing
      // fills only the channel's back corners (one region, 0.42 m, shaped like a 48° corner to the reference); the
      // rule measures between the facing sides (0.846 m, its region ending where the sides end).
      'gap 91216000AN0795, 91216000AN0798 error 0.846 m: cadcheck only': 'channel just under 1 m wide: the 1 m disc sinks into its mouth, the closing fills only its back corners',
    },
  },
};

describe.skipIf(!existsSync(CORPUS))('GEOS 3.13 (geos-wasm) as outside truth on ../shared/corpora/parcels (skipped when that folder is absent)', () => {
  beforeAll(async () => {
    geos = (await initGeosJs()) as unknown as GeosApi;
    doubleOut = geos.Module._malloc(8);
  });

  describe.each(CORPORA)('$name', (corpus) => {
    let parcels: Parcel[];
    let findings: Finding[];
    beforeAll(async () => {
      const settings = resolveSettings(undefined, validateConfig(corpus.config, 'corpus config'));
      const features = await loadCorpus(corpus, settings);
      parcels = parcelsOf(features);
      findings = runProfileRules(submissionOf(features, settings.crs), { ...settings, rules: ['topology/parcel-overlap', 'topology/parcel-gap', 'tolerance/vertex-near-miss'] }).findings;
    }, 240_000);

    const expectDifferences = (rule: string, actual: string[]): void => {
      const expected = EXPECTED_DIFFERENCES[corpus.name]![rule]!;
      expect(actual, `${rule}: differences from GEOS (each must be in EXPECTED_DIFFERENCES with its reason)`).toEqual(Object.keys(expected).sort());
    };

    it('topology/parcel-overlap: each overlapping part, its width to 1 mm and severity, as GEOS', () => {
      const reference = referenceOverlaps(parcels);
      expect(reference.length).toBeGreaterThan(0);
      expectDifferences('overlap', differences(reference, cadcheckOverlaps(findings)));
    }, 120_000);

    it('tolerance/vertex-near-miss: each near vertex and near edge, distance to 1 mm, each relation once', () => {
      const reference = referenceNearMisses(parcels);
      expectDifferences('near-miss', differences(reference, cadcheckNearMisses(findings)));
    }, 120_000);

    it('topology/parcel-gap: each gap (enclosed or open strip) and wide enclosed area, width to 1 mm, as the closing by GEOS', () => {
      const reference = referenceGaps(parcels);
      expectDifferences('gap', differences(reference, cadcheckGaps(findings)));
    }, 240_000);
  });
});
