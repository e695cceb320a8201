// geos-wasm (GEOS 3.13) beside jsts as the geometry kernel of the rules (issue 17), operation by operation, on the
// Épinay-shaped layer (scripts/bench/real-layer.ts):
//
//   node dist/scripts/bench/kernels.js [--copies 1,5] [--repeat 3] [--out bench-out/kernels]
//   BENCH_PARTS=kernels BENCH_KERNEL_COPIES=1,5 npm run bench
//
// Each size runs `--repeat` child processes (median CPU printed, `process.cpuUsage`: V8's background threads too). A
// child reads the layer, makes each operation's inputs the way topology/parcel-gap makes them (untimed), then times
// cadcheck's jsts path (the src/geom calls the rules make) and GEOS, GEOS including the marshalling a rule would pay:
// GeoJSON coordinates into the wasm heap (coordinate sequences, or WKB for clusters of segments), and every result back
// to coordinates. The jsts side keeps its results as jsts geometries (what the rule uses next). Operations:
//   validity — findInvalidity (src/geom/validity.ts: raw-coordinate proofs first, IsValidOp for the rest), IsValidOp on
//     every parcel, and GEOSisValidDetail; again on each parcel with its 2nd and 3rd vertices swapped (invalid shapes,
//     so kinds and locations are compared);
//   polygonize — each cluster of unmatched boundary segments that may bound an uncovered face (parcel-gap's enclosed
//     areas): crossing segments noded by a unary union, then polygonized;
//   union — the facing strips (src/geom/facing-strips.ts) unioned per group of overlapping boxes (unionParts);
//   difference — each union part less the parcels it reaches into, one by one after a relate (parcel-gap's withoutParcel);
//   inscribed — the width of each resulting gap (maxInscribedWidth's bisection of buffers vs GEOSMaximumInscribedCircle);
//   cold start — geos-wasm imported and instantiated in a fresh Node, beside bare `node -e 0`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import { resolveSettings, runProfileRules, validateConfig } from '../../src/catalogue.js';
import { loadSubmission } from '../../src/io/submission.js';
import type { Geometry, Position } from '../../src/model.js';
import { boxOf, positionsBox, type Box } from '../../src/geom/box.js';
import { matchSegments, ringsOf } from '../../src/geom/coverage.js';
import { faceClusters } from '../../src/geom/face-clusters.js';
import { withoutExtraCopies } from '../../src/geom/copies.js';
import { uncoveredStrips } from '../../src/geom/facing-strips.js';
import { createSegment, geometryFactory, inOrOnArea, polygonize, toGeoJson, toJsts, unaryUnion, type JstsCoordinate, type JstsGeometry } from '../../src/geom/jsts.js';
import { roundToMillimetre, unionParts, widthToMillimetre } from '../../src/geom/regions.js';
import { canonicalRegion, hairsPer } from '../../src/geom/ring-start.js';
import { BoxIndex, overlappingBoxGroups } from '../../src/geom/spatial-index.js';
import { findInvalidity } from '../../src/geom/validity.js';
import { polygonParts } from '../../src/geom/width.js';
import { polygonShapes } from '../../src/rules/shapes.js';
import { EPINAY, realLayer } from './real-layer.js';
import { timedRun } from './timed-run.js';
import type { GeosWasm as Geos, Ptr } from './geos-api.js';


const GEOS_POLYGON = 3;
const GEOS_MULTILINESTRING = 5;
const GEOS_GEOMETRYCOLLECTION = 7;
/** GEOS's TopologyValidationError messages, in the order of JTS's error codes (validity.ts maps those to kinds). */
const GEOS_REASONS = ['Topology Validation Error', 'Repeated Point', 'Hole lies outside shell', 'Holes are nested', 'Interior is disconnected',
  'Self-intersection', 'Ring Self-intersection', 'Nested shells', 'Duplicate Rings', 'Too few distinct points in geometry component',
  'Invalid Coordinate', 'Ring is not closed'];
/**
 * GEOSMaximumInscribedCircle's tolerance (the radius it finds is within it): the bisection in src/geom/width.ts stops with
 * its width within resolution/2 = 0.25 mm, so 0.125 mm on the radius is the same accuracy on the width.
 */
