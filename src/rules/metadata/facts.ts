// Reading facts out of the loosely typed manifest, shared by the metadata rules.
import type { Manifest } from '../../model.js';

/** The value at a dotted path (`performer.name`), or undefined. */
export function factAt(manifest: Manifest | null, path: string): unknown {
  let value: unknown = manifest;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** A real calendar date written YYYY-MM-DD (no 2024-02-30, no 14.05.2024). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.getUTCFullYear() === +match[1]! && date.getUTCMonth() === +match[2]! - 1 && date.getUTCDate() === +match[3]!;
}

/** Today's calendar date in a time zone, YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The survey date that counts: `--survey-date` first, else the manifest's. */
export function surveyDateOf(manifest: Manifest | null, override: string | null): unknown {
  return override ?? factAt(manifest, 'surveyDate');
}
