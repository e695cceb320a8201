// photos/not-in-future: no photo is taken after the drawing date or after now (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf, captureInstantOf } from '../../photos/capture.js';
import { dateInZone, factAt, isIsoDate } from '../metadata/facts.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/not-in-future',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'No JPEG photo has a capture time after the drawing date or after now',
    messages: {
      afterNow: '{file} has a capture time in the future: {captureDateTime} ({zone}) is after now ({now} in {timeZone})',
      afterDrawing: '{file} was taken on {captureDate}, after the drawing date {drawingDate}',
    },
  },
  check({ submission, settings, now, report }) {
    const drawingDate = factAt(submission.manifest.data, 'drawingDate');
    const timeZone = settings.timeZone;
    for (const photo of jpegPhotosOf(submission)) {
      const facts = captureFactsOf(photo, timeZone);
      const instant = captureInstantOf(photo, timeZone);
      if (!facts.captureDate || !instant) continue; // no date: photos/capture-date-present
      const file = photo.file;
      if (instant.getTime() > now.getTime()) {
        const nowLocal = `${dateInZone(now, timeZone)} ${new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(now)}`;
        const zone = facts.captureOffset ? `UTC${facts.captureOffset}` : `no time zone written, read as ${timeZone}`;
        report({ messageId: 'afterNow', file, data: { file, captureDateTime: facts.captureDateTime!.replace('T', ' '), zone, now: nowLocal, timeZone } });
      } else if (isIsoDate(drawingDate) && facts.captureDate > drawingDate) {
        report({ messageId: 'afterDrawing', file, data: { file, captureDate: facts.captureDate, drawingDate } });
      }
    }
  },
});
