// Reads the submission's manifest (cadcheck.json); judging its content is the metadata rules' work.
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import type { ManifestFile } from '../model.js';
import { parseJsonText } from './geojson.js';
import type { SubmissionSource } from './source.js';
import { jsonValuePositions, positionAt, syntaxErrorOffset } from './json-positions.js';
import { UnreadableFile } from './shapefile.js';

/** Where the JSON broke, when that is why it could not be read (not for a file too big or nested too deep). */
function syntaxOf(bytes: Buffer, error: UnreadableFile): ManifestFile['syntax'] {
  if (!error.message.startsWith('it is not valid JSON')) return null;
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { line, column } = positionAt(text, syntaxErrorOffset(text, error));
  const near = (text.split('\n')[line - 1] ?? '').trim();
  return { line, column, near: near.length > 60 ? `${near.slice(0, 57)}…` : near };
}

export const MANIFEST_FILE = 'cadcheck.json';

export function readManifest(source: SubmissionSource, present: boolean, limits: Limits = DEFAULT_LIMITS): ManifestFile {
  if (!present) return { file: MANIFEST_FILE, data: null, problem: null };
  let bytes: Buffer | null = null;
  try {
    bytes = source.read(MANIFEST_FILE);
    const data = parseJsonText(bytes, limits);
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      return { file: MANIFEST_FILE, data: null, problem: 'it is not a JSON object' };
    }
    return { file: MANIFEST_FILE, data: data as Record<string, unknown>, problem: null, positions: jsonValuePositions(bytes.toString('utf8')) };
  } catch (error) {
    const reason = error instanceof UnreadableFile ? error.message : `it could not be read (${(error as Error).message})`;
    return { file: MANIFEST_FILE, data: null, problem: reason, syntax: bytes && error instanceof UnreadableFile ? syntaxOf(bytes, error) : null };
  }
}
