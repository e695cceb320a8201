// Checks one submission of a batch (in a worker): the JSON report, plus what the cross-submission checks need.
import type { Geometry } from '../model.js';
import { UserError } from '../errors.js';
import type { JsonReport } from '../report/json.js';

/** What the batch needs to know to check one submission the way `cadcheck check` would. */
export interface BatchCheckOptions {
  profile: string | undefined;
  /** The config file, already resolved to an absolute path by the main thread, or null for none. */
  configFile: string | null;
  registered: string | null;
  /** Table and columns when `registered` is a postgresql:// URL. */
  registeredOptions?: import('../io/registered-postgis.js').PostgisRegistryOptions;
  surveyDate: string | null;
  /** ISO time of the run's clock (one clock for the whole batch). */
  now: string;
  tool: { name: string; version: string };
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

export type SubmissionOutcome =
  | { kind: 'checked'; report: JsonReport; parcels: BatchParcel[]; photos: BatchPhoto[] }
  /** The submission could not be checked: cadcheck check would have exited 2 (not a submission, unreadable archive), or cadcheck crashed on it. */
  | { kind: 'trouble'; cause: string; crashed: boolean };

type Modules = {
  settings: import('../engine/settings.js').Settings;
  loadSubmission: typeof import('../io/submission.js').loadSubmission;
  runRules: typeof import('../engine/run.js').runRules;
  buildJsonReport: typeof import('../report/json.js').buildJsonReport;
};

let loaded: Promise<Modules> | null = null;

/** Settings and modules once per worker: a batch of 1,000 submissions resolves its config once, not 1,000 times. */
function modules(options: BatchCheckOptions): Promise<Modules> {
  loaded ??= (async () => {
    const [{ loadConfig }, { resolveSettings }, { loadSubmission }, { runRules }, { buildJsonReport }] = await Promise.all([
      import('../io/config-file.js'), import('../engine/config.js'), import('../io/submission.js'), import('../engine/run.js'), import('../report/json.js'),
    ]);
    // The main thread already found and validated the config file; a worker reads exactly that one.
    const config = options.configFile === null ? null : loadConfig(options.configFile, '/')?.config ?? null;
    return { settings: resolveSettings(options.profile, config), loadSubmission, runRules, buildJsonReport };
  })();
  return loaded;
}

export async function checkOneSubmission(path: string, options: BatchCheckOptions): Promise<SubmissionOutcome> {
  try {
    const { settings, loadSubmission, runRules, buildJsonReport } = await modules(options);
    const submission = await loadSubmission(path, settings);
    const registered = options.registered === null ? null : await (await import('../io/registered.js')).loadRegistered(options.registered, submission, settings, options.registeredOptions);
    const run = runRules(submission, settings, { registered, now: new Date(options.now), surveyDateOverride: options.surveyDate });
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
    return { kind: 'checked', report, parcels, photos };
  } catch (error) {
    if (error instanceof UserError) return { kind: 'trouble', cause: error.message, crashed: false };
    return { kind: 'trouble', cause: `cadcheck crashed on this submission (this is a bug; please report it): ${(error as Error).message ?? String(error)}`, crashed: true };
  }
}
