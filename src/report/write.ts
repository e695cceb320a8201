// Writes a report file atomically: a temp file beside the target, then a rename, so no reader sees half a report.
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pendingTempFiles = new Set<string>();

/** Thrown by a no-clobber write when the target already exists. */
export class TargetExists extends Error {}

/** With `noClobber`, the finished temp file is hard-linked into place, which fails (atomically) if the target exists. */
export function writeFileAtomic(path: string, content: string | Buffer, options: { noClobber?: boolean } = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  pendingTempFiles.add(temp);
  try {
    const descriptor = openSync(temp, 'wx');
    try {
      writeSync(descriptor, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
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
  } finally {
    pendingTempFiles.delete(temp);
  }
}

/** Remove temp files of writes an interrupt cut short (called from the SIGINT/SIGTERM handler). */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) rmSync(temp, { force: true });
  pendingTempFiles.clear();
}
