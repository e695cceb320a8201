// attributes/linear-length: a linear structure's length_plan is the 2D length of its line, within accuracy (Art. 7(22)(c), 8(3)(e)).
import { defineRule } from '../../engine/define-rule.js';
import { formatMetres } from '../../engine/messages.js';
import { toJsts } from '../../geom/jsts.js';
import { isEmptyGeometry } from '../geometry/empty.js';
import { declaredNumbers } from '../fields.js';
import { familyOfType } from '../layers.js';
import type { Feature, Layer } from '../../model.js';

export default defineRule({
  id: 'attributes/linear-length',
  meta: {
    severity: 'error',
    basis: 'Art. 7(22)(c), 8(3)(e)',
    description: "A linear structure's length_plan differs from the 2D length of its line by no more than accuracy (0.15 m)",
    messages: {
      lengthDiffers: 'length_plan {declared} m differs from the drawn 2D length {computed} m by {difference} m (limit {limit} m)',
      notANumber: 'length_plan "{value}" is not a number',
    },
  },
  check({ submission, settings, report }) {
    const limit = settings.tolerances.accuracy;
    const notANumber = (layer: Layer, feature: Feature, value: string): void => report({ messageId: 'notANumber', layer, feature, data: { value } });
    for (const { layer, feature, declared, text } of declaredNumbers(submission, settings, ['linear'], 'length_plan', notANumber)) {
      const geometry = feature.geometry!;
      if (familyOfType(geometry.type) !== 'line' || isEmptyGeometry(geometry)) continue;
      // Planimetric length: x and y only (jsts ignores z), in the profile CRS's metres. The sum over all parts.
      const computed = toJsts(geometry).getLength();
      const difference = Math.abs(declared - computed);
      if (difference <= limit) continue;
      report({
        messageId: 'lengthDiffers', layer, feature, measured: difference, limit, unit: 'm',
        data: { declared: text, computed: formatMetres(computed), difference: formatMetres(difference), limit: formatMetres(limit) },
      });
    }
  },
});
