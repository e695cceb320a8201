// src/geom/coverage.ts: the cheap proofs that let the topology rules skip jsts overlays for clean neighbours.
import { describe, expect, it } from 'vitest';
import { interiorsDisjoint, isSimpleRing, matchSegments, mayBoundUncoveredFace, nearUnmatched, ringsOf, segmentGroups, unmatchedPolygons, type Matching, type Rings } from '../src/geom/coverage.js';
import type { Geometry } from '../src/model.js';

const polygon = (...points: Array<[number, number]>): Geometry => ({ type: 'Polygon', coordinates: [[...points, points[0]!]] });
const rect = (x0: number, y0: number, x1: number, y1: number): Geometry => polygon([x0, y0], [x1, y0], [x1, y1], [x0, y1]);

describe('interiorsDisjoint', () => {
  it('proves neighbours along an identical edge apart, whatever each ring\'s winding', () => {
    const clockwise = polygon([10, 0], [10, 10], [20, 10], [20, 0]);
    expect(interiorsDisjoint(ringsOf(rect(0, 0, 10, 10)), ringsOf(clockwise))).toBe(true);
  });
  it('proves parcels meeting at one corner, or apart, apart', () => {
    expect(interiorsDisjoint(ringsOf(rect(0, 0, 10, 10)), ringsOf(rect(10, 10, 20, 20)))).toBe(true);
    expect(interiorsDisjoint(ringsOf(rect(0, 0, 10, 10)), ringsOf(rect(10.5, 0, 20, 10)))).toBe(true);
  });
  it('does not prove overlapping, contained, identical or T-junction neighbours apart', () => {
    const a = ringsOf(rect(0, 0, 10, 10));
    expect(interiorsDisjoint(a, ringsOf(rect(9.9, 0, 20, 10)))).toBe(false); // 0.1 m overlap
    expect(interiorsDisjoint(a, ringsOf(rect(2, 2, 4, 4)))).toBe(false); // inside, no boundary contact
    expect(interiorsDisjoint(a, ringsOf(rect(0, 0, 10, 10)))).toBe(false); // the same parcel twice
    expect(interiorsDisjoint(a, ringsOf(rect(10, 0, 20, 5)))).toBe(false); // corner (10, 5) on the other's edge: left to jsts
    // A chord between two common corners through the other's interior.
    expect(interiorsDisjoint(a, ringsOf(polygon([0, 0], [10, 10], [-5, 10])))).toBe(false);
  });
  it('leaves bow-ties, holes and multipolygons to jsts', () => {
    expect(interiorsDisjoint(ringsOf(polygon([0, 0], [10, 10], [10, 0], [0, 10])), ringsOf(rect(20, 0, 30, 10)))).toBe(false);
    const holed: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]] };
    expect(ringsOf(holed).simple).toBe(false);
  });
});

describe('interiorsDisjoint with holes', () => {
  const holed = (...hole: Array<[number, number]>): Geometry => ({ type: 'Polygon', coordinates: [[[0, 0], [30, 0], [30, 30], [0, 30], [0, 0]], [...hole, hole[0]!]] });
  const withHole = holed([10, 10], [20, 10], [20, 20], [10, 20]);

  it('proves an enclave filling the hole, or a neighbour along the shell, apart', () => {
    expect(ringsOf(withHole).valid).toBe(true);
    expect(interiorsDisjoint(ringsOf(withHole), ringsOf(rect(10, 10, 20, 20)))).toBe(true);
    expect(interiorsDisjoint(ringsOf(rect(12, 12, 18, 18)), ringsOf(withHole))).toBe(true); // an island in the hole
    expect(interiorsDisjoint(ringsOf(withHole), ringsOf(rect(30, 0, 40, 30)))).toBe(true);
  });

  it('does not prove an enclave reaching past its hole, or one the holed parcel surrounds, apart', () => {
    expect(interiorsDisjoint(ringsOf(withHole), ringsOf(rect(10, 10, 21, 20)))).toBe(false);
    expect(interiorsDisjoint(ringsOf(withHole), ringsOf(rect(2, 2, 8, 8)))).toBe(false); // inside its shell, no hole there
  });

  it('does not trust holes outside the shell, nested, or touching the shell', () => {
    expect(ringsOf(holed([40, 10], [50, 10], [50, 20], [40, 20])).valid).toBe(false);
    expect(ringsOf(holed([0, 10], [20, 10], [20, 20], [0, 20])).valid).toBe(false);
    const nested: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [30, 0], [30, 30], [0, 30], [0, 0]], [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]], [[12, 12], [18, 12], [18, 18], [12, 18], [12, 12]]] };
    expect(ringsOf(nested).valid).toBe(false);
  });
});

describe('isSimpleRing', () => {
  it('accepts a ring with a repeated point (dropped) and refuses a spike folding back', () => {
    expect(ringsOf(polygon([0, 0], [5, 0], [5, 0], [10, 0], [10, 10], [0, 10])).simple).toBe(true);
    expect(isSimpleRing(Float64Array.from([0, 0, 10, 0, 10, 10, 10, 5, 10, 12, 0, 10, 0, 0]))).toBe(false);
  });
});