const MIC_TOLERANCE = 0.000125;

type Rings = number[][][];

/** Plain GeoJSON coordinates in and out of GEOS: what an adapter in src/geom/ would do for each call. */
class GeosBridge {
  private scratch: Ptr = 0;
  private scratchBytes = 0;
  readonly word: Ptr;
  readonly double: Ptr;
  readonly interiors: Ptr;

  constructor(readonly geos: Geos) {
    this.word = geos.Module._malloc(8);
    this.double = geos.Module._malloc(8);
    this.interiors = geos.Module._malloc(10);
    geos.Module.stringToUTF8('T********', this.interiors, 10);
  }

  /** At least `bytes` of wasm heap, reused between calls (8-aligned). */
  buffer(bytes: number): Ptr {
    if (bytes > this.scratchBytes) {
      if (this.scratch) this.geos.Module._free(this.scratch);
      this.scratchBytes = Math.max(bytes, 2 * this.scratchBytes, 4096);
      this.scratch = this.geos.Module._malloc(this.scratchBytes);
    }
    return this.scratch;
  }

  private ring(positions: ArrayLike<ArrayLike<number>>): Ptr {
    const at = this.buffer(16 * positions.length);
    const heap = this.geos.Module.HEAPF64;
    let k = at / 8;
    for (let i = 0; i < positions.length; i++) {
      heap[k++] = positions[i]![0]!;
      heap[k++] = positions[i]![1]!;
    }
    return this.geos.GEOSGeom_createLinearRing(this.geos.GEOSCoordSeq_copyFromBuffer(at, positions.length, 0, 0));
  }

  polygon(rings: Rings): Ptr {
    const shell = this.ring(rings[0]!);
    if (rings.length === 1) return this.geos.GEOSGeom_createPolygon(shell, 0, 0);
    const holes = rings.slice(1).map((ring) => this.ring(ring));
    const list = this.geos.Module._malloc(4 * holes.length);
    this.geos.Module.HEAPU32.set(holes, list / 4);
    const polygon = this.geos.GEOSGeom_createPolygon(shell, list, holes.length);
    this.geos.Module._free(list);
    return polygon;
  }

  /** A Polygon or MultiPolygon (as one GEOS geometry). */
  geometry(geometry: Geometry): Ptr {
    if (geometry.type === 'Polygon') return this.polygon(geometry.coordinates);
    if (geometry.type === 'MultiPolygon') return this.collection(6, (geometry.coordinates as Rings[]).map((rings) => this.polygon(rings)));
    throw new Error(`not polygonal: ${geometry.type}`);
  }

  /** A collection owning `parts`. */
  collection(type: number, parts: Ptr[]): Ptr {
    const list = this.geos.Module._malloc(4 * Math.max(1, parts.length));
    this.geos.Module.HEAPU32.set(parts, list / 4);
    const collection = this.geos.GEOSGeom_createCollection(type, list, parts.length);
    this.geos.Module._free(list);
    return collection;
  }

  /** Segments (ax, ay, bx, by at 4k of `segments`) as one MultiLineString, written as WKB straight into the heap. */
  segments(segments: readonly number[], members: readonly number[]): Ptr {
    const bytes = 9 + 41 * members.length;
    const at = this.buffer(bytes);
    const view = new DataView(this.geos.Module.HEAPU8.buffer, at, bytes);
    view.setUint8(0, 1);
    view.setUint32(1, GEOS_MULTILINESTRING, true);
    view.setUint32(5, members.length, true);
    let o = 9;
    for (const k of members) {
      view.setUint8(o, 1);
      view.setUint32(o + 1, 2, true);
      view.setUint32(o + 5, 2, true);
      view.setFloat64(o + 9, segments[4 * k]!, true);
      view.setFloat64(o + 17, segments[4 * k + 1]!, true);
      view.setFloat64(o + 25, segments[4 * k + 2]!, true);
      view.setFloat64(o + 33, segments[4 * k + 3]!, true);
      o += 41;
    }
    return this.geos.GEOSGeomFromWKB_buf(at, bytes);
  }

