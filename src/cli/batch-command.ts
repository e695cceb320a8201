// `cadcheck batch <folder>`: every submission of a folder checked in a pool of check threads, then against each
// other; a table, JSON Lines or check's formats over the whole batch, one report per submission, a CSV summary.
import { basename, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { cadcheckVersion } from '../package-root.js';
import { escapeJsonControls } from '../report/terminal.js';
import { BATCH_FORMATS, FORMAT_EXTENSIONS, JSON_FORMATS, REPORT_FORMATS, formatsWithOutputs, type BatchFormatName, type FormatName, type FormatOutputOrder } from './formats.js';
import { EXIT_FAIL, EXIT_INTERRUPTED, EXIT_PASS, type MainOptions } from './main-options.js';
import { checkSurveyDate, decideColorLevel, decideLang, parseMaxWarnings, postgisOptions, registeredSource, shownSeverities } from './option-values.js';
import { renderWholeRun, type CheckedSubmission } from './whole-run.js';

export interface BatchFlags {
  profile?: string;
  config?: string;
  surveyDate?: string;
  registered?: string;
  registeredTable?: string;
  registeredGeometryColumn?: string;
  registeredIdColumn?: string;
  maxWarnings?: string;
  jobs?: string;
  summary?: string;
  reports?: string;
  format: string[];
  output: string[];
  formatOutputOrder?: FormatOutputOrder;
  reportFormat: string[];
  lang?: string;
  changedSince?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}


/**
 * `cadcheck batch <folder>`: on a terminal a table (a line per submission, then the totals); piped, JSON Lines (a
 * report per submission, then a summary object). --format/--output as check, --reports DIR with --report-format,
 * --summary CSV, --changed-since REF.
 */
export async function runBatchCommand(folder: string, flags: BatchFlags, options: MainOptions): Promise<number> {
  const [{ loadConfig }, { resolveSettings, validateConfig }, { runBatch, listSubmissions }, { formatCsvSummary, ruleFamilies }, { checkFileWritable, checkFolderWritable, writeReportFile }, { interruptSignal, stopGracefullyOnInterrupt, interruptExitCode }, fs, os, { Chalk }] = await Promise.all([
    import('../io/config-file.js'), import('../catalogue.js'), import('../batch/run.js'), import('../report/csv.js'), import('../report/write.js'),
    import('../interrupt.js'), import('node:fs'), import('node:os'), import('chalk'),
  ]);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  checkSurveyDate(flags.surveyDate);
  if (flags.jobs !== undefined && !/^[1-9]\d*$/.test(flags.jobs)) throw new UserError(`--jobs must be a whole number ≥ 1, not "${flags.jobs}".`, 'bad-option');
  const jobs = flags.jobs === undefined ? os.availableParallelism() : Number(flags.jobs);
  // stdout: the table for a person at a terminal, JSON Lines for a program (piped), unless --format says.
  const outputs = formatsWithOutputs<BatchFormatName>(flags, options.cwd, resolve, BATCH_FORMATS, options.stdout.isTTY ? 'table' : 'jsonl')
    .map(({ format, output }) => ({ format: format === 'json' ? ('jsonl' as const) : format, output }));
  for (const format of flags.reportFormat) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UserError(`Unknown --report-format "${format}". Report formats: ${REPORT_FORMATS.join(', ')}.`, 'bad-option');
  }
  if (flags.reportFormat.length > 0 && flags.reports === undefined) throw new UserError(`--report-format ${flags.reportFormat[0]} needs --reports DIR: the folder its report files are written into.`, 'bad-option');
  const reportFormats = [...new Set(flags.reportFormat.length > 0 ? flags.reportFormat : ['json'])] as FormatName[];
  const lang = await decideLang(flags.lang, options.env);
  const folderPath = resolve(options.cwd, folder);
  // Never a config inside one of the batch's submissions (its sub-folders); the batch folder's own is the registry's.
  const loaded = loadConfig(flags.config, options.cwd, { batchFolder: folderPath }, validateConfig);
  const settings = { ...resolveSettings(flags.profile, loaded?.config ?? null), lang };
  const registered = flags.registered === undefined ? null : registeredSource(flags.registered, options.cwd, resolve);
  if (registered !== null && !/^postgres(ql)?:\/\//i.test(registered) && !fs.existsSync(registered)) throw new UserError(`${registered}: registered parcels file not found.`, 'path-not-found');
  const reportsDir = flags.reports === undefined ? null : resolve(options.cwd, flags.reports);
  const summaryFile = flags.summary === undefined ? null : resolve(options.cwd, flags.summary);
  // Where the reports go is checked before the batch runs, so an unwritable --summary, --reports or --output loses no work.
  if (reportsDir !== null) checkFolderWritable(reportsDir);
  if (summaryFile !== null) checkFileWritable(summaryFile);
  for (const { output } of outputs) if (output !== null) checkFileWritable(resolve(options.cwd, output));
  const only = flags.changedSince === undefined ? undefined : (await import('../batch/changed.js')).changedSubmissions(folderPath, flags.changedSince, listSubmissions(folderPath));
  // The run itself (submission, findings) comes back from the threads only when a report needs more than the JSON.
  const keepRun = [...outputs.map((item) => item.format), ...reportFormats].some((format) => !['table', 'jsonl', 'json', 'csv'].includes(format));

  const stderr = options.stderr as MainOptions['stderr'] & { isTTY?: boolean };
  let bar: import('cli-progress').SingleBar | null = null;
  if (stderr.isTTY) {
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    bar = new SingleBar({ stream: stderr, format: 'cadcheck batch [{bar}] {value}/{total} submissions · {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  }
  const signal = options.signal ?? interruptSignal;
  stopGracefullyOnInterrupt(true);
  let result;
  try {
    result = await runBatch({
      folder, folderPath, only, jobs, settings, maxWarnings, signal,
      check: { registered, registeredOptions: postgisOptions(flags), surveyDate: flags.surveyDate ?? null, now: (options.now ?? new Date()).toISOString(), keepRun },
      onProgress: (done, total) => (done === 0 ? bar?.start(total, 0) : bar?.update(done)),
    });
  } finally {
    bar?.stop();
    stopGracefullyOnInterrupt(false);
  }

  const { submissions, total, unchanged, interrupted } = result;
  // Registered data that cannot be read is cadcheck unable to do its job (exit 2, as in check), not a fault of every submission.
  const registryTrouble = submissions.find(({ trouble }) => trouble?.code === 'registered-unreadable')?.trouble;
  if (registryTrouble) throw new UserError(registryTrouble.cause, 'registered-unreadable');
  const tool = { name: 'cadcheck', version: cadcheckVersion() };
  const show = shownSeverities(flags);
  const colour = (stream: string | null) => new Chalk({ level: stream === null ? decideColorLevel(flags.color, options.env, options.stdout.isTTY) : 0 });
  // Every report names the config applied and the --max-warnings its result was settled with.
  const { buildJsonReport } = await import('../report/json.js');
  const reports = submissions.map(({ run, inventory }) => buildJsonReport(run, tool, run.surveyDate, { config: loaded?.file ?? null, maxWarnings, inventory: inventory ?? undefined }));
  const paths = submissions.map(({ path }) => path);
  const needsRun = (index: number): import('../check-submission.js').CheckedRun => submissions[index]!.run;
  const fixes = async (index: number) => (await import('./how-to-fix.js')).howToFixIn(needsRun(index).findings.map((finding) => finding.ruleId), lang);
  const thumbnailsCache = new Map<number, Map<string, string | null>>();
  const checkedOf = async (index: number, html: boolean): Promise<CheckedSubmission> => {
    const run = needsRun(index);
    let thumbnails = thumbnailsCache.get(index) ?? new Map<string, string | null>();
    if (html && !thumbnailsCache.has(index) && run.submission.photos.length > 0 && settings.reader !== 'ua-xml' && settings.reader !== 'kz-points') {
      const [{ readThumbnails }, { openSource }, { limitsOf }] = await Promise.all([import('../io/thumbnails.js'), import('../io/submission.js'), import('../engine/limits.js')]);
      thumbnails = await readThumbnails(await openSource(paths[index]!, limitsOf(settings)), run.submission.photos);
      thumbnailsCache.set(index, thumbnails);
    }
    return { run, surveyDate: run.surveyDate, thumbnails };
  };
  const renderOne = async (format: FormatName, index: number, chalk: InstanceType<typeof Chalk>): Promise<string> => {
    if (format === 'json') return `${escapeJsonControls(JSON.stringify(reports[index], null, 2))}\n`;
    if (format === 'text') return (await import('../report/text.js')).formatText(needsRun(index), { chalk, show, config: loaded?.file ?? null, maxWarnings, fixes: await fixes(index) });
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
  const csv = (): string => formatCsvSummary(reports.map((report, index) => ({ report, reportFile: reportFiles[index], ...submissions[index]!.facts })), families);
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
