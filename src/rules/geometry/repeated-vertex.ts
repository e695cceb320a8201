// geometry/repeated-vertex: consecutive vertices closer than 1 mm are drafting debris.
import { defineRule } from '../../engine/define-rule.js';
import { ROLES } from '../../model.js';
import { pathsOf } from '../../geom/paths.js';
import { measurableFeatures } from '../layers.js';

export default defineRule({
  id: 'geometry/repeated-vertex',
  meta: {
    severity: 'warning',
    basis: null,
    measures: ROLES,
    description: 'No two consecutive vertices closer than {coincident} m',
    messages: { repeated: 'Two consecutive vertices {distance} m apart (coincident below {limit} m): remove one' },
    translations: {
      ka: {
        description: 'არ არის ორი მეზობელი წვერო {coincident} მ-ზე ახლოს',
        messages: { repeated: 'ორი მეზობელი წვერო ერთმანეთისგან {distance} მ-ითაა დაშორებული (ემთხვევა {limit} მ-ზე ნაკლებისას): წაშალეთ ერთი' },
        fix: 'წაშალეთ გამეორებული წვერო (QGIS-ში: „Remove duplicate vertices“).',
      },
      ru: {
        description: 'Нет двух соседних вершин ближе {coincident} м',
        messages: { repeated: 'Две соседние вершины на расстоянии {distance} м (совпадают при менее {limit} м): удалите одну' },
        fix: 'Удалите повторную вершину (в QGIS: «Remove duplicate vertices»).',
      },
      uk: {
        description: 'Немає двох сусідніх вершин, ближчих за {coincident} м',
        messages: { repeated: 'Дві сусідні вершини на відстані {distance} м (збігаються при менше ніж {limit} м): видаліть одну' },
        fix: 'Видаліть повторну вершину (у QGIS: «Remove duplicate vertices»).',
      },
      kk: {
        description: '{coincident} м-ден жақын тұрған екі көршілес төбе жоқ',
        messages: { repeated: 'Екі көршілес төбенің арақашықтығы {distance} м ({limit} м-ден кем болса, сәйкес келеді): біреуін жойыңыз' },
        fix: 'Қайталанған төбені жойыңыз (QGIS-те: «Remove duplicate vertices»).',
      },
    },
    options: {
      coincident: { description: 'Two consecutive vertices closer than this are the same point', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const limit = options.coincident;
    for (const { layer, feature } of measurableFeatures(submission)) {
      for (const path of pathsOf(feature.geometry!)) {
        const index = path.findIndex((p, i) => i > 0 && Math.hypot(p[0] - path[i - 1]![0], p[1] - path[i - 1]![1]) < limit);
        if (index < 0) continue;
        const [a, b] = [path[index - 1]!, path[index]!];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
        report({ messageId: 'repeated', layer, feature, location: [b[0], b[1]], measured: distance, limit, unit: 'm', data: { distance: String(Math.round(distance * 1e6) / 1e6), limit } });
        break; // one finding per feature: the fix (remove duplicates) is the same for all of them
      }
    }
  },
});
