// RuleTester cases for the rules that compare the survey with registered parcels (tolerance/*,
// topology/contours-match-registered) and for the caps that keep a layer drawn over itself from n² findings.
import type { Position } from '../../../src/model.js';
import type { RuleCases } from '../../support/rule-tester.js';
import { buildRegistered, polygon, rect } from '../../support/submission-builder.js';

const PARCEL = { role: 'parcel' as const, features: [{ geometry: rect(0, 0, 30, 40), properties: { cad_code: '01.14.07.012.034' } }] };
const NEIGHBOUR = '01.14.07.012.050';
/** The registered neighbour to the north, its south side at y = `south`. */
const northNeighbour = (south: number) => buildRegistered([{ geometry: rect(0, south, 30, 60), code: NEIGHBOUR }]);

/** A parcel north of the 100 m × 10 m one whose south side is a comb: 60 teeth, each 0.10 m from the other's north side. */
function comb(): Position[] {
  const teeth = Array.from({ length: 60 }, (_, k): Position[] => [[1 + k * 1.5, 10.1], [1.75 + k * 1.5, 15]]).flat();
  return [[0, 30], ...teeth, [100, 30]];
}

/** A 40 m × 10 m parcel whose south side has a corner every metre (more than vertex-near-miss scans corner by corner). */
function manyCorners(): Position[] {
  return [...Array.from({ length: 41 }, (_, k): Position => [k, 0]), [40, 10], [0, 10]];
}

/** Merge of two registered parcels, 30 m × 40 m each, side by side. */
const MERGE = { kind: 'merge', sourceParcels: ['01.14.07.012.034', '01.14.07.012.035'] };
const SOURCES = buildRegistered([{ geometry: rect(0, 0, 30, 40), code: '01.14.07.012.034' }, { geometry: rect(30, 0, 60, 40), code: '01.14.07.012.035' }]);

