// photos/clock-disagrees: the GPS UTC stamp falls on the photo's capture date, else the camera clock may be wrong (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf, gpsDateInZoneOf } from '../../photos/capture.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/clock-disagrees',
  meta: {
    severity: 'warning',
    basis: 'Art. 5',
    description: "A photo's GPS date/time stamp (UTC), taken to the profile time zone, falls on its capture date",
    messages: {
      otherDate: "{file}: the GPS clock says {gpsDateTime} UTC, which is {gpsDate} in {timeZone}, but the camera's capture date is {captureDate}: the camera clock may be wrong",
    },
  },
  check({ submission, settings, report }) {
    for (const photo of jpegPhotosOf(submission)) {
      const { captureDate } = captureFactsOf(photo, settings.timeZone);
      const gpsDate = gpsDateInZoneOf(photo, settings.timeZone);
      if (!captureDate || !gpsDate || gpsDate === captureDate) continue;
      const gpsDateTime = photo.gpsDateTimeUtc!.replace('T', ' ').replace('Z', '');
      report({ messageId: 'otherDate', file: photo.file, data: { file: photo.file, gpsDateTime, gpsDate, timeZone: settings.timeZone, captureDate } });
    }
  },
});
