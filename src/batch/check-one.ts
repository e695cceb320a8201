// What a batch needs of one submission checked in a check thread (src/worker/check.ts): the JSON report, plus what
// the cross-submission checks need.
import type { Finding, Geometry, Submission } from '../model.js';
import type { RegisteredParcels } from '../model/registered.js';
import type { JsonReport } from '../report/json.js';
import { buildJsonReport } from '../report/json.js';
import type { RunResult } from '../engine/run.js';

/** What the batch needs to know to check one submission the way `cadcheck check` would. */
export interface BatchCheckOptions {
  registered: string | null;
  /** Table and columns when `registered` is a postgresql:// URL. */
  registeredOptions?: import('../io/registered-postgis.js').PostgisRegistryOptions;
  surveyDate: string | null;
  /** ISO time of the run's clock (one clock for the whole batch). */
  now: string;
  tool: { name: string; version: string };
  /** Send back the submission and findings too (batch --format/--report-format beyond json need them to render). */
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

/** What batch keeps of a run for reports rendered on the main thread; `registered`: the neighbours the HTML map draws. */
export interface KeptRun {
  submission: Submission;
  findings: Finding[];
  registered: RegisteredParcels | null;
}

export type SubmissionOutcome =
  | { kind: 'checked'; report: JsonReport; parcels: BatchParcel[]; photos: BatchPhoto[]; facts: SubmissionFacts; run?: KeptRun }
  /** The submission could not be checked (not a submission, unreadable archive), or cadcheck crashed on it. */
  | { kind: 'trouble'; cause: string; crashed: boolean; code?: string | null }
  /** The check overran its time or heap budget: the findings of the rules that finished, and input/too-complex. */
  | { kind: 'too-complex'; findings: Finding[] };

/** The applicant's name from the manifest and the cadastral codes (id field) of the parcel layer's features. */
export function submissionFacts(submission: Submission): SubmissionFacts {
  const applicant = (submission.manifest.data as { applicant?: { name?: unknown } } | null)?.applicant?.name;
  const cadastralCodes = submission.layers
    .filter((layer) => layer.role === 'parcel')
    .flatMap((layer) => layer.features.map((feature) => feature.id))
    .filter((id): id is string => typeof id === 'string' && id !== '');
  return { applicant: typeof applicant === 'string' && applicant !== '' ? applicant : null, cadastralCodes: [...new Set(cadastralCodes)] };
}

export function batchOutcome(submission: Submission, run: RunResult, options: Pick<BatchCheckOptions, 'surveyDate' | 'tool' | 'keepRun'>, registered: RegisteredParcels | null = null): Extract<SubmissionOutcome, { kind: 'checked' }> {
  const surveyDate = options.surveyDate ?? (typeof submission.manifest.data?.surveyDate === 'string' ? submission.manifest.data.surveyDate : null);
  const report = buildJsonReport(run, options.tool, surveyDate);
  const parcels: BatchParcel[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      const geometry = feature.geometry;
      if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) parcels.push({ file: layer.file, featureIndex: feature.index, featureId: feature.id, geometry });
    }
  }
  const photos = submission.photos.filter((photo) => photo.sha256 !== null).map((photo) => ({ file: photo.file, sha256: photo.sha256! }));
  return { kind: 'checked', report, parcels, photos, facts: submissionFacts(submission), ...(options.keepRun ? { run: { submission, findings: run.findings, registered } } : {}) };
}
