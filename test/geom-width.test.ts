// Width = diameter of the maximum inscribed circle: long-thin vs short-wide, to the millimetre.
import { describe, expect, it } from 'vitest';
import { toJsts } from '../src/geom/jsts.js';
import { isWiderThan, maxInscribedWidth } from '../src/geom/width.js';
import type { Geometry } from '../src/model.js';

function polygon(...points: Array<[number, number]>): Geometry {
  return { type: 'Polygon', coordinates: [[...points, points[0]!]] };
}

describe('maxInscribedWidth', () => {
  it('a 60 m long strip 0.35 m wide is 0.35 m wide, a 120 m strip 0.20 m wide (larger area) is 0.20 m', () => {
    const longStrip = toJsts(polygon([0, 0], [60, 0], [60, 0.35], [0, 0.35]));
    const longerThinner = toJsts(polygon([0, 0], [120, 0], [120, 0.2], [0, 0.2]));
    expect(maxInscribedWidth(longStrip)).toBeCloseTo(0.35, 3);
    expect(maxInscribedWidth(longerThinner)).toBeCloseTo(0.2, 3);
    expect(longerThinner.getArea()).toBeGreaterThan(longStrip.getArea());
  });
  it('a slanted strip in UTM coordinates keeps its width (no precision loss at 4.6 million metres)', () => {
    const strip = toJsts(polygon([481700, 4618700], [481760, 4618700.3], [481760, 4618700.65], [481700, 4618700.35]));
    expect(maxInscribedWidth(strip)).toBeCloseTo(0.35 * Math.cos(Math.atan(0.3 / 60)), 3);
  });
  it("a thin triangle's width is twice its inradius", () => {
    const triangle = toJsts(polygon([0, 0], [10, 0], [5, 0.3]));
    const perimeter = 10 + 2 * Math.hypot(5, 0.3);
    expect(maxInscribedWidth(triangle)).toBeCloseTo((2 * 2 * 1.5) / perimeter, 3);
  });
  it('a multipolygon is as wide as its widest part; lines and points have no width', () => {
    const two: Geometry = { type: 'MultiPolygon', coordinates: [[[[0, 0], [5, 0], [5, 0.1], [0, 0.1], [0, 0]]], [[[10, 0], [15, 0], [15, 0.4], [10, 0.4], [10, 0]]]] };
    expect(maxInscribedWidth(toJsts(two))).toBeCloseTo(0.4, 3);
    expect(maxInscribedWidth(toJsts({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toBe(0);
  });
  it('isWiderThan decides both sides of a threshold', () => {
    const strip = (width: number) => toJsts(polygon([0, 0], [60, 0], [60, width], [0, width]));
    expect(isWiderThan(strip(0.31), 0.3)).toBe(true);
    expect(isWiderThan(strip(0.29), 0.3)).toBe(false);
    expect(isWiderThan(strip(0.16), 0.15)).toBe(true);
    expect(isWiderThan(strip(0.14), 0.15)).toBe(false);
  });
});
