// The bench's inputs are what BENCHMARKS.md says they are: the WKB the GEOS peer reads holds the same parcels as the
// shapefile cadcheck reads, and the real-shaped layer is copies of one real cadastre, each the same shape moved.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../src/catalogue.js';
import { loadSubmission } from '../src/io/submission.js';
import { EPINAY, realLayer } from '../scripts/bench/real-layer.js';
import { geometryFromWkb, loadGeos } from '../scripts/bench/geos-api.js';
import { writeWkbCollection } from '../scripts/bench/wkb.js';
import { REPO } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-bench-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each polygon's area and hole count as GEOS reads the file. */
async function geosRead(file: string): Promise<Array<{ area: number; holes: number }>> {
  const geos = await loadGeos();
  const collection = geometryFromWkb(geos, readFileSync(file));
  const out = geos.Module._malloc(8);
  const polygons = [];
  for (let i = 0; i < geos.GEOSGetNumGeometries(collection); i++) {
    const polygon = geos.GEOSGetGeometryN(collection, i);
    geos.GEOSArea(polygon, out);
    polygons.push({ area: geos.Module.getValue(out, 'double'), holes: geos.GEOSGetNumInteriorRings(polygon) });
  }
  geos.Module._free(out);
  geos.GEOSGeom_destroy(collection);
  return polygons;
}

describe('the GEOS peer\'s WKB (scripts/bench/wkb.ts)', () => {
  it('is read by GEOS as the same polygons, holes included', async () => {
    const file = join(scratch, 'two.wkb');
    const square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const hole = [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]];
    writeWkbCollection(file, [[square], [square.map(([x, y]) => [x! + 20, y!]), hole.map(([x, y]) => [x! + 20, y!])]]);
    expect(await geosRead(file)).toEqual([{ area: 100, holes: 0 }, { area: 96, holes: 1 }]);
  });
});

describe.skipIf(!existsSync(join(REPO, EPINAY)))('the real-shaped bench layer (skipped without the shared corpora folder beside the clone)', () => {
  const n = 4241 + 100;
  const layer = realLayer(n, scratch, join(REPO, EPINAY))!;

  it('holds n parcels in the shapefile cadcheck reads and the WKB GEOS reads', async () => {
    expect(layer).toMatchObject({ copies: 2, parcels: n });
    const submission = await loadSubmission(layer.folder, resolveSettings(undefined, null));
    const [parcels] = submission.layers;
    expect(parcels).toMatchObject({ role: 'parcel', measurable: true });
    expect(parcels!.features).toHaveLength(n);
    expect(await geosRead(layer.wkb)).toHaveLength(n);
  });

  it('makes every copy the first one moved: same vertices to the millimetre, the same offset for every vertex', async () => {
    const submission = await loadSubmission(layer.folder, resolveSettings(undefined, null));
    const features = submission.layers[0]!.features;
    const ring = (k: number): number[][] => (features[k]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const [first, copy] = [ring(0), ring(4241)];
    const [dx, dy] = [copy[0]![0]! - first[0]![0]!, copy[0]![1]! - first[0]![1]!];
    expect(dx).toBeGreaterThan(1000);
    expect(copy.map(([x, y]) => [Math.round((x! - dx) * 1000), Math.round((y! - dy) * 1000)])).toEqual(first.map(([x, y]) => [Math.round(x! * 1000), Math.round(y! * 1000)]));
    // The shapefile's area field is each parcel's own area, so attribute rules find nothing to say about it.
    expect(features[4241]!.properties.area).toBe(features[0]!.properties.area);
  });
});
