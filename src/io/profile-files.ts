// Shared by the ua-1051 and kz-pcm readers: the files a path names (the file itself, or a folder's files of one kind).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../errors.js';
import { limitsOf, limitKey } from '../model/limits.js';
import type { ReadOptions } from '../model/read-options.js';
import type { ReadProblem } from '../model.js';

export interface ProfileFile {
  /** Relative to the folder checked (or the file's own name). */
  file: string;
  text: string;
}

/** Reads the file, or every file of the folder whose name matches; a file over maxFileBytes becomes a problem, not a read. */
export function readProfileFiles(path: string, pattern: RegExp, settings: ReadOptions, kind: string): { files: ProfileFile[]; problems: ReadProblem[] } {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file or folder. Give the path of ${kind} or a folder of them.`, 'path-not-found');
  }
  const limit = limitsOf(settings).maxFileBytes;
  const entries = stats.isDirectory()
    ? readdirSync(path).filter((name) => pattern.test(name) && statSync(join(path, name)).isFile()).sort().map((name) => ({ file: name, full: join(path, name) }))
    : [{ file: basename(path), full: path }];
  const files: ProfileFile[] = [];
  const problems: ReadProblem[] = [];
  for (const entry of entries) {
    const size = statSync(entry.full).size;
    if (size > limit) {
      problems.push({ file: entry.file, kind: 'unreadable', reason: `it is ${size} bytes, more than the ${limit} allowed (${limitKey('maxFileBytes')})` });
      continue;
    }
    const bytes = readFileSync(entry.full);
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
    files.push({ file: entry.file, text });
  }
  return { files, problems };
}