  private positions(seq: Ptr): Position[] {
    this.geos.GEOSCoordSeq_getSize(seq, this.word);
    const size = this.geos.Module.HEAPU32[this.word / 4]!;
    const at = this.buffer(16 * size);
    this.geos.GEOSCoordSeq_copyToBuffer(seq, at, 0, 0);
    const heap = this.geos.Module.HEAPF64;
    const out = new Array<Position>(size);
    for (let i = 0, k = at / 8; i < size; i++, k += 2) out[i] = [heap[k]!, heap[k + 1]!];
    return out;
  }

  /** The polygons with area of a result, as coordinates (polygonParts of src/geom/width.ts, for GEOS). */
  polygonParts(g: Ptr, into: Rings[] = []): Rings[] {
    const type = this.geos.GEOSGeomTypeId(g);
    if (type === GEOS_POLYGON) {
      if (this.geos.GEOSisEmpty(g)) return into;
      const rings = [this.positions(this.geos.GEOSGeom_getCoordSeq(this.geos.GEOSGetExteriorRing(g)))];
      const holes = this.geos.GEOSGetNumInteriorRings(g);
      for (let i = 0; i < holes; i++) rings.push(this.positions(this.geos.GEOSGeom_getCoordSeq(this.geos.GEOSGetInteriorRingN(g, i))));
      if (areaOf(rings) > 0) into.push(rings);
    } else if (type === 6 || type === GEOS_GEOMETRYCOLLECTION) {
      for (let i = 0; i < this.geos.GEOSGetNumGeometries(g); i++) this.polygonParts(this.geos.GEOSGetGeometryN(g, i), into);
    }
    return into;
  }

  readDouble(): number {
    return this.geos.Module.HEAPF64[this.double / 8]!;
  }
}

/** Planar area, outer ring less holes (shoelace). */
function areaOf(rings: ArrayLike<ArrayLike<ArrayLike<number>>>): number {
  let total = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r]!;
    let twice = 0;
    for (let i = 0; i + 1 < ring.length; i++) twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
    total += r === 0 ? Math.abs(twice) / 2 : -Math.abs(twice) / 2;
  }
  return total;
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function cpuOf<T>(work: () => T): { cpu: number; value: T } {
  const start = cpuNow();
  const value = work();
  return { cpu: cpuNow() - start, value };
}

export interface KernelRow {
  operation: string;
  n: number;
  jsts: number;
  geos: number;
  agreement: string;
}

// ---- the child: one size, every operation once ----

