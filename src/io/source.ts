// Read-only access to the files of a submission, whether a folder or (later) a zip, by relative path.
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SourceEntry {
  /** Path relative to the submission root, with forward slashes. */
  path: string;
  sizeBytes: number;
}

export interface SubmissionSource {
  /** Every regular file of the submission. */
  entries(): SourceEntry[];
  read(path: string): Buffer;
  /** The first `length` bytes only: photos are judged by their metadata segments, not their pixels. */
  readHead(path: string, length: number): Buffer;
  sha256(path: string): string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '__MACOSX']);

export class FolderSource implements SubmissionSource {
  constructor(private readonly root: string) {}

  entries(): SourceEntry[] {
    const found: SourceEntry[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        const full = join(folder, entry.name);
        // Symbolic links are not followed: a submission must not reach outside itself.
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile()) found.push({ path: relative(this.root, full).split(sep).join('/'), sizeBytes: statSync(full).size });
      }
    };
    walk(this.root);
    return found;
  }

  read(path: string): Buffer {
    return readFileSync(join(this.root, path));
  }

  readHead(path: string, length: number): Buffer {
    const descriptor = openSync(join(this.root, path), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const bytesRead = readSync(descriptor, buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      closeSync(descriptor);
    }
  }

  sha256(path: string): string {
    return createHash('sha256').update(this.read(path)).digest('hex');
  }
}
