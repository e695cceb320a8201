// The bench's real-shaped coverage (issue 17): the Épinay-sur-Orge cadastre (Etalab, 4,241 parcels with T-junctions and
// uneven vertex counts) projected to metres and tiled side by side until it holds n parcels, written as a ge-388
// shapefile submission. The corpus is read in place from ../shared beside the repository and never copied into it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTransform } from '../../src/geom/crs.js';
import { PARCEL_FIELDS, PRJ_UTM38N } from '../fixtures/ge-388-survey.js';
import { writeShapefile } from '../lib/shapefile-writer.js';
import { writeWkbCollection } from './wkb.js';

export const EPINAY = '../shared/corpora/parcels/fr-etalab-91216-epinay-sur-orge/cadastre-91216-parcelles.json';

/** Where the first copy's south-west corner goes: inside ge-388's UTM 38N extent, with room for 1M parcels (~50 km a side). */
const ORIGIN: [number, number] = [470000, 4610000];
/** Space between copies: wider than every relation tolerance (gapMaxWidth 1 m), so copies never interact. */
const SPACING_M = 100;

type Ring = Array<[number, number]>;

interface Template {
  /** Each parcel's rings in metres, relative to the copy's south-west corner, on a 1 mm grid (as a survey writes them). */
  parcels: Ring[][];
  width: number;
  height: number;
}

function template(file: string): Template {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ geometry: { type: string; coordinates: unknown } }> };
  // Lambert-93 (EPSG:2154), the French metric CRS: the shapes are the real ones, in metres.
  const toLambert = makeTransform('EPSG:4326', 'EPSG:2154');
  const projected = collection.features.map(({ geometry }, k) => {
    // Every Épinay parcel is one Polygon; another corpus with MultiPolygons would need parts kept apart.
    if (geometry.type !== 'Polygon') throw new Error(`${file}: feature ${k} is a ${geometry.type}, not a Polygon`);
    return (geometry.coordinates as number[][][]).map((ring) => ring.map((p) => toLambert(p as [number, number])));
  });
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of projected) for (const ring of rings) for (const [x, y] of ring) {
    minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  // Integral millimetres from the corner: every copy is then the same shape exactly, only moved.
  const parcels = projected.map((rings) => rings.map((ring) => ring.map(([x, y]): [number, number] => [Math.round((x - minX) * 1000), Math.round((y - minY) * 1000)])));
  return { parcels, width: maxX - minX, height: maxY - minY };
}

export interface RealLayer {
  /** The submission folder (parcel.shp and friends). */
  folder: string;
  /** The same parcels as one WKB GeometryCollection, for the GEOS peer. */
  wkb: string;
  /** A config raising the reader and check limits to the layer's size. */
  config: string;
  copies: number;
  parcels: number;
}

/** Copies of the corpus, row by row on a near-square grid, until n parcels; the last copy is cut short. Null without the corpus. */
export function realLayer(n: number, out: string, corpus = EPINAY): RealLayer | null {
  if (!existsSync(corpus)) return null;
  const base = template(corpus);
  const copies = Math.ceil(n / base.parcels.length);
  const columns = Math.ceil(Math.sqrt(copies));
  const [stepX, stepY] = [Math.ceil(base.width) + SPACING_M, Math.ceil(base.height) + SPACING_M];
  const rings: Ring[][] = [];
  for (let copy = 0; rings.length < n; copy++) {
    const [dx, dy] = [(ORIGIN[0] + (copy % columns) * stepX) * 1000, (ORIGIN[1] + Math.floor(copy / columns) * stepY) * 1000];
    for (const parcel of base.parcels) {
      if (rings.length === n) break;
      rings.push(parcel.map((ring) => ring.map(([x, y]): [number, number] => [(x + dx) / 1000, (y + dy) / 1000])));
    }
  }
  const folder = join(out, `real-${n}`);
  writeShapefile(join(folder, 'parcel'), {
    geometryType: 'Polygon', fields: PARCEL_FIELDS, prj: PRJ_UTM38N, cpg: 'UTF-8',
    features: rings.map((parcel, k) => ({
      geometry: { type: 'Polygon', coordinates: parcel },
      properties: { cad_code: `01.01.01.${k}`, area: Math.round(areaOf(parcel) * 100) / 100, purpose: 'non-agricultural', method: 1 },
    })),
  });
  const wkb = join(out, `real-${n}.wkb`);
  writeWkbCollection(wkb, rings);
  const config = join(out, `real-${n}.config.json`);
  // The defaults stop at 100,000 features and a 1.5 GB heap (SECURITY.md's guard rails); a registry's layer raises them.
  // The bench keeps its own ceiling (8 GB of heap, 30 minutes) so a run that would not fit ends as input/too-complex,
  // which the findings line shows, instead of taking the shared machine's memory.
  writeFileSync(config, JSON.stringify({ limits: { maxFeatures: n + 1, maxFileBytes: 2 ** 31, maxCheckSeconds: 1800, maxHeapMb: 8192 } }, null, 2));
  return { folder, wkb, config, copies, parcels: rings.length };
}

/** Planar area of the outer ring minus the holes (shoelace; orientation ignored). */
function areaOf(parcel: Ring[]): number {
  const ringArea = (ring: Ring): number => {
    let twice = 0;
    for (let i = 0; i + 1 < ring.length; i++) twice += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    return Math.abs(twice) / 2;
  };
  return parcel.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}
