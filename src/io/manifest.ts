// Reads the submission's manifest (cadcheck.json); judging its content is the metadata rules' work.
import { DEFAULT_LIMITS, type Limits } from '../engine/limits.js';
import type { ManifestFile } from '../model.js';
import { parseJsonText } from './geojson.js';
import type { SubmissionSource } from './source.js';
import { UnreadableFile } from './shapefile.js';

export const MANIFEST_FILE = 'cadcheck.json';

export function readManifest(source: SubmissionSource, present: boolean, limits: Limits = DEFAULT_LIMITS): ManifestFile {
  if (!present) return { file: MANIFEST_FILE, data: null, problem: null };
  try {
    const data = parseJsonText(source.read(MANIFEST_FILE), limits);
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      return { file: MANIFEST_FILE, data: null, problem: 'it is not a JSON object' };
    }
    return { file: MANIFEST_FILE, data: data as Record<string, unknown>, problem: null };
  } catch (error) {
    const reason = error instanceof UnreadableFile ? error.message : `it could not be read (${(error as Error).message})`;
    return { file: MANIFEST_FILE, data: null, problem: reason };
  }
}
