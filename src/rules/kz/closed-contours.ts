// kz/closed-contours: each contour of turning points ends where it starts and has at least 3 distinct points.
import { defineRule } from '../../engine/define-rule.js';
import { formatMetres } from '../../engine/messages.js';
import { isClosed } from '../../geom/kz-contour.js';

export default defineRule({
  id: 'kz/closed-contours',
  meta: {
    severity: 'error',
    basis: 'Items 10.2–10.3',
    description: 'Each contour of turning points closes (its last point repeats the first point\'s number or coordinates) and has at least 3 distinct points',
    messages: {
      notClosed: 'Contour {contour} is not closed: it ends at point {last}, {distance} m from its first point {first}; repeat point {first} at the end',
      tooFew: 'Contour {contour} has {count} distinct point(s); a parcel boundary needs at least 3',
    },
  },
  check({ submission, report }) {
    for (const file of submission.kzPoints ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === file.file)!;
      for (const contour of file.contours) {
        const feature = layer.features[contour.featureIndex] ?? null;
        const first = contour.points[0]!;
        const last = contour.points[contour.points.length - 1]!;
        const distinct = new Set(contour.points.map((point) => `${point.x} ${point.y}`)).size;
        if (distinct < 3) {
          report({ messageId: 'tooFew', layer, feature, location: [first.y, first.x], data: { contour: contour.name, count: distinct } });
          continue;
        }
        if (!isClosed(contour)) {
          const distance = Math.hypot(last.x - first.x, last.y - first.y);
          report({ messageId: 'notClosed', layer, feature, location: [last.y, last.x], measured: distance, unit: 'm', data: { contour: contour.name, last: last.number, first: first.number, distance: formatMetres(distance) } });
        }
      }
    }
  },
});