async function child(folder: string, configFile: string): Promise<KernelRow[]> {
  const settings = resolveSettings(undefined, validateConfig(JSON.parse(readFileSync(configFile, 'utf8')), configFile));
  const submission = await loadSubmission(folder, settings);
  const geos = await (await import('./geos-api.js')).loadGeos();
  const bridge = new GeosBridge(geos);
  const rows: KernelRow[] = [];
  const options = { gapMaxWidth: 1, coincident: 0.001 };
  const hairs = hairsPer(options.coincident);

  // What parcel-gap starts from (src/rules/topology/parcel-gap.ts), untimed.
  const parcels = withoutExtraCopies(polygonShapes(submission, 'parcel'), (parcel) => parcel.feature.geometry!);
  const index = new BoxIndex(parcels.map((parcel) => parcel.box));
  const matching = matchSegments(parcels.map((parcel) => ringsOf(parcel.feature.geometry!)));

  // The whole rule as a check runs it, for the share these operations are of it (first, on cold geometry caches).
  const rule = cpuOf(() => runProfileRules(submission, { ...settings, rules: ['topology/parcel-gap'] }, { registered: null }));
  rows.push({ operation: 'parcel-gap rule, whole (jsts; context)', n: parcels.length, jsts: rule.cpu, geos: NaN, agreement: `${rule.value.findings.length} findings` });

  // 1. Polygonize: the clusters of unmatched segments enclosedAreas() polygonizes.
  const { unmatched } = matching;
  const { clusters, flagged } = faceClusters(matching);
  const jstsFaces = cpuOf(() => clusters.map((members) => {
    const lines: JstsGeometry[] = [];
    const crossing: JstsGeometry[] = [];
    for (const k of members) (flagged[k] ? crossing : lines).push(createSegment(unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!));
    try {
      if (crossing.length > 0) lines.push(unaryUnion(geometryFactory.createMultiLineString(crossing) as unknown as JstsGeometry));
      return polygonize(lines);
    } catch {
      return null;
    }
  }));
  const geosFaces = cpuOf(() => clusters.map((members) => {
    const clean = members.filter((k) => !flagged[k]);
    const crossing = members.filter((k) => flagged[k]);
    const inputs = [bridge.segments(unmatched, clean)];
    if (crossing.length > 0) {
      const lines = bridge.segments(unmatched, crossing);
      inputs.push(geos.GEOSUnaryUnion(lines));
      geos.GEOSGeom_destroy(lines);
    }
    const list = geos.Module._malloc(4 * inputs.length);
    geos.Module.HEAPU32.set(inputs, list / 4);
    const faces = geos.GEOSPolygonize(list, inputs.length);
    geos.Module._free(list);
    for (const input of inputs) geos.GEOSGeom_destroy(input);
    if (!faces) return null;
    const parts = bridge.polygonParts(faces);
    geos.GEOSGeom_destroy(faces);
    return parts;
  }));
  rows.push({
    operation: 'polygonize (segment clusters)', n: clusters.length, jsts: jstsFaces.cpu, geos: geosFaces.cpu,
    agreement: `${clusters.reduce((sum, members) => sum + members.length, 0)} segments, ${clusters.reduce((sum, members) => sum + members.filter((k) => flagged[k]).length, 0)} noded first; ` +
      compareParts(jstsFaces.value.map((faces) => faces && faces.map((face) => areaOf(toRings(face)))), geosFaces.value.map((faces) => faces && faces.map(areaOf)), 'faces'),
  });

  // 2. Union of the facing strips (the pairs parcel-gap forms: near a parcel with an unmatched segment).
  const covered = (point: JstsCoordinate): boolean =>
    index.search({ minX: point.x, minY: point.y, maxX: point.x, maxY: point.y }).some((i) => inOrOnArea(point, parcels[i]!.shape));
  const strips = uncoveredStrips(parcels.map((parcel) => parcel.feature.geometry!), parcels.map((parcel) => parcel.box), index, matching, covered, options);
  const stripRings = strips.map((strip) => toRings(strip));
  const jstsUnion = cpuOf(() => unionParts(strips));
  const geosUnion = cpuOf(() => {
    const groups = overlappingBoxGroups(stripRings.map((rings) => positionsBox(rings[0]!)));
    const parts: Rings[][] = [];
    for (const group of groups) {
      const collection = bridge.collection(GEOS_GEOMETRYCOLLECTION, group.map((i) => bridge.polygon(stripRings[i]!)));
      const union = geos.GEOSUnaryUnion(collection);
      geos.GEOSGeom_destroy(collection);
      parts.push(bridge.polygonParts(union));
      geos.GEOSGeom_destroy(union);
    }
    return parts.flat();
  });
  rows.push({
    operation: 'unary union (facing strips)', n: strips.length, jsts: jstsUnion.cpu, geos: geosUnion.cpu,
    agreement: compareParts([jstsUnion.value.map((part) => part.getArea())], [geosUnion.value.map(areaOf)], 'parts'),
  });

  // 3. Each union part less the parcels it reaches into (withoutParcel of parcel-gap), from the same part for both.
  const unionRings = jstsUnion.value.map((part) => toRings(part));
  const reader = new GeoJSONReader(geometryFactory);
  const jstsParcels = new Map<number, JstsGeometry>();
  const jstsParcel = (i: number): JstsGeometry => {
    let shape = jstsParcels.get(i);
    if (!shape) jstsParcels.set(i, (shape = reader.read(parcels[i]!.feature.geometry!) as unknown as JstsGeometry));
    return shape;
  };
  const jstsRest = cpuOf(() => jstsUnion.value.map((part) => {
    let rest = part;
    for (const i of index.search(boxOf(part))) {
      if (rest.isEmpty()) break;
      try {
        const parcel = jstsParcel(i);
        if (rest.relate(parcel, 'T********')) rest = rest.difference(parcel);
      } catch {
        // the rule takes the parcel's box away instead; both kernels are counted as failing here
      }
    }
    return polygonParts(rest);
  }));
  let geosFailures = 0;
  const geosParcels = new Map<number, Ptr>();
  const geosRest = cpuOf(() => {
    const rests = unionRings.map((rings) => {
      let rest = bridge.polygon(rings);
      for (const i of index.search(boxOfRings(rings))) {
        if (geos.GEOSisEmpty(rest)) break;
        let parcel = geosParcels.get(i);
        if (parcel === undefined) geosParcels.set(i, (parcel = bridge.geometry(parcels[i]!.feature.geometry!)));
        if (geos.GEOSRelatePattern(rest, parcel, bridge.interiors) !== 1) continue;
        const next = geos.GEOSDifference(rest, parcel);
        if (!next) {
          geosFailures += 1;
          continue;
        }
        geos.GEOSGeom_destroy(rest);
        rest = next;
      }
      const parts = bridge.polygonParts(rest);
      geos.GEOSGeom_destroy(rest);
      return parts;
    });
    for (const parcel of geosParcels.values()) geos.GEOSGeom_destroy(parcel);
    return rests;
  });
  rows.push({
    operation: 'difference (part − its parcels)', n: unionRings.length, jsts: jstsRest.cpu, geos: geosRest.cpu,
    agreement: compareParts(jstsRest.value.map((parts) => parts.map((part) => part.getArea())), geosRest.value.map((parts) => parts.map(areaOf)), 'pieces') + (geosFailures ? `, ${geosFailures} GEOS failures` : ''),
  });

  // 4. Widths of the gap-like slivers: the uncovered pieces unioned and written as a report writes them (measuredRegions).
  const slivers = unionParts(jstsRest.value.flat()).flatMap((gap) => polygonParts(canonicalRegion(gap, hairs)));
  const sliverRings = slivers.map((sliver) => toRings(sliver));
  const jstsWidths = cpuOf(() => slivers.map((sliver) => widthToMillimetre(sliver)));
  for (const tolerance of [MIC_TOLERANCE, 8 * MIC_TOLERANCE]) {
    const geosWidths = cpuOf(() => sliverRings.map((rings) => {
      const polygon = bridge.polygon(rings);
      const circle = geos.GEOSMaximumInscribedCircle(polygon, tolerance);
      geos.GEOSGeomGetLength(circle, bridge.double);
      const width = roundToMillimetre(2 * bridge.readDouble());
      geos.GEOSGeom_destroy(circle);
      geos.GEOSGeom_destroy(polygon);
      return width;
    }));
    let [worst, worstAt, differ] = [0, -1, 0];
    jstsWidths.value.forEach((width, i) => {
      const delta = Math.abs(width - geosWidths.value[i]!);
      if (delta > 0.0005) differ += 1;
      if (delta > worst) [worst, worstAt] = [delta, i];
    });
    rows.push({
      operation: `max inscribed circle (gap slivers), GEOS tolerance ${tolerance * 1000} mm`, n: slivers.length, jsts: jstsWidths.cpu, geos: geosWidths.cpu,
      agreement: `${differ} widths differ at 1 mm; max |Δ| ${(worst * 1000).toFixed(1)} mm${worstAt >= 0 ? ` (jsts ${jstsWidths.value[worstAt]!.toFixed(3)} m, GEOS ${geosWidths.value[worstAt]!.toFixed(3)} m)` : ''}`,
    });
  }
  // The same bisection as src/geom/width.ts (erode by r: empty exactly when r exceeds the inscribed radius), on GEOSBuffer.
  const erodedIsEmpty = (polygon: Ptr, radius: number): boolean => {
    const eroded = geos.GEOSBuffer(polygon, -radius, 32);
    const empty = geos.GEOSisEmpty(eroded) === 1;
    geos.GEOSGeom_destroy(eroded);
    return empty;
  };
  const bisected = cpuOf(() => sliverRings.map((rings) => {
    const polygon = bridge.polygon(rings);
    const box = boxOfRings(rings);
    const resolution = 0.0005;
    let [inside, outside] = [0, Math.min(box.maxX - box.minX, box.maxY - box.minY) / 2 + resolution];
    let width = 0;
    if (!erodedIsEmpty(polygon, inside)) {
      while (outside - inside > resolution / 2) {
        const radius = (inside + outside) / 2;
        if (erodedIsEmpty(polygon, radius)) outside = radius;
        else inside = radius;
      }
      width = inside + outside;
    }
    geos.GEOSGeom_destroy(polygon);
    return roundToMillimetre(width);
  }));
  const bisectDiffer = jstsWidths.value.filter((width, i) => Math.abs(width - bisected.value[i]!) > 0.0005).length;
  const bisectWorst = Math.max(0, ...jstsWidths.value.map((width, i) => Math.abs(width - bisected.value[i]!)));
  rows.push({
    operation: 'inscribed width by the same bisection, GEOSBuffer (quadrant segments 32)', n: slivers.length, jsts: jstsWidths.cpu, geos: bisected.cpu,
    agreement: `${bisectDiffer} widths differ at 1 mm; max |Δ| ${(bisectWorst * 1000).toFixed(1)} mm`,
  });
  // End to end: the gaps GEOS's difference leaves, unioned and written as a finding writes them (to 1 µm, from the least
  // corner), against jsts's; each measured with jsts, kept as parcel-gap keeps them (width ≥ coincident, < gapMaxWidth).
  const geosSlivers = unionParts(geosRest.value.flat().map((rings) => toJsts({ type: 'Polygon', coordinates: rings }))).flatMap((gap) => polygonParts(canonicalRegion(gap, hairs)));
  const outlines = (regions: JstsGeometry[]): string[] => regions
    .filter((region) => {
      const width = widthToMillimetre(region);
      return width >= options.coincident && width < options.gapMaxWidth;
    })
    .map((region) => JSON.stringify((toGeoJson(region) as { coordinates: unknown }).coordinates)).sort();
  const [mine, theirs] = [outlines(slivers), new Set(outlines(geosSlivers))];
  const same = mine.filter((outline) => theirs.has(outline)).length;
  rows.push({
    operation: 'gaps as reported, jsts overlays vs GEOS overlays (end to end)', n: mine.length, jsts: NaN, geos: NaN,
    agreement: `${mine.length} vs ${theirs.size} gaps (width ≥ 1 mm, < 1 m); identical outlines ${same}; of ${slivers.length} vs ${geosSlivers.length} before the width filter`,
  });

  // 5. Validity of every parcel, then of every parcel with its 2nd and 3rd vertices swapped (mostly bow-ties).
  const geometries = parcels.map((parcel) => parcel.feature.geometry!);
  rows.push(...validityRows(bridge, 'validity', geometries));
  const swapped = geometries.map((geometry): Geometry => {
    if (geometry.type !== 'Polygon' || geometry.coordinates[0]!.length < 6) return structuredClone(geometry);
    const [shell, ...holes] = structuredClone(geometry.coordinates);
    [shell![1], shell![2]] = [shell![2]!, shell![1]!];
    return { type: 'Polygon', coordinates: [shell!, ...holes] };
  });
  rows.push(...validityRows(bridge, 'validity, 2 vertices swapped', swapped));
  return rows;
}

