// topology/parcel-overlap: parcels of one submission must not overlap (Art. 8(4)(a)); within 0.15 m it is a warning (Art. 2(2)).
import { defineRule } from '../../engine/define-rule.js';
import { interiorsDisjoint, ringsOf } from '../../geom/coverage.js';
import { toGeoJson } from '../../geom/jsts.js';
import { overlapRegions } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { featureName, polygonShapes } from '../shapes.js';

export default defineRule({
  id: 'topology/parcel-overlap',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(a), 2(2)',
    description: 'Parcels of the submission do not overlap: wider than the 0.15 m accuracy is an error, narrower a warning',
    messages: {
      overlap: 'Parcel {parcel} overlaps parcel {other} by {width} m (limit {limit} m)',
      withinAccuracy: 'Parcel {parcel} overlaps parcel {other} by {width} m, within the {limit} m accuracy: snap the common boundary',
    },
  },
  check({ submission, settings, report }) {
    const { accuracy: limit, coincident } = settings.tolerances;
    const parcels = polygonShapes(submission, 'parcel');
    const boxes = parcels.map((parcel) => parcel.box);
    const rings = parcels.map((parcel) => ringsOf(parcel.feature.geometry!));
    new BoxIndex(boxes).eachPair(boxes, 0, (i, j) => {
      // Neighbours along identical shared edges (most pairs of a clean coverage) are proven apart without an overlay.
      if (interiorsDisjoint(rings[i]!, rings[j]!)) return;
      const [first, second] = [parcels[i]!, parcels[j]!];
      // Narrower than a millimetre is one boundary drawn twice with rounding noise, not an overlap.
      for (const { region, width, location } of overlapRegions(first.shape, second.shape, coincident)) {
        const isError = width > limit;
        report({
          messageId: isError ? 'overlap' : 'withinAccuracy', severity: isError ? 'error' : 'warning',
          layer: second.layer, feature: second.feature, location, measured: width, limit, unit: 'm',
          data: { parcel: featureName(second.feature), other: featureName(first.feature), width: width.toFixed(3), limit: limit.toFixed(2) },
          geometry: toGeoJson(region),
        });
      }
    });
  },
});
