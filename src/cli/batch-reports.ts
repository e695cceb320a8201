// What cadcheck batch writes once its submissions are checked: the JSON report of each (from its run), the files of
// --reports, each --format to its --output or standard output, the --summary CSV; then the exit code.
import { basename, join, resolve } from 'node:path';
import type { BatchResult } from '../batch/run.js';
import type { Settings } from '../engine/settings.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { cadcheckVersion } from '../package-root.js';
import { escapeJsonControls } from '../report/terminal.js';
import type { BatchFlags } from './batch-command.js';
import { FORMAT_EXTENSIONS, JSON_FORMATS, type BatchFormatName, type FormatName } from './formats.js';
import { EXIT_FAIL, EXIT_INTERRUPTED, EXIT_PASS, type MainOptions } from './main-options.js';
import { decideColorLevel, shownSeverities } from './option-values.js';
import { renderWholeRun, type CheckedSubmission } from './whole-run.js';

export interface BatchReportsContext {
  flags: BatchFlags;
  options: MainOptions;
  settings: Settings;
  lang: Lang;
  maxWarnings: number | null;
  /** The config file applied, which every report names. */
  config: string | null;
  outputs: Array<{ format: Exclude<BatchFormatName, 'json'>; output: string | null }>;
  reportFormats: FormatName[];
  reportsDir: string | null;
  summaryFile: string | null;
}

export async function writeBatchReports(result: BatchResult, context: BatchReportsContext): Promise<number> {
  const { flags, options, settings, lang, maxWarnings, config, outputs, reportFormats, reportsDir, summaryFile } = context;
  const [{ formatCsvSummary, ruleFamilies }, { writeReportFile }, { interruptExitCode }, { Chalk }] = await Promise.all([
    import('../report/csv.js'), import('../report/write.js'), import('../interrupt.js'), import('chalk'),
  ]);
  const { submissions, total, unchanged, interrupted } = result;
  // Registered data that cannot be read is cadcheck unable to do its job (exit 2, as in check), not a fault of every submission.
  const registryTrouble = submissions.find(({ trouble }) => trouble?.code === 'registered-unreadable')?.trouble;
  if (registryTrouble) throw new UserError(registryTrouble.cause, 'registered-unreadable');
  const tool = { name: 'cadcheck', version: cadcheckVersion() };
  const show = shownSeverities(flags);
  const colour = (stream: string | null) => new Chalk({ level: stream === null ? decideColorLevel(flags.color, options.env, options.stdout.isTTY) : 0 });
  // Every report names the config applied and the --max-warnings its result was settled with.
  const { buildJsonReport } = await import('../report/json.js');
  const reports = submissions.map(({ run, inventory }) => buildJsonReport(run, tool, run.surveyDate, { config, maxWarnings, inventory: inventory ?? undefined }));
  const paths = submissions.map(({ path }) => path);
  const needsRun = (index: number): import('../check-submission.js').CheckedRun => submissions[index]!.run;
  const fixes = async (index: number) => (await import('./how-to-fix.js')).howToFixIn(needsRun(index).findings.map((finding) => finding.ruleId), lang);
  const thumbnailsCache = new Map<number, Map<string, string | null>>();
  const checkedOf = async (index: number, html: boolean): Promise<CheckedSubmission> => {
    const run = needsRun(index);
    let thumbnails = thumbnailsCache.get(index) ?? new Map<string, string | null>();
    if (html && !thumbnailsCache.has(index)) {
      thumbnails = await (await import('./thumbnails.js')).thumbnailsOf(paths[index]!, run.submission, settings);
      thumbnailsCache.set(index, thumbnails);
    }
    return { run, surveyDate: run.surveyDate, thumbnails };
  };
  const renderOne = async (format: FormatName, index: number, chalk: InstanceType<typeof Chalk>): Promise<string> => {
    if (format === 'json') return `${escapeJsonControls(JSON.stringify(reports[index], null, 2))}\n`;
    if (format === 'text') return (await import('../report/text.js')).formatText(needsRun(index), { chalk, show, config: config, maxWarnings, fixes: await fixes(index) });
    const body = await renderWholeRun(format, [await checkedOf(index, format === 'html')], { tool, show, maxWarnings });
    return JSON_FORMATS.includes(format) ? escapeJsonControls(body) : body;
  };

  // --reports: one file per submission and format, named after the submission (a-survey.json, a-survey.html).
  const reportFiles: Array<string | null> = reports.map(() => null);
  if (reportsDir !== null) {
    for (const [index, report] of reports.entries()) {
      for (const format of reportFormats) {
        const file = `${basename(report.submission.path)}.${FORMAT_EXTENSIONS[format]}`;
        writeReportFile(join(reportsDir, file), await renderOne(format, index, colour('file')));
        reportFiles[index] ??= join(flags.reports!, file);
      }
    }
  }
  const families = ruleFamilies(settings.rules);
  // Built once, for --format csv and --summary alike.
  let csvText: string | undefined;
  const csv = (): string => (csvText ??= formatCsvSummary(reports.map((report, index) => ({ report, reportFile: reportFiles[index], ...submissions[index]!.facts })), families));
  const failed = reports.filter((report) => report.result === 'fail').length;
  for (const { format, output } of outputs) {
    let body: string;
    if (format === 'table') {
      const columns = output === null ? (options.stdout as { columns?: number }).columns : undefined;
      body = (await import('../report/batch-table.js')).formatBatchTable(
        reports.map((report, index) => ({ name: basename(paths[index]!), report })),
        { total, unchanged, changedSince: flags.changedSince ?? null, interrupted }, { chalk: colour(output), columns, lang },
      );
    } else if (format === 'jsonl') {
      const summary = { submissions: total, checked: reports.length, passed: reports.length - failed, failed, interrupted, ...(flags.changedSince === undefined ? {} : { unchanged }) };
      body = reports.map((report) => `${escapeJsonControls(JSON.stringify(report))}\n`).join('') + `${JSON.stringify({ summary })}\n`;
    } else if (format === 'csv') {
      body = csv();
    } else if (format === 'text') {
      const chalk = colour(output);
      body = (await Promise.all(reports.map((_, index) => renderOne('text', index, chalk)))).join('\n');
    } else {
      const checked = await Promise.all(reports.map((_, index) => checkedOf(index, format === 'html')));
      const rendition = await renderWholeRun(format, checked, { tool, show, maxWarnings, settings });
      body = JSON_FORMATS.includes(format) ? escapeJsonControls(rendition) : rendition;
    }
    if (output === null) options.stdout.write(body);
    else writeReportFile(resolve(options.cwd, output), body);
  }
  if (summaryFile !== null) writeReportFile(summaryFile, csv());
  if (interrupted) {
    options.stderr.write(`cadcheck: interrupted; ${reports.length} of ${total} submissions were checked and reported.\n`);
    // 130 after Ctrl-C, 143 after SIGTERM (the bin records which).
    return options.signal ? EXIT_INTERRUPTED : interruptExitCode();
  }
  return failed > 0 ? EXIT_FAIL : EXIT_PASS;
}