export const toleranceCases: RuleCases[] = [
  {
    rule: 'tolerance/registered-overlap',
    valid: [{ name: 'the neighbour starts where the parcel ends', submission: { layers: [PARCEL] }, registered: northNeighbour(40) }],
    invalid: [
      {
        name: 'a 0.31 m strip of the registered neighbour claimed',
        submission: { layers: [PARCEL] }, registered: northNeighbour(39.69),
        findings: [{ messageId: 'overlap', severity: 'error', featureIndex: 0, measured: 0.31, limit: 0.3, message: `Parcel overlaps registered parcel ${NEIGHBOUR} by 0.310 m (limit 0.30 m), over 9.30 m²` }],
      },
      {
        name: 'a 0.29 m strip: within the tolerance, said as an info',
        submission: { layers: [PARCEL] }, registered: northNeighbour(39.71),
        findings: [{ messageId: 'tolerated', severity: 'info', featureIndex: 0, measured: 0.29, limit: 0.3 }],
      },
      {
        name: 'no registered data given',
        submission: { layers: [PARCEL] },
        findings: [{ messageId: 'notChecked', severity: 'info', featureIndex: null, message: 'Not checked: no registered data (give it with --registered)' }],
      },
    ],
  },
  {
    rule: 'tolerance/registered-gap',
    valid: [{ name: 'a 0.31 m strip is wider than a sliver', submission: { layers: [PARCEL] }, registered: northNeighbour(40.31) }],
    invalid: [
      {
        name: 'a 0.29 m sliver between the parcel and its registered neighbour',
        submission: { layers: [PARCEL] }, registered: northNeighbour(40.29),
        findings: [{ messageId: 'gap', severity: 'warning', featureIndex: 0, measured: 0.29, limit: 0.3 }],
      },
      { name: 'no registered data given', submission: { layers: [PARCEL] }, findings: [{ messageId: 'notChecked', severity: 'info' }] },
    ],
  },
  {
    rule: 'tolerance/vertex-near-miss',
    valid: [
      { name: 'the registered corner is met exactly', submission: { layers: [PARCEL] }, registered: buildRegistered([{ geometry: rect(30, 40, 60, 80), code: NEIGHBOUR }]) },
      {
        name: 'a corner exactly on the side of a 43-corner neighbour (one searched through its own index)',
        submission: { layers: [{ role: 'parcel', features: [polygon(...manyCorners()), polygon([10.5, 0], [12, -5], [9, -5])] }] },
      },
    ],
    invalid: [
      {
        name: 'a corner 0.10 m off the side of a 43-corner neighbour, between two of its corners',
        submission: { layers: [{ role: 'parcel', features: [polygon(...manyCorners()), polygon([10.5, -0.1], [12, -5], [9, -5])] }] },
        findings: [{ messageId: 'nearEdge', severity: 'warning', featureIndex: 1, measured: 0.1, message: 'Vertex 0.100 m from an edge of parcel #0 (closer than 0.15 m but not on it): snap it onto the edge or move it clear' }],
      },
      {
        name: 'a registered corner 0.10 m east of the parcel\'s corner',
        submission: { layers: [PARCEL] }, registered: buildRegistered([{ geometry: rect(30.1, 40, 60, 80), code: NEIGHBOUR }]),
        findings: [{ messageId: 'nearVertex', severity: 'warning', featureIndex: 0, measured: 0.1, limit: 0.15, message: `Vertex 0.100 m from a vertex of registered parcel ${NEIGHBOUR} (closer than 0.15 m but not coincident): snap them together` }],
      },
      {
        name: 'a parcel corner 0.10 m off its neighbour\'s side, 20 m from any corner',
        submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40), polygon([30.1, 20], [50, 0], [50, 40])] }] },
        findings: [{ messageId: 'nearEdge', severity: 'warning', featureIndex: 1, measured: 0.1, message: 'Vertex 0.100 m from an edge of parcel #0 (closer than 0.15 m but not on it): snap it onto the edge or move it clear' }],
      },
      {
        name: 'a comb of 60 corners along a neighbour\'s side: 50 said one by one, then the cap',
        submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 100, 10), polygon(...comb())] }] },
        findings: [
          { messageId: 'tooManyNearMisses', severity: 'warning', featureIndex: 1, limit: 50, message: 'Parcel #1 has 50 near misses already; its other vertices are not checked one by one: the layer is drawn over itself, redraw it' },
          ...Array.from({ length: 50 }, () => ({ messageId: 'nearEdge', featureIndex: 1, measured: 0.1 })),
        ],
      },
    ],
  },
  {
    rule: 'topology/parcel-overlap',
    valid: [],
    invalid: [{
      // Parcel #0 is overlapped 1 m deep by twelve small parcels: ten are measured, the other two counted.
      name: 'a parcel overlapped by twelve others',
      submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 120, 10), ...Array.from({ length: 12 }, (_, k) => rect(10 * k + 1, 9, 10 * k + 6, 20))] }] },
      findings: [
        { messageId: 'tooManyOverlaps', severity: 'error', featureIndex: 0, measured: 2, limit: 10 },
        ...Array.from({ length: 10 }, (_, k) => ({ messageId: 'overlap', severity: 'error' as const, featureIndex: k + 1, measured: 1 })),
      ],
    }],
  },
  {
    rule: 'topology/contours-match-registered',
    valid: [{ name: 'the merged parcel keeps the two sources\' outline', submission: { manifest: MERGE, layers: [{ role: 'parcel', features: [rect(0, 0, 60, 40)] }] }, registered: SOURCES }],
    invalid: [
      {
        name: 'the merged parcel 0.50 m short of the sources\' north side',
        submission: { manifest: MERGE, layers: [{ role: 'parcel', features: [rect(0, 0, 60, 39.5)] }] }, registered: SOURCES,
        findings: [{ messageId: 'sourceUncovered', severity: 'error', measured: 0.5, limit: 0.3, message: 'Part of the registered source parcels, 0.500 m wide (limit 0.30 m), is not covered by the new parcels, over 30.00 m²' }],
      },
      {
        name: 'a source parcel the registry extract does not have',
        submission: { manifest: { kind: 'merge', sourceParcels: ['01.14.07.012.034', '01.14.07.012.099'] }, layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }] }, registered: SOURCES,
        findings: [{ messageId: 'sourceNotFound', severity: 'error', message: 'Source parcel 01.14.07.012.099 is not in the registered data near the survey: the outline cannot be compared' }],
      },
      {
        name: 'the merged parcel 0.50 m beyond the sources',
        submission: { manifest: MERGE, layers: [{ role: 'parcel', features: [rect(0, 0, 60, 40.5)] }] }, registered: SOURCES,
        findings: [{ messageId: 'beyondSources', severity: 'error', featureIndex: 0, measured: 0.5 }],
      },
      { name: 'a merge checked without registered data', submission: { manifest: MERGE, layers: [{ role: 'parcel', features: [rect(0, 0, 60, 40)] }] }, findings: [{ messageId: 'notChecked', severity: 'info' }] },
    ],
  },
];