/** jsts (as validity.ts calls it, and IsValidOp alone on every shape) against GEOSisValidDetail, on fresh geometry objects. */
function validityRows(bridge: GeosBridge, label: string, geometries: readonly Geometry[]): KernelRow[] {
  const { geos } = bridge;
  // Fresh objects: findInvalidity and ringsOf cache per geometry object, and a check asks each parcel once.
  const fresh = structuredClone(geometries) as Geometry[];
  const rules = cpuOf(() => fresh.map((geometry) => findInvalidity(geometry)));
  const reader = new GeoJSONReader(geometryFactory);
  const op = cpuOf(() => geometries.map((geometry) => {
    const error = new IsValidOp(reader.read(geometry) as never).getValidationError();
    if (!error) return null;
    const at = error.getCoordinate() as { x: number; y: number } | null;
    return { code: error.getErrorType() as number, at: at ? [at.x, at.y] : null };
  }));
  const reason = bridge.word;
  const location = geos.Module._malloc(4);
  const detail = cpuOf(() => geometries.map((geometry) => {
    const g = bridge.geometry(geometry);
    const valid = geos.GEOSisValidDetail(g, 0, reason, location);
    geos.GEOSGeom_destroy(g);
    if (valid === 1) return null;
    const text = geos.Module.HEAPU32[reason / 4]!;
    const point = geos.Module.HEAPU32[location / 4]!;
    const message = geos.Module.UTF8ToString(text);
    geos.GEOSFree(text);
    let at: number[] | null = null;
    if (point) {
      geos.GEOSGeomGetX(point, bridge.double);
      const x = bridge.readDouble();
      geos.GEOSGeomGetY(point, bridge.double);
      at = [x, bridge.readDouble()];
      geos.GEOSGeom_destroy(point);
    }
    return { code: GEOS_REASONS.indexOf(message), message, at };
  }));
  geos.Module._free(location);
  let verdicts = 0;
  let kinds = 0;
  let places = 0;
  let example = '';
  const invalid = detail.value.filter((found) => found).length;
  detail.value.forEach((found, i) => {
    const jsts = op.value[i];
    if (Boolean(found) !== Boolean(rules.value[i]) || Boolean(found) !== Boolean(jsts)) {
      verdicts += 1;
      example ||= `#${i}: GEOS ${found ? found.message : 'valid'}, IsValidOp ${jsts ? GEOS_REASONS[jsts.code] : 'valid'}, findInvalidity ${rules.value[i]?.kind ?? 'valid'}`;
      return;
    }
    if (!found || !jsts) return;
    if (found.code !== jsts.code) {
      kinds += 1;
      example ||= `#${i}: GEOS ${found.message} at ${found.at?.join(' ')}, jsts ${GEOS_REASONS[jsts.code]} at ${jsts.at?.join(' ')}`;
    } else if (!found.at || !jsts.at || Math.hypot(found.at[0]! - jsts.at[0]!, found.at[1]! - jsts.at[1]!) > 1e-9) {
      places += 1;
      example ||= `#${i}: ${found.message} at ${found.at?.join(' ')} (GEOS) vs ${jsts.at?.join(' ')} (jsts)`;
    }
  });
  const agreement = `${invalid} invalid; verdicts differ ${verdicts}, kinds ${kinds}, locations ${places}${example ? ` — e.g. ${example}` : ''}`;
  return [
    { operation: `${label}: findInvalidity (rules' path)`, n: geometries.length, jsts: rules.cpu, geos: detail.cpu, agreement },
    { operation: `${label}: IsValidOp on every parcel`, n: geometries.length, jsts: op.cpu, geos: detail.cpu, agreement: 'as above' },
  ];
}

