// src/geom/anchor.ts: where a finding about a whole feature points is a vertex chosen by the land, not by the writing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastPosition } from '../src/geom/anchor.js';
import type { Geometry, Position } from '../src/model.js';

const ring = (positions: Position[]): Position[] => [...positions, positions[0]!];

describe('leastPosition', () => {
  it('is the westernmost vertex, the southernmost of those on a tie', () => {
    expect(leastPosition({ type: 'Polygon', coordinates: [ring([[5, 5], [0, 9], [0, 2], [7, 0]])] })).toEqual([0, 2]);
  });

  it('ignores non-finite positions and has none for an empty or missing geometry', () => {
    expect(leastPosition({ type: 'LineString', coordinates: [[NaN, 0], [3, 4], [2, Infinity]] })).toEqual([3, 4]);
    expect(leastPosition({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
    expect(leastPosition(null)).toBeNull();
  });

  it('looks into every part of a collection', () => {
    const geometry: Geometry = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [4, 4] }, { type: 'LineString', coordinates: [[9, 9], [1, 8]] }] };
    expect(leastPosition(geometry)).toEqual([1, 8]);
  });

  it('is the same for a polygon whose rings start anywhere, run either way, and whose parts come in any order (fast-check)', () => {
    const point = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }));
    const part = fc.array(point, { minLength: 3, maxLength: 8 });
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.nat(), fc.boolean(), fc.nat(), (parts, start, reverse, shift) => {
      const written = (positions: Position[]): Position[][] => {
        const k = start % positions.length;
        const turned = [...positions.slice(k), ...positions.slice(0, k)];
        return [ring(reverse ? turned.reverse() : turned)];
      };
      const original: Geometry = { type: 'MultiPolygon', coordinates: parts.map((positions) => [ring(positions)]) };
      const order = parts.map((_, i) => parts[(i + shift) % parts.length]!);
      const rewritten: Geometry = { type: 'MultiPolygon', coordinates: order.map(written) };
      expect(leastPosition(rewritten)).toEqual(leastPosition(original));
    }), { seed: 2026_12_05, numRuns: 300 });
  });
});
