// photos/duplicate: no two photo files with the same content (SHA-256) — a photo reused as another (Annex 2 Art. 2(1)(a)).
import { defineRule } from '../../engine/define-rule.js';
import { sameContentGroups } from './evidence.js';

export default defineRule({
  id: 'photos/duplicate',
  meta: {
    severity: 'warning',
    basis: 'Annex 2 Art. 2(1)(a)',
    description: 'No two photo files of a submission have the same content (SHA-256)',
    messages: {
      sameContent: '{file} is the same image as {original} (SHA-256 {sha256}): each photo must show its own view of the site',
      // Reported by cadcheck batch (src/batch/cross.ts) across submissions.
      otherSubmission: '{file} is the same image as {original} of submission {submission} (SHA-256 {sha256}): a photo reused from another job',
    },
  },
  check({ submission, report }) {
    for (const [original, ...copies] of sameContentGroups(submission.photos)) {
      for (const copy of copies) {
        report({ messageId: 'sameContent', file: copy.file, data: { file: copy.file, original: original!.file, sha256: copy.sha256!.slice(0, 12) } });
      }
    }
  },
});
