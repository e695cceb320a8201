// The rules that keep the HTML map legible (src/report/map-legibility.ts): grouped marks never overlap and nothing is
// lost or counted twice; a label waits for the zoom it fits at; long numbers fit their circles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circleText, CLUSTER_DISTANCE, CLUSTER_RADIUS, clusterMarks, labelMinZoom, MARK_DIGIT, MARK_RADIUS, type PlacedMark } from '../src/report/map-legibility.js';

const marksArbitrary = fc.array(fc.tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 200 })
  .map((points) => points.map(([x, y], i): PlacedMark => ({ x, y, severity: 'error', number: i + 1, rowId: `s0-f${i + 1}` })));

describe('clusterMarks', () => {
  it('puts each mark in at most one group, within the distance of its first mark; groups and loose marks stand farther apart than it', () => {
    fc.assert(fc.property(marksArbitrary, (marks) => {
      const groups = clusterMarks(marks, CLUSTER_DISTANCE);
      const grouped = groups.flat().map((mark) => mark.number);
      expect(new Set(grouped).size).toBe(grouped.length);
      for (const group of groups) {
        expect(group.length).toBeGreaterThan(1);
        for (const member of group) expect(Math.hypot(member.x - group[0]!.x, member.y - group[0]!.y)).toBeLessThanOrEqual(CLUSTER_DISTANCE);
      }
      // What is drawn: a cluster at each group's first mark, and every mark in no group as itself.
      const drawn = [...groups.map((group) => group[0]!), ...marks.filter((mark) => !grouped.includes(mark.number))];
      for (let i = 0; i < drawn.length; i++) {
        for (let j = i + 1; j < drawn.length; j++) expect(Math.hypot(drawn[i]!.x - drawn[j]!.x, drawn[i]!.y - drawn[j]!.y)).toBeGreaterThan(CLUSTER_DISTANCE);
      }
    }), { numRuns: 200 });
    // Which is what keeps the circles apart: a cluster's and a mark's radii together are no more than the distance.
    expect(2 * CLUSTER_RADIUS).toBeLessThanOrEqual(CLUSTER_DISTANCE);
    expect(CLUSTER_RADIUS + MARK_RADIUS).toBeLessThanOrEqual(CLUSTER_DISTANCE);
  });

  it('joins a mark to the nearest group, not the first one found', () => {
    const mark = (number: number, x: number): PlacedMark => ({ x, y: 0, severity: 'warning', number, rowId: `r${number}` });
    // Groups start at 0 and 29 (29 is too far from 0 to join it); 20 is within reach of both and nearer 29.
    const groups = clusterMarks([mark(1, 0), mark(2, 29), mark(3, 20)], 28);
    expect(groups.map((group) => group.map((member) => member.number))).toEqual([[2, 3]]);
  });
});

describe('labelMinZoom', () => {
  it('a 12-character code fits a 110 px box at once, a 6 px one only from about 20×', () => {
    expect(labelMinZoom('01.18.04.871', 'label-parcel', 110, 60)).toBeLessThanOrEqual(1);
    const zoom = labelMinZoom('01.18.04.871', 'label-parcel', 6, 6);
    expect(zoom).toBeGreaterThan(15);
    expect(zoom).toBeLessThan(25);
    // A flat box waits for its height: 14 px of text in a box 1 px high.
    expect(labelMinZoom('7', 'label-building', 100, 1)).toBe(13);
  });
});

describe('circleText', () => {
  it('squeezes a number into its circle only when its digits are wider than the circle', () => {
    expect(circleText('99', MARK_RADIUS, MARK_DIGIT)).toBe('<text x="0" y="0">99</text>');
    expect(circleText('137', MARK_RADIUS, MARK_DIGIT)).toBe('<text x="0" y="0" textLength="16" lengthAdjust="spacingAndGlyphs">137</text>');
  });
});
