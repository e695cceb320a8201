// Generated coverages with defects, for test/invariance.test.ts: a block of parcels in rows, every other row's
// divisions shifted half a cell or not (T-junctions: a corner of one parcel on the side of another, with no vertex there),
// and optional defects, each sized in whole millimetres: a gap, an overlap, a near-miss vertex, a wedge sliver.
import fc from 'fast-check';
import type { GeoJsonGeometry } from '../scripts/lib/shapefile-writer.js';
import { at, baseManifest, planarArea, replaceLayer, validSurvey, withManifest } from '../scripts/fixtures/ge-388-survey.js';
import type { SubmissionSpec } from '../scripts/fixtures/submission-writer.js';

export interface CoverageSpec {
  rows: number;
  cols: number;
  /** Cell width and height, whole metres. */
  width: number;
  height: number;
  /** Every other row's divisions shifted half a cell (T-junctions), or all aligned (four parcels at a corner). */
  brick: boolean;
  /** Parcels carry a cad_code (named by it in findings) or none (named by record number). */
  withIds: boolean;
  /** The cell whose top side moves down by `size` mm: an uncovered strip under its upper neighbours (or the block's edge). */
  gap: { cell: number; size: number } | null;
  /**
   * Every cell of one row (all but the top) with its top side moved down: an open strip along the whole block between
   * that row and the next, `size` mm wide at the west end, widening by `tilt` mm to the east (0.995 -> 1.095 m and the like).
   */
  strip: { row: number; size: number; tilt: number } | null;
  /** The cell whose right side moves right by `size` mm: it overlaps its right neighbour (or sticks out of the block). */
  overlap: { cell: number; size: number } | null;
  /** The cell whose bottom-left corner moves right by `size` mm: a vertex near the neighbour's corner or side. */
  nearMiss: { cell: number; size: number } | null;
  /** The cell whose top-right corner moves up by `size` mm: a wedge sliver over its upper neighbour. */
  sliver: { cell: number; size: number } | null;
}

const defect = (maxMm: number): fc.Arbitrary<{ cell: number; size: number } | null> =>
  fc.option(fc.record({ cell: fc.nat(11), size: fc.integer({ min: 10, max: maxMm }) }), { nil: null });

export const coverageArbitrary: fc.Arbitrary<CoverageSpec> = fc.record({
  rows: fc.integer({ min: 2, max: 3 }),
  cols: fc.integer({ min: 1, max: 4 }),
  width: fc.integer({ min: 8, max: 20 }),
  height: fc.integer({ min: 8, max: 20 }),
  brick: fc.boolean(),
  withIds: fc.boolean(),
  gap: defect(900),
  strip: fc.option(fc.record({ row: fc.nat(1), size: fc.integer({ min: 50, max: 1100 }), tilt: fc.integer({ min: 0, max: 150 }) }), { nil: null }),
  overlap: defect(500),
  nearMiss: defect(140),
  sliver: defect(300),
});

type Corners = { x0: number; x1: number; y0: number; y1: number; bl: [number, number]; br: [number, number]; tr: [number, number]; tl: [number, number] };

/** The cells of the block, row by row from the south-west: odd rows start with a half cell, so their corners fall mid-side of the row below. */
function cells(spec: CoverageSpec): Corners[] {
  const out: Corners[] = [];
  const right = spec.cols * spec.width;
  for (let r = 0; r < spec.rows; r++) {
    const shift = spec.brick && r % 2 === 1 ? spec.width / 2 : 0;
    const xs = [0];
    for (let x = shift === 0 ? spec.width : shift; x < right; x += spec.width) xs.push(x);
    xs.push(right);
    for (let c = 0; c + 1 < xs.length; c++) {
      const x0 = xs[c]!, x1 = xs[c + 1]!, y0 = r * spec.height, y1 = (r + 1) * spec.height;
      out.push({ x0, x1, y0, y1, bl: [x0, y0], br: [x1, y0], tr: [x1, y1], tl: [x0, y1] });
    }
  }
  return out;
}

/** The parcels of the coverage, defects applied, as offsets in metres from the survey origin. */
export function coverageParcels(spec: CoverageSpec): Array<Array<[number, number]>> {
  const all = cells(spec);
  const pick = (d: { cell: number } | null): Corners | null => (d ? all[d.cell % all.length] ?? null : null);
  const mm = (n: number): number => n / 1000;
  const gap = pick(spec.gap);
  if (gap) { gap.tl = [gap.tl[0], gap.tl[1] - mm(spec.gap!.size)]; gap.tr = [gap.tr[0], gap.tr[1] - mm(spec.gap!.size)]; }
  if (spec.strip && spec.strip.row < spec.rows - 1) {
    const { row, size, tilt } = spec.strip;
    const right = spec.cols * spec.width;
    for (const cell of all.filter((c) => c.y0 === row * spec.height)) {
      cell.tl = [cell.tl[0], cell.tl[1] - mm(size) - (mm(tilt) * cell.tl[0]) / right];
      cell.tr = [cell.tr[0], cell.tr[1] - mm(size) - (mm(tilt) * cell.tr[0]) / right];
    }
  }
  const overlap = pick(spec.overlap);
  if (overlap) { overlap.br = [overlap.br[0] + mm(spec.overlap!.size), overlap.br[1]]; overlap.tr = [overlap.tr[0] + mm(spec.overlap!.size), overlap.tr[1]]; }
  const near = pick(spec.nearMiss);
  if (near) near.bl = [near.bl[0] + mm(spec.nearMiss!.size), near.bl[1]];
  const sliver = pick(spec.sliver);
  if (sliver) sliver.tr = [sliver.tr[0], sliver.tr[1] + mm(spec.sliver!.size)];
  // Counter-clockwise from the south-west corner; the rewrites in the test change winding and start.
  return all.map((cell) => [cell.bl, cell.br, cell.tr, cell.tl]);
}

/** The valid survey with its parcel replaced by the coverage (a division of the registered parcel). */
export function coverageSubmission(spec: CoverageSpec): SubmissionSpec {
  const parcels = coverageParcels(spec).map((corners, i) => {
    const positions = corners.map(([dx, dy]) => at(dx, dy));
    const geometry: GeoJsonGeometry = { type: 'Polygon', coordinates: [[...positions, positions[0]!]] };
    return { geometry, properties: { cad_code: spec.withIds ? `01.14.07.099.${String(100 + i)}` : null, area: Math.round(planarArea(geometry) * 100) / 100, purpose: 'non-agricultural', method: 1 } };
  });
  const survey = replaceLayer(validSurvey(), 'parcel', (layer) => ({ ...layer, features: parcels }));
  return withManifest(survey, { ...baseManifest(), kind: 'division', sourceParcels: ['01.14.07.012.034'] });
}
