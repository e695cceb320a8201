// tolerance/registered-overlap: a surveyed parcel may overlap registered data by at most 0.30 m (Art. 2(3)).
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson } from '../../geom/jsts.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { regionsOf, registeredName, registeredNeighbours, surveyedParcels, widthInMillimetres } from '../registered.js';

export default defineRule({
  id: 'tolerance/registered-overlap',
  meta: {
    severity: 'error',
    basis: 'Art. 2(3)',
    description: 'A surveyed parcel overlaps a registered parcel (other than its own source parcels) by no more than 0.30 m',
    messages: {
      overlap: 'Parcel overlaps registered parcel {cadCode} by {width} m (limit {limit} m), over {area} m²',
      tolerated: 'Parcel overlaps registered parcel {cadCode} by {width} m, within the {limit} m tolerance (tolerated), over {area} m²',
      notChecked: 'Not checked: no registered data (give it with --registered)',
      // Reported by cadcheck batch (src/batch/cross.ts): the other submission's parcel plays the registered neighbour.
      otherSubmission: 'Parcel overlaps parcel {otherParcel} of submission {submission} by {width} m (limit {limit} m), over {area} m²: both claim this land',
    },
  },
  check({ submission, settings, registered, report }) {
    if (!registered) {
      report({ messageId: 'notChecked', severity: 'info' });
      return;
    }
    const limit = settings.tolerances.registeredOverlap;
    const surveyed = surveyedParcels(submission, settings);
    const neighbours = registeredNeighbours(registered, submission, surveyed);
    const index = new BoxIndex(neighbours.map((parcel) => parcel.box));
    for (const parcel of surveyed) {
      for (const i of index.search(parcel.box)) {
        const neighbour = neighbours[i]!;
        let shared;
        try {
          // Neighbours along a common side (most of them) share no interior: one relate, no overlay.
          if (!parcel.shape.relate(neighbour.shape, 'T********')) continue;
          shared = parcel.shape.intersection(neighbour.shape);
        } catch {
          continue; // an invalid polygon on either side: geometry/valid names it
        }
        for (const { region, location } of regionsOf(shared)) {
          const width = widthInMillimetres(region);
          // Narrower than a millimetre is the same boundary drawn twice, not an overlap (RULES.md: coincident).
          if (width < settings.tolerances.coincident) continue;
          const area = Math.round(region.getArea() * 100) / 100;
          report({
            messageId: width > limit ? 'overlap' : 'tolerated',
            severity: width > limit ? 'error' : 'info',
            layer: parcel.layer, feature: parcel.feature, location, measured: width, limit, unit: 'm',
            data: { cadCode: registeredName(neighbour), width: width.toFixed(3), limit: limit.toFixed(2), area: area.toFixed(2) },
            geometry: toGeoJson(region),
          });
        }
      }
    }
  },
});
