// ua/point-accuracy: every point has numeric X and Y and its accuracies MX, MY as numbers ≥ 0 (§70, Annex 6; no threshold is given).
import { defineRule } from '../../engine/define-rule.js';

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

export default defineRule({
  id: 'ua/point-accuracy',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 6, PointInfo)',
    description: 'Every point has numeric coordinates X and Y and accuracies MX and MY that are numbers ≥ 0',
    messages: {
      missing: 'Point {uidp} has no {field}',
      notANumber: 'Point {uidp}: {field} "{value}" is not a number',
      negative: 'Point {uidp}: {field} {value} is negative; an accuracy is ≥ 0',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = { role: 'parcel' as const, file: exchange.file };
      for (const point of exchange.points) {
        const uidp = point.uidp || `#${point.index}`;
        const location = point.x && point.y && NUMBER.test(point.x) && NUMBER.test(point.y) ? ([Number(point.y.replace(',', '.')), Number(point.x.replace(',', '.'))] as [number, number]) : null;
        for (const field of ['X', 'Y', 'MX', 'MY'] as const) {
          const value = point[field.toLowerCase() as 'x' | 'y' | 'mx' | 'my'];
          if (value === null) report({ messageId: 'missing', layer, location, data: { uidp, field } });
          else if (!NUMBER.test(value)) report({ messageId: 'notANumber', layer, location, data: { uidp, field, value } });
          else if (field.startsWith('M') && Number(value.replace(',', '.')) < 0) report({ messageId: 'negative', layer, location, data: { uidp, field, value } });
        }
      }
    }
  },
});
