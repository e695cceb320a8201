// photos/capture-date-matches-survey: each photo was taken on the survey date (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf } from '../../photos/capture.js';
import { isIsoDate, surveyDateOf } from '../metadata/facts.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/capture-date-matches-survey',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every JPEG photo was taken on the survey date (local date of DateTimeOriginal, in the profile time zone when an offset is written)',
    messages: {
      otherDate: '{file} was taken on {captureDate} ({when}), not on the survey date {surveyDate}',
    },
  },
  check({ submission, settings, surveyDateOverride, report }) {
    const surveyDate = surveyDateOf(submission.manifest.data, surveyDateOverride);
    // No usable survey date: metadata/required and metadata/dates say so.
    if (!isIsoDate(surveyDate)) return;
    for (const photo of jpegPhotosOf(submission)) {
      const facts = captureFactsOf(photo, settings.timeZone);
      if (!facts.captureDate || facts.captureDate === surveyDate) continue; // no date: photos/capture-date-present
      const when = facts.captureOffset
        ? `camera clock ${facts.captureDateTime}${facts.captureOffset}, ${settings.timeZone} date ${facts.captureDate}`
        : `camera clock ${facts.captureDateTime}, no time zone written`;
      report({ messageId: 'otherDate', file: photo.file, data: { file: photo.file, captureDate: facts.captureDate, surveyDate, when } });
    }
  },
});
