// metadata/dates: survey and drawing dates are real dates, in order, and not in the future (Art. 7(12), 7(26)(c)).
import { defineRule } from '../../engine/define-rule.js';
import { textOf } from '../fields.js';
import { dateInZone, factAt, isBlank, isIsoDate, surveyDateOf } from './facts.js';

export default defineRule({
  id: 'metadata/dates',
  meta: {
    severity: 'error',
    basis: 'Art. 7(12), 7(26)(c)',
    description: 'surveyDate and drawingDate are real YYYY-MM-DD dates, the survey is not after the drawing, and neither is in the future',
    messages: {
      notADate: '{fact} "{value}" is not a real date written YYYY-MM-DD',
      surveyAfterDrawing: 'surveyDate {surveyDate} is after drawingDate {drawingDate}',
      inFuture: '{fact} {value} is in the future (today is {today} in {timeZone})',
    },
  },
  check({ submission, settings, now, surveyDateOverride, report }) {
    const manifest = submission.manifest.data;
    const file = submission.manifest.file;
    const today = dateInZone(now, settings.timeZone);
    const dates: Record<string, string> = {};
    const facts: Array<[string, unknown]> = [['surveyDate', surveyDateOf(manifest, surveyDateOverride)], ['drawingDate', factAt(manifest, 'drawingDate')]];
    for (const [fact, value] of facts) {
      if (isBlank(value)) continue; // metadata/required speaks for a missing survey date
      if (!isIsoDate(value)) {
        report({ messageId: 'notADate', file, data: { fact, value: textOf(value) } });
        continue;
      }
      dates[fact] = value;
      // ISO dates compare correctly as strings.
      if (value > today) report({ messageId: 'inFuture', file, data: { fact, value, today, timeZone: settings.timeZone } });
    }
    if (dates.surveyDate && dates.drawingDate && dates.surveyDate > dates.drawingDate) {
      report({ messageId: 'surveyAfterDrawing', file, data: { surveyDate: dates.surveyDate, drawingDate: dates.drawingDate } });
    }
  },
});
