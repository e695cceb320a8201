// The one geometry kit of src/geom/: boxes, grouping by boxes, the overlap kernel and the lazy parcel shape.
import { describe, expect, it } from 'vitest';
import { emptyBox, expandBoxByGeometry, flatRingBox, geometryBox, positionsBox, unionOfBoxes, type Box } from '../src/geom/box.js';
import { DisjointSets } from '../src/geom/disjoint-sets.js';
import { toJsts, type JstsGeometry } from '../src/geom/jsts.js';
import { LazyShape } from '../src/geom/lazy-shape.js';
import { FINE_WIDTH_RESOLUTION, overlapRegions } from '../src/geom/regions.js';
import { overlappingBoxGroups, overlappingBoxRoots } from '../src/geom/spatial-index.js';
import type { Feature, Geometry } from '../src/model.js';

function square(x: number, y: number, side: number): Geometry {
  return { type: 'Polygon', coordinates: [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]] };
}

const box = (minX: number, minY: number, maxX: number, maxY: number): Box => ({ minX, minY, maxX, maxY });

describe('boxes', () => {
  it('a flat ring, positions and a union give their least and greatest coordinates', () => {
    expect(flatRingBox(Float64Array.of(3, 1, -2, 5, 4, -1, 3, 1))).toEqual(box(-2, -1, 4, 5));
    expect(positionsBox([[3, 1], [-2, 5], [4, -1]])).toEqual(box(-2, -1, 4, 5));
    expect(unionOfBoxes([box(0, 0, 1, 1), box(-1, 2, 0.5, 3)])).toEqual(box(-1, 0, 1, 3));
  });

  it('a coordinate that is not a number makes a ring box NaN (callers test minX <= maxX), and an empty union holds nothing', () => {
    const spoilt = flatRingBox(Float64Array.of(0, 0, Number.NaN, 1, 2, 2));
    expect(spoilt.minX <= spoilt.maxX).toBe(false);
    const none = unionOfBoxes([]);
    expect(none.minX <= none.maxX).toBe(false);
  });

  it('a GeoJSON geometry box skips non-finite points, walks collections, and is null with no finite point', () => {
    const collection: Geometry = {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [Number.POSITIVE_INFINITY, 7] }, { type: 'LineString', coordinates: [[1, 2], [5, -3]] }, square(10, 10, 1)],
    };
    expect(geometryBox(collection)).toEqual(box(1, -3, 11, 11));
    expect(geometryBox({ type: 'Point', coordinates: [Number.NaN, 0] })).toBeNull();
    expect(expandBoxByGeometry(emptyBox(), { type: 'MultiPoint', coordinates: [] })).toEqual(emptyBox());
  });
});

describe('grouping by boxes', () => {
  // 0 and 2 meet only through 1; 3 is apart; 4 touches 3 at a corner (boxes that touch meet).
  const boxes = [box(0, 0, 2, 2), box(1.5, 1.5, 4, 4), box(3.5, 0, 6, 2), box(10, 10, 11, 11), box(11, 11, 12, 12)];

  it('boxes meeting directly or through others are one group; groups in the order of their first box', () => {
    expect(overlappingBoxGroups(boxes)).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('every box of a group has the same root, a box of that group', () => {
    const roots = overlappingBoxRoots(boxes);
    expect(new Set([roots[0], roots[1], roots[2]]).size).toBe(1);
    expect([0, 1, 2]).toContain(roots[0]);
    expect(roots[3]).toBe(roots[4]);
    expect(roots[3]).not.toBe(roots[0]);
  });
});

describe('DisjointSets', () => {
  it('joins sets, hangs the first under the second root, and lists the sets by least member', () => {
    const sets = new DisjointSets(6);
    sets.union(4, 1);
    sets.union(1, 5);
    sets.union(3, 2);
    expect(sets.root(4)).toBe(5);
    expect(sets.same(4, 5)).toBe(true);
    expect(sets.same(0, 1)).toBe(false);
    expect(sets.groups()).toEqual([[0], [1, 4, 5], [2, 3]]);
  });
});

describe('the overlap kernel', () => {
  it('two parcels sharing a 0.290 m strip overlap by 0.290 m at the fine resolution; neighbours along an edge share nothing', () => {
    const a = toJsts(square(0, 0, 10));
    const b = toJsts({ type: 'Polygon', coordinates: [[[9.71, 0], [20, 0], [20, 10], [9.71, 10], [9.71, 0]]] });
    const [strip, ...rest] = overlapRegions(a, b, 0.001, FINE_WIDTH_RESOLUTION);
    expect(rest).toEqual([]);
    expect(strip!.width).toBe(0.29);
    expect(strip!.region.getArea()).toBeCloseTo(2.9, 6);
    expect(strip!.location[0]).toBeGreaterThan(9.71);
    expect(strip!.location[0]).toBeLessThan(10);
    expect(overlapRegions(a, toJsts(square(10, 0, 10)))).toEqual([]);
  });

  it('a region narrower than minWidth is left out', () => {
    const a = toJsts(square(0, 0, 10));
    const b = toJsts(square(9.9995, 0, 10));
    expect(overlapRegions(a, b, 0.001, FINE_WIDTH_RESOLUTION)).toEqual([]);
  });
});

describe('LazyShape', () => {
  it('builds its jsts shape on first use, once', () => {
    const feature = { index: 0, id: null, properties: {}, geometry: square(0, 0, 1) } as unknown as Feature;
    let builds = 0;
    const build = (geometry: Geometry): JstsGeometry => {
      builds += 1;
      return toJsts(geometry);
    };
    const lazy = new LazyShape(null, feature, box(0, 0, 1, 1), build);
    expect(builds).toBe(0);
    expect(lazy.shape.getArea()).toBe(1);
    expect(lazy.shape).toBe(lazy.shape);
    expect(builds).toBe(1);
  });
});
