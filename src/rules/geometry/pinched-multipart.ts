// geometry/pinched-multipart: one record whose parts touch at a point must be two records or one shape (Art. 8(4)(b)).
import { defineRule } from '../../engine/define-rule.js';
import { ROLES } from '../../model.js';
import { toJsts } from '../../geom/jsts.js';
import { measurableFeatures } from '../layers.js';

// DE-9IM: interiors apart, interior/boundary apart, boundaries meeting in points only.
const TOUCH_AT_POINTS = 'FF*F0****';

export default defineRule({
  id: 'geometry/pinched-multipart',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(b)',
    measures: ROLES,
    description: 'No record whose parts touch at a single point',
    messages: { pinched: 'Parts {first} and {second} of this record touch at a single point: store them as separate records or as one shape' },
    translations: {
      ka: {
        description: 'არ არის ჩანაწერი, რომლის ნაწილები ერთ წერტილში ეხება ერთმანეთს',
        messages: { pinched: 'ამ ჩანაწერის ნაწილები {first} და {second} ერთ წერტილში ეხება ერთმანეთს: შეინახეთ ცალკე ჩანაწერებად ან ერთ ფიგურად' },
        fix: 'გაყავით ჩანაწერი ორ ჩანაწერად, ან ობიექტი ხელახლა დახაზეთ ერთ ფიგურად.',
      },
      ru: {
        description: 'Нет записей, части которых касаются в одной точке',
        messages: { pinched: 'Части {first} и {second} этой записи касаются в одной точке: сохраните их отдельными записями или одной фигурой' },
        fix: 'Разделите запись на две или перерисуйте объект одной фигурой.',
      },
      uk: {
        description: 'Немає записів, частини яких торкаються в одній точці',
        messages: { pinched: 'Частини {first} і {second} цього запису торкаються в одній точці: збережіть їх окремими записами або однією фігурою' },
        fix: 'Розділіть запис на два або перекресліть об’єкт однією фігурою.',
      },
      kk: {
        description: 'Бөліктері бір нүктеде ғана түйісетін жазба жоқ',
        messages: { pinched: 'Осы жазбаның {first} және {second} бөліктері бір нүктеде түйіседі: оларды бөлек жазбалар немесе бір пішін ретінде сақтаңыз' },
        fix: 'Жазбаны екі жазбаға бөліңіз немесе нысанды бір пішінмен қайта сызыңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const { layer, feature } of measurableFeatures(submission)) {
      const geometry = feature.geometry!;
      if (geometry.type !== 'MultiPolygon' || geometry.coordinates.length < 2) continue;
      let parts;
      try {
        parts = geometry.coordinates.map((coordinates) => toJsts({ type: 'Polygon', coordinates }));
      } catch {
        continue; // a part jsts cannot build (an empty polygon []): not a pinch, geometry/valid and geometry/empty judge it
      }
      search: for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) {
          let touches: boolean;
          try {
            touches = parts[i]!.relate(parts[j]!, TOUCH_AT_POINTS);
          } catch {
            continue; // an invalid part: geometry/valid reports it
          }
          if (!touches) continue;
          const point = parts[i]!.intersection(parts[j]!).getCoordinate();
          report({ messageId: 'pinched', layer, feature, location: point ? [point.x, point.y] : null, data: { first: i + 1, second: j + 1 } });
          break search;
        }
      }
    }
  },
});
