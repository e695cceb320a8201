// The batch summary as CSV (RFC 4180): one row per submission — path, result, errors, warnings, first error.
import type { JsonReport } from './json.js';

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled (RFC 4180 §2.6–2.7). */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 §2.1 has it; the file ends with a line break. */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const SUMMARY_HEADER = ['path', 'result', 'errors', 'warnings', 'first_error'] as const;

/** The first error finding of a report (findings are sorted, errors first), as "ruleId: message". */
export function firstError(report: JsonReport): string | null {
  const found = report.findings.find((finding) => finding.severity === 'error');
  return found ? `${found.ruleId}: ${found.message}` : null;
}

export function formatCsvSummary(reports: readonly JsonReport[]): string {
  return formatCsv([
    [...SUMMARY_HEADER],
    ...reports.map((report) => [report.submission.path, report.result, report.summary.errors, report.summary.warnings, firstError(report)]),
  ]);
}
