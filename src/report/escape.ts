// HTML escaping for the HTML report: every piece of text from a file, a manifest or a message goes through here.

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
