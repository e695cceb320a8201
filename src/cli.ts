// The command line: parses options, decides colour, runs checks, writes reports, returns the exit code.
import { basename, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { UserError } from './errors.js';
import { cadcheckVersion } from './package-root.js';
import { redactArgument, withoutSecrets } from './redact.js';
import { escapeJsonControls, safeForTerminal, safeLine } from './report/terminal.js';

export interface MainOptions {
  argv: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, injectable for tests. */
  now?: Date;
  /** Aborting it stops a batch cleanly (tests); the bin's Ctrl-C goes through src/interrupt.ts. */
  signal?: AbortSignal;
}

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_TROUBLE = 2;
/** Stopped by Ctrl-C (128 + SIGINT), as the bin exits when a run cannot stop itself. */
export const EXIT_INTERRUPTED = 130;

const FORMATS = ['text', 'json', 'junit', 'sarif', 'geojson', 'html', 'csv'] as const;
type FormatName = (typeof FORMATS)[number];
/** Rendered per submission as it is checked; the other formats are one document over every submission of the run. */
const STREAMED_FORMATS: readonly FormatName[] = ['text', 'json'];
const JSON_FORMATS: readonly FormatName[] = ['json', 'sarif', 'geojson'];

/** What the whole-run reporters need of each submission checked. */
interface CheckedSubmission {
  run: import('./worker/check-submission.js').CheckedRun;
  /** The submission's own name (the folder's, resolved: not "." for `check .`), for the HTML report's title. */
  name?: string;
  surveyDate: string | null;
  /** EXIF thumbnails (data: URIs) by photo file, read only when the HTML report is asked for. */
  thumbnails: Map<string, string | null>;
}

/** junit, sarif, geojson, html and csv: pure reporters over every submission; the CLI gathers what they need (docs, thumbnails). */
async function renderWholeRun(format: FormatName, checked: CheckedSubmission[], context: { tool: { name: string; version: string }; show: Array<'error' | 'warning' | 'info'>; maxWarnings: number | null; settings?: import('./engine/settings.js').Settings }): Promise<string> {
  const runs = checked.map((item) => item.run);
  switch (format) {
    case 'junit':
      return (await import('./report/junit.js')).formatJunit(runs, { maxWarnings: context.maxWarnings });
    case 'geojson':
      return (await import('./report/geojson.js')).formatGeoJson(runs);
    case 'html': {
      const [{ formatHtml }, { howToFixAll }] = await Promise.all([import('./report/html.js'), import('./io/rule-docs.js')]);
      return formatHtml(checked, { tool: context.tool, show: context.show, fixes: howToFixAll(runs.flatMap((run) => run.findings.map((finding) => finding.ruleId))) });
    }
    case 'csv': {
      const [{ buildJsonReport }, { formatCsvSummary, ruleFamilies }, { submissionFacts }] = await Promise.all([import('./report/json.js'), import('./report/csv.js'), import('./batch/check-one.js')]);
      const rows = checked.map((item) => ({ report: buildJsonReport(item.run, context.tool, item.surveyDate), ...submissionFacts(item.run.submission) }));
      return formatCsvSummary(rows, ruleFamilies((context.settings ?? runs[0]!.settings).rules));
    }
    case 'sarif': {
      const [{ formatSarif }, { readRuleDoc }, { RULES_BY_ID }, { packageRoot }, { pathToFileURL }] = await Promise.all([
        import('./report/sarif.js'), import('./io/rule-docs.js'), import('./rules/index.js'), import('./package-root.js'), import('node:url'),
      ]);
      // A batch with no submission to check (--changed-since, nothing changed) still has its profile's rules.
      const settings = context.settings ?? runs[0]!.settings;
      const rules = settings.rules.map((id) => RULES_BY_ID.get(id)!);
      // helpUri must be absolute: the doc pages ship with the package, so they are where cadcheck is installed.
      const docsBaseUri = `${pathToFileURL(packageRoot()).href}/`;
      return formatSarif(runs, { tool: context.tool, rules, docs: new Map(rules.map((rule) => [rule.id, readRuleDoc(rule.id)])), docsBaseUri });
    }
    default:
      throw new Error(`format ${format} is rendered per submission`);
  }
}

interface CheckFlags {
  profile?: string;
  config?: string;
  surveyDate?: string;
  registered?: string;
  registeredTable?: string;
  registeredGeometryColumn?: string;
  registeredIdColumn?: string;
  format: string[];
  output: string[];
  /** Every --format and --output in the order given, so each --output pairs with the --format right before it. */
  formatOutputOrder?: Array<{ option: 'format' | 'output'; value: string }>;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  lang?: string;
}

/** --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else English; an unknown --lang is a usage error. */
async function decideLang(flag: string | undefined, env: NodeJS.ProcessEnv): Promise<import('./i18n/index.js').Lang> {
  const { LANGS, isLang, langFromEnv, langOfLocale } = await import('./i18n/index.js');
  if (flag === undefined) return langFromEnv(env);
  const lang = isLang(flag) ? flag : langOfLocale(flag);
  if (lang === null) throw new UserError(`Unknown language "${flag}". Languages: ${LANGS.join(', ')}.`, 'bad-option');
  return lang;
}

/** --color/--no-color, then NO_COLOR (chalk ignores it, chalk#547), then FORCE_COLOR, then whether stdout is a TTY. */
export function decideColorLevel(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  return isTTY ? 1 : 0;
}

/** A registry file, resolved against the working folder, or a postgresql:// URL, kept as given. */
function registeredSource(given: string, cwd: string, resolve: (...parts: string[]) => string): string {
  return /^postgres(ql)?:\/\//i.test(given) ? given : resolve(cwd, given);
}

function postgisOptions(flags: { registeredTable?: string; registeredGeometryColumn?: string; registeredIdColumn?: string }): import('./io/registered-postgis.js').PostgisRegistryOptions {
  return { table: flags.registeredTable, geometryColumn: flags.registeredGeometryColumn, idColumn: flags.registeredIdColumn };
}

/** `--survey-date`, for check and batch alike: a calendar date as the manifest writes it. */
function checkSurveyDate(text: string | undefined): void {
  if (text !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UserError(`--survey-date must be written YYYY-MM-DD, not "${text}".`, 'bad-option');
}

function parseMaxWarnings(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new UserError(`--max-warnings must be a whole number ≥ 0, not "${text}".`, 'bad-option');
  return Number(text);
}

/** The file extension a format is usually written to, for the example in a usage error. */
const FORMAT_EXTENSIONS: Record<string, string> = { text: 'txt', json: 'json', junit: 'xml', sarif: 'sarif', geojson: 'geojson', html: 'html', csv: 'csv', table: 'txt', jsonl: 'jsonl' };

function formatOfExtension(file: string): FormatName | null {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  const found = (Object.entries(FORMAT_EXTENSIONS) as Array<[FormatName, string]>).find(([, ext]) => ext === extension);
  return found ? found[0] : extension === 'xml' ? 'junit' : null;
}

/**
 * Each --output belongs to the --format right before it; a format with no --output goes to standard output.
 * Ambiguous (exit 2, one line saying how to write it): an --output with no --format of its own before it,
 * two formats left for standard output, one file named for two formats.
 */
function formatsWithOutputs<F extends string = FormatName>(
  flags: Pick<CheckFlags, 'format' | 'output' | 'formatOutputOrder'>, cwd: string, resolve: (...parts: string[]) => string,
  known: readonly F[] = FORMATS as unknown as readonly F[], fallback: F = 'text' as F,
): Array<{ format: F; output: string | null }> {
  const order = flags.formatOutputOrder ?? [...flags.format.map((value) => ({ option: 'format' as const, value })), ...flags.output.map((value) => ({ option: 'output' as const, value }))];
  const pairs: Array<{ format: F; output: string | null }> = [];
  for (const { option, value } of order) {
    if (option === 'format') {
      if (!(known as readonly string[]).includes(value)) throw new UserError(`Unknown format "${value}". Formats: ${known.join(', ')}.`, 'bad-option');
      pairs.push({ format: value as F, output: null });
      continue;
    }
    const last = pairs.at(-1);
    if (last === undefined || last.output !== null) {
      throw new UserError(`--output ${value} has no --format of its own right before it: write each --output just after its format, e.g. --format ${formatOfExtension(value) ?? 'json'} --output ${value}.`, 'bad-option');
    }
    last.output = value;
  }
  if (pairs.length === 0) pairs.push({ format: fallback, output: null });
  const toStdout = pairs.filter((pair) => pair.output === null);
  if (toStdout.length > 1) {
    const second = toStdout[1]!.format;
    throw new UserError(`Only one format can go to standard output, but ${toStdout.map((pair) => `--format ${pair.format}`).join(' and ')} have no --output: give all but one an --output FILE right after it, e.g. --format ${second} --output report.${FORMAT_EXTENSIONS[second]}.`, 'bad-option');
  }
  const byFile = new Map<string, F>();
  for (const { format, output } of pairs) {
    if (output === null) continue;
    const earlier = byFile.get(resolve(cwd, output));
    if (earlier !== undefined) throw new UserError(`--output ${output} is given for both --format ${earlier} and --format ${format}: give each format its own file.`, 'bad-option');
    byFile.set(resolve(cwd, output), format);
  }
  return pairs;
}

async function runCheck(paths: string[], flags: CheckFlags, options: MainOptions): Promise<number> {
  // The check thread starts first, with the default heap budget: its start and module load (rules, jsts) overlap the
  // main thread's (options, config, reporters). A config with another maxHeapMb gets a fitting thread instead.
  const [{ prewarmThread, heapBudgetMb }, { DEFAULT_LIMITS }] = await Promise.all([import('./worker/host.js'), import('./engine/limits.js')]);
  prewarmThread(heapBudgetMb(DEFAULT_LIMITS.maxHeapMb));
  const [{ loadConfig }, { resolveSettings, validateConfig }, { checkInThread }, json, text, { checkFileWritable, writeReportFile }, { Chalk }] = await Promise.all([
    import('./io/config-file.js'), import('./engine/config.js'), import('./worker/check-submission.js'),
    import('./report/json.js'), import('./report/text.js'), import('./report/write.js'), import('chalk'),
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
  const show: Array<'error' | 'warning' | 'info'> = flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'];
  const tool = { name: 'cadcheck', version: cadcheckVersion() };

  const rendered = new Map<FormatName, string[]>(outputs.map(({ format }) => [format, []]));
  const checked: CheckedSubmission[] = [];
  let failed = false;
  // A terminal shows where a long check is (stderr, cleared before the report); nothing when not a TTY or with --quiet.
  const stderr = options.stderr as MainOptions['stderr'] & { isTTY?: boolean };
  const progress = stderr.isTTY && !flags.quiet ? new (await import('./report/progress.js')).ProgressLine((line) => stderr.write(line), (await import('./i18n/index.js')).labelsOf(settings.lang), settings.lang) : null;
  for (const path of paths) {
    // Reading, registered parcels (only those near this submission's parcels) and rules run in a check thread: the main
    // thread stays free for Ctrl-C/SIGTERM, and a check past its budget ends as an input/too-complex finding.
    const prefix = paths.length > 1 ? `${path}: ` : '';
    const run = await checkInThread(path, settings, {
      registered: flags.registered === undefined ? null : registeredSource(flags.registered, options.cwd, resolve), registeredOptions: postgisOptions(flags),
      surveyDate: flags.surveyDate ?? null, now: options.now ?? new Date(), tool, signal: options.signal, onStage: progress ? (stage) => progress.show(prefix, stage) : undefined,
    }).catch(async (error: unknown) => {
      // A damaged .zip is the submission's fault, not cadcheck's: a failed report with input/readable (exit 1), as in batch.
      if (!(error instanceof UserError) || error.code !== 'bad-zip') throw error;
      const { emptyRun, unreadableFindings } = await import('./batch/run.js');
      return emptyRun(path, settings, unreadableFindings(path, error.message, settings));
    }).finally(() => progress?.clear());
    // Stopped by a signal (the bin exits on its own; an in-process caller aborted): no report.
    if (run === null) return EXIT_INTERRUPTED;
    const submission = run.submission;
    const warnings = run.findings.filter((finding) => finding.severity === 'warning').length;
    if (maxWarnings !== null && warnings > maxWarnings) run.result = 'fail';
    failed ||= run.result === 'fail';
    const surveyDate = flags.surveyDate ?? (typeof submission.manifest.data?.surveyDate === 'string' ? submission.manifest.data.surveyDate : null);
    for (const { format } of outputs) {
      if (!STREAMED_FORMATS.includes(format)) continue;
      const report = format === 'json' ? json.buildJsonReport(run, tool, surveyDate, { config: loaded?.file ?? null, maxWarnings }) : null;
      // Several submissions in one JSON stream are JSON Lines: one compact report per line.
      const body = report ? (paths.length > 1 ? `${JSON.stringify(report)}\n` : json.formatJson(report)) : text.formatText(run, { chalk, show, config: loaded?.file ?? null, maxWarnings, fixes: (await import('./io/rule-docs.js')).howToFixAll(run.findings.map((finding) => finding.ruleId)) });
      rendered.get(format)!.push(body);
    }
    // Only the thumbnails are kept (a few KB each), never the photos themselves.
    // A ua-1051/kz-pcm submission (a file of its own format) has no photos and no survey source to open; the import is
    // still awaited, so that Ctrl-C is handled here before any report is written, as for a survey.
    const thumbnails = !outputs.some(({ format }) => format === 'html')
      ? new Map<string, string | null>()
      : settings.reader === 'ua-xml' || settings.reader === 'kz-points' || submission.photos.length === 0
        ? ((await import('./io/thumbnails.js')), new Map<string, string | null>())
        : await (await import('./io/thumbnails.js')).readThumbnails(await (await import('./io/submission.js')).openSource(path, (await import('./engine/limits.js')).limitsOf(settings)), submission.photos);
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

async function runRulesList(flags: { profile?: string; format?: string; lang?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings }, { RULES_BY_ID }, { legalReference, basisUnder }, { ruleDescription }] = await Promise.all([import('./engine/config.js'), import('./rules/index.js'), import('./engine/reference.js'), import('./i18n/index.js')]);
  const lang = await decideLang(flags.lang, options.env);
  const settings = resolveSettings(flags.profile, null);
  const rules = settings.rules.map((id) => RULES_BY_ID.get(id)!);
  if (flags.format === 'json') {
    const list = rules.map((rule) => ({
      id: rule.id, severity: rule.meta.severity, reference: legalReference(settings, basisUnder(settings, rule)), description: ruleDescription(rule, lang),
    }));
    options.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT_PASS;
  }
  if (flags.format !== undefined && flags.format !== 'text') throw new UserError(`Unknown format "${flags.format}" for rules: use text or json.`, 'bad-option');
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    options.stdout.write(`${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${(basisUnder(settings, rule) ?? '—').padEnd(22)}  ${ruleDescription(rule, lang)}\n`);
  }
  return EXIT_PASS;
}

interface BatchFlags {
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
  formatOutputOrder?: CheckFlags['formatOutputOrder'];
  reportFormat: string[];
  lang?: string;
  changedSince?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/** What batch can write: check's formats over the whole batch, `table` for a person and `jsonl` (alias `json`) for programs. */
const BATCH_FORMATS = ['table', 'jsonl', ...FORMATS] as const;
type BatchFormatName = (typeof BATCH_FORMATS)[number];
/** One file per submission in --reports: check's formats but csv (the summary is --summary). */
const REPORT_FORMATS: readonly FormatName[] = FORMATS.filter((format) => format !== 'csv');

/**
 * `cadcheck batch <folder>`: on a terminal a table (a line per submission, then the totals); piped, JSON Lines (a
 * report per submission, then a summary object). --format/--output as check, --reports DIR with --report-format,
 * --summary CSV, --changed-since REF.
 */
async function runBatchCommand(folder: string, flags: BatchFlags, options: MainOptions): Promise<number> {
  const [{ loadConfig }, { resolveSettings, validateConfig }, { runBatch, listSubmissions }, { formatCsvSummary, ruleFamilies }, { checkFileWritable, checkFolderWritable, writeReportFile }, { interruptSignal, stopGracefullyOnInterrupt, interruptExitCode }, fs, os, { Chalk }] = await Promise.all([
    import('./io/config-file.js'), import('./engine/config.js'), import('./batch/run.js'), import('./report/csv.js'), import('./report/write.js'),
    import('./interrupt.js'), import('node:fs'), import('node:os'), import('chalk'),
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
  const only = flags.changedSince === undefined ? undefined : (await import('./batch/changed.js')).changedSubmissions(folderPath, flags.changedSince, listSubmissions(folderPath));
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
      check: { registered, registeredOptions: postgisOptions(flags), surveyDate: flags.surveyDate ?? null, now: (options.now ?? new Date()).toISOString(), tool: { name: 'cadcheck', version: cadcheckVersion() }, keepRun },
      onProgress: (done, total) => (done === 0 ? bar?.start(total, 0) : bar?.update(done)),
    });
  } finally {
    bar?.stop();
    stopGracefullyOnInterrupt(false);
  }

  const { reports, total, unchanged, interrupted, facts, runs, paths, troubles } = result;
  // Registered data that cannot be read is cadcheck unable to do its job (exit 2, as in check), not a fault of every submission.
  const registryTrouble = troubles.find((trouble) => trouble?.code === 'registered-unreadable');
  if (registryTrouble) throw new UserError(registryTrouble.cause, 'registered-unreadable');
  const tool = { name: 'cadcheck', version: cadcheckVersion() };
  const show: Array<'error' | 'warning' | 'info'> = flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'];
  const colour = (stream: string | null) => new Chalk({ level: stream === null ? decideColorLevel(flags.color, options.env, options.stdout.isTTY) : 0 });
  for (const report of reports) {
    // Every report names the config applied and the --max-warnings its result was settled with.
    report.config = loaded?.file ?? null;
    report.maxWarnings = maxWarnings;
  }
  const needsRun = (index: number): import('./worker/check-submission.js').CheckedRun => runs[index]!;
  const fixes = async (index: number) => (await import('./io/rule-docs.js')).howToFixAll(needsRun(index).findings.map((finding) => finding.ruleId));
  const thumbnailsCache = new Map<number, Map<string, string | null>>();
  const checkedOf = async (index: number, html: boolean): Promise<CheckedSubmission> => {
    const run = needsRun(index);
    let thumbnails = thumbnailsCache.get(index) ?? new Map<string, string | null>();
    if (html && !thumbnailsCache.has(index) && run.submission.photos.length > 0 && settings.reader !== 'ua-xml' && settings.reader !== 'kz-points') {
      const [{ readThumbnails }, { openSource }, { limitsOf }] = await Promise.all([import('./io/thumbnails.js'), import('./io/submission.js'), import('./engine/limits.js')]);
      thumbnails = await readThumbnails(await openSource(paths[index]!, limitsOf(settings)), run.submission.photos);
      thumbnailsCache.set(index, thumbnails);
    }
    return { run, surveyDate: reports[index]!.submission.surveyDate, thumbnails };
  };
  const renderOne = async (format: FormatName, index: number, chalk: InstanceType<typeof Chalk>): Promise<string> => {
    if (format === 'json') return `${escapeJsonControls(JSON.stringify(reports[index], null, 2))}\n`;
    if (format === 'text') return (await import('./report/text.js')).formatText(needsRun(index), { chalk, show, config: loaded?.file ?? null, maxWarnings, fixes: await fixes(index) });
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
  const csv = (): string => formatCsvSummary(reports.map((report, index) => ({ report, reportFile: reportFiles[index], ...facts[index]! })), families);
  const failed = reports.filter((report) => report.result === 'fail').length;
  for (const { format, output } of outputs) {
    let body: string;
    if (format === 'table') {
      const columns = output === null ? (options.stdout as { columns?: number }).columns : undefined;
      body = (await import('./report/batch-table.js')).formatBatchTable(
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

/** `cadcheck explain <rule-id>`: what the rule checks, the law (original and English), how to fix — from its doc page and metadata. */
async function runExplain(ruleId: string, flags: { profile?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings }, { RULES, RULES_BY_ID }, { readRuleDoc }, { closestId }] = await Promise.all([
    import('./engine/config.js'), import('./rules/index.js'), import('./io/rule-docs.js'), import('./engine/suggest.js'),
  ]);
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) {
    const closest = closestId(ruleId, RULES.map((known) => known.id));
    throw new UserError(`Unknown rule "${ruleId}".${closest ? ` Did you mean ${closest}?` : ''} (cadcheck rules lists them all.)`, 'unknown-rule');
  }
  const settings = resolveSettings(flags.profile, null);
  const configured = settings.ruleSettings[rule.id];
  const severity = configured ?? rule.meta.severity;
  const basis = rule.meta.basis ? `${settings.referencePrefix}, ${rule.meta.basis}` : "none — cadcheck's own check";
  const lines = [`${rule.id}  (${severity}${settings.rules.includes(rule.id) ? '' : `, not in profile ${settings.profileId}`} · ${basis})`, rule.meta.description, ''];
  const doc = readRuleDoc(rule.id);
  const indent = (text: string): string => text.split('\n').map((line) => (line ? `  ${line}` : '')).join('\n');
  for (const section of ['What it checks', 'The law', 'How to fix']) {
    const body = doc?.sections.get(section);
    if (body) lines.push(section, indent(body), '');
    else if (section === 'The law') lines.push(section, rule.meta.basis ? `  ${basis} (the doc page does not quote it).` : "  None: this is cadcheck's own check, not a requirement of the law.", '');
  }
  lines.push(doc ? `More (options, examples, what is not checked): ${doc.path} in the cadcheck package.` : 'This rule has no doc page yet.');
  options.stdout.write(`${lines.join('\n')}\n`);
  return EXIT_PASS;
}

/** `cadcheck init <folder>`: a manifest template to fill in; never over an existing manifest. */
async function runInit(folder: string, flags: { profile?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings }, { manifestTemplate }, { writeFileAtomic, TargetExists, cannotWrite }, fs] = await Promise.all([
    import('./engine/config.js'), import('./io/manifest-template.js'), import('./report/write.js'), import('node:fs'),
  ]);
  const settings = resolveSettings(flags.profile, null);
  const target = resolve(options.cwd, folder);
  const manifest = join(target, 'cadcheck.json');
  const exists = new UserError(`${manifest} already exists; cadcheck init never overwrites a manifest. Edit it, or remove it first.`, 'manifest-exists');
  if (fs.existsSync(manifest)) throw exists;
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) throw new UserError(`${target} is a file, not a folder. Give the survey folder.`, 'bad-option');
  try {
    fs.mkdirSync(target, { recursive: true });
    // No-clobber even against a manifest created between the check above and this write.
    writeFileAtomic(manifest, `${JSON.stringify(manifestTemplate(settings), null, 2)}\n`, { noClobber: true });
  } catch (error) {
    throw error instanceof TargetExists ? exists : cannotWrite(manifest, error);
  }
  options.stdout.write(`Wrote ${manifest}: fill in the dates, performer, applicant, address, method and paper facts, then run cadcheck check ${folder}\n`);
  return EXIT_PASS;
}

function buildProgram(options: MainOptions, setExitCode: (code: number) => void): Command {
  const program = new Command('cadcheck')
    .description('Validate cadastral survey drawings before they go to the registry')
    .version(cadcheckVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => options.stdout.write(text),
      writeErr: (text) => options.stderr.write(text),
    })
    .showHelpAfterError('(run cadcheck --help for usage)');
  // --format and --output as given, in order: commander keeps each option's values apart.
  const formatOutputOrder: NonNullable<CheckFlags['formatOutputOrder']> = [];
  const inOrder = (option: 'format' | 'output') => (value: string, previous: string[]): string[] => {
    formatOutputOrder.push({ option, value });
    return [...previous, value];
  };

  program
    .command('check')
    .description('check one or more submission folders or .zip files')
    .argument('<submission...>', 'submission folder(s) or .zip(s)')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .option('--config <file>', 'configuration file (default: cadcheck.config.json from the working folder upwards, never one inside a submission)')
    .option('--survey-date <YYYY-MM-DD>', 'survey date, overriding the manifest')
    .option('--registered <source>', 'registered parcels to check against: a GeoJSON, Shapefile or FlatGeobuf file, or a postgresql:// URL')
    .option('--registered-table <name>', 'PostGIS table (or schema.table) of registered parcels (default parcels)')
    .option('--registered-geometry-column <name>', "its geometry column (default: the table's only one)")
    .option('--registered-id-column <name>', 'its cadastral code column (default cad_code)')
    .option('--format <name>', `report format: ${FORMATS.join(', ')} (repeatable)`, inOrder('format'), [])
    .option('--output <file>', 'write the --format right before it to this file (repeatable)', inOrder('output'), [])
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--quiet', 'show errors only')
    .option('--verbose', 'show infos too')
    .addOption(new Option('--color', 'force colour'))
    .addOption(new Option('--no-color', 'no colour (also NO_COLOR)'))
    .option('--lang <code>', 'language of messages and reports: en, ka, ru, uk, kk (default: from LC_ALL, LC_MESSAGES, LANG; else en)')
    .action(async (paths: string[], flags: CheckFlags) => setExitCode(await runCheck(paths, { ...flags, formatOutputOrder }, options)));

  program
    .command('batch')
    .description('check every sub-folder and .zip of a folder as a submission, and the submissions against each other')
    .argument('<folder>', 'folder of submissions')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .option('--config <file>', 'configuration file (default: cadcheck.config.json from the working folder upwards, never one inside a submission)')
    .option('--survey-date <YYYY-MM-DD>', 'survey date, overriding every manifest')
    .option('--registered <source>', 'registered parcels to check against: a GeoJSON, Shapefile or FlatGeobuf file, or a postgresql:// URL')
    .option('--registered-table <name>', 'PostGIS table (or schema.table) of registered parcels (default parcels)')
    .option('--registered-geometry-column <name>', "its geometry column (default: the table's only one)")
    .option('--registered-id-column <name>', 'its cadastral code column (default cad_code)')
    .option('--max-warnings <n>', 'fail a submission when it has more warnings than this')
    .option('--jobs <n>', 'submissions checked at once (default: the number of CPUs)')
    .option('--changed-since <git-ref>', 'check only the submissions with files changed since this git ref (committed, uncommitted or untracked)')
    .option('--format <name>', `${BATCH_FORMATS.join(', ')} (repeatable; default: table on a terminal, jsonl when piped)`, inOrder('format'), [])
    .option('--output <file>', 'write the --format right before it to this file (repeatable)', inOrder('output'), [])
    .option('--summary <file.csv>', 'write one CSV row per submission: path, result, counts, first error, report, applicant, cadastral codes, findings per rule family')
    .option('--reports <dir>', 'write one report per submission into this folder (JSON unless --report-format says)')
    .option('--report-format <name>', `format of the --reports files: ${REPORT_FORMATS.join(', ')} (repeatable)`, (value: string, previous: string[]) => [...previous, value], [])
    .option('--lang <code>', 'language of messages and reports: en, ka, ru, uk, kk (default: from LC_ALL, LC_MESSAGES, LANG; else en)')
    .option('--quiet', 'show errors only (text and html reports)')
    .option('--verbose', 'show infos too (text and html reports)')
    .addOption(new Option('--color', 'force colour'))
    .addOption(new Option('--no-color', 'no colour (also NO_COLOR)'))
    .action(async (folder: string, flags: BatchFlags) => setExitCode(await runBatchCommand(folder, { ...flags, formatOutputOrder }, options)));

  program
    .command('rules')
    .description('list the rules of a profile: id, severity, legal basis')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .option('--format <name>', 'text or json')
    .option('--lang <code>', 'language of the descriptions: en, ka, ru, uk, kk (default: from the locale)')
    .action(async (flags: { profile?: string; format?: string; lang?: string }) => setExitCode(await runRulesList(flags, options)));

  program
    .command('explain')
    .description('explain a rule: what it checks, the law it comes from (quoted, with a translation), how to fix it')
    .argument('<rule-id>', 'a rule id, e.g. geometry/valid (cadcheck rules lists them)')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .action(async (ruleId: string, flags: { profile?: string }) => setExitCode(await runExplain(ruleId, flags, options)));

  program
    .command('init')
    .description('write a manifest template (cadcheck.json) for a new survey into a folder')
    .argument('<folder>', 'survey folder (created if missing)')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .action(async (folder: string, flags: { profile?: string }) => setExitCode(await runInit(folder, flags, options)));

  return program;
}

export async function main(options: MainOptions): Promise<number> {
  let exitCode: number = EXIT_PASS;
  const program = buildProgram(options, (code) => (exitCode = code));
  try {
    await program.parseAsync(options.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; every usage error is exit 2, never 1 (a typo is not a failed survey).
      return error.exitCode === 0 ? EXIT_PASS : EXIT_TROUBLE;
    }
    if (error instanceof UserError) {
      // One line: a name from a submission keeps no control character, a URL no password.
      options.stderr.write(`cadcheck: ${safeLine(withoutSecrets(error.message, options.argv))}\n`);
      return EXIT_TROUBLE;
    }
    reportCrash(error, options);
    return EXIT_TROUBLE;
  }
}

/** A bug, said as one: version, input, the message; the stack only with CADCHECK_DEBUG=1. */
export function reportCrash(error: unknown, options: Pick<MainOptions, 'argv' | 'stderr' | 'env'>): void {
  options.stderr.write(`cadcheck crashed (this is a bug; please report it with the command you ran). cadcheck ${cadcheckVersion()}, node ${process.version}\n`);
  // Every URL's password hidden (a --registered postgresql:// URL), every control character shown as an escape.
  options.stderr.write(`input: cadcheck ${options.argv.map((argument) => safeForTerminal(redactArgument(argument))).join(' ')}\n`);
  const said = options.env.CADCHECK_DEBUG === '1' ? (error as Error)?.stack ?? String(error) : (error as Error)?.message ?? String(error);
  const shown = said.split('\n').map((line) => safeForTerminal(withoutSecrets(line, options.argv))).join('\n');
  options.stderr.write(options.env.CADCHECK_DEBUG === '1' ? `${shown}\n` : `${shown}\n(set CADCHECK_DEBUG=1 for the stack trace)\n`);
}
