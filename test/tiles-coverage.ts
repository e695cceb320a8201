// Generated parcel layers for the tile tests (test/tiles.test.ts): a grid of parcels whose shared corners are jittered
// alike for both neighbours (a clean coverage), with defects placed where small tiles cut: overlaps, gaps, an open strip
// along a whole row (longer than any tile), near-miss vertices, copies drawn two and three times, bow-ties, repeated vertices;
// and the defects of the rules about one feature alone: spikes, parts touching at a point, a declared area that is off, a
// blank or unlisted attribute, a record without geometry.
import fc from 'fast-check';
import type { Feature, Geometry, Layer, Submission } from '../src/model.js';
import { prng } from '../scripts/lib/prng.js';

export type DefectKind = 'overlap' | 'gap' | 'notch' | 'nearMiss' | 'copy' | 'triple' | 'bowtie' | 'repeated' | 'bigOverlap'
  | 'spike' | 'pinched' | 'area' | 'blank' | 'unlisted' | 'noGeometry';

export interface GridSpec {
  rows: number;
  cols: number;
  /** Cell side, metres. */
  cell: number;
  seed: number;
  defects: Array<{ cell: number; kind: DefectKind; size: number }>;
  /** The row whose top side moves down by `size` mm (plus `tilt` mm across the block): an open strip along the whole row. */
  strip: { row: number; size: number; tilt: number } | null;
}

const X0 = 470_000;
const Y0 = 4_610_000;

type Point = [number, number];

/** The parcels' rings, counter-clockwise, closed. */
export function gridRings(spec: GridSpec): Point[][] {
  const random = prng(spec.seed);
  const corners = new Map<string, Point>();
  const corner = (i: number, j: number): Point => {
    const key = `${i},${j}`;
    let found = corners.get(key);
    if (!found) corners.set(key, (found = [X0 + i * spec.cell + Math.round((random() - 0.5) * 2000) / 1000, Y0 + j * spec.cell + Math.round((random() - 0.5) * 2000) / 1000]));
    return found;
  };
  const mm = (n: number): number => n / 1000;
  const byCell = new Map(spec.defects.map((defect) => [defect.cell % (spec.rows * spec.cols), defect]));
  const rings: Point[][] = [];
  const extra: Point[][] = [];
  for (let j = 0; j < spec.rows; j++) {
    for (let i = 0; i < spec.cols; i++) {
      const [a, b] = [corner(i, j), corner(i + 1, j)];
      let [c, d] = [corner(i + 1, j + 1), corner(i, j + 1)];
      const strip = spec.strip;
      if (strip && strip.row === j && j < spec.rows - 1) {
        const drop = (p: Point): Point => [p[0], p[1] - mm(strip.size) - (mm(strip.tilt) * (p[0] - X0)) / (spec.cols * spec.cell)];
        [c, d] = [drop(c), drop(d)];
      }
      const defect = byCell.get(j * spec.cols + i);
      let ring: Point[] = [a, b, c, d];
      if (defect?.kind === 'overlap' || defect?.kind === 'bigOverlap' || defect?.kind === 'gap') {
        const shift = defect.kind === 'gap' ? -mm(defect.size) : defect.kind === 'bigOverlap' ? spec.cell * 1.5 : mm(defect.size);
        ring = [a, [b[0] + shift, b[1]], [c[0] + shift, c[1]], d];
      } else if (defect?.kind === 'notch') {
        // The east side's middle pulled in: a wedge-shaped gap with the neighbour, as the bench's layer has.
        ring = [a, b, [(b[0] + c[0]) / 2 - mm(defect.size), (b[1] + c[1]) / 2], c, d];
      } else if (defect?.kind === 'nearMiss') {
        ring = [a, [b[0] - mm(defect.size), b[1]], c, d];
      } else if (defect?.kind === 'bowtie') {
        ring = [a, b, d, c]; // the two diagonals cross: a bow-tie
      } else if (defect?.kind === 'repeated') {
        ring = [a, a, b, c, d];
      } else if (defect?.kind === 'spike') {
        // A tip `size` mm long and 4 cm wide at its base out of the south side, into the neighbour below.
        const m: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        ring = [a, m, [m[0] + 0.02, m[1] - mm(defect.size)], [m[0] + 0.04, m[1]], b, c, d];
      }
      rings.push([...ring, ring[0]!]);
      if (defect?.kind === 'copy' || defect?.kind === 'triple') extra.push(rings.at(-1)!);
      if (defect?.kind === 'triple') extra.push([...rings.at(-1)!].reverse());
    }
  }
  return [...rings, ...extra];
}

