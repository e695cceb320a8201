// Read-only access to the files of a submission, whether a folder or a zip (zip-source.ts), by relative path.
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ReadProblem } from '../model.js';

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
  /** The last `length` bytes only (a JPEG's end marker). */
  readTail(path: string, length: number): Buffer;
  /** SHA-256 of the content, hex, in one streaming pass (an 8 MB photo is never held whole). */
  sha256(path: string): string;
  /** What the source itself refused to read (a zip's escaping, linked, encrypted or bomb entries), as input/readable problems. */
  problems?(): ReadProblem[];
}

const HASH_CHUNK_BYTES = 1024 * 1024;

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
    return this.readRange(path, 0, length);
  }

  readTail(path: string, length: number): Buffer {
    const size = statSync(join(this.root, path)).size;
    return this.readRange(path, Math.max(0, size - length), Math.min(length, size));
  }

  sha256(path: string): string {
    const hash = createHash('sha256');
    const descriptor = openSync(join(this.root, path), 'r');
    try {
      const chunk = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
      for (let bytesRead; (bytesRead = readSync(descriptor, chunk, 0, chunk.length, null)) > 0; ) hash.update(chunk.subarray(0, bytesRead));
    } finally {
      closeSync(descriptor);
    }
    return hash.digest('hex');
  }

  private readRange(path: string, position: number, length: number): Buffer {
    const descriptor = openSync(join(this.root, path), 'r');
    try {
      const buffer = Buffer.alloc(length);
      let filled = 0;
      // readSync may return fewer bytes than asked; stop at the end of the file.
      for (let bytesRead; filled < length && (bytesRead = readSync(descriptor, buffer, filled, length - filled, position + filled)) > 0; ) filled += bytesRead;
      return buffer.subarray(0, filled);
    } finally {
      closeSync(descriptor);
    }
  }
}
