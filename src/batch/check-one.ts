// What a batch needs of one submission beyond its run, taken in the check thread where the whole submission is: its
// layers and photos for the JSON report, the parcels and photo hashes the cross-submission checks compare, the CSV
// summary's facts.
import type { Settings } from '../engine/settings.js';
import type { Geometry, Submission } from '../model.js';
import { submissionCadastralCodes } from '../model/cadastral-code.js';
import { inventoryOf, type SubmissionInventory } from '../report/json.js';

/** What the batch needs to know to check one submission the way `cadcheck check` would. */
export interface BatchCheckOptions {
  registered: string | null;
  /** Table and columns when `registered` is a postgresql:// URL. */
  registeredOptions?: import('../io/registered-postgis.js').PostgisRegistryOptions;
  surveyDate: string | null;
  /** ISO time of the run's clock (one clock for the whole batch). */
  now: string;
  /** Send back the whole submission too (batch --format/--report-format beyond json need it to render). */
  keepRun?: boolean;
}

/** What the CSV summary says of a submission beyond its report: the manifest's applicant and the parcels' cadastral codes. */
export interface SubmissionFacts {
  applicant: string | null;
  cadastralCodes: string[];
}

/** A surveyed parcel, for the cross-submission overlap check. */
export interface BatchParcel {
  file: string;
  featureIndex: number;
  featureId: string | null;
  geometry: Geometry;
}

export interface BatchPhoto {
  file: string;
  sha256: string;
}

export interface BatchExtras {
  inventory: SubmissionInventory;
  parcels: BatchParcel[];
  photos: BatchPhoto[];
  facts: SubmissionFacts;
}

/** The applicant's name from the manifest and the cadastral codes the submission is about (src/model/cadastral-code.ts). */
export function submissionFacts(submission: Submission, settings: Settings): SubmissionFacts {
  const applicant = (submission.manifest.data as { applicant?: { name?: unknown } } | null)?.applicant?.name;
  const cadastralCodes = submissionCadastralCodes(submission, settings.fields.parcel.cad_code);
  return { applicant: typeof applicant === 'string' && applicant !== '' ? applicant : null, cadastralCodes };
}

export function batchExtras(submission: Submission, settings: Settings): BatchExtras {
  const parcels: BatchParcel[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      const geometry = feature.geometry;
      if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) parcels.push({ file: layer.file, featureIndex: feature.index, featureId: feature.id, geometry });
    }
  }
  const photos = submission.photos.filter((photo) => photo.sha256 !== null).map((photo) => ({ file: photo.file, sha256: photo.sha256! }));
  return { inventory: inventoryOf(submission, settings.timeZone), parcels, photos, facts: submissionFacts(submission, settings) };
}
