// ua/area-matches-geometry: the area a parcel (or land plot) declares, in its own unit, is the drawn polygon's planar
// area, within the file's stated error or, where it states none, within the rounding of the number as written.
import { defineRule } from '../../engine/define-rule.js';
import { toJsts } from '../../geom/jsts.js';
import { findInvalidity } from '../../geom/validity.js';

/** Square metres in one unit of the exchange format's Area/MeasurementUnit (the schema's list). */
const SQUARE_METRES: Record<string, number> = { 'га': 10_000, 'кв.м': 1 };

/** Half of the last digit written: a size of 0.1000 га says the area to ±0.5 m², no closer. */
function roundingOf(size: string, squareMetres: number): number {
  const decimals = /\.(\d+)$/.exec(size.trim())?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals * squareMetres;
}

export default defineRule({
  id: 'ua/area-matches-geometry',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 11, Boundary)',
    description: "A parcel's declared area (Area/Size in its MeasurementUnit) is its drawn polygon's planar area, within the file's Error or the rounding of the number written",
    messages: {
      areaDiffers: 'The {boundary} declares {size} {unit} ({declared} m²), but its drawn polygon has {computed} m²: {difference} m² apart (limit {limit} m²)',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === exchange.file);
      // Coordinates that are not placed give no area worth comparing: input/* and ua/crs-declared speak for them.
      if (!layer?.measurable) continue;
      // A point number used twice leaves the drawn polygon a guess: ua/unique-point-ids speaks, no area is compared.
      if (new Set(exchange.points.map((point) => point.uidp)).size !== exchange.points.length) continue;
      for (const boundary of exchange.boundaries) {
        const feature = boundary.featureIndex === null ? undefined : layer.features[boundary.featureIndex];
        const geometry = feature?.geometry;
        // A boundary that could not be assembled, or an invalid polygon, has no area: the other ua/* rules and geometry/valid speak.
        if (!feature || !geometry || findInvalidity(geometry)) continue;
        const computed = toJsts(geometry).getArea();
        for (const { unit, size } of boundary.declaredAreas ?? []) {
          const squareMetres = unit === null ? undefined : SQUARE_METRES[unit];
          const declaredSize = Number(size);
          // An unknown unit or a size that is no number is the schema's finding (ua/schema), not an area to compare.
          if (squareMetres === undefined || size === null || !Number.isFinite(declaredSize)) continue;
          const declared = declaredSize * squareMetres;
          // The stated Error is taken in the unit of the Area it stands beside (the format does not say otherwise).
          const stated = Number(boundary.areaError ?? Number.NaN) * squareMetres;
          const limit = Math.max(roundingOf(size, squareMetres), Number.isFinite(stated) ? Math.abs(stated) : 0);
          const difference = Math.abs(declared - computed);
          if (difference <= limit) continue;
          report({
            messageId: 'areaDiffers', layer, feature, measured: difference, limit, unit: 'm²',
            data: { boundary: boundary.label, size, unit: unit!, declared: declared.toFixed(2), computed: computed.toFixed(2), difference: difference.toFixed(2), limit: String(Math.round(limit * 100) / 100) },
          });
        }
      }
    }
  },
});
