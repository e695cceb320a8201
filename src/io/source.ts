// Read-only access to the files of a submission, whether a folder or a zip (zip-source.ts), by relative path.
import { createHash } from 'node:crypto';
import { openSync, readSync, closeSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { ReadProblem } from '../model.js';
import { UnreadableFile } from './shapefile.js';

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

/** Why the file system refused, in words a clerk can act on, with its code (EACCES, EIO, …). */
export function fileSystemReason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EACCES' || code === 'EPERM') return `the account running cadcheck may not read it (${code})`;
  if (code === 'ENOENT') return 'it disappeared while the submission was being read (ENOENT)';
  return `the file system refused it (${typeof code === 'string' ? `${code}: ` : ''}${(error as Error).message})`;
}

/** A refusal of the file system as an UnreadableFile (an input/readable finding); anything else is passed on. */
function unreadableFrom(error: unknown, path: string): never {
  if (typeof (error as { code?: unknown }).code === 'string') throw new UnreadableFile(`${path}: ${fileSystemReason(error)}`);
  throw error;
}

export class FolderSource implements SubmissionSource {
  /** Sub-folders and files the walk could not list or stat (a folder the clerk's account may not open). */
  private readonly refused: ReadProblem[] = [];

  constructor(private readonly root: string) {}

  entries(): SourceEntry[] {
    const found: SourceEntry[] = [];
    this.refused.length = 0;
    const walk = (folder: string): void => {
      let listed;
      try {
        listed = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        // The submission folder itself unreadable: nothing can be checked (exit 2). A sub-folder: a finding, the rest is checked.
        if (folder === this.root) throw new UserError(`${this.root}: cannot open the submission: ${fileSystemReason(error)}.`, 'not-a-submission');
        this.refused.push({ file: `${relative(this.root, folder).split(sep).join('/')}/`, kind: 'unreadable', reason: `the folder cannot be opened: ${fileSystemReason(error)}` });
        return;
      }
      for (const entry of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
        const full = join(folder, entry.name);
        const path = relative(this.root, full).split(sep).join('/');
        // Symbolic links are not followed: a submission must not reach outside itself.
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile()) {
          try {
            found.push({ path, sizeBytes: statSync(full).size });
          } catch (error) {
            this.refused.push({ file: path, kind: 'unreadable', reason: fileSystemReason(error) });
          }
        }
      }
    };
    walk(this.root);
    return found;
  }

  problems(): ReadProblem[] {
    return [...this.refused];
  }

  read(path: string): Buffer {
    try {
      return readFileSync(join(this.root, path));
    } catch (error) {
      return unreadableFrom(error, path);
    }
  }

  readHead(path: string, length: number): Buffer {
    return this.readRange(path, 0, length);
  }

  readTail(path: string, length: number): Buffer {
    let size;
    try {
      size = statSync(join(this.root, path)).size;
    } catch (error) {
      return unreadableFrom(error, path);
    }
    return this.readRange(path, Math.max(0, size - length), Math.min(length, size));
  }

  sha256(path: string): string {
    try {
      return this.hash(path);
    } catch (error) {
      return unreadableFrom(error, path);
    }
  }

  private hash(path: string): string {
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
    let descriptor: number;
    try {
      descriptor = openSync(join(this.root, path), 'r');
    } catch (error) {
      return unreadableFrom(error, path);
    }
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
