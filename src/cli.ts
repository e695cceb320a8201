// The command line's edge: the commands and their options, main() and the exit code. What each command does lives
// in src/cli/ (one module per command), loaded only when that command runs, so `--help` and a usage error stay quick.
import { Command, CommanderError, Option } from 'commander';
import { UserError } from './errors.js';
import { cadcheckVersion } from './package-root.js';
import { redactArgument, withoutSecrets } from './redact.js';
import { safeForTerminal, safeLine } from './report/terminal.js';
import { BATCH_FORMATS, FORMATS, REPORT_FORMATS, type FormatOutputOrder } from './cli/formats.js';
import { EXIT_PASS, EXIT_TROUBLE, type MainOptions } from './cli/main-options.js';

export { EXIT_FAIL, EXIT_INTERRUPTED, EXIT_PASS, EXIT_TROUBLE, type MainOptions } from './cli/main-options.js';
export { decideColorLevel } from './cli/option-values.js';

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
  const formatOutputOrder: FormatOutputOrder = [];
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
    .option('--shard <i/n>', 'check the i-th of n sets of a big layer\'s tiles into a partial report for cadcheck merge (docs/national-layers.md)')
    .action(async (paths: string[], flags: import('./cli/check-command.js').CheckFlags) => setExitCode(await (await import('./cli/check-command.js')).runCheck(paths, { ...flags, formatOutputOrder }, options)));

  program
    .command('merge')
    .description('join the partial reports of check --shard i/n into the report of the whole run (docs/national-layers.md)')
    .argument('<part...>', 'partial reports (part-*.json)')
    .option('--format <name>', `report format: ${FORMATS.join(', ')} (repeatable)`, inOrder('format'), [])
    .option('--output <file>', 'write the --format right before it to this file (repeatable)', inOrder('output'), [])
    .option('--quiet', 'show errors only')
    .option('--verbose', 'show infos too')
    .addOption(new Option('--color', 'force colour'))
    .addOption(new Option('--no-color', 'no colour (also NO_COLOR)'))
    .action(async (files: string[], flags: import('./cli/merge-command.js').MergeFlags) => setExitCode(await (await import('./cli/merge-command.js')).runMerge(files, { ...flags, formatOutputOrder }, options)));

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
    .action(async (folder: string, flags: import('./cli/batch-command.js').BatchFlags) => setExitCode(await (await import('./cli/batch-command.js')).runBatchCommand(folder, { ...flags, formatOutputOrder }, options)));

  program
    .command('rules')
    .description('list the rules of a profile: id, severity, legal basis')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .option('--format <name>', 'text or json')
    .option('--lang <code>', 'language of the descriptions: en, ka, ru, uk, kk (default: from the locale)')
    .option('--config <file>', 'configuration file whose options the descriptions print (default: cadcheck.config.json from the working folder upwards)')
    .action(async (flags: { profile?: string; format?: string; lang?: string; config?: string }) => setExitCode(await (await import('./cli/rules-command.js')).runRulesList(flags, options)));

  program
    .command('explain')
    .description('explain a rule: what it checks, the law it comes from (quoted, with a translation), how to fix it')
    .argument('<rule-id>', 'a rule id, e.g. geometry/valid (cadcheck rules lists them)')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .option('--config <file>', 'configuration file whose options it prints (default: cadcheck.config.json from the working folder upwards)')
    .action(async (ruleId: string, flags: { profile?: string; config?: string }) => setExitCode(await (await import('./cli/explain-command.js')).runExplain(ruleId, flags, options)));

  program
    .command('init')
    .description('write a manifest template (cadcheck.json) for a new survey into a folder')
    .argument('<folder>', 'survey folder (created if missing)')
    .option('--profile <id>', 'rule profile (default ge-388)')
    .action(async (folder: string, flags: { profile?: string }) => setExitCode(await (await import('./cli/init-command.js')).runInit(folder, flags, options)));

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
