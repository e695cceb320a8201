// What both real-cadastre tests hand the engine: a corpus's parcels as one submission, already in its metric CRS.
import type { Feature, Submission } from '../../src/model.js';

/** A submission of the given parcels, already in the profile CRS (as src/io would deliver them). */
export function submissionOf(features: Feature[], crs: string): Submission {
  return {
    path: 'corpus', manifest: { file: 'cadcheck.json', data: { kind: 'registration', sourceParcels: [] }, problem: null }, photos: [], problems: [],
    layers: [{
      role: 'parcel', file: 'parcel.geojson', name: 'parcel', format: 'geojson', geometryType: 'Polygon', measurable: true, fields: [], encoding: null,
      crs: { source: 'geojson-crs', definition: crs, code: crs, proj4: null }, features: features.map((feature, index) => ({ ...feature, index })),
    }],
  };
}
