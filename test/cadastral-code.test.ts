// The cadastral code is read one way for the registered rules, the HTML header and map, and the batch summary.
import { describe, expect, it } from 'vitest';
import type { Feature, Layer, Submission } from '../src/model.js';
import { cadCodeOf, submissionCadastralCodes } from '../src/model/cadastral-code.js';
import { renderMap } from '../src/report/svg-map.js';

const square = (x: number): Feature['geometry'] => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 20, 0], [x + 20, 20], [x, 20], [x, 0]]] });

function layer(role: Layer['role'], properties: Array<Record<string, unknown>>): Layer {
  return {
    role, file: `${role}.geojson`, name: String(role), format: 'geojson', geometryType: 'Polygon', measurable: true, implausible: [],
    crs: { source: 'prj', definition: 'EPSG:32638', code: 'EPSG:32638', proj4: null },
    features: properties.map((props, index) => ({ index, id: null, geometry: square(500_000 + 30 * index), sourceGeometry: null, properties: props })),
  } as unknown as Layer;
}

function submission(layers: Layer[], manifest: Record<string, unknown> | null = null): Submission {
  return { path: 's', manifest: { file: 'cadcheck.json', data: manifest, problem: null }, layers, photos: [], problems: [] };
}

describe('cadCodeOf', () => {
  it('reads cad_code or a named alias, names in any case, blank values skipped, numbers as text', () => {
    expect(cadCodeOf({ CAD_CODE: ' 01.14.07.012.034 ' })).toBe('01.14.07.012.034');
    expect(cadCodeOf({ cad_code: '', Kadastri: '01.10' }, ['kadastri'])).toBe('01.10');
    expect(cadCodeOf({ kadastri: '01.10' })).toBeNull();
    expect(cadCodeOf({ cad_code: 1234 })).toBe('1234');
    expect(cadCodeOf({ id: '7' })).toBeNull();
  });
});

describe('submissionCadastralCodes', () => {
  it("is the manifest's code when it declares one", () => {
    expect(submissionCadastralCodes(submission([layer('parcel', [{ cad_code: 'A' }])], { cadastralCode: '01.14.07.012.999' }))).toEqual(['01.14.07.012.999']);
  });

  it("else the parcel layers' codes, each once, in file order; other layers' fields and ids are not codes", () => {
    const layers = [layer('parcel', [{ cad_code: 'B' }, { id: 'x' }, { CAD_CODE: 'A' }, { cad_code: 'B' }]), layer('building', [{ cad_code: 'C' }])];
    expect(submissionCadastralCodes(submission(layers, { cadastralCode: '  ' }))).toEqual(['B', 'A']);
  });
});

describe('the map labels a parcel with the code the rules read', () => {
  it('an alias the profile names labels the parcel; a field the rules do not read labels nothing', () => {
    const parcels = layer('parcel', [{ kadastri: '01.10.01' }, { cadastral_code: '01.10.02' }]);
    const svg = renderMap([parcels], [], 'EPSG:32638', undefined, { cadCodeAliases: ['kadastri'] })!;
    expect(svg).toContain('>01.10.01</text>');
    expect(svg).not.toContain('01.10.02');
  });
});
