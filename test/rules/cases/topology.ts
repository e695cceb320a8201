// RuleTester cases for topology/* rules: parcels, buildings, servitudes and lines drawn in metres from the origin.
import type { RuleCases } from '../../support/rule-tester.js';
import { line, point, rect, type LayerSpec } from '../../support/submission-builder.js';
import type { Geometry } from '../../../src/model.js';

const parcels = (...geometries: Geometry[]): LayerSpec => ({ role: 'parcel', features: geometries });
const linear = (...geometries: Geometry[]): LayerSpec => ({ role: 'linear', features: geometries });
const multiLine = (...parts: Array<Array<[number, number]>>): Geometry => ({
  type: 'MultiLineString', coordinates: parts.map((part) => (line(...part) as { coordinates: number[][] }).coordinates),
});

export const topologyCases: RuleCases[] = [
  {
    rule: 'topology/building-within-parcel',
    valid: [
      { name: 'a building 0.14 m out (within the accuracy)', submission: { layers: [parcels(rect(0, 0, 30, 40)), { role: 'building', features: [rect(-0.14, 5, 17, 15)] }] } },
      { name: 'a building 0.16 m out, the rule\'s accuracy set to 0.20 m', options: { accuracy: 0.2 }, submission: { layers: [parcels(rect(0, 0, 30, 40)), { role: 'building', features: [rect(-0.16, 5, 17, 15)] }] } },
    ],
    invalid: [
      {
        name: 'a building 0.16 m beyond the parcel\'s west side',
        submission: { layers: [parcels(rect(0, 0, 30, 40)), { role: 'building', features: [rect(-0.16, 5, 17, 15)] }] },
        findings: [{ messageId: 'protrudes', severity: 'error', file: 'building.geojson', featureIndex: 0, measured: 0.16, limit: 0.15, unit: 'm' }],
      },
      {
        name: 'the same, the config making the rule a warning and the profile-wide accuracy 0.10 m',
        settings: { ruleSettings: { 'topology/building-within-parcel': 'warning' }, tolerances: { accuracy: 0.1 } },
        submission: { layers: [parcels(rect(0, 0, 30, 40)), { role: 'building', features: [rect(-0.16, 5, 17, 15)] }] },
        findings: [{ messageId: 'protrudes', severity: 'warning', featureIndex: 0, measured: 0.16, limit: 0.1 }],
      },
    ],
  },
  {
    rule: 'topology/servitude-within-parcel',
    valid: [{
      name: 'a right of way (type 6) may leave the parcel',
      submission: { layers: [parcels(rect(0, 0, 10, 10)), { role: 'obligation', features: [{ geometry: rect(-0.3, 0, 3, 10), properties: { type: 6 } }] }] },
    }],
    invalid: [{
      name: 'a servitude (type 1) 0.30 m beyond the parcel',
      submission: { layers: [parcels(rect(0, 0, 10, 10)), { role: 'obligation', features: [{ geometry: rect(-0.3, 0, 3, 10), properties: { type: 1 } }] }] },
      findings: [{ messageId: 'protrudes', severity: 'error', file: 'obligation.geojson', featureIndex: 0, measured: 0.3, limit: 0.15 }],
    }],
  },
  {
    rule: 'topology/line-duplicate',
    valid: [{ name: 'two lines that cross share no length', submission: { layers: [linear(line([0, 0], [10, 10]), line([0, 10], [10, 0]))] } }],
    invalid: [
      {
        name: 'a second record drawn over the last 5 m of the first',
        submission: { layers: [linear(line([0, 10], [20, 10]), line([15, 10], [30, 10]))] },
        findings: [{ messageId: 'duplicateRecord', severity: 'error', featureIndex: 1, measured: 5, limit: 0.15 }],
      },
      {
        name: 'one record whose second part repeats 5 m of its first',
        submission: { layers: [linear(multiLine([[0, 0], [10, 0]], [[5, 0], [15, 0]]))] },
        findings: [{ messageId: 'duplicatePart', severity: 'error', featureIndex: 0, measured: 5 }],
      },
    ],
  },
  {
    rule: 'topology/line-single-piece',
    valid: [{ name: 'a pipeline in one piece', submission: { layers: [linear(line([0, 0], [10, 0], [20, 5]))] } }],
    invalid: [{
      name: 'a pipeline broken 0.30 m apart',
      submission: { layers: [linear(multiLine([[0, 0], [10, 0]], [[10.3, 0], [20, 0]]))] },
      findings: [{ messageId: 'broken', severity: 'error', featureIndex: 0, measured: 0.3, unit: 'm' }],
    }],
  },
  {
    rule: 'topology/point-on-line-vertex',
    valid: [{ name: 'a valve 0.10 m from a vertex', submission: { layers: [linear(line([0, 0], [10, 10])), { role: 'points', features: [point(10.1, 10)] }] } }],
    invalid: [
      {
        name: 'a valve 0.20 m from the nearest vertex',
        submission: { layers: [linear(line([0, 0], [10, 10])), { role: 'points', features: [point(10.2, 10)] }] },
        findings: [{ messageId: 'offVertex', severity: 'error', file: 'points.geojson', featureIndex: 0, measured: 0.2, limit: 0.15 }],
      },
      {
        name: 'a manhole with no line in the submission',
        submission: { layers: [{ role: 'points', features: [point(1, 1)] }] },
        findings: [{ messageId: 'noLine', severity: 'error', featureIndex: 0, measured: null }],
      },
    ],
  },
  {
    rule: 'topology/parcel-gap',
    valid: [{ name: 'a 1.2 m strip between two parcels is a road', submission: { layers: [parcels(rect(0, 0, 60, 20), rect(0, 21.2, 60, 40))] } }],
    invalid: [
      {
        name: 'a 60 m × 0.35 m open strip between two parcels',
        submission: { layers: [parcels(rect(0, 0, 60, 20), rect(0, 20.35, 60, 40))] },
        findings: [{ messageId: 'gap', severity: 'error', featureIndex: 0, measured: 0.35, limit: 0.15, message: 'Uncovered strip 0.350 m wide between parcels #0, #1 (limit 0.15 m)' }],
      },
      {
        name: 'a 0.14 m strip: within the accuracy, a warning',
        submission: { layers: [parcels(rect(0, 0, 60, 20), rect(0, 20.14, 60, 40))] },
        findings: [{ messageId: 'withinAccuracy', severity: 'warning', featureIndex: 0, measured: 0.14 }],
      },
      {
        name: 'a 4 m × 4 m hole enclosed by four parcels',
        submission: { layers: [parcels(rect(0, 0, 20, 8), rect(0, 12, 20, 20), rect(0, 8, 8, 12), rect(12, 8, 20, 12))] },
        findings: [{ messageId: 'enclosedArea', severity: 'info', featureIndex: 0, measured: 4, limit: 1 }],
      },
    ],
  },
  {
    rule: 'topology/parcel-overlap',
    valid: [{ name: 'two parcels sharing a side', submission: { layers: [parcels(rect(0, 0, 20, 10), rect(20, 0, 40, 10))] } }],
    invalid: [
      {
        name: 'a parcel reaching 0.20 m into its neighbour',
        submission: { layers: [parcels(rect(0, 0, 20.2, 10), rect(20, 0, 40, 10))] },
        findings: [{ messageId: 'overlap', severity: 'error', featureIndex: 1, measured: 0.2, limit: 0.15 }],
      },
      {
        name: 'a parcel reaching 0.10 m into its neighbour: within the accuracy, a warning',
        submission: { layers: [parcels(rect(0, 0, 20.1, 10), rect(20, 0, 40, 10))] },
        findings: [{ messageId: 'withinAccuracy', severity: 'warning', featureIndex: 1, measured: 0.1 }],
      },
    ],
  },
];
