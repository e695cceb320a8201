// Renders message templates: `{name}` is replaced by the report's data.
export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Metres to the millimetre, without trailing noise: 0.35, 0.305, 12. */
export function formatMetres(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