/** Per group of items (a cluster, a union part), the areas of the polygons each kernel made: counts, area gaps, the smallest pieces. */
function compareParts(jsts: Array<number[] | null>, geos: Array<number[] | null>, noun: string): string {
  let [countJsts, countGeos, counts, areas, failed, worst] = [0, 0, 0, 0, 0, 0];
  let [smallJsts, smallGeos] = [Infinity, Infinity];
  jsts.forEach((mine, i) => {
    const other = geos[i];
    if (!mine || !other) {
      if (mine !== other) failed += 1;
      return;
    }
    countJsts += mine.length;
    countGeos += other.length;
    for (const area of mine) smallJsts = Math.min(smallJsts, area);
    for (const area of other) smallGeos = Math.min(smallGeos, area);
    const [a, b] = [mine.reduce((s, v) => s + v, 0), other.reduce((s, v) => s + v, 0)];
    let delta = Math.abs(a - b);
    if (mine.length === other.length) {
      // Piece by piece, smallest to largest: the kernels may list the pieces in other orders.
      const [x, y] = [[...mine].sort((p, q) => p - q), [...other].sort((p, q) => p - q)];
      for (let k = 0; k < x.length; k++) delta = Math.max(delta, Math.abs(x[k]! - y[k]!));
    } else counts += 1;
    worst = Math.max(worst, delta);
    if (delta > 1e-6) areas += 1;
  });
  const small = (area: number): string => (Number.isFinite(area) ? area.toExponential(1) : '–');
  return `${noun} ${countJsts} vs ${countGeos} (smallest ${small(smallJsts)} vs ${small(smallGeos)} m²); groups with other counts ${counts}, ` +
    `other areas (> 1e-6 m²) ${areas}${failed ? `, failed in one kernel ${failed}` : ''}; max |Δarea| (a group, or a piece) ${worst.toExponential(1)} m²`;
}

