// Writes a report file atomically: a temp file beside the target, then a rename, so no reader sees half a report.
// Also the checks made before a run (can this file or folder be written?) and the one line a failed write becomes.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Thrown by a no-clobber write when the target already exists. */
export class TargetExists extends Error {}

/**
 * With `noClobber`, the finished temp file is hard-linked into place, which fails (atomically) if the target exists.
 * Every byte is written (writeSync may write fewer than asked: a full disk, a file size limit) before the temp file
 * is installed; on any failure the temp file is removed and the target is left as it was.
 * No state outlives the call: it is synchronous, so a signal handler never runs while a temp file exists.
 */
export function writeFileAtomic(path: string, content: string | Buffer, options: { noClobber?: boolean } = {}): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const descriptor = openSync(temp, 'wx');
  try {
    try {
      for (let offset = 0; offset < bytes.length; ) {
        const written = writeSync(descriptor, bytes, offset, bytes.length - offset);
        // A write that makes no progress would loop for ever; a full disk is what it means.
        if (written <= 0) throw Object.assign(new Error(`no space left writing ${temp}`), { code: 'ENOSPC' });
        offset += written;
      }
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (options.noClobber) {
      try {
        linkSync(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExists(`${path} already exists`);
        throw error;
      }
      rmSync(temp, { force: true });
    } else {
      renameSync(temp, path);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Why a write failed, in the words a user acts on (errno codes of open(2), write(2), rename(2), mkdir(2)). */
export function whyNotWritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder; give a file name';
    case 'EEXIST':
      return 'a file of that name is in the way';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EFBIG':
      return 'the file would be larger than this system allows (file size limit)';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ? `${(error as Error).message}` : String((error as Error)?.message ?? error);
  }
}

/** The one-line exit-2 error for a report file that could not be written. */
export function cannotWrite(path: string, error: unknown): UserError {
  return new UserError(`cannot write ${path}: ${whyNotWritable(error)}.`, 'cannot-write');
}

/** writeFileAtomic for a report the user named: a failure is one line (exit 2), never a crash report. */
export function writeReportFile(path: string, content: string | Buffer): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** Creates and removes an empty file in `folder`: the only sure test that it can be written (root ignores modes; EROFS). */
function probeFolder(folder: string, shownAs: string): void {
  const probe = join(folder, `.cadcheck-probe.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (error) {
    throw cannotWrite(shownAs, error);
  }
  rmSync(probe, { force: true });
}

/** Before a run: can a report file be written at `path`? Throws the one-line error if not, so no work is lost. */
export function checkFileWritable(path: string): void {
  const stats = statOrNone(path);
  if (stats?.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder; give a file name, e.g. ${join(path, 'report')}.`, 'cannot-write');
  const folder = dirname(path);
  const folderStats = statOrNone(folder);
  if (folderStats === undefined) throw cannotWrite(path, Object.assign(new Error(''), { code: existingAncestorIsFile(folder) ? 'ENOTDIR' : 'ENOENT' }));
  if (!folderStats.isDirectory()) throw cannotWrite(path, Object.assign(new Error(''), { code: 'ENOTDIR' }));
  probeFolder(folder, path);
}

/** Before a run: can reports be written into folder `path`? Creates it (and its parents) when missing. */
export function checkFolderWritable(path: string): void {
  const stats = statOrNone(path);
  if (stats !== undefined && !stats.isDirectory()) throw new UserError(`cannot write reports into ${path}: it is a file, not a folder.`, 'cannot-write');
  if (stats === undefined) {
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      throw new UserError(`cannot write reports into ${path}: ${whyNotWritable(error)}.`, 'cannot-write');
    }
  }
  probeFolder(path, path);
}

/** Whether the nearest existing ancestor of a missing folder is a file (so "not a folder" rather than "does not exist"). */
function existingAncestorIsFile(folder: string): boolean {
  for (let at = folder; ; at = dirname(at)) {
    const stats = statOrNone(at);
    if (stats !== undefined) return !stats.isDirectory();
    if (dirname(at) === at) return false;
  }
}

/** stat, or undefined when nothing is there (ENOENT, or ENOTDIR: a file where a folder was expected). */
function statOrNone(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw cannotWrite(path, error);
  }
}
