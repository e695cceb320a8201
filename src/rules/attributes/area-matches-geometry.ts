// attributes/area-matches-geometry: a parcel's declared area is its polygon's planar area, within areaTolerance (Art. 8(3)(a.a)).
import { defineRule } from '../../engine/define-rule.js';
import { toJsts } from '../../geom/jsts.js';
import { findInvalidity } from '../../geom/validity.js';
import { isEmptyGeometry } from '../geometry/empty.js';
import { declaredNumbers } from '../fields.js';
import { familyOfType } from '../layers.js';
import type { Feature, Layer } from '../../model.js';

const squareMetres = (value: number): string => value.toFixed(2);

export default defineRule({
  id: 'attributes/area-matches-geometry',
  meta: {
    severity: 'error',
    basis: 'Art. 8(3)(a.a)',
    description: "A parcel's declared area differs from its polygon's planar area by no more than areaTolerance (default 1 m²)",
    messages: {
      areaDiffers: 'Declared area {declared} m² differs from the drawn area {computed} m² by {difference} m² (limit {limit} m²)',
      notANumber: 'Declared area "{value}" is not a number',
    },
  },
  check({ submission, settings, report }) {
    const limit = settings.tolerances.areaTolerance;
    const notANumber = (layer: Layer, feature: Feature, value: string): void => report({ messageId: 'notANumber', layer, feature, data: { value } });
    for (const { layer, feature, declared, text } of declaredNumbers(submission, settings, ['parcel'], 'area', notANumber)) {
      const geometry = feature.geometry!;
      // An invalid or non-polygon shape has no meaningful area: geometry/valid and input/geometry-type speak for it.
      if (familyOfType(geometry.type) !== 'polygon' || isEmptyGeometry(geometry) || findInvalidity(geometry)) continue;
      // Planar area in the profile CRS (metres), never a geodesic one (RULES.md: never measure in degrees).
      const computed = toJsts(geometry).getArea();
      const difference = Math.abs(declared - computed);
      if (difference <= limit) continue;
      report({
        messageId: 'areaDiffers', layer, feature, measured: difference, limit, unit: 'm²',
        data: { declared: text, computed: squareMetres(computed), difference: squareMetres(difference), limit },
      });
    }
  },
});
