// Shared by the hostile-input tests: the valid survey's files, temp folders, zips built on the spot.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll } from 'vitest';
import { encodeZip, type ZipEntrySpec } from '../../scripts/lib/zip-writer.js';
import { REPO } from '../helpers.js';

export const VALID = `${REPO}/fixtures/ge-388/valid`;

/** Every file of the bundled valid survey, by path relative to it. */
export function validFiles(root = VALID): Array<{ path: string; data: Buffer }> {
  const found: Array<{ path: string; data: Buffer }> = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push({ path: relative(root, full), data: readFileSync(full) });
    }
  };
  walk(root);
  return found;
}

/** A temp folder removed after the test file. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `cadcheck-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The valid survey as zip entries under `top/` (or at the root when top is ''), plus extra entries. */
export function surveyZip(dir: string, name: string, extra: ZipEntrySpec[] = [], top = 'survey-2024-0117'): string {
  const entries: ZipEntrySpec[] = validFiles().map((file) => ({ name: top ? `${top}/${file.path}` : file.path, data: file.data }));
  const path = join(dir, name);
  writeFileSync(path, encodeZip([...entries, ...extra]));
  return path;
}

/** A copy of the valid survey in a new folder, with some files replaced (or removed with null). */
export function surveyFolder(dir: string, name: string, replace: Record<string, Buffer | null> = {}): string {
  const root = join(dir, name);
  for (const file of validFiles()) {
    if (file.path in replace) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.data);
  }
  for (const [path, data] of Object.entries(replace)) {
    if (data === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

/** A cadcheck.config.json with these limits, for --config. */
export function limitsConfig(dir: string, limits: Record<string, number>): string {
  const path = join(dir, `limits-${Object.entries(limits).map(([k, v]) => `${k}-${v}`).join('-')}.json`);
  writeFileSync(path, JSON.stringify({ limits }));
  return path;
}
