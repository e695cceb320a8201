// input/config-ignored: a cadcheck.config.json inside a submission is never applied, and the report says it was there.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/config-ignored',
  meta: {
    severity: 'warning',
    basis: null,
    description: 'A cadcheck.config.json inside the submission is never applied',
    messages: {
      ignored: '{file}: a configuration inside the submission is never applied; rules and tolerances come from the registry (--config, or a cadcheck.config.json above the submission)',
    },
  },
  check({ submission, report }) {
    for (const problem of submission.problems) {
      if (problem.kind === 'ignored-config') report({ messageId: 'ignored', file: problem.file, data: { file: problem.file } });
    }
  },
});
