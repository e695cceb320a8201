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
    translations: {
      ka: {
        description: 'გარდატეხის წერტილების ყოველი კონტური ჩაკეტილია (ბოლო წერტილი იმეორებს პირველის ნომერს ან კოორდინატებს) და აქვს სულ მცირე 3 განსხვავებული წერტილი',
        messages: {
          notClosed: 'კონტური {contour} ჩაკეტილი არ არის: მთავრდება წერტილით {last}, პირველი წერტილიდან {first} {distance} მ-ზე; ბოლოს გაიმეორეთ წერტილი {first}',
          tooFew: 'კონტურ {contour}-ს აქვს {count} განსხვავებული წერტილი; ნაკვეთის საზღვარს სულ მცირე 3 სჭირდება',
        },
        fix: 'კონტურის ბოლოს გაიმეორეთ პირველი წერტილი.',
      },
      ru: {
        description: 'Каждый контур поворотных точек замкнут (последняя точка повторяет номер или координаты первой) и содержит не менее 3 различных точек',
        messages: {
          notClosed: 'Контур {contour} не замкнут: он заканчивается точкой {last}, в {distance} м от первой точки {first}; повторите точку {first} в конце',
          tooFew: 'В контуре {contour} различных точек: {count}; граница участка требует не менее 3',
        },
        fix: 'Повторите первую точку в конце контура.',
      },
      uk: {
        description: 'Кожен контур точок повороту замкнений (остання точка повторює номер або координати першої) і має щонайменше 3 різні точки',
        messages: {
          notClosed: 'Контур {contour} не замкнений: він закінчується точкою {last}, за {distance} м від першої точки {first}; повторіть точку {first} наприкінці',
          tooFew: 'У контурі {contour} різних точок: {count}; межа ділянки потребує щонайменше 3',
        },
        fix: 'Повторіть першу точку в кінці контуру.',
      },
      kk: {
        description: 'Бұрылыс нүктелерінің әр контуры тұйықталған (соңғы нүкте біріншінің нөмірін немесе координаттарын қайталайды) және кемінде 3 түрлі нүктеден тұрады',
        messages: {
          notClosed: '{contour} контуры тұйықталмаған: ол {last} нүктесімен, бірінші {first} нүктесінен {distance} м жерде аяқталады; соңында {first} нүктесін қайталаңыз',
          tooFew: '{contour} контурында {count} түрлі нүкте бар; учаске шекарасына кемінде 3 қажет',
        },
        fix: 'Контурдың соңында бірінші нүктені қайталаңыз.',
      },
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
