// attributes/complete: no required field is null or blank in any record (Art. 8(4)(f)).
import { defineRule } from '../../engine/define-rule.js';
import { fieldOf, isBlankValue, REQUIRED_FIELDS } from '../fields.js';

export default defineRule({
  id: 'attributes/complete',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(f)',
    description: 'No required field is null or blank in any record',
    messages: { blank: '"{field}" is blank' },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role === null) continue;
      for (const field of REQUIRED_FIELDS[layer.role] ?? []) {
        const name = fieldOf(layer, settings, field);
        if (name === null) continue; // attributes/required speaks for a missing field
        for (const feature of layer.features) {
          if (isBlankValue(feature.properties[name])) report({ messageId: 'blank', layer, feature, data: { field } });
        }
      }
    }
  },
});
