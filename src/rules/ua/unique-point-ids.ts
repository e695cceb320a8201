// ua/unique-point-ids: every point of PointInfo has a UIDP, and no two share one (§70, Annex 6: "унікального номера").
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'ua/unique-point-ids',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 6, PointInfo)',
    description: 'Every point of PointInfo has a UIDP and no two points share one',
    messages: {
      duplicate: 'Point number (UIDP) {uidp} is used twice: points {first} and {second} of PointInfo',
      missingId: 'Point {index} of PointInfo has no number (UIDP)',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = { role: 'parcel' as const, file: exchange.file };
      const seen = new Map<string, number>();
      for (const point of exchange.points) {
        const location = Number.isFinite(Number(point.x)) && Number.isFinite(Number(point.y)) && point.x && point.y ? ([Number(point.y), Number(point.x)] as [number, number]) : null;
        if (point.uidp === '') {
          report({ messageId: 'missingId', layer, location, data: { index: point.index } });
          continue;
        }
        const first = seen.get(point.uidp);
        if (first !== undefined) report({ messageId: 'duplicate', layer, location, data: { uidp: point.uidp, first, second: point.index } });
        else seen.set(point.uidp, point.index);
      }
    }
  },
});
