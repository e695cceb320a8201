// The batch summary as CSV (RFC 4180, UTF-8 with a BOM): one row per submission — path, result, counts, first error, report
// file, applicant, cadastral codes, and errors and warnings per rule family.
import type { JsonReport } from './json.js';
import { safeForTerminal } from './terminal.js';

/**
 * A text that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage return) gets a
 * leading single quote, as OWASP's CSV-injection advice has it: a submission named "=HYPERLINK(…)" stays text.
 * Numbers are written as they are (a negative count is not text to neutralise).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Control characters other than tab and line breaks (ESC, DEL, C1, bidi overrides) shown as escapes: a CSV gets printed too. */
function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (character) => safeForTerminal(character));
}

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled (RFC 4180 §2.6–2.7); formulas neutralised. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(withoutControls(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 §2.1 has it; the file ends with a line break. */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const SUMMARY_HEADER = ['path', 'result', 'errors', 'warnings', 'first_error', 'report', 'applicant', 'cadastral_codes'] as const;

/** Excel reads a CSV as the machine's legacy code page unless it starts with a BOM: m² and Georgian would be garbled. */
export const UTF8_BOM = '\uFEFF';

/** The first error finding of a report (findings are sorted, errors first), as "ruleId: message". */
export function firstError(report: JsonReport): string | null {
  const found = report.findings.find((finding) => finding.severity === 'error');
  return found ? `${found.ruleId}: ${found.message}` : null;
}

/** The rule families of a profile's rules (geometry, topology, …), in catalogue order: one count column each. */
export function ruleFamilies(ruleIds: readonly string[]): string[] {
  return [...new Set(ruleIds.map((id) => id.split('/')[0]!))];
}

/** One submission's row beyond its report: the report file written for it, the applicant, the parcels' cadastral codes. */
export interface SummaryRow {
  report: JsonReport;
  reportFile?: string | null;
  applicant?: string | null;
  cadastralCodes?: readonly string[];
}

/**
 * The summary table. `families` are the count columns (`<family>_findings`: errors and warnings of that family's rules,
 * infos not counted); cadastral codes are joined with "; ".
 */
export function formatCsvSummary(rows: readonly SummaryRow[], families: readonly string[]): string {
  return UTF8_BOM + formatCsv([
    [...SUMMARY_HEADER, ...families.map((family) => `${family}_findings`)],
    ...rows.map(({ report, reportFile, applicant, cadastralCodes }) => [
      report.submission.path, report.result, report.summary.errors, report.summary.warnings, firstError(report),
      reportFile ?? null, applicant ?? null, (cadastralCodes ?? []).join('; '),
      ...families.map((family) => report.findings.filter((finding) => finding.severity !== 'info' && finding.ruleId.startsWith(`${family}/`)).length),
    ]),
  ]);
}
