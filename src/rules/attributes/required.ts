// attributes/required: every layer's table has the fields Art. 8(3) requires, under their name or an alias.
import { defineRule } from '../../engine/define-rule.js';
import { acceptedNames, fieldOf, REQUIRED_FIELDS } from '../fields.js';

export default defineRule({
  id: 'attributes/required',
  meta: {
    severity: 'error',
    basis: 'Art. 8(3)',
    description: 'Each layer has the fields the law requires: parcel area, purpose, method; building number, storeys, condition; obligation type; linear type, length_plan',
    messages: { missingField: 'The {role} table has no "{field}" field (names accepted: {names})' },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role === null) continue;
      for (const field of REQUIRED_FIELDS[layer.role] ?? []) {
        if (fieldOf(layer, settings, field) !== null) continue;
        report({ messageId: 'missingField', layer, data: { role: layer.role, field, names: acceptedNames(settings, layer.role, field).join(', ') } });
      }
    }
  },
});
