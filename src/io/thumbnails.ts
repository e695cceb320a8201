// Photo thumbnails for the HTML report: the small JPEG a camera stores in EXIF IFD1, never the multi-megabyte original.
import exifr from 'exifr';
import type { Photo } from '../model.js';
import type { SubmissionSource } from './source.js';

/** EXIF lives in one APP1 segment (≤ 64 KiB) near the start: this much head always holds it. */
const HEAD_BYTES = 128 * 1024;
/** A thumbnail bigger than this is not one; the report stays small. */
export const MAX_THUMBNAIL_BYTES = 64 * 1024;

/** The photo's EXIF thumbnail as JPEG bytes, or null when it has none (or it is not a JPEG). */
export async function exifThumbnail(head: Buffer): Promise<Buffer | null> {
  try {
    const bytes = await exifr.thumbnail(head);
    if (!bytes || bytes.length < 4 || bytes.length > MAX_THUMBNAIL_BYTES) return null;
    const buffer = Buffer.from(bytes);
    // Only JPEG thumbnails (SOI): an uncompressed TIFF strip would not display in a browser.
    return buffer[0] === 0xff && buffer[1] === 0xd8 ? buffer : null;
  } catch {
    return null;
  }
}

/** Thumbnails keyed by the photo's file (relative to the submission), as data: URIs; null where there is none. */
export async function readThumbnails(source: SubmissionSource, photos: Photo[]): Promise<Map<string, string | null>> {
  const thumbnails = new Map<string, string | null>();
  for (const photo of photos) {
    const thumbnail = photo.detectedType === 'jpeg' ? await exifThumbnail(source.readHead(photo.file, HEAD_BYTES)) : null;
    thumbnails.set(photo.file, thumbnail ? `data:image/jpeg;base64,${thumbnail.toString('base64')}` : null);
  }
  return thumbnails;
}
