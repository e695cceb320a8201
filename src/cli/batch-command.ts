// `cadcheck batch <folder>`: the options checked, every submission of the folder checked in a pool of check threads
// and then against each other (src/batch/); the reports are written by ./batch-reports.ts.
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { BATCH_FORMATS, REPORT_FORMATS, formatsWithOutputs, type BatchFormatName, type FormatName } from './formats.js';
import type { MainOptions } from './main-options.js';
import { checkSurveyDate, decideLang, parseMaxWarnings, postgisOptions, registeredSource, type SharedCheckFlags } from './option-values.js';

export interface BatchFlags extends SharedCheckFlags {
  jobs?: string;
  summary?: string;
  reports?: string;
  reportFormat: string[];
  changedSince?: string;
}


/**
 * `cadcheck batch <folder>`: on a terminal a table (a line per submission, then the totals); piped, JSON Lines (a
 * report per submission, then a summary object). --format/--output as check, --reports DIR with --report-format,
 * --summary CSV, --changed-since REF.
 */
export async function runBatchCommand(folder: string, flags: BatchFlags, options: MainOptions): Promise<number> {
  const [{ loadConfig }, { resolveSettings, validateConfig }, { runBatch, listSubmissions }, { checkFileWritable, checkFolderWritable }, { interruptSignal, stopGracefullyOnInterrupt }, fs, os] = await Promise.all([
    import('../io/config-file.js'), import('../catalogue.js'), import('../batch/run.js'), import('../report/write.js'),
    import('../interrupt.js'), import('node:fs'), import('node:os'),
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

  return (await import('./batch-reports.js')).writeBatchReports(result, {
    flags, options, settings, lang, maxWarnings, config: loaded?.file ?? null, outputs, reportFormats, reportsDir, summaryFile,
  });
}
