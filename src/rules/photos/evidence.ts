// Which photo files count as Art. 5 evidence, shared by the photos/* rules.
import type { Photo, Submission } from '../../model.js';

/** A .jpg/.jpeg file whose bytes are a whole JPEG: counted by photos/min-count and checked by the date and place rules. */
export function isJpegPhoto(photo: Photo): boolean {
  return photo.namedJpeg && photo.detectedType === 'jpeg' && photo.damage === null;
}

/**
 * The photos the date and place rules look at. A file photos/is-jpeg already fails (not a JPEG,
 * truncated) gets that one finding and no more: its metadata cannot be trusted.
 */
export function jpegPhotosOf(submission: Submission): Photo[] {
  return submission.photos.filter(isJpegPhoto);
}

/** Photos with the same SHA-256, in file order: each group has at least two files. */
export function sameContentGroups(photos: readonly Photo[]): Photo[][] {
  const bySha = new Map<string, Photo[]>();
  for (const photo of photos) {
    if (!photo.sha256) continue;
    const group = bySha.get(photo.sha256) ?? [];
    group.push(photo);
    bySha.set(photo.sha256, group);
  }
  return [...bySha.values()].filter((group) => group.length > 1);
}
