// Finds and reads cadcheck.config.json: --config wins, else the nearest one from the working folder upwards — but
// never one inside a submission being checked: a submitter must not switch the registry's rules off (issue 15).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

export const CONFIG_FILE = 'cadcheck.config.json';

/** A path with its symbolic links resolved when it exists (a submission reached through a link is still the submission). */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Whether `folder` is `root` or lies below it. */
function within(folder: string, root: string): boolean {
  return folder === root || folder.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The nearest cadcheck.config.json from `cwd` upwards, skipping every folder that is one of `submissions` or inside
 * one (the submission's own config is never applied; input/config-ignored reports it), and with `batchFolder`,
 * every folder below it (each sub-folder of a batch folder is a submission; the batch folder itself may hold one).
 */
/** The submission (or batch folder) a file lies in, or null. */
function submissionHolding(file: string, inside: { submissions?: readonly string[]; batchFolder?: string }): string | null {
  const folder = dirname(real(file));
  const submission = (inside.submissions ?? []).find((root) => within(folder, real(root)));
  if (submission !== undefined) return submission;
  const batch = inside.batchFolder === undefined ? null : real(inside.batchFolder);
  return batch !== null && folder !== batch && within(folder, batch) ? folder : null;
}

export function findConfigFile(cwd: string, inside: { submissions?: readonly string[]; batchFolder?: string } = {}): string | null {
  const submissions = (inside.submissions ?? []).map(real);
  const batch = inside.batchFolder === undefined ? null : real(inside.batchFolder);
  for (let folder = real(cwd); ; folder = dirname(folder)) {
    const excluded = submissions.some((root) => within(folder, root)) || (batch !== null && folder !== batch && within(folder, batch));
    const candidate = join(folder, CONFIG_FILE);
    if (!excluded && existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

/**
 * --config (applied wherever it is: the clerk named it), else findConfigFile; null when there is none. `validate` is
 * the engine's validateConfig (src/engine/config.ts), given by the caller: a reader does not import the engine.
 */
export function loadConfig<Config>(explicitPath: string | undefined, cwd: string, inside: NonNullable<Parameters<typeof findConfigFile>[1]>, validate: (value: unknown, file: string) => Config): { file: string; config: Config } | null {
  const file = explicitPath ? resolve(cwd, explicitPath) : findConfigFile(cwd, inside);
  if (!file) return null;
  const holder = explicitPath ? submissionHolding(file, inside) : null;
  if (holder !== null) {
    throw new UserError(`--config ${file} is inside the submission ${holder}: a submission's own configuration is never applied. Keep the registry's config outside the submissions.`, 'bad-config');
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file}: config file not found or not readable.`, 'bad-config');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${file}: not valid JSON (${(error as Error).message}).`, 'bad-config');
  }
  return { file, config: validate(value, file) };
}
