// The ua-1051 and kz-pcm test rows: each exchange or turning-point file under fixtures/<profile>/rules/ with exactly the
// findings `cadcheck check --profile <profile> --verbose` gives it, as [rule, message id, feature index, data]
// (test/rules/profiles-ua-kz.test.ts runs them; test/message-ids.test.ts counts their message ids).
import { expect } from 'vitest';

export type Row = [ruleId: string, messageId: string, featureIndex: number | null, data?: Record<string, unknown>];

const METRIC = 'UkrainianCadastralExchangeFile/InfoPart/MetricInfo';
const PARCEL = 'UkrainianCadastralExchangeFile/InfoPart/CadastralZoneInfo/CadastralQuarters/CadastralQuarterInfo/Parcels/ParcelInfo';

/** The data of a ua/schema finding: the element, where its start tag is, and what was expected or refused. */
function schemaData(element: string, line: number, column: number, path: string, more: { expected?: string; value?: string; count?: number }): Record<string, unknown> {
  const { count = 1, expected = '', value = '' } = more;
  return { element, path, line, column, count, expected, value, detail: expect.any(String) };
}

/** ua-1051: the file under fixtures/ua-1051/rules/, its findings, and a pattern its messages must match. */
export const UA_ROWS: Array<[string, Row[], RegExp?]> = [
  ['ua/unique-point-ids/fail/uidp-used-twice.xml', [['ua/unique-point-ids', 'duplicate', null, { uidp: '2', first: 1, second: 4 }]]],
  ['ua/polyline-refs/fail/polyline-names-missing-point.xml', [['ua/polyline-refs', 'unknownPoint', null, { ulid: '2', uidp: '9' }]]],
  ['ua/polyline-refs/fail/boundary-names-missing-polyline.xml', [['ua/polyline-refs', 'unknownPolyline', null, { boundary: 'parcel 0001', ulid: '7' }]]],
  ['ua/polyline-refs/fail/control-point-missing.xml', [['ua/polyline-refs', 'unknownControlPoint', null, { uidp: '9' }]]],
  ['ua/area-matches-geometry/fail/area-0.1040-ha-drawn-1000-m2.xml', [['ua/area-matches-geometry', 'areaDiffers', 0, {
    boundary: 'parcel 0001', size: '0.1040', unit: 'га', declared: '1040.00', computed: '1000.00', difference: '40.00', limit: '0.5',
  }]]],
  ['ua/area-matches-geometry/pass/within-stated-error.xml', []],
  ['ua/closed-boundaries/fail/boundary-not-closed.xml', [['ua/closed-boundaries', 'notClosed', 0, { boundary: 'parcel 0001', first: '1', last: '4' }]]],
  ['ua/point-accuracy/fail/negative-and-text-accuracy.xml', [
    ['ua/point-accuracy', 'negative', null, { uidp: '2', field: 'MX', value: '-0.05' }],
    ['ua/point-accuracy', 'notANumber', null, { uidp: '3', field: 'MY', value: 'n/a' }],
    ['ua/schema', 'notNumber', null, schemaData('MY', 70, 11, 'UkrainianCadastralExchangeFile/InfoPart/MetricInfo/PointInfo/Point/MY', { expected: 'xs:double', value: 'n/a' })],
  ]],
  ['ua/crs-declared/fail/no-coordinate-system.xml', [
    ['ua/crs-declared', 'missing', null, {}],
    ['ua/schema', 'unexpected', null, schemaData('HeightSystem', 41, 7, 'UkrainianCadastralExchangeFile/InfoPart/MetricInfo/HeightSystem', { expected: 'CoordinateSystem' })],
  ]],
  ['ua/crs-declared/fail/easting-in-zone-3.xml', [['ua/crs-declared', 'zoneUnknown', null, { easting: '3325000.00' }]]],
  ['ua/crs-declared/pass/sc63-not-placed.xml', [['ua/crs-declared', 'notPlaced', null, { name: 'SC63 X' }]]],
  ['input/coordinates-plausible/fail/x-and-y-swapped.xml', [['input/coordinates-plausible', 'outsideExtent', 0, { x: '5592000', y: '6325000', lon: '28.5153', lat: '57.0355', extent: 'lon 22–40.3, lat 44.3–52.4' }]]],
  ['geometry/valid/fail/bow-tie-parcel.xml', [['geometry/valid', 'invalid', 0, { kind: 'self-intersection', explanation: 'the boundary crosses itself' }]]],
  ['input/readable/fail/not-well-formed.xml', [['input/readable', 'unreadable', null]], /line 172: Expected closing tag 'InfoPart'/],
  ['ua/schema/fail/common-shape-mistakes.xml', [
    ['ua/schema', 'textInsteadOf', null, schemaData('MeasurementUnit', 43, 7, `${METRIC}/MeasurementUnit`, { expected: 'M, Km, Other' })],
    ['ua/schema', 'missingChild', null, schemaData('MetricInfo', 40, 5, METRIC, { expected: 'ControlPoint' })],
    ['ua/schema', 'unexpected', null, schemaData('ParcelMetricInfo', 108, 15, `${PARCEL}/ParcelMetricInfo`, { expected: 'ParcelLocationInfo' })],
    // Both polylines lack their length: one finding, two places, the first named.
    ['ua/schema', 'missingChild', null, schemaData('PL', 83, 9, `${METRIC}/Polyline/PL`, { expected: 'Length', count: 2 })],
  ]],
  ['ua/schema/fail/values-of-the-wrong-form.xml', [
    ['ua/point-accuracy', 'notANumber', null, { uidp: '2', field: 'X', value: '5592O25.00' }],
    ['ua/schema', 'badPattern', null, schemaData('CadastralZoneNumber', 105, 7, 'UkrainianCadastralExchangeFile/InfoPart/CadastralZoneInfo/CadastralZoneNumber', { expected: '[0-9]{10}:[0-9]{2}', value: '80000:79' })],
    ['ua/schema', 'notBoolean', null, schemaData('Closed', 128, 21, `${PARCEL}/ParcelMetricInfo/Externals/Boundary/Closed`, { expected: 'xs:boolean', value: 'yes' })],
    ['ua/schema', 'badLength', null, schemaData('DocumentationType', 133, 17, `${PARCEL}/TechnicalDocumentationInfo/DocumentationType`, { expected: '= 3', value: '03' })],
    ['ua/schema', 'notDate', null, schemaData('FileDate', 6, 9, 'UkrainianCadastralExchangeFile/AdditionalPart/ServiceInfo/FileID/FileDate', { expected: 'xs:date', value: '02.11.2026' })],
    ['ua/schema', 'notInList', null, schemaData('MeasurementUnit', 121, 23, `${PARCEL}/ParcelMetricInfo/Area/MeasurementUnit`, { expected: "'га', 'кв.м'", value: 'Га' })],
    ['ua/schema', 'notNumber', null, schemaData('X', 58, 11, `${METRIC}/PointInfo/Point/X`, { expected: 'xs:double', value: '5592O25.00' })],
  ]],
  ['ua/schema/fail/text-attribute-and-codes.xml', [
    ['ua/schema', 'wrongType', null, schemaData('DocumentList', 136, 17, `${PARCEL}/TechnicalDocumentationInfo/DocumentList`, { expected: 'DocumentList', value: 'ab' })],
    ['ua/schema', 'textNotAllowed', null, schemaData('FileID', 5, 7, 'UkrainianCadastralExchangeFile/AdditionalPart/ServiceInfo/FileID', {})],
    ['ua/schema', 'attributeNotAllowed', null, schemaData('Point', 45, 9, `${METRIC}/PointInfo/Point`, { value: 'id' })],
    ['ua/schema', 'notWholeNumber', null, schemaData('QualificationNumber', 25, 26, 'UkrainianCadastralExchangeFile/AdditionalPart/InfoLandWork/Executor/Executor/Qualification/QualificationNumber', { expected: 'xs:integer', value: 'IV' })],
  ]],
  ['ua/schema/pass/format-version-0.6.xml', [['ua/schema', 'otherVersion', null, { version: '0.6', checked: '0.7' }]]],
];

