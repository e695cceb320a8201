// RuleTester cases for geometry/* rules.
import type { RuleCases } from '../../support/rule-tester.js';
import { rect } from '../../support/submission-builder.js';

export const geometryCases: RuleCases[] = [
  {
    rule: 'geometry/empty',
    valid: [{ name: 'a building with its polygon', submission: { layers: [{ role: 'building', features: [{ geometry: rect(5, 5, 17, 15), properties: { number: '01' } }] }] } }],
    invalid: [{
      // A GeoJSON feature written "coordinates": []: a record that has a geometry type but nothing drawn.
      name: 'a building polygon with no coordinates',
      submission: { layers: [{ role: 'building', features: [{ geometry: { type: 'Polygon', coordinates: [] }, properties: { number: '01' } }] }] },
      findings: [{ messageId: 'emptyGeometry', severity: 'error', file: 'building.geojson', featureIndex: 0, featureId: '01', message: 'Record with an empty Polygon geometry' }],
    }],
  },
];
