// `cadcheck check <layer> --shard i/n`: the i-th of n sets of a big layer's tiles checked, written as a partial report
// for `cadcheck merge` (src/shard/partial.ts). Exit 0 once written: the verdict is the merged run's.
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { cadcheckVersion } from '../package-root.js';
import { escapeJsonControls } from '../report/terminal.js';
import type { CheckFlags } from './check-command.js';
import { formatsWithOutputs } from './formats.js';
import { EXIT_INTERRUPTED, EXIT_PASS, type MainOptions } from './main-options.js';
import { checkSurveyDate, decideLang, parseMaxWarnings } from './option-values.js';

/** "i/n" with 1 ≤ i ≤ n, else a usage error. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. --shard 2/4), not "${text}".`, 'bad-option');
  return { index, count };
}

export async function runShardCheck(paths: string[], flags: CheckFlags & { shard: string }, options: MainOptions): Promise<number> {
  const shard = parseShard(flags.shard);
  if (paths.length !== 1) throw new UserError('--shard checks one layer or folder at a time: give one.', 'bad-option');
  if (flags.registered !== undefined) throw new UserError('--shard does not check against --registered parcels yet: check without --shard.', 'bad-option');
  const outputs = formatsWithOutputs(flags, options.cwd, resolve);
  if (outputs.some(({ format }) => format !== 'json')) throw new UserError('--shard writes a partial report in JSON only (--format json): cadcheck merge renders the other formats.', 'bad-option');
  const [{ loadConfig }, { resolveSettings, validateConfig }, { checkInThread }, { partialReport }, { checkFileWritable, writeReportFile }] = await Promise.all([
    import('../io/config-file.js'), import('../catalogue.js'), import('../worker/check-in-thread.js'), import('../shard/partial.js'), import('../report/write.js'),
  ]);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  checkSurveyDate(flags.surveyDate);
  for (const { output } of outputs) if (output !== null) checkFileWritable(resolve(options.cwd, output));
  const path = paths[0]!;
  const loaded = loadConfig(flags.config, options.cwd, { submissions: [resolve(options.cwd, path)] }, validateConfig);
  const settings = { ...resolveSettings(flags.profile, loaded?.config ?? null), lang: await decideLang(flags.lang, options.env) };
  const run = await checkInThread(path, settings, { registered: null, surveyDate: flags.surveyDate ?? null, now: options.now ?? new Date(), maxWarnings, signal: options.signal, shard });
  if (run === null) return EXIT_INTERRUPTED;
  // Over budget or unreadable: no tiles were finished, and a merge of this shard would not be the whole run's. A finished
  // shard's run always carries its inventory (src/worker/check.ts sends a shard's outline with it).
  if (!run.tiles || !run.inventory) throw new UserError(`shard ${shard.index}/${shard.count} of ${path} did not finish: ${run.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message)[0] ?? 'no tiles checked'}`, 'shard-unfinished');
  const partial = partialReport({
    tool: { name: 'cadcheck', version: cadcheckVersion() }, input: path, shard, tiles: run.tiles, settings, surveyDateFlag: flags.surveyDate ?? null,
    config: loaded?.file ?? null, maxWarnings, surveyDate: run.surveyDate, submission: run.submission, inventory: run.inventory, findings: run.findings,
  });
  const body = escapeJsonControls(`${JSON.stringify(partial)}\n`);
  const output = outputs[0]?.output ?? null;
  if (output === null) options.stdout.write(body);
  else writeReportFile(resolve(options.cwd, output), body);
  return EXIT_PASS;
}