/** The planar area of a ring (shoelace), m². */
function ringArea(ring: readonly Point[]): number {
  let twice = 0;
  for (let k = 0; k + 1 < ring.length; k++) twice += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
  return Math.abs(twice) / 2;
}

/**
 * A measured parcel layer of these rings (ids on every other parcel, so findings name both kinds) in a bare submission,
 * each parcel's declared area its drawn one but where a defect says otherwise.
 */
export function gridSubmission(spec: GridSpec): Submission {
  const byCell = new Map(spec.defects.map((defect) => [defect.cell % (spec.rows * spec.cols), defect]));
  const features: Feature[] = gridRings(spec).map((ring, index) => {
    const defect = index < spec.rows * spec.cols ? byCell.get(index) : undefined;
    let geometry: Geometry = { type: 'Polygon', coordinates: [ring] };
    let area = Math.round(ringArea(ring) * 100) / 100;
    if (defect?.kind === 'pinched') {
      // Two triangles touching at the cell's centre only.
      const [a, b, c, d] = ring as [Point, Point, Point, Point];
      const centre: Point = [(a[0] + c[0]) / 2, (a[1] + c[1]) / 2];
      const parts = [[a, b, centre, a], [c, d, centre, c]];
      geometry = { type: 'MultiPolygon', coordinates: parts.map((part) => [part]) };
      area = Math.round((ringArea(parts[0]!) + ringArea(parts[1]!)) * 100) / 100;
    }
    const id = index % 2 === 0 ? `01.01.01.${index}` : null;
    const properties = {
      cad_code: id,
      area: defect?.kind === 'blank' ? null : defect?.kind === 'area' ? area + defect.size / 100 : area,
      purpose: defect?.kind === 'unlisted' ? 'moon base' : 'non-agricultural',
    };
    return { index, id, geometry, sourceGeometry: geometry, properties };
  });
  // A record without geometry: no tile holds it (it has no box), so the once-over pass must still check it.
  for (const defect of spec.defects) {
    if (defect.kind !== 'noGeometry') continue;
    const index = features.length;
    features.push({ index, id: `01.01.01.${index}`, geometry: null, sourceGeometry: null, properties: { cad_code: `01.01.01.${index}`, area: 400, purpose: 'non-agricultural' } });
  }
  const layer: Layer = {
    role: 'parcel', file: 'parcel.shp', name: 'parcel', format: 'shapefile', geometryType: 'Polygon',
    crs: { source: 'prj', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null }, measurable: true,
    fields: ['cad_code', 'area', 'purpose'], encoding: null, features,
  };
  return { path: 'layer', manifest: { file: 'cadcheck.json', data: null, problem: null }, layers: [layer], photos: [], problems: [] };
}

const KINDS: DefectKind[] = ['overlap', 'gap', 'notch', 'nearMiss', 'copy', 'triple', 'bowtie', 'repeated', 'bigOverlap', 'spike', 'pinched', 'area', 'blank', 'unlisted', 'noGeometry'];

export const gridArbitrary: fc.Arbitrary<GridSpec> = fc.record({
  rows: fc.integer({ min: 3, max: 9 }),
  cols: fc.integer({ min: 3, max: 9 }),
  cell: fc.integer({ min: 6, max: 25 }),
  seed: fc.nat(1_000_000),
  defects: fc.array(fc.record({ cell: fc.nat(80), kind: fc.constantFrom(...KINDS), size: fc.integer({ min: 20, max: 900 }) }), { maxLength: 8 }),
  strip: fc.option(fc.record({ row: fc.nat(7), size: fc.integer({ min: 50, max: 1100 }), tilt: fc.integer({ min: 0, max: 150 }) }), { nil: null }),
});
