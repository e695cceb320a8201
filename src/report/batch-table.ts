// cadcheck batch on a terminal: one line per submission (submission, verdict, errors, warnings, the first error) and
// the totals. Programs get JSON Lines instead (--format jsonl, or stdout not a terminal).
import type { ChalkInstance } from 'chalk';
import { labelsOf, type Lang } from '../i18n/index.js';
import { firstError } from './csv.js';
import type { JsonReport } from './json.js';
import { safeForTerminal } from './terminal.js';

export interface BatchTableRow {
  /** The submission's name in the batch folder. */
  name: string;
  report: JsonReport;
}

export interface BatchTableTotals {
  /** Submissions to check (after --changed-since). */
  total: number;
  /** Submissions left out by --changed-since. */
  unchanged: number;
  changedSince: string | null;
  interrupted: boolean;
}

/** Cut to `width` characters with an ellipsis (code points, so a Georgian letter is never split). */
function cut(text: string, width: number): string {
  const characters = [...text];
  return characters.length <= width ? text : `${characters.slice(0, Math.max(1, width - 1)).join('')}…`;
}

/** The table; `columns` (the terminal's width) cuts the first error so a line fits, none when unknown. */
export function formatBatchTable(rows: readonly BatchTableRow[], totals: BatchTableTotals, options: { chalk: ChalkInstance; columns?: number; lang?: Lang }): string {
  const { chalk } = options;
  const labels = labelsOf(options.lang);
  const words = labels.batchTable;
  const HEADINGS = [words.submission, words.verdict, words.errors, words.warnings, words.firstError] as const;
  const lines: string[] = [];
  if (rows.length > 0) {
    const cells = rows.map(({ name, report }) => [
      safeForTerminal(name), report.result === 'pass' ? labels.pass : labels.fail, String(report.summary.errors), String(report.summary.warnings),
      safeForTerminal(firstError(report) ?? '').replace(/\s*\n\s*/g, ' '),
    ]);
    const widths = HEADINGS.slice(0, 4).map((heading, i) => Math.max([...heading].length, ...cells.map((row) => [...row[i]!].length)));
    const pad = (text: string, i: number): string => (i >= 2 ? text.padStart(widths[i]!) : text + ' '.repeat(widths[i]! - [...text].length));
    const lead = widths.reduce((sum, width) => sum + width + 2, 0);
    const room = options.columns === undefined ? Infinity : Math.max(20, options.columns - lead);
    lines.push(chalk.bold([...HEADINGS.slice(0, 4).map(pad), HEADINGS[4]].join('  ')));
    for (const row of cells) {
      const shown = pad(row[1]!, 1);
      const verdict = row[1] === labels.pass ? chalk.green(shown) : chalk.red(shown);
      lines.push([pad(row[0]!, 0), verdict, pad(row[2]!, 2), pad(row[3]!, 3), room === Infinity ? row[4]! : cut(row[4]!, room)].join('  ').trimEnd());
    }
    lines.push('');
  }
  const passed = rows.filter((row) => row.report.result === 'pass').length;
  const errors = rows.reduce((sum, row) => sum + row.report.summary.errors, 0);
  const warnings = rows.reduce((sum, row) => sum + row.report.summary.warnings, 0);
  let total = `${words.checked(rows.length)}${words.passed(passed)}, ${words.failed(rows.length - passed)} · ${labels.count(errors, 'error')}, ${labels.count(warnings, 'warning')}`;
  if (totals.changedSince !== null) total += ` · ${words.unchanged(totals.unchanged, safeForTerminal(totals.changedSince))}`;
  if (totals.interrupted) total += ` · ${words.interrupted(totals.total - rows.length)}`;
  lines.push(rows.length > passed ? chalk.red(total) : chalk.green(total));
  return `${lines.join('\n')}\n`;
}
