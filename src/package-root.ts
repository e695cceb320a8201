// Finds cadcheck's own files (schemas, package.json) whether running from src/ (tests) or dist/src/ (built).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'schema'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cadcheck cannot find its own package folder');
    folder = parent;
  }
  return (root = folder);
}

/** A JSON file shipped with cadcheck (schema/…, package.json), parsed. */
export function packageJson<T = Record<string, unknown>>(relativePath: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), relativePath), 'utf8')) as T;
}

export function cadcheckVersion(): string {
  return packageJson<{ version: string }>('package.json').version;
}
