// input/too-complex: a check that overran its time or heap budget (limits.maxCheckSeconds, limits.maxHeapMb) was
// stopped, and says where. The finding is made by the main thread when it stops the check thread (src/worker/too-complex.ts):
// a rule cannot report that it is itself too slow. Always an error: a check that did not finish cannot pass.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/too-complex',
  meta: {
    severity: 'error',
    basis: null,
    description: 'The check of a submission finishes within its time and memory budget',
    messages: {
      time: 'Check stopped at {stage} after {seconds} s: over the time budget of {limit} s (limits.maxCheckSeconds in cadcheck.config.json); what comes after it was not checked',
      memory: 'Check stopped at {stage}: it needed more memory than the budget of {limit} MiB (limits.maxHeapMb in cadcheck.config.json); what comes after it was not checked',
    },
  },
  check() {
    // Reported by the main thread (src/worker/too-complex.ts), never from inside the check it stops.
  },
});
