// src/geom/placement.ts: which coordinates cannot lie in the profile's country, and when a GeoJSON cannot be in degrees.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeTransform, parseCrs } from '../src/geom/crs.js';
import { cannotBeDegrees, implausibleCoordinates, isPlaced } from '../src/geom/placement.js';
import type { Geometry, LayerCrs, Position } from '../src/model.js';
import { PROFILES } from '../src/profiles/index.js';

const EXTENT = PROFILES['ge-388']!.extent;
const crsOf = (code: string): LayerCrs => ({ source: 'prj', definition: code, code, proj4: parseCrs(code)!.proj4 });
const UTM38N = crsOf('EPSG:32638');
const square = (x: number, y: number, size = 20): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });
/** The UTM 38N position of a longitude/latitude. */
const utm = (lon: number, lat: number): Position => makeTransform('EPSG:4326', UTM38N.proj4!)([lon, lat]);

describe('implausibleCoordinates', () => {
  it('a layer well inside Georgia: nothing (settled by its box), and a NaN vertex is named without unplacing the layer', () => {
    const layer = [square(481700, 4618700), { type: 'Polygon', coordinates: [[[481800, 4618700], [NaN, 4618700], [481820, 4618720], [481800, 4618700]]] } as Geometry, null];
    const found = implausibleCoordinates(UTM38N, layer, EXTENT);
    expect(found.map(({ index, kind }) => [index, kind])).toEqual([[1, 'non-finite']]);
    expect(isPlaced(UTM38N, ['EPSG:32638'], found)).toBe(true);
  });
  it('a parcel 50 m beyond the western edge (lon 39.9) is found among parcels inside, one finding at its least vertex outside (west, then south)', () => {
    const [x, y] = utm(39.9, 42);
    const layer = [square(x + 5000, y), square(x - 50, y), square(x + 100, y)];
    const found = implausibleCoordinates(UTM38N, layer, EXTENT);
    expect(found.map(({ index, kind, position }) => [index, kind, position])).toEqual([[1, 'outside', [x - 50, y]]]);
    expect(found[0]!.lon).toBeLessThan(39.9);
    expect(isPlaced(UTM38N, ['EPSG:32638'], found)).toBe(false);
  });
  it('the vertex named is the least outside one whichever vertex the ring starts from or which way it runs', () => {
    const [x, y] = utm(39.9, 42);
    // A parcel straddling the western edge: two corners outside, (x - 50, y) the least of them.
    const corners: Position[] = [[x - 50, y], [x + 100, y], [x + 100, y + 20], [x - 30, y + 20]];
    for (let start = 0; start < corners.length; start++) {
      for (const reversed of [false, true]) {
        const turned = [...corners.slice(start), ...corners.slice(0, start)];
        const ring = reversed ? turned.reverse() : turned;
        const found = implausibleCoordinates(UTM38N, [{ type: 'Polygon', coordinates: [[...ring, ring[0]!]] }], EXTENT);
        expect(found.map(({ position }) => position)).toEqual([[x - 50, y]]);
      }
    }
  });
  it('zone 38N coordinates under a zone 37N definition land at lon 38.78: every feature is outside', () => {
    const found = implausibleCoordinates(crsOf('EPSG:32637'), [square(481700, 4618700), square(481800, 4618700)], EXTENT);
    expect(found.map(({ index, kind, lon }) => [index, kind, Math.round(lon * 100) / 100])).toEqual([[0, 'outside', 38.78], [1, 'outside', 38.78]]);
  });
  it('the same answer as converting every vertex, for a layer near the extent’s corner', () => {
    const [x, y] = utm(46.79, 43.69);
    const layer = Array.from({ length: 50 }, (_, i) => square(x - 2000 + i * 100, y - 2000 + i * 100));
    const toLonLat = makeTransform(UTM38N.proj4!, 'EPSG:4326');
    const outside = layer.flatMap((geometry, index) => {
      const ring = (geometry as Polygon).coordinates[0]! as Position[];
      const first = ring.find((position) => {
        const [lon, lat] = toLonLat(position);
        return !(lon >= EXTENT.lonMin && lon <= EXTENT.lonMax && lat >= EXTENT.latMin && lat <= EXTENT.latMax);
      });
      return first ? [[index, first]] : [];
    });
    expect(outside.length).toBeGreaterThan(0);
    expect(implausibleCoordinates(UTM38N, layer, EXTENT).map(({ index, position }) => [index, position])).toEqual(outside);
  });
  it('a layer whose CRS cannot be used has no finding here (input/crs-defined speaks for it) and is not placed', () => {
    const none: LayerCrs = { source: 'none', definition: null, code: null, proj4: null };
    expect(implausibleCoordinates(none, [square(0, 0)], EXTENT)).toEqual([]);
    expect(isPlaced(none, ['EPSG:32638'], [])).toBe(false);
  });
  it('a layer in a CRS the profile does not expect is not placed, even inside Georgia', () => {
    expect(isPlaced(crsOf('EPSG:32637'), ['EPSG:32638'], [])).toBe(false);
    expect(isPlaced(crsOf('EPSG:32637'), ['EPSG:32638', 'EPSG:32637'], [])).toBe(true);
  });
});

describe('cannotBeDegrees', () => {
  it('longitudes and latitudes can be degrees; UTM metres, or a latitude beyond 90, cannot', () => {
    expect(cannotBeDegrees([square(44.7, 41.7, 0.001), null])).toBe(false);
    expect(cannotBeDegrees([square(44.7, 41.7, 0.001), square(481700, 4618700)])).toBe(true);
    expect(cannotBeDegrees([{ type: 'Point', coordinates: [44.7, 91] }])).toBe(true);
    expect(cannotBeDegrees([{ type: 'Point', coordinates: [NaN, 4618700] }])).toBe(false);
  });
});
