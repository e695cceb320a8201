// Finds and reads cadcheck.config.json: --config wins, else the nearest one from the working folder upwards.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateConfig, type Config } from '../engine/config.js';
import { UserError } from '../errors.js';

export const CONFIG_FILE = 'cadcheck.config.json';

export function findConfigFile(cwd: string): string | null {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return null;
  }
}

export function loadConfig(explicitPath: string | undefined, cwd: string): { file: string; config: Config } | null {
  const file = explicitPath ? resolve(cwd, explicitPath) : findConfigFile(cwd);
  if (!file) return null;
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
  return { file, config: validateConfig(value, file) };
}
