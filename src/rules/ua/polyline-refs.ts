// ua/polyline-refs: polylines name existing points and boundaries name existing polylines, by unique numbers (§70, Annex 11).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'ua/polyline-refs',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 11, Boundary)',
    description: 'Every polyline has a unique ULID and at least 2 points that exist in PointInfo; every boundary line names an existing polyline; every control point exists in PointInfo',
    messages: {
      unknownPoint: 'Polyline {ulid} refers to point {uidp}, which is not in PointInfo',
      unknownPolyline: 'The boundary of {boundary} refers to polyline {ulid}, which is not in MetricInfo/Polyline',
      duplicatePolyline: 'Polyline number (ULID) {ulid} is used twice: polylines {first} and {second}',
      tooShort: 'Polyline {ulid} has {count} point(s); a polyline needs at least 2',
      unknownControlPoint: 'ControlPoint names point {uidp}, which is not in PointInfo',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = { role: 'parcel' as const, file: exchange.file };
      const points = new Set(exchange.points.map((point) => point.uidp));
      const seen = new Map<string, number>();
      for (const line of exchange.polylines) {
        const first = seen.get(line.ulid);
        if (first !== undefined) report({ messageId: 'duplicatePolyline', layer, data: { ulid: line.ulid, first, second: line.index } });
        else seen.set(line.ulid, line.index);
        if (line.points.length < 2) report({ messageId: 'tooShort', layer, data: { ulid: line.ulid, count: line.points.length } });
        for (const uidp of new Set(line.points)) if (!points.has(uidp)) report({ messageId: 'unknownPoint', layer, data: { ulid: line.ulid, uidp } });
      }
      // The fixed boundary points (MetricInfo/ControlPoint) are points of PointInfo too.
      for (const uidp of new Set(exchange.controlPoints ?? [])) if (!points.has(uidp)) report({ messageId: 'unknownControlPoint', layer, data: { uidp } });
      for (const boundary of exchange.boundaries) {
        for (const ulid of new Set(boundary.lines)) if (!seen.has(ulid)) report({ messageId: 'unknownPolyline', layer, data: { boundary: boundary.label, ulid } });
      }
    }
  },
});
