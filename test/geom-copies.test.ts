// src/geom/copies.ts's polygonOutline: what jsts would first compare of a polygon, from its raw coordinates — null
// whenever jsts might not build it, and else exactly jsts's envelope and number of points.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxOf } from '../src/geom/box.js';
import { polygonOutline } from '../src/geom/copies.js';
import { toJsts } from '../src/geom/jsts.js';
import type { Geometry } from '../src/model.js';

const square = (x: number, y: number, side: number): number[][] => [[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]];

/** jsts's envelope and point count of a geometry, or 'unbuildable'. */
function asJstsSeesIt(geometry: Geometry): { minX: number; minY: number; maxX: number; maxY: number; positions: number } | 'unbuildable' {
  try {
    const shape = toJsts(structuredClone(geometry)); // a fresh object (toJsts caches per object), -0 kept
    return { ...boxOf(shape), positions: shape.getNumPoints() };
  } catch {
    return 'unbuildable';
  }
}

describe('polygonOutline', () => {
  it('is jsts\'s envelope (shells only, a hole outside its shell left out) and point count', () => {
    const holed: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 1), square(20, -5, 1)] };
    expect(polygonOutline(holed)).toEqual({ minX: 0, minY: 0, maxX: 10, maxY: 10, positions: 15 });
    const parts: Geometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(-3, 4, 2).map(([x, y]) => [x!, y!, 9])]] };
    expect(polygonOutline(parts)).toEqual({ minX: -3, minY: 0, maxX: 1, maxY: 6, positions: 10 });
    for (const geometry of [holed, parts]) expect(polygonOutline(geometry)).toEqual(asJstsSeesIt(geometry));
  });

  it('is null for what jsts refuses or reads otherwise: an open ring, three positions, four numbers a position, NaN, no rings, not a polygon', () => {
    const open: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 1).slice(0, -1)] };
    const three: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] };
    expect([open, three].map(asJstsSeesIt)).toEqual(['unbuildable', 'unbuildable']);
    const fourNumbers: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 1).map(([x, y]) => [x!, y!, 0, 0])] };
    const notANumber: Geometry = { type: 'Polygon', coordinates: [[[Number.NaN, 0], [1, 0], [1, 1], [Number.NaN, 0]]] };
    const noRings: Geometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], []] };
    const lineString: Geometry = { type: 'LineString', coordinates: [[0, 0], [1, 1]] };
    for (const geometry of [open, three, fourNumbers, notANumber, noRings, lineString]) expect(polygonOutline(geometry)).toBeNull();
  });

  it('whenever it is not null, jsts builds the polygon with that envelope and point count (fast-check, seeded)', () => {
    // Mostly what jsts builds, with now and then what it refuses or reads otherwise.
    const coordinate = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(0, -0, 1, 2.5, -3) }, { weight: 1, arbitrary: fc.constant(Number.NaN) });
    const position = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(coordinate, coordinate) },
      { weight: 3, arbitrary: fc.tuple(coordinate, coordinate, coordinate) },
      { weight: 1, arbitrary: fc.tuple(coordinate, coordinate, coordinate, coordinate) },
    );
    const ring = fc.tuple(fc.array(position, { minLength: 0, maxLength: 6 }), fc.nat(15)).map(([positions, open]) =>
      (open > 0 && positions.length > 0 ? [...positions, positions[0]!] : positions));
    const polygon = fc.array(ring, { minLength: 0, maxLength: 3 });
    const geometry = fc.oneof(
      polygon.map((rings): Geometry => ({ type: 'Polygon', coordinates: rings })),
      fc.array(polygon, { minLength: 0, maxLength: 3 }).map((polygons): Geometry => ({ type: 'MultiPolygon', coordinates: polygons })),
    );
    let outlined = 0;
    fc.assert(fc.property(geometry, (drawn) => {
      const outline = polygonOutline(drawn);
      if (outline === null) return;
      outlined++;
      expect(asJstsSeesIt(drawn)).toEqual(outline);
    }), { seed: 17, numRuns: 3000 });
    expect(outlined).toBeGreaterThan(100); // 205 with this seed
  });
});
