// RuleTester cases for attributes/* and photos/* rules whose defects are in one value.
import type { RuleCases } from '../../support/rule-tester.js';
import { line, rect } from '../../support/submission-builder.js';

export const attributesCases: RuleCases[] = [
  {
    rule: 'attributes/area-matches-geometry',
    valid: [{ name: 'a 1200 m² parcel declaring 1200.4', submission: { layers: [{ role: 'parcel', features: [{ geometry: rect(0, 0, 30, 40), properties: { area: 1200.4 } }] }] } }],
    invalid: [{
      name: 'an area written with its unit',
      submission: { layers: [{ role: 'parcel', features: [{ geometry: rect(0, 0, 30, 40), properties: { area: '1200 m2' } }] }] },
      findings: [{ messageId: 'notANumber', severity: 'error', featureIndex: 0, message: 'Declared area "1200 m2" is not a number' }],
    }],
  },
  {
    rule: 'attributes/linear-length',
    valid: [{ name: 'a 30 m pipeline declaring 30.1 m', submission: { layers: [{ role: 'linear', features: [{ geometry: line([0, 0], [30, 0]), properties: { length_plan: 30.1 } }] }] } }],
    invalid: [{
      name: 'a length written as "approx. 30"',
      submission: { layers: [{ role: 'linear', features: [{ geometry: line([0, 0], [30, 0]), properties: { length_plan: 'approx. 30' } }] }] },
      findings: [{ messageId: 'notANumber', severity: 'error', featureIndex: 0, message: 'length_plan "approx. 30" is not a number' }],
    }],
  },
  {
    rule: 'photos/capture-date-present',
    valid: [{ name: 'a photo taken on the survey day', submission: { photos: [{ file: 'photos/IMG_0001.jpg' }] } }],
    invalid: [{
      // A camera whose clock was never set writes a date that does not exist.
      name: 'a capture date of 30 February',
      submission: { photos: [{ file: 'photos/IMG_0001.jpg', dateTimeOriginal: '2024-02-30T10:40:15' }] },
      findings: [{
        messageId: 'unreadable', severity: 'error', file: 'photos/IMG_0001.jpg',
        message: 'photos/IMG_0001.jpg has an EXIF capture date that is not a real date ("2024-02-30T10:40:15"): the date it was taken cannot be verified',
      }],
    }],
  },
  {
    rule: 'photos/near-parcel',
    valid: [{ name: 'a photo without GPS', submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }], photos: [{ file: 'photos/IMG_0001.jpg' }] } }],
    invalid: [{
      // UTM zone 38N has no coordinates for the equator 90° from its meridian (45° E): the projection is infinite there.
      name: 'a GPS position on the equator at 135° E',
      submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }], photos: [{ file: 'photos/IMG_0001.jpg', gps: { lon: 135, lat: 0 } }] },
      findings: [{
        messageId: 'cannotPlace', severity: 'warning', file: 'photos/IMG_0001.jpg', location: null,
        message: 'photos/IMG_0001.jpg has a GPS position (lat 0, lon 135) that cannot be placed in EPSG:32638: was it taken at this site?',
      }],
    }],
  },
];
