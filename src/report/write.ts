// Writes a report file atomically: a temp file beside the target, then a rename, so no reader sees half a report.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pendingTempFiles = new Set<string>();

export function writeFileAtomic(path: string, content: string | Buffer): void {
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
    renameSync(temp, path);
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
