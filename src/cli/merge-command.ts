// `cadcheck merge part-*.json`: the partial reports of `cadcheck check --shard i/n` joined into the report the whole run
// gives (src/shard/partial.ts), in every format check writes, with check's exit code.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { escapeJsonControls } from '../report/terminal.js';
import { JSON_FORMATS, formatsWithOutputs, type FormatOutputOrder } from './formats.js';
import { EXIT_FAIL, EXIT_PASS, type MainOptions } from './main-options.js';
import { decideColorLevel, shownSeverities } from './option-values.js';
import { renderWholeRun } from './whole-run.js';

export interface MergeFlags {
  format: string[];
  output: string[];
  formatOutputOrder?: FormatOutputOrder;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export async function runMerge(files: string[], flags: MergeFlags, options: MainOptions): Promise<number> {
  const [{ mergePartials }, json, text, { checkFileWritable, writeReportFile }, { Chalk }, { howToFixIn }] = await Promise.all([
    import('../shard/partial.js'), import('../report/json.js'), import('../report/text.js'), import('../report/write.js'), import('chalk'), import('./how-to-fix.js'),
  ]);
  const outputs = formatsWithOutputs(flags, options.cwd, resolve);
  for (const { output } of outputs) if (output !== null) checkFileWritable(resolve(options.cwd, output));
  const parts = files.map((file) => {
    let body: string;
    try {
      body = readFileSync(resolve(options.cwd, file), 'utf8');
    } catch (error) {
      throw new UserError(`Cannot read ${file}: ${(error as Error).message}`, 'bad-partial');
    }
    try {
      return { file, value: JSON.parse(body) as unknown };
    } catch {
      throw new UserError(`${file} is not JSON: give the partial reports of cadcheck check --shard i/n.`, 'bad-partial');
    }
  });
  const merged = mergePartials(parts);
  const run = { submission: merged.submission, settings: merged.settings, findings: merged.findings, result: merged.result, registered: null, surveyDate: merged.surveyDate, inventory: merged.inventory };
  const show = shownSeverities(flags);
  const chalk = new Chalk({ level: decideColorLevel(flags.color, options.env, options.stdout.isTTY) });
  for (const { format, output } of outputs) {
    let body: string;
    if (format === 'json') body = json.formatJson(json.buildJsonReport(run, merged.tool, merged.surveyDate, { config: merged.config, maxWarnings: merged.maxWarnings, inventory: merged.inventory }));
    else if (format === 'text') body = text.formatText(run, { chalk, show, config: merged.config, maxWarnings: merged.maxWarnings, fixes: await howToFixIn(run.findings.map((finding) => finding.ruleId), run.settings.lang) });
    // No photo thumbnails: the shards keep no photos (the HTML report lists them without pictures).
    else body = await renderWholeRun(format, [{ run, name: basename(resolve(options.cwd, merged.input)) || merged.input, surveyDate: merged.surveyDate, thumbnails: new Map() }], { tool: merged.tool, show, maxWarnings: merged.maxWarnings });
    const written = JSON_FORMATS.includes(format) ? escapeJsonControls(body) : body;
    if (output === null) options.stdout.write(written);
    else writeReportFile(resolve(options.cwd, output), written);
  }
  return merged.result === 'fail' ? EXIT_FAIL : EXIT_PASS;
}
