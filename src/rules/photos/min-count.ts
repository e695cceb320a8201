// photos/min-count: at least three JPEG photos are attached (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { jpegPhotosOf } from './evidence.js';

/** Art. 5: "the performer must take at least 3 photographs". */
const MIN_PHOTOS = 3;

export default defineRule({
  id: 'photos/min-count',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'At least 3 JPEG photos (boundary corners and a general view) are attached',
    messages: {
      tooFew: '{count} JPEG photo(s) attached; Art. 5 asks for at least {min} (boundary corners and a general view)',
    },
  },
  check({ submission, report }) {
    const count = jpegPhotosOf(submission).length;
    if (count < MIN_PHOTOS) report({ messageId: 'tooFew', data: { count, min: MIN_PHOTOS }, measured: count, limit: MIN_PHOTOS, unit: 'photos' });
  },
});