describe('unmatchedPolygons', () => {
  it('flags parcels with a segment no neighbour matches: the outer ones and both sides of a split edge', () => {
    // A 3 × 3 grid: only the centre parcel has every edge matched.
    const grid = [0, 1, 2].flatMap((j) => [0, 1, 2].map((i) => ringsOf(rect(i * 10, j * 10, i * 10 + 10, j * 10 + 10))));
    expect(unmatchedPolygons(grid)).toEqual([true, true, true, true, false, true, true, true, true]);
    // The centre's right edge split by an extra vertex (written differently by the two neighbours): the pieces still match
    // its neighbour's whole edge, so the centre stays clean (issue 15: a layer of densified sides is as cheap as a clean one).
    const split = [...grid];
    split[4] = ringsOf(polygon([10, 10], [20, 10], [20, 15], [20, 20], [10, 20]));
    const inner = [ringsOf(rect(0, 0, 10, 10)), ringsOf(rect(10, 0, 20, 10))];
    expect(unmatchedPolygons(split)[4]).toBe(false);
    expect(unmatchedPolygons(inner)).toEqual([true, true]);
    // The extra vertex 1 mm off the shared side is a real (tiny) gap or overlap: no longer matched.
    const bent = [...grid];
    bent[4] = ringsOf(polygon([10, 10], [20, 10], [20.001, 15], [20, 20], [10, 20]));
    expect(unmatchedPolygons(bent)[4]).toBe(true);
    expect(unmatchedPolygons(bent)[5]).toBe(true);
  });
});

describe('T-junctions and near misses', () => {
  // Parcel 0 on the left; parcels 1 and 2 on the right, meeting at (10, 5) on parcel 0's right edge.
  const tJunction = (x: number): Rings[] => [ringsOf(rect(0, 0, 10, 10)), ringsOf(polygon([10, 0], [20, 0], [20, 5], [x, 5])), ringsOf(polygon([x, 5], [20, 5], [20, 10], [10, 10]))];
  const allSegments = (matching: Matching): number[] => matching.owners.map((_, k) => k);

  it('matches the pieces of an edge a neighbour\'s corner lies exactly on, and bounds no uncovered face', () => {
    const matching = matchSegments(tJunction(10));
    // Only the outline of the three parcels stays unmatched (3 + 2 + 2 segments), none of it along x = 10.
    expect(matching.owners).toHaveLength(7);
    for (let k = 0; k < matching.owners.length; k++) expect(matching.unmatched[4 * k] === 10 && matching.unmatched[4 * k + 2] === 10).toBe(false);
    expect(mayBoundUncoveredFace(matching, allSegments(matching))).toBe(false);
  });

  it('leaves the sliver at a near T-junction (a corner 1 mm off the edge) unmatched, and may bound it', () => {
    const matching = matchSegments(tJunction(10.001));
    expect(matching.dirty).toEqual([true, true, true]);
    expect(mayBoundUncoveredFace(matching, allSegments(matching))).toBe(true);
  });

  it('finds the courtyard four parcels close in, and nothing in a block with none', () => {
    const ring = [rect(0, 0, 30, 10), rect(0, 20, 30, 30), rect(0, 10, 10, 20), rect(20, 10, 30, 20)].map(ringsOf);
    const yard = matchSegments(ring);
    expect(mayBoundUncoveredFace(yard, allSegments(yard))).toBe(true);
    const block = matchSegments([...ring, ringsOf(rect(10, 10, 20, 20))]);
    expect(mayBoundUncoveredFace(block, allSegments(block))).toBe(false);
    // Only the block's outline, walked with the outside on its left (clockwise), runs backwards: not a bounded face.
    expect(block.owners.every((owner) => owner >= 0)).toBe(true);
  });

  it('takes a segment without an owner (a parcel with a hole) either way', () => {
    const holed: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [30, 0], [30, 30], [0, 30], [0, 0]], [[10, 10], [10, 20], [20, 20], [20, 10], [10, 10]]] };
    const matching = matchSegments([ringsOf(holed), ringsOf(rect(30, 0, 40, 30))]);
    expect(mayBoundUncoveredFace(matching, allSegments(matching))).toBe(true);
  });

  it('finds a face bounded only by segments without an owner, whichever way they were written', () => {
    // A triangle of owner-less segments written counter-clockwise: the face inside is a cycle of them run forwards.
    const triangle = (points: number[][]): Matching => ({
      dirty: [], owners: [-1, -1, -1],
      unmatched: points.flatMap((point, i) => [...point, ...points[(i + 1) % points.length]!]),
    });
    expect(mayBoundUncoveredFace(triangle([[0, 0], [10, 0], [0, 10]]), [0, 1, 2])).toBe(true);
    expect(mayBoundUncoveredFace(triangle([[0, 0], [0, 10], [10, 0]]), [0, 1, 2])).toBe(true);
  });
});

describe('segmentGroups', () => {
  it('joins segments that meet, not segments whose boxes merely overlap', () => {
    // Two diagonals whose boxes overlap without touching, and a third sharing an end with the first.
    const { group, flagged } = segmentGroups([0, 0, 10, 10, 6, 0, 10, 3, 10, 10, 20, 10]);
    expect(group[0]).toBe(group[2]);
    expect(group[1]).not.toBe(group[0]);
    expect(flagged).toEqual([false, false, false]);
  });
});

describe('nearUnmatched', () => {
  it('says whether a ring comes within the margin of an unmatched segment, or holds one inside', () => {
    const matching = matchSegments([ringsOf(rect(0, 0, 10, 10))]);
    const near = nearUnmatched(matching, 0.001);
    const ring = (...points: number[]): Float64Array => Float64Array.from([...points, points[0]!, points[1]!]);
    expect(near(ring(2, 2, 8, 2, 8, 8, 2, 8))).toBe(false); // inside the parcel, clear of its outline
    expect(near(ring(2, 2, 8, 2, 8, 9.9995, 2, 9.9995))).toBe(true); // half a millimetre from it
    expect(near(ring(-1, -1, 11, -1, 11, 11, -1, 11))).toBe(true); // round it
    expect(near(ring(20, 0, 30, 0, 30, 10))).toBe(false);
  });
});
