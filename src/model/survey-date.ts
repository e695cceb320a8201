// The survey date a report states: --survey-date when given, else the manifest's own (a text as written), else none.
import type { Submission } from '../model.js';

export function reportedSurveyDate(submission: Pick<Submission, 'manifest'>, override: string | null): string | null {
  const written = submission.manifest.data?.surveyDate;
  return override ?? (typeof written === 'string' ? written : null);
}
