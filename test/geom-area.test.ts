// planarArea must equal jsts's getArea to the last bit: area findings print the difference to several decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planarArea, ringArea } from '../src/geom/area.js';
import { toJsts } from '../src/geom/jsts.js';
import type { Geometry, Position } from '../src/model.js';

const SEED = 17;

// UTM-sized eastings and northings with fractional millimetres, and small ones near the origin: both ranges round differently.
const utm = fc.tuple(fc.double({ min: 160000, max: 840000, noNaN: true }), fc.double({ min: 0, max: 9_300_000, noNaN: true }));
const local = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }));

/** A closed ring of 3–12 distinct-ish positions around a centre, in either winding (valid or not: jsts still measures it). */
const ring = (centre: fc.Arbitrary<[number, number]>): fc.Arbitrary<Position[]> =>
  fc.tuple(centre, fc.array(fc.tuple(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true })), { minLength: 3, maxLength: 12 }), fc.boolean())
    .map(([[cx, cy], offsets, reversed]) => {
      const positions: Position[] = offsets.map(([dx, dy]) => [cx + dx, cy + dy]);
      if (reversed) positions.reverse();
      return [...positions, [...positions[0]!]];
    });

const polygon = (centre: fc.Arbitrary<[number, number]>): fc.Arbitrary<Position[][]> => fc.array(ring(centre), { minLength: 1, maxLength: 4 });
const anyPolygon = fc.oneof(polygon(utm), polygon(local));

const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  anyPolygon.map((coordinates): Geometry => ({ type: 'Polygon', coordinates })),
  fc.array(anyPolygon, { minLength: 1, maxLength: 4 }).map((coordinates): Geometry => ({ type: 'MultiPolygon', coordinates })),
);

describe('planarArea', () => {
  it('equals jsts getArea exactly on random polygons and multipolygons with holes, both windings, UTM and local coordinates', () => {
    fc.assert(fc.property(geometry, (shape) => {
      expect(planarArea(shape)).toBe(toJsts(shape).getArea());
    }), { seed: SEED, numRuns: 2000 });
  });

  it('a square with a hole, a multipolygon, a collection, and what has no area', () => {
    const square = (x: number, y: number, side: number): Position[] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];
    expect(planarArea({ type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 3).reverse()] })).toBe(91);
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [[square(500000.25, 4600000.5, 4)], [square(0, 0, 1)]] };
    expect(planarArea(multi)).toBe(toJsts(multi).getArea());
    expect(planarArea({ type: 'GeometryCollection', geometries: [multi, { type: 'Point', coordinates: [1, 2] }] })).toBe(17);
    expect(planarArea({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBe(0);
    expect(ringArea([[0, 0], [1, 1]])).toBe(0);
  });
});
