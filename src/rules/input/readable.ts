// input/readable: every layer, photo and manifest file can be parsed; the others are still checked.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/readable',
  meta: {
    severity: 'error',
    basis: null,
    description: 'Every layer, photo and manifest file of the submission can be read',
    messages: { unreadable: '{file} cannot be read: {reason}' },
  },
  check({ submission, report }) {
    for (const problem of submission.problems) {
      if (problem.kind !== 'unreadable') continue;
      report({ messageId: 'unreadable', file: problem.file, data: { file: problem.file, reason: problem.reason } });
    }
  },
});
