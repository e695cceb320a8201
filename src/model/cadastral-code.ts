// A parcel's cadastral code, read one way wherever it is shown or compared: the registered parcels' ids, the surveyed
// parcels the registered rules name, the HTML header and map labels, and the batch summary's column.
import type { Submission } from '../model.js';
import { presentText } from './attribute-text.js';

/** The field the registry's cadastral code is written in; a profile or config may name aliases (fields.parcel.cad_code). */
export const CAD_CODE_FIELD = 'cad_code';

/** The cadastral code of a feature: field `cad_code` or one of `aliases`, names compared case-insensitively, as text. */
export function cadCodeOf(properties: Record<string, unknown>, aliases: readonly string[] = []): string | null {
  const names = [CAD_CODE_FIELD, ...aliases].map((name) => name.toLowerCase());
  for (const [key, value] of Object.entries(properties)) {
    if (!names.includes(key.toLowerCase())) continue;
    const text = presentText(value);
    if (text !== null) return text;
  }
  return null;
}

/**
 * The cadastral codes a submission is about: the manifest's `cadastralCode` when it declares one (it speaks for the
 * whole submission), else the distinct codes written on its parcel layers, in file order.
 */
export function submissionCadastralCodes(submission: Submission, aliases: readonly string[] = []): string[] {
  const written = submission.manifest.data?.cadastralCode;
  // A number is shown as written too (metadata/manifest reports that the schema wants text).
  const declared = typeof written === 'string' || typeof written === 'number' ? presentText(written) : null;
  if (declared) return [declared];
  const codes = new Set<string>();
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel') continue;
    for (const feature of layer.features) {
      const code = cadCodeOf(feature.properties, aliases);
      if (code !== null) codes.add(code);
    }
  }
  return [...codes];
}
