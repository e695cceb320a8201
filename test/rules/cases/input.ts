// RuleTester cases for input/* rules: what a reader found (problems, CRS, coordinates), without reading a file.
import type { RuleCases } from '../../support/rule-tester.js';
import { at, rect } from '../../support/submission-builder.js';

export const inputCases: RuleCases[] = [
  {
    rule: 'input/config-ignored',
    valid: [{ name: 'no configuration inside the submission', submission: {} }],
    invalid: [{
      name: 'a cadcheck.config.json beside the layers',
      submission: { problems: [{ file: 'cadcheck.config.json', kind: 'ignored-config', reason: 'a configuration inside the submission' }] },
      findings: [{
        messageId: 'ignored', severity: 'warning', file: 'cadcheck.config.json',
        message: 'cadcheck.config.json: a configuration inside the submission is never applied; rules and tolerances come from the registry (--config, or a cadcheck.config.json above the submission)',
      }],
    }],
  },
  {
    rule: 'input/coordinates-plausible',
    valid: [{ name: 'a parcel in Tbilisi', submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }] } }],
    invalid: [{
      // A NaN written where an easting should be: the reader leaves the layer unplaced, and the rule names the coordinate.
      name: 'a parcel corner whose easting is not a number',
      submission: { layers: [{ role: 'parcel', measurable: false, features: [{ type: 'Polygon', coordinates: [[at(0, 0), [Number.NaN, at(0, 40)[1]], at(30, 40), at(0, 0)]] }] }] },
      findings: [{ messageId: 'nonFinite', severity: 'error', file: 'parcel.geojson', featureIndex: 0, location: at(0, 0), message: 'A coordinate is not a finite number (NaN, 4618740)' }],
    }],
  },
  {
    rule: 'input/crs-defined',
    valid: [{ name: 'a layer in EPSG:32638', submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }] } }],
    invalid: [{
      name: 'a .prj proj4 cannot parse',
      submission: {
        layers: [{ role: 'parcel', file: 'parcel.shp', format: 'shapefile', measurable: false, crs: { source: 'prj', definition: 'PROJCS["my local grid"]', code: null, proj4: null }, features: [rect(0, 0, 30, 40)] }],
      },
      findings: [{ messageId: 'unparsableCrs', severity: 'error', file: 'parcel.shp', featureIndex: null, message: 'The coordinate system of the layer (prj) cannot be understood: PROJCS["my local grid"]' }],
    }],
  },
  {
    rule: 'input/required-layers',
    valid: [{ name: 'a parcel layer', submission: { layers: [{ role: 'parcel', features: [rect(0, 0, 30, 40)] }] } }],
    invalid: [{
      // The reader could not read parcel.shp: say so rather than "no parcel layer", which would send the surveyor renaming files.
      name: 'the parcel layer is there but unreadable',
      submission: { problems: [{ file: 'parcel.shp', kind: 'unreadable', reason: 'truncated', layerRole: 'parcel' }] },
      findings: [{ messageId: 'parcelLayerUnreadable', severity: 'error', file: 'parcel.shp', message: 'The parcel layer parcel.shp could not be read, so the parcel is missing' }],
    }],
  },
];
