// Attribute lookup for rules: a canonical field found by its name or aliases (case-insensitive), and coded values.
import type { Settings } from '../engine/settings.js';
import type { Feature, Layer, Role, Submission } from '../model.js';
import { measurableFeatures } from './layers.js';
import { textOf } from '../model/attribute-text.js';

/** Attribute text, as the readers see it too. */
export { textOf };

/** The canonical name first, then the profile's and the config's aliases. */
export function acceptedNames(settings: Settings, role: Role, canonical: string): string[] {
  return [canonical, ...(settings.fields[role]?.[canonical] ?? [])];
}

/**
 * The layer's own name for a canonical field, or null when the layer has none of its names.
 * The canonical name wins over an alias when a table has both; letter case never matters.
 */
export function fieldOf(layer: Layer, settings: Settings, canonical: string): string | null {
  if (layer.role === null) return null;
  const byLowerName = new Map<string, string>();
  // GeoJSON features may differ in their keys: the layer's field list is their union.
  for (const name of layer.fields) if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), name);
  for (const name of acceptedNames(settings, layer.role, canonical)) {
    const found = byLowerName.get(name.toLowerCase());
    if (found !== undefined) return found;
  }
  return null;
}

/** A feature's value of a canonical field (undefined when the layer lacks the field or the feature the key). */
export function valueOf(layer: Layer, feature: Feature, settings: Settings, canonical: string): unknown {
  const name = fieldOf(layer, settings, canonical);
  return name === null ? undefined : feature.properties[name];
}

/** Null, undefined, NaN or only white space: Art. 8(4)(f) wants every attribute filled in. */
export function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) || (typeof value === 'string' && value.trim() === '');
}

/** A number from a numeric field or from text holding a number (a .dbf C field, a GeoJSON string); else null. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value.replace(',', '.'))) return null;
  return Number(value.replace(',', '.'));
}

/**
 * The canonical value of a coded attribute (`role.field` in `settings.codeLists`), or null when the value
 * is not on the list. Each value is accepted as itself or any of its spellings, trimmed and ignoring case.
 * Returns undefined when there is no list for the field.
 */
export function codeOf(settings: Settings, key: string, value: unknown): string | null | undefined {
  const list = settings.codeLists[key];
  if (!list) return undefined;
  const text = textOf(value).toLowerCase();
  for (const entry of list) {
    if (entry.value.toLowerCase() === text || (entry.accepted ?? []).some((spelling) => spelling.trim().toLowerCase() === text)) return entry.value;
  }
  return null;
}

/** The fields Art. 8(3) requires in each layer's table (RULES.md, attributes/required). */
export const REQUIRED_FIELDS: Partial<Record<Role, readonly string[]>> = {
  parcel: ['area', 'purpose', 'method'],
  building: ['number', 'storeys', 'condition'],
  obligation: ['type'],
  linear: ['type', 'length_plan'],
};

/**
 * The declared number in `canonical` of each measurable feature with one of `roles`, for rules that compare
 * a declared value with the drawing. Blanks are skipped (attributes/required and attributes/complete speak
 * for them); a value that is not a number is handed to `notANumber` and skipped.
 */
export function* declaredNumbers(
  submission: Submission,
  settings: Settings,
  roles: Role[],
  canonical: string,
  notANumber: (layer: Layer, feature: Feature, text: string) => void,
): Generator<{ layer: Layer; feature: Feature; declared: number; text: string }> {
  for (const { layer, feature } of measurableFeatures(submission, roles)) {
    const name = fieldOf(layer, settings, canonical);
    const value = name === null ? undefined : feature.properties[name];
    if (isBlankValue(value)) continue;
    const declared = numberOf(value);
    if (declared === null) notANumber(layer, feature, textOf(value));
    else yield { layer, feature, declared, text: textOf(value) };
  }
}
