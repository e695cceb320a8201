// A .zip submission read in place with yauzl, never extracted to disk: escaping, linked, encrypted and bomb entries are refused.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { limitKey, ZIP_RATIO_GRACE_BYTES, type Limits } from '../model/limits.js';
import { UserError } from '../errors.js';
import type { ReadProblem } from '../model.js';
import { UnreadableFile } from './shapefile.js';
import type { SourceEntry, SubmissionSource } from './source.js';

/** Entries cadcheck reads (layers and their sidecars, the manifest, photos); the rest are listed but never inflated. */
const READ_NAME = /\.(shp|shx|dbf|prj|cpg|geojson|json|gpkg|dxf|kml|gml|fgb|jpe?g|png|heic|heif|tiff?|gif|webp|bmp)$/i;
const IMAGE_NAME = /\.(jpe?g|png|heic|heif|tiff?|gif|webp|bmp)$/i;
/** Skipped like FolderSource skips them: Finder's resource forks, VCS folders, hidden files. */
const SKIPPED_SEGMENT = /^(\.|__MACOSX$|node_modules$)/;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

interface ZipFile {
  path: string;
  sizeBytes: number;
  /** The inflated bytes, or null for an entry cadcheck does not read. */
  content: Buffer | null;
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Why an entry's name is refused, or null: it must stay inside the archive. */
function escapeReason(name: string): string | null {
  if (/^[a-zA-Z]:/.test(name)) return 'its path starts with a drive letter (it points outside the archive)';
  if (name.startsWith('/')) return 'its path is absolute (it points outside the archive)';
  if (name.split('/').includes('..')) return 'its path climbs out with ".." (it points outside the archive)';
  if (name.includes('\0')) return 'its name holds a NUL character';
  return null;
}

/** The general-purpose flag bit that says the name is UTF-8 (APPNOTE 4.4.4 bit 11); the Info-ZIP Unicode Path extra field. */
const UTF8_FLAG = 0x800;
const UNICODE_PATH_EXTRA = 0x7075;

/**
 * An entry's name. The UTF-8 flag, or Info-ZIP's Unicode Path field, says how it is written; without either, a name
 * whose bytes are valid UTF-8 is UTF-8 (Info-ZIP `zip -r`, macOS and Linux tools write UTF-8 names unflagged, and a
 * CP437 name of non-ASCII letters is almost never valid UTF-8), and only otherwise CP437, APPNOTE's default.
 */
export function entryName(entry: Pick<yauzl.Entry, 'generalPurposeBitFlag' | 'fileNameRaw' | 'extraFields'>): string {
  const flagged = (entry.generalPurposeBitFlag & UTF8_FLAG) !== 0 || entry.extraFields.some((field) => field.id === UNICODE_PATH_EXTRA);
  if (!flagged && isUtf8(entry.fileNameRaw)) return entry.fileNameRaw.toString('utf8');
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
}

export class ZipSource implements SubmissionSource {
  private readonly byPath: Map<string, ZipFile>;

  private constructor(files: ZipFile[], private readonly refused: ReadProblem[]) {
    this.byPath = new Map(files.map((file) => [file.path, file]));
  }

