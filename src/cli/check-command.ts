// `cadcheck check <submission...>`: each submission checked in a check thread, its reports rendered and written.
import { basename, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { cadcheckVersion } from '../package-root.js';
import { escapeJsonControls } from '../report/terminal.js';
import { JSON_FORMATS, STREAMED_FORMATS, formatsWithOutputs, type FormatName } from './formats.js';
import { EXIT_FAIL, EXIT_INTERRUPTED, EXIT_PASS, type MainOptions } from './main-options.js';
import { checkSurveyDate, decideColorLevel, decideLang, parseMaxWarnings, postgisOptions, registeredSource, shownSeverities, type SharedCheckFlags } from './option-values.js';
import { renderWholeRun, type CheckedSubmission } from './whole-run.js';

export interface CheckFlags extends SharedCheckFlags {
  /** --shard i/n: check the i-th of n sets of a big layer's tiles into a partial report (src/cli/shard-command.ts). */
  shard?: string;
}

export async function runCheck(paths: string[], flags: CheckFlags, options: MainOptions): Promise<number> {
  if (flags.shard !== undefined) return (await import('./shard-command.js')).runShardCheck(paths, { ...flags, shard: flags.shard }, options);
  // The check thread starts first, with the default heap budget: its start and module load (rules, jsts) overlap the
  // main thread's (options, config, reporters). A config with another maxHeapMb gets a fitting thread instead.
  const { prewarmThread, defaultHeapBudgetMb } = await import('../worker/host.js');
  prewarmThread(defaultHeapBudgetMb());
  const [{ loadConfig }, { resolveSettings, validateConfig }, { checkInThread }, json, text, { checkFileWritable, writeReportFile }, { Chalk }] = await Promise.all([
    import('../io/config-file.js'), import('../catalogue.js'), import('../worker/check-in-thread.js'),
    import('../report/json.js'), import('../report/text.js'), import('../report/write.js'), import('chalk'),
  ]);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  const outputs = formatsWithOutputs(flags, options.cwd, resolve);
  checkSurveyDate(flags.surveyDate);
  // Every report file can be written, checked before the run, so no check is done for nothing.
  for (const { output } of outputs) if (output !== null) checkFileWritable(resolve(options.cwd, output));
  // Never a config inside a submission being checked (input/config-ignored says one was there).
  const loaded = loadConfig(flags.config, options.cwd, { submissions: paths.map((path) => resolve(options.cwd, path)) }, validateConfig);
  const settings = { ...resolveSettings(flags.profile, loaded?.config ?? null), lang: await decideLang(flags.lang, options.env) };
  const chalk = new Chalk({ level: decideColorLevel(flags.color, options.env, options.stdout.isTTY) });
  const show = shownSeverities(flags);
  const tool = { name: 'cadcheck', version: cadcheckVersion() };

  const rendered = new Map<FormatName, string[]>(outputs.map(({ format }) => [format, []]));
  // Only the HTML map and the CSV's cadastral codes are drawn from the parcels: the other reports get the layers'
  // inventory, so a big layer is not copied back from the check thread.
  const keepRun = outputs.some(({ format }) => format === 'html' || format === 'csv');
  const checked: CheckedSubmission[] = [];
  let failed = false;
  // A terminal shows where a long check is (stderr, cleared before the report); nothing when not a TTY or with --quiet.
  const stderr = options.stderr as MainOptions['stderr'] & { isTTY?: boolean };
  const progress = stderr.isTTY && !flags.quiet ? new (await import('../report/progress.js')).ProgressLine((line) => stderr.write(line), (await import('../i18n/index.js')).labelsOf(settings.lang), settings.lang) : null;
  for (const path of paths) {
    // Reading, registered parcels (only those near this submission's parcels) and rules run in a check thread: the main
    // thread stays free for Ctrl-C/SIGTERM, and a check past its budget ends as an input/too-complex finding.
    const prefix = paths.length > 1 ? `${path}: ` : '';
    // The check's first date in a time zone (metadata/dates, the photo rules) loads ICU's data, ~15 ms of the thread's
    // path; that data is the process's, so the main thread loads it here, while it only waits for the thread.
    if (path === paths[0]) setImmediate(warmTimeZone, settings.timeZone);
    const run = await checkInThread(path, settings, {
      registered: flags.registered === undefined ? null : registeredSource(flags.registered, options.cwd, resolve), registeredOptions: postgisOptions(flags),
      surveyDate: flags.surveyDate ?? null, now: options.now ?? new Date(), maxWarnings, keepRun, signal: options.signal, onStage: progress ? (stage) => progress.show(prefix, stage) : undefined,
    }).catch(async (error: unknown) => {
      // A damaged .zip is the submission's fault, not cadcheck's: a failed report with input/readable (exit 1), as in batch.
      if (!(error instanceof UserError) || error.code !== 'bad-zip') throw error;
      return (await import('../worker/unchecked-runs.js')).unreadableRun(path, error.message, settings, { surveyDate: flags.surveyDate ?? null, maxWarnings });
    }).finally(() => progress?.clear());
    // Stopped by a signal (the bin exits on its own; an in-process caller aborted): no report.
    if (run === null) return EXIT_INTERRUPTED;
    const { submission, surveyDate } = run;
    failed ||= run.result === 'fail';
    for (const { format } of outputs) {
      if (!STREAMED_FORMATS.includes(format)) continue;
      const report = format === 'json' ? json.buildJsonReport(run, tool, surveyDate, { config: loaded?.file ?? null, maxWarnings, inventory: run.inventory }) : null;
      // Several submissions in one JSON stream are JSON Lines: one compact report per line.
      const body = report ? (paths.length > 1 ? `${JSON.stringify(report)}\n` : json.formatJson(report)) : text.formatText(run, { chalk, show, config: loaded?.file ?? null, maxWarnings, fixes: await (await import('./how-to-fix.js')).howToFixIn(run.findings.map((finding) => finding.ruleId), settings.lang) });
      rendered.get(format)!.push(body);
    }
    // Only the thumbnails are kept, never the photos themselves.
    const thumbnails = outputs.some(({ format }) => format === 'html') ? await (await import('./thumbnails.js')).thumbnailsOf(path, submission, settings) : new Map<string, string | null>();
    checked.push({ run, name: basename(resolve(options.cwd, path)) || path, surveyDate, thumbnails });
  }
  for (const { format, output } of outputs) {
    const rendition = STREAMED_FORMATS.includes(format) ? rendered.get(format)!.join(format === 'text' ? '\n' : '') : await renderWholeRun(format, checked, { tool, show, maxWarnings });
    // JSON keeps DEL, C1 and bidi characters raw; as \uNNNN escapes they mean the same and no terminal acts on them.
    const body = JSON_FORMATS.includes(format) ? escapeJsonControls(rendition) : rendition;
    if (output === null) options.stdout.write(body);
    else writeReportFile(resolve(options.cwd, output), body);
  }
  return failed ? EXIT_FAIL : EXIT_PASS;
}

/** ICU's calendar and time-zone data, loaded by a first date in a time zone (as metadata/facts.ts dateInZone formats it). */
function warmTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(0);
  } catch {
    // An unknown time zone: the check says so itself.
  }
}