/** kz-pcm: the file under fixtures/kz-pcm/rules/, its findings, and the exit code. */
export const KZ_ROWS: Array<[string, Row[], number]> = [
  ['kz/closed-contours/fail/contour-2-not-closed.csv', [['kz/closed-contours', 'notClosed', 1, { contour: '2', last: '8', first: '5', distance: '10' }]], 1],
  ['kz/closed-contours/fail/two-points-only.txt', [['kz/closed-contours', 'tooFew', 0, { contour: '1', count: 2 }]], 1],
  ['kz/point-numbers/fail/point-3-twice.csv', [['kz/point-numbers', 'repeated', 0, { number: '3', contour: '1', first: 6, line: 7 }]], 1],
  ['kz/point-numbers/fail/point-7-missing.csv', [['kz/point-numbers', 'missing', 1, { contour: '2', from: 6, to: 8, count: 1 }]], 0],
  ['kz/point-numbers/fail/shared-number-two-places.csv', [
    ['kz/point-numbers', 'conflicting', 1, { number: '2', contour: '2', line: 12, distance: '36.401', other: '1', first: 5 }],
    // Numbers 5, 2, 7, 8 in order of value: 3 and 4 missing below 5, 6 below 7 (whichever way the contour runs).
    ['kz/point-numbers', 'missing', 1, { contour: '2', from: 2, to: 5, count: 2 }],
    ['kz/point-numbers', 'missing', 1, { contour: '2', from: 5, to: 7, count: 1 }],
  ], 1],
  ['kz/parseable-lines/fail/garbled-lines.csv', [
    ['kz/parseable-lines', 'unparseable', null, { line: 12, reason: '2 fields, expected 3 (number, X, Y)', text: '6;4791010,00' }],
    ['kz/parseable-lines', 'unparseable', null, { line: 6, reason: 'X "4791020,00" or Y "342OO3O,00" is not a number', text: '3;4791020,00;342OO3O,00' }],
    ['kz/point-numbers', 'missing', 0, { contour: '1', from: 2, to: 4, count: 1 }],
    ['kz/point-numbers', 'missing', 1, { contour: '2', from: 5, to: 7, count: 1 }],
  ], 1],
  ['topology/parcel-overlap/fail/contours-overlap.csv', [['topology/parcel-overlap', 'overlap', 1, { parcel: 'contour 2', other: 'contour 1', width: '5.000' }]], 1],
];

/** Every row with its fixture's path, for the count of expected message ids. */
export const PROFILE_FILE_ROWS: Array<{ path: string; findings: Row[] }> = [
  ...UA_ROWS.map(([name, findings]) => ({ path: `fixtures/ua-1051/rules/${name}`, findings })),
  ...KZ_ROWS.map(([name, findings]) => ({ path: `fixtures/kz-pcm/rules/${name}`, findings })),
];
