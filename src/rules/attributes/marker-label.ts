// attributes/marker-label: each neighbour marker has its own label (Art. 8(2)(c)); the letters' form is attributes/allowed-values'.
import { defineRule } from '../../engine/define-rule.js';
import type { Feature, Layer } from '../../model.js';
import { fieldOf, isBlankValue, textOf } from '../fields.js';
import { layersWithRole } from '../layers.js';

export default defineRule({
  id: 'attributes/marker-label',
  meta: {
    severity: 'error',
    basis: 'Art. 8(2)(c)',
    description: 'Neighbour-marker labels are unique',
    messages: { duplicate: 'Marker label "{label}" is used twice (first by feature {firstIndex} of {firstFile})' },
  },
  check({ submission, settings, report }) {
    const firstByLabel = new Map<string, { layer: Layer; feature: Feature }>();
    for (const layer of layersWithRole(submission, 'markers')) {
      const name = fieldOf(layer, settings, 'label');
      if (name === null) continue;
      for (const feature of layer.features) {
        const value = feature.properties[name];
        if (isBlankValue(value)) continue;
        const label = textOf(value);
        // "a" and "A" name the same marker on paper.
        const first = firstByLabel.get(label.toUpperCase());
        if (first) report({ messageId: 'duplicate', layer, feature, data: { label, firstIndex: first.feature.index, firstFile: first.layer.file } });
        else firstByLabel.set(label.toUpperCase(), { layer, feature });
      }
    }
  },
});
