// photos/capture-date-present: every JPEG photo carries an EXIF capture date, so Art. 5's date rule can be verified.
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf } from '../../photos/capture.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/capture-date-present',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every JPEG photo has an EXIF DateTimeOriginal (or CreateDate), so its capture date can be verified',
    messages: {
      missing: '{file} has no EXIF capture date (DateTimeOriginal or CreateDate): the date it was taken cannot be verified',
      unreadable: '{file} has an EXIF capture date that is not a real date ("{value}"): the date it was taken cannot be verified',
      exifBroken: '{file} has no readable EXIF capture date: {reason}',
    },
  },
  check({ submission, settings, report }) {
    for (const photo of jpegPhotosOf(submission)) {
      if (captureFactsOf(photo, settings.timeZone).captureDateTime) continue;
      const file = photo.file;
      const written = photo.dateTimeOriginal ?? photo.createDate;
      if (written) report({ messageId: 'unreadable', file, data: { file, value: written } });
      else if (photo.exifProblem) report({ messageId: 'exifBroken', file, data: { file, reason: photo.exifProblem } });
      else report({ messageId: 'missing', file, data: { file } });
    }
  },
});