function toRings(region: JstsGeometry): Rings {
  const geometry = toGeoJson(region);
  if (geometry.type !== 'Polygon') throw new Error(`expected a Polygon, got ${geometry.type}`);
  return geometry.coordinates;
}

function boxOfRings(rings: Rings): Box {
  return positionsBox(rings[0]!);
}

// ---- the parent: layers, child processes, medians, the table ----

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function runChild(folder: string, config: string): KernelRow[] {
  const done = spawnSync(process.execPath, ['--max-old-space-size=6144', fileURLToPath(import.meta.url), '--child', folder, config], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (done.status !== 0) throw new Error(`child failed (${done.status}): ${done.stderr}`);
  return JSON.parse(done.stdout.trim().split('\n').pop()!) as KernelRow[];
}

/** Whole fresh processes, alternately: bare Node, and Node importing and instantiating geos-wasm. Median CPU (GNU time) and wall. */
export function geosColdStart(out: string, runs = 7): string {
  const init = "const { default: init } = await import('geos-wasm'); await init({ noticeHandler: () => undefined });";
  const bare: Array<{ wall: number; cpu: number | null }> = [];
  const geos: Array<{ wall: number; cpu: number | null }> = [];
  for (let k = 0; k < runs; k++) {
    bare.push(timedRun(process.execPath, ['--input-type=module', '-e', '0'], join(out, 'cold.time')));
    geos.push(timedRun(process.execPath, ['--input-type=module', '-e', init], join(out, 'cold.time')));
  }
  const cpu = (runs_: typeof bare): string => (runs_[0]!.cpu === null ? '?' : median(runs_.map((r) => r.cpu!)).toFixed(3));
  const wall = (runs_: typeof bare): string => median(runs_.map((r) => r.wall)).toFixed(3);
  return `| cold start: import + instantiate geos-wasm, fresh node (median of ${runs}, alternately) | 1 | bare node: ${cpu(bare)} s CPU, ${wall(bare)} s wall | ${cpu(geos)} s CPU, ${wall(geos)} s wall | | once per process |`;
}

export function kernelTable(copiesList: number[], repeat: number, out: string): string[] {
  const lines: string[] = [];
  if (!existsSync(EPINAY)) return [`kernels: skipped — ${EPINAY} is not beside the repository`];
  mkdirSync(out, { recursive: true });
  lines.push('| operation | n | jsts CPU s | GEOS CPU s (incl. marshalling) | jsts/GEOS | agreement |', '|---|---|---|---|---|---|');
  for (const copies of copiesList) {
    const n = copies * 4241;
    const dir = join(out, String(n));
    const [folder, config] = [join(dir, `real-${n}`), join(dir, `real-${n}.config.json`)];
    if (!existsSync(join(folder, 'parcel.shp')) || !existsSync(config)) realLayer(n, dir);
    const runs = Array.from({ length: repeat }, () => runChild(folder, config));
    lines.push(`| **${n} parcels (${copies} × Épinay), median of ${repeat} processes** | | | | | |`);
    runs[0]!.forEach((row, r) => {
      const jsts = median(runs.map((run) => run[r]!.jsts));
      const geos = median(runs.map((run) => run[r]!.geos));
      const ratio = Number.isFinite(geos) ? `${(jsts / geos).toFixed(1)}×` : '';
      lines.push(`| ${row.operation} | ${row.n} | ${Number.isFinite(jsts) ? jsts.toFixed(3) : ''} | ${Number.isFinite(geos) ? geos.toFixed(3) : ''} | ${ratio} | ${row.agreement} |`);
    });
  }
  lines.push(geosColdStart(out));
  return lines;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') {
    console.log(JSON.stringify(await child(process.argv[3]!, process.argv[4]!)));
  } else {
    const copies = (option('copies') ?? '1,5').split(',').map(Number);
    for (const line of kernelTable(copies, Number(option('repeat') ?? 3), option('out') ?? 'bench-out/kernels')) console.log(line);
  }
}
