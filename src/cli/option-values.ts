// Option values read and decided for check and batch alike: language, colour, which severities show, numbers and
// dates checked, where the registered parcels come from. A bad value is a usage error (exit 2).
import { UserError } from '../errors.js';
import type { FormatOutputOrder } from './formats.js';

/** The options check and batch share: what is checked against what, and how each report reads. */
export interface SharedCheckFlags {
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
  formatOutputOrder?: FormatOutputOrder;
  maxWarnings?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  lang?: string;
}

/** --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else English; an unknown --lang is a usage error. */
export async function decideLang(flag: string | undefined, env: NodeJS.ProcessEnv): Promise<import('../i18n/index.js').Lang> {
  const { LANGS, isLang, langFromEnv, langOfLocale } = await import('../i18n/index.js');
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

/** --quiet: errors only; --verbose: infos too; else errors and warnings. */
export function shownSeverities(flags: { quiet?: boolean; verbose?: boolean }): Array<'error' | 'warning' | 'info'> {
  return flags.quiet ? ['error'] : flags.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'];
}

/** A registry file, resolved against the working folder, or a postgresql:// URL, kept as given. */
export function registeredSource(given: string, cwd: string, resolve: (...parts: string[]) => string): string {
  return /^postgres(ql)?:\/\//i.test(given) ? given : resolve(cwd, given);
}

export function postgisOptions(flags: { registeredTable?: string; registeredGeometryColumn?: string; registeredIdColumn?: string }): import('../io/registered-postgis.js').PostgisRegistryOptions {
  return { table: flags.registeredTable, geometryColumn: flags.registeredGeometryColumn, idColumn: flags.registeredIdColumn };
}

/** `--survey-date`, for check and batch alike: a calendar date as the manifest writes it. */
export function checkSurveyDate(text: string | undefined): void {
  if (text !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UserError(`--survey-date must be written YYYY-MM-DD, not "${text}".`, 'bad-option');
}

export function parseMaxWarnings(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new UserError(`--max-warnings must be a whole number ≥ 0, not "${text}".`, 'bad-option');
  return Number(text);
}
