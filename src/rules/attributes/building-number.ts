// attributes/building-number: buildings are numbered 01…09, 10…, 100… and no number is used twice (Art. 7(20)(a), 8(3)(b.a)).
import { defineRule } from '../../engine/define-rule.js';
import type { Feature, Layer } from '../../model.js';
import { fieldOf, isBlankValue, textOf } from '../fields.js';
import { layersWithRole } from '../layers.js';

// Reading (i) of Art. 7(20)(a), backed by Art. 8(3)(b.a)'s "01, 02, … 110": two digits at least, no other leading zero.
const NUMBER_PATTERN = /^(0[1-9]|[1-9][0-9]+)$/;

export default defineRule({
  id: 'attributes/building-number',
  meta: {
    severity: 'error',
    basis: 'Art. 7(20)(a), 8(3)(b.a)',
    description: 'Building numbers are written 01…09, 10…, 100… and are unique in the submission',
    messages: {
      badPattern: 'Building number "{number}" is not written 01…09, 10…, 100…',
      duplicate: 'Building number "{number}" is used twice (first by feature {firstIndex} of {firstFile})',
    },
  },
  check({ submission, settings, report }) {
    const firstByNumber = new Map<string, { layer: Layer; feature: Feature }>();
    for (const layer of layersWithRole(submission, 'building')) {
      const name = fieldOf(layer, settings, 'number');
      if (name === null) continue;
      for (const feature of layer.features) {
        const value = feature.properties[name];
        if (isBlankValue(value)) continue;
        // A numeric .dbf field cannot hold "01": the number 1 is reported as "1".
        const number = textOf(value);
        if (!NUMBER_PATTERN.test(number)) report({ messageId: 'badPattern', layer, feature, data: { number } });
        const first = firstByNumber.get(number);
        if (first) report({ messageId: 'duplicate', layer, feature, data: { number, firstIndex: first.feature.index, firstFile: first.layer.file } });
        else firstByNumber.set(number, { layer, feature });
      }
    }
  },
});
