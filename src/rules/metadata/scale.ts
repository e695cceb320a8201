// metadata/scale: the drawing's scale is one the law allows (Art. 7(2); Art. 2(7) for objects of individual ownership).
import { defineRule } from '../../engine/define-rule.js';
import { factAt } from './facts.js';

/** Art. 7(2): 1:500, 1:1000, 1:2000 or a larger multiple of a thousand. */
function isRegularScale(denominator: number): boolean {
  return denominator === 500 || (denominator >= 1000 && denominator % 1000 === 0);
}

export default defineRule({
  id: 'metadata/scale',
  meta: {
    severity: 'error',
    basis: 'Art. 7(2), 2(7)',
    description: 'The scale is 1:500, 1:1000, 1:2000 or a larger multiple of 1000; for an object of individual ownership, 1:100 to 1:500',
    messages: {
      notAllowed: 'Scale 1:{scale} is not allowed: use 1:500, 1:1000, 1:2000 or a larger multiple of 1000',
      notAllowedIndividual: 'Scale 1:{scale} is not allowed for an object of individual ownership: use 1:100 to 1:500',
    },
  },
  check({ submission, report }) {
    const manifest = submission.manifest.data;
    const scale = factAt(manifest, 'scale');
    // A missing scale is metadata/required's; a scale that is not a whole number is metadata/manifest's.
    if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 1) return;
    const file = submission.manifest.file;
    if (factAt(manifest, 'kind') === 'individual-ownership') {
      if (scale < 100 || scale > 500) report({ messageId: 'notAllowedIndividual', file, data: { scale } });
    } else if (!isRegularScale(scale)) {
      report({ messageId: 'notAllowed', file, data: { scale } });
    }
  },
});
