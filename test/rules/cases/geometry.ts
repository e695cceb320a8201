// RuleTester cases for geometry/* rules.
import type { RuleCases } from '../../support/rule-tester.js';
import type { Geometry, Position } from '../../../src/model.js';
import { rect, ring } from '../../support/submission-builder.js';

/** A polygon's rings, its shell started at another corner and run the other way and its holes in the other order, shifted by (dx, dy) metres. */
function redrawn([outer, ...holes]: Position[][], dx: number, dy: number): Geometry {
  const corners = outer!.slice(0, -1).reverse();
  const started = [...corners.slice(2), ...corners.slice(0, 2)].map(([x, y]): Position => [x + dx, y + dy]);
  return { type: 'Polygon', coordinates: [[...started, started[0]!], ...holes.reverse()] };
}

const CODE = '01.14.07.012.034';
const SHELL = ring([0, 0], [30, 0], [30, 40], [0, 40]);
/** A parcel with two holes (enclaves). */
const HOLED = [SHELL, ring([5, 5], [5, 10], [10, 10], [10, 5]), ring([15, 20], [15, 25], [20, 25], [20, 20])];
const parcels = (...geometries: Array<Geometry | { geometry: Geometry; properties: Record<string, unknown> }>) => ({ layers: [{ role: 'parcel' as const, features: geometries }] });

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
  {
    rule: 'geometry/duplicate',
    valid: [
      { name: 'a copy 2 mm east, beyond the 1 mm a point may move', submission: parcels(rect(0, 0, 30, 40), redrawn([SHELL], 0.002, 0)) },
      {
        name: 'a copy whose ring is left open is not compared (geometry/valid reports it)',
        submission: parcels(rect(0, 0, 30, 40), { type: 'Polygon', coordinates: [SHELL.slice(0, -1)] }),
      },
      {
        name: 'two pieces with one cadastral code that share a side are one object',
        submission: parcels({ geometry: rect(0, 0, 30, 40), properties: { cad_code: CODE } }, { geometry: rect(30, 0, 50, 40), properties: { cad_code: CODE } }),
      },
    ],
    invalid: [
      {
        name: 'the same parcel from another corner, the other way round, half a millimetre off',
        submission: parcels(rect(0, 0, 30, 40), redrawn([SHELL], 0.0005, -0.0005)),
        findings: [{ messageId: 'sameGeometry', severity: 'error', featureIndex: 1, message: 'Same geometry as record 0 of this layer: delete one' }],
      },
      {
        name: 'a parcel with two enclaves drawn again, its holes listed the other way round',
        submission: parcels(rect(100, 0, 110, 10), { type: 'Polygon', coordinates: HOLED }, redrawn(HOLED, 0, 0)),
        findings: [{ messageId: 'sameGeometry', severity: 'error', featureIndex: 2, message: 'Same geometry as record 1 of this layer: delete one' }],
      },
      {
        name: 'one cadastral code on two parcels 20 m apart',
        submission: parcels({ geometry: rect(0, 0, 30, 40), properties: { cad_code: CODE } }, { geometry: rect(50, 0, 80, 40), properties: { cad_code: CODE } }),
        findings: [{ messageId: 'sameIdentifier', severity: 'error', featureIndex: 1 }],
      },
    ],
  },
];
