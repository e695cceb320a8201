// A municipality-sized parcel layer for the HTML report's legibility test and screenshot (issue 18): n parcels on a
// jittered grid, each with its cadastral code and true area, and a defect in about one in 50 — what a clerk gets when a
// whole coverage is checked.
import { planarArea, PARCEL_FIELDS, PRJ_UTM38N } from '../fixtures/ge-388-survey.js';
import { writeShapefile, type GeoJsonGeometry } from './shapefile-writer.js';
import { prng } from './prng.js';

/** Parcel side, metres. */
export const COVERAGE_CELL = 20;
/** South-west corner of the coverage in EPSG:32638 (Tbilisi's outskirts, inside ge-388's extent). */
const X0 = 470000;
const Y0 = 4610000;

export type CoverageDefect = 'overlap' | 'gap' | 'bowtie' | 'nearMiss';
const DEFECTS: CoverageDefect[] = ['overlap', 'gap', 'bowtie', 'nearMiss'];

export interface Coverage {
  polygons: GeoJsonGeometry[];
  /** How many parcels carry each defect. */
  injected: Record<CoverageDefect, number>;
}

/**
 * A grid coverage of n parcels. Shared corners are jittered identically for both neighbours, so shared edges have
 * identical vertices (a clean coverage); about one parcel in 50 pushes its east side out (an overlap), pulls it in (a
 * gap), twists it (a bow-tie) or misses a neighbour's corner by a few centimetres, in turn.
 */
export function parcelCoverage(n: number, seed = 7): Coverage {
  const random = prng(seed);
  const columns = Math.ceil(Math.sqrt(n));
  const jitter = new Map<string, [number, number]>();
  const corner = (i: number, j: number): [number, number] => {
    const key = `${i},${j}`;
    if (!jitter.has(key)) jitter.set(key, [X0 + i * COVERAGE_CELL + (random() - 0.5) * 4, Y0 + j * COVERAGE_CELL + (random() - 0.5) * 4]);
    return jitter.get(key)!;
  };
  const injected: Record<CoverageDefect, number> = { overlap: 0, gap: 0, bowtie: 0, nearMiss: 0 };
  const polygons: GeoJsonGeometry[] = [];
  const defective = new Set<number>();
  for (let p = 0; p < n; p++) {
    const [i, j] = [p % columns, Math.floor(p / columns)];
    const [a, b, c, d] = [corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)];
    // About one parcel in 50, anywhere but the edge, never beside another defect (each stays its own finding).
    const inside = i > 0 && i < columns - 2 && j > 0 && p + columns < n;
    const alone = ![p - 1, p - columns - 1, p - columns, p - columns + 1].some((q) => defective.has(q));
    const defect = inside && alone && random() < 0.02 ? DEFECTS[defective.size % DEFECTS.length]! : null;
    if (defect) defective.add(p);
    const east: [number, number] = [(b[0] + c[0]) / 2, (b[1] + c[1]) / 2];
    let ring: Array<[number, number]> = [a, b, c, d];
    if (defect === 'overlap' || defect === 'gap') {
      const width = 0.4 + random() * 1.6;
      ring = [a, b, [east[0] + (defect === 'overlap' ? width : -width), east[1]], c, d];
    } else if (defect === 'bowtie') {
      ring = [a, b, [east[0] - 2, east[1] + 2], [east[0] - 2, east[1] - 2], c, d];
    } else if (defect === 'nearMiss') {
      ring = [a, [b[0] - (0.03 + random() * 0.1), b[1]], c, d];
    }
    if (defect) injected[defect] += 1;
    polygons.push({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] });
  }
  return { polygons, injected };
}

/** The coverage as a submission folder: `parcel.shp` (EPSG:32638) with cad_code and area, nothing else. */
export function writeParcelCoverage(folder: string, n: number): Coverage {
  const coverage = parcelCoverage(n);
  writeShapefile(`${folder}/parcel`, {
    geometryType: 'Polygon', fields: PARCEL_FIELDS, prj: PRJ_UTM38N, cpg: 'UTF-8',
    features: coverage.polygons.map((geometry, k) => ({
      geometry,
      properties: { cad_code: `01.18.${String(Math.floor(k / 1000)).padStart(2, '0')}.${String(k % 1000).padStart(3, '0')}`, area: Math.round(Math.abs(planarArea(geometry)) * 100) / 100, purpose: 'non-agricultural', method: 1 },
    })),
  });
  return coverage;
}