  /**
   * Reads the central directory and inflates every entry cadcheck will read, counting the real inflated
   * bytes against the limits as they come out (a declared size is only a claim). An archive that cannot be
   * opened at all is the submission itself being unreadable: a UserError (exit 2 for `check`).
   */
  static async open(zipPath: string, limits: Limits): Promise<ZipSource> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.openPromise(zipPath, { decodeStrings: false, validateEntrySizes: true, autoClose: false });
    } catch (error) {
      throw new UserError(`cannot open the submission: ${zipPath} is not a readable zip archive (${(error as Error).message}).`, 'bad-zip');
    }
    const archive = basename(zipPath);
    const files: ZipFile[] = [];
    const refused: ReadProblem[] = [];
    const seen = new Set<string>();
    const refuse = (file: string, reason: string): void => void refused.push({ file, kind: 'unreadable', reason });
    let inflatedTotal = 0;
    let count = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        count += 1;
        if (count > limits.zipMaxEntries) {
          refuse(archive, `the archive has more than ${limits.zipMaxEntries} entries (${limitKey('zipMaxEntries')}); the entries after that were not read`);
          break;
        }
        // Some Windows zippers write backslashes; they are folder separators, not part of a name.
        const name = entryName(entry).replace(/\\/g, '/');
        const escape = escapeReason(name);
        if (escape) {
          refuse(name, `the zip entry was refused: ${escape}`);
          continue;
        }
        if (name.endsWith('/')) continue; // a folder
        if (name.split('/').some((segment) => SKIPPED_SEGMENT.test(segment))) continue;
        if (entry.versionMadeBy >> 8 === UNIX && ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
          refuse(name, 'the zip entry was refused: it is a symbolic link, and a submission must not point at other files');
          continue;
        }
        if (entry.isEncrypted()) {
          refuse(name, 'the zip entry is encrypted (password-protected); cadcheck reads only unencrypted archives');
          continue;
        }
        if (!entry.canDecodeFileData()) {
          refuse(name, `the zip entry is compressed with method ${entry.compressionMethod}, which cadcheck cannot read (use deflate or store)`);
          continue;
        }
        const key = name.toLowerCase();
        if (seen.has(key)) {
          refuse(name, 'the archive holds a second entry with the same name; only the first was read');
          continue;
        }
        seen.add(key);
        const isImage = IMAGE_NAME.test(name);
        const fileLimit = isImage ? limits.maxPhotoBytes : limits.maxFileBytes;
        const fileLimitKey = limitKey(isImage ? 'maxPhotoBytes' : 'maxFileBytes');
        if (entry.uncompressedSize > fileLimit) {
          refuse(name, `it declares ${mebibytes(entry.uncompressedSize)}, more than the ${mebibytes(fileLimit)} allowed (${fileLimitKey})`);
          continue;
        }
        if (!READ_NAME.test(name)) {
          files.push({ path: name, sizeBytes: entry.uncompressedSize, content: null });
          continue;
        }
        const budget = { file: fileLimit, fileKey: fileLimitKey, total: limits.zipMaxTotalBytes - inflatedTotal, ratio: limits.zipMaxRatio };
        const inflated = await inflateEntry(zip, entry, budget);
        inflatedTotal += inflated.bytesCounted;
        if ('problem' in inflated) refuse(name, inflated.problem);
        else files.push({ path: name, sizeBytes: inflated.content.length, content: inflated.content });
      }
    } catch (error) {
      // The central directory broke part-way: what was read before is still checked.
      refuse(archive, `the zip's central directory is damaged after entry ${count} (${(error as Error).message}); the entries after it were not read`);
    } finally {
      zip.close();
    }
    return new ZipSource(stripSingleTopFolder(files), refused);
  }

  entries(): SourceEntry[] {
    return [...this.byPath.values()].map(({ path, sizeBytes }) => ({ path, sizeBytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  problems(): ReadProblem[] {
    return [...this.refused];
  }

  read(path: string): Buffer {
    const file = this.byPath.get(path);
    if (!file) throw new UnreadableFile(`the zip has no entry ${path}`);
    if (!file.content) throw new UnreadableFile('cadcheck does not read this kind of file from a zip');
    return file.content;
  }

  readHead(path: string, length: number): Buffer {
    return this.read(path).subarray(0, length);
  }

  readTail(path: string, length: number): Buffer {
    const content = this.read(path);
    return content.subarray(Math.max(0, content.length - length));
  }

  sha256(path: string): string {
    return createHash('sha256').update(this.read(path)).digest('hex');
  }
}

/** A zip of the submission folder itself holds one top-level folder: that folder is the submission root. */
function stripSingleTopFolder(files: ZipFile[]): ZipFile[] {
  const tops = new Set(files.map((file) => (file.path.includes('/') ? file.path.split('/')[0]! : null)));
  if (files.length === 0 || tops.size !== 1 || tops.has(null)) return files;
  const prefix = `${[...tops][0]}/`;
  return files.map((file) => ({ ...file, path: file.path.slice(prefix.length) }));
}

type Inflated = { content: Buffer; bytesCounted: number } | { problem: string; bytesCounted: number };

/** Streams one entry through yauzl (which also holds it to its declared size), stopping at the first limit it crosses. */
async function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { file: number; fileKey: string; total: number; ratio: number }): Promise<Inflated> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    return { problem: `the zip entry is damaged (${(error as Error).message})`, bytesCounted: 0 };
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  let crc = 0;
  return new Promise<Inflated>((resolve) => {
    let settled = false;
    const stop = (problem: string): void => {
      if (settled) return;
      settled = true;
      stream.removeAllListeners('data');
      stream.on('error', () => undefined);
      stream.destroy();
      resolve({ problem, bytesCounted: bytes });
    };
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > budget.file) return stop(`it inflates to more than ${mebibytes(budget.file)} (${budget.fileKey}); reading stopped there`);
      if (bytes > budget.total) return stop(`the archive inflates to more than ${limitKey('zipMaxTotalBytes')} allows; reading stopped at this entry (a zip bomb?)`);
      if (bytes > ZIP_RATIO_GRACE_BYTES && bytes / Math.max(1, entry.compressedSize) > budget.ratio) {
        return stop(`it inflates more than ${budget.ratio} times its compressed size of ${entry.compressedSize} bytes (${limitKey('zipMaxRatio')}); reading stopped (a zip bomb?)`);
      }
      crc = crc32(chunk, crc);
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => stop(`the zip entry is damaged (${error.message})`));
    stream.on('end', () => {
      if (settled) return;
      if (crc !== entry.crc32) return stop('the zip entry is damaged (its CRC-32 does not match its content)');
      settled = true;
      resolve({ content: Buffer.concat(chunks, bytes), bytesCounted: bytes });
    });
  });
}
