// Field lookup shared by the attribute rules: canonical name or alias, any letter case; coded values and their spellings.
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/catalogue.js';
import type { Feature, Layer } from '../../src/model.js';
import { codeOf, fieldOf, isBlankValue, numberOf, valueOf } from '../../src/rules/fields.js';

const settings = resolveSettings('ge-388', { fields: { parcel: { purpose: ['danishnul'] } } });

function layer(role: Layer['role'], fields: string[]): Layer {
  return {
    role, file: `${role}.shp`, name: String(role), format: 'shapefile', geometryType: 'Polygon', fields, encoding: null, measurable: true, features: [],
    crs: { source: 'prj', definition: null, code: 'EPSG:32638', proj4: null },
  };
}

describe('fieldOf', () => {
  it('finds the canonical name in any letter case', () => {
    expect(fieldOf(layer('parcel', ['CAD_CODE', 'AREA']), settings, 'area')).toBe('AREA');
  });
  it('finds a profile alias (SUBMISSION.md) and a config alias', () => {
    expect(fieldOf(layer('parcel', ['Fartobi']), settings, 'area')).toBe('Fartobi');
    expect(fieldOf(layer('parcel', ['ფართობი']), settings, 'area')).toBe('ფართობი');
    expect(fieldOf(layer('linear', ['LEN_PLAN']), settings, 'length_plan')).toBe('LEN_PLAN');
    expect(fieldOf(layer('parcel', ['DANISHNUL']), settings, 'purpose')).toBe('DANISHNUL');
  });
  it('prefers the canonical name when a table has both', () => {
    expect(fieldOf(layer('parcel', ['fartobi', 'area']), settings, 'area')).toBe('area');
  });
  it('an alias of another role does not count', () => {
    expect(fieldOf(layer('building', ['fartobi']), settings, 'area')).toBeNull();
    expect(fieldOf(layer(null, ['area']), settings, 'area')).toBeNull();
  });
  it('valueOf reads the feature by the layer\'s own name', () => {
    const feature: Feature = { index: 0, id: null, geometry: null, sourceGeometry: null, properties: { FARTOBI: 1240.4 } };
    expect(valueOf(layer('parcel', ['FARTOBI']), feature, settings, 'area')).toBe(1240.4);
  });
});

describe('codeOf', () => {
  it.each([
    ['parcel.purpose', 'agricultural', 'agricultural'], ['parcel.purpose', ' Non-Agricultural ', 'non-agricultural'],
    ['parcel.purpose', 1, 'agricultural'], ['parcel.purpose', '2', 'non-agricultural'],
    ['parcel.purpose', 'სასოფლო-სამეურნეო', 'agricultural'], ['parcel.purpose', 'არასასოფლო-სამეურნეო', 'non-agricultural'],
    ['parcel.purpose', 'forest', null], ['parcel.method', 6, '6'], ['parcel.method', 7, null], ['parcel.method', 1.5, null],
    ['building.condition', 'აშენებული', 'built'], ['building.condition', 'მშენებარე', 'under-construction'], ['building.condition', 'დანგრეული', 'demolished'],
    ['obligation.type', 7, '7'], ['obligation.type', 0, null], ['linear.type', 'რკინიგზა', 'railway'], ['linear.type', 'fence', null],
  ])('%s %j → %j', (key, value, expected) => {
    expect(codeOf(settings, key, value)).toBe(expected);
  });
  it('is undefined for a field without a list', () => {
    expect(codeOf(settings, 'building.purpose', 'residential')).toBeUndefined();
  });
});

describe('values', () => {
  it.each([[null, true], [undefined, true], ['', true], ['  ', true], [Number.NaN, true], [0, false], ['0', false], ['A', false]])('isBlankValue(%j) → %s', (value, blank) => {
    expect(isBlankValue(value)).toBe(blank);
  });
  it.each([[12.5, 12.5], ['12.5', 12.5], [' 12,5 ', 12.5], ['1240', 1240], ['12 m', null], ['', null], [Number.POSITIVE_INFINITY, null]])('numberOf(%j) → %j', (value, expected) => {
    expect(numberOf(value)).toBe(expected);
  });
});
