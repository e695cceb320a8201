// The EXIF thumbnails the HTML report shows of a submission's photos (data: URIs, a few KB each; never the photos).
import type { Settings } from '../engine/settings.js';
import type { Submission } from '../model.js';

/**
 * Read from the submission at `path`. A ua-1051/kz-pcm submission (a file of its own format) has no photos and no
 * survey source to open; the reader is still imported, so that a Ctrl-C is handled here, before any report is written,
 * as for a survey.
 */
export async function thumbnailsOf(path: string, submission: Pick<Submission, 'photos'>, settings: Settings): Promise<Map<string, string | null>> {
  const { readThumbnails } = await import('../io/thumbnails.js');
  if (settings.reader === 'ua-xml' || settings.reader === 'kz-points' || submission.photos.length === 0) return new Map();
  const [{ openSource }, { limitsOf }] = await Promise.all([import('../io/submission.js'), import('../engine/limits.js')]);
  return readThumbnails(await openSource(path, limitsOf(settings)), submission.photos);
}
