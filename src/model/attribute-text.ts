// An attribute or manifest value as text: shared by the readers (ids of registered parcels, CAD layer names) and the
// rules (field values), since both meet values of any JSON type written by someone else.

/** A value as trimmed text; a plain object or list as JSON (String() would call a submitter's "toString": "" and throw). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) return JSON.stringify(value);
  return String(value);
}

/** The text of a value that is there: null for null, undefined and blank text. */
export function presentText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = textOf(value);
  return text === '' ? null : text;
}
