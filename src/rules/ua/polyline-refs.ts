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
    translations: {
      ka: {
        description: 'ყოველ პოლიხაზს აქვს უნიკალური ULID და მინიმუმ 2 წერტილი PointInfo-დან; საზღვრის ყოველი ხაზი მიუთითებს არსებულ პოლიხაზზე; ყოველი დამაგრებული წერტილი არის PointInfo-ში',
        messages: {
          unknownPoint: 'პოლიხაზი {ulid} მიუთითებს წერტილ {uidp}-ზე, რომელიც PointInfo-ში არ არის',
          unknownPolyline: '{boundary}-ის საზღვარი მიუთითებს პოლიხაზ {ulid}-ზე, რომელიც MetricInfo/Polyline-ში არ არის',
          duplicatePolyline: 'პოლიხაზის ნომერი (ULID) {ulid} ორჯერ არის გამოყენებული: პოლიხაზები {first} და {second}',
          tooShort: 'პოლიხაზ {ulid}-ს აქვს {count} წერტილი; პოლიხაზს სულ მცირე 2 სჭირდება',
          unknownControlPoint: 'ControlPoint ასახელებს წერტილს {uidp}, რომელიც PointInfo-ში არ არის',
        },
        fix: 'დაამატეთ გამოტოვებული წერტილი ან პოლიხაზი, ან გაასწორეთ ნომერი, რომელიც მას ასახელებს.',
      },
      ru: {
        description: 'Каждая полилиния имеет уникальный ULID и не менее 2 точек из PointInfo; каждая линия границы ссылается на существующую полилинию; каждая закреплённая точка есть в PointInfo',
        messages: {
          unknownPoint: 'Полилиния {ulid} ссылается на точку {uidp}, которой нет в PointInfo',
          unknownPolyline: 'Граница {boundary} ссылается на полилинию {ulid}, которой нет в MetricInfo/Polyline',
          duplicatePolyline: 'Номер полилинии (ULID) {ulid} использован дважды: полилинии {first} и {second}',
          tooShort: 'В полилинии {ulid} точек: {count}; полилинии нужно не менее 2',
          unknownControlPoint: 'ControlPoint называет точку {uidp}, которой нет в PointInfo',
        },
        fix: 'Добавьте недостающую точку или полилинию или исправьте номер, который на неё ссылается.',
      },
      uk: {
        description: 'Кожна полілінія має унікальний ULID і щонайменше 2 точки з PointInfo; кожна лінія межі посилається на наявну полілінію; кожна закріплена точка є в PointInfo',
        messages: {
          unknownPoint: 'Полілінія {ulid} посилається на точку {uidp}, якої немає в PointInfo',
          unknownPolyline: 'Межа {boundary} посилається на полілінію {ulid}, якої немає в MetricInfo/Polyline',
          duplicatePolyline: 'Номер полілінії (ULID) {ulid} використано двічі: полілінії {first} і {second}',
          tooShort: 'Полілінія {ulid} має точок: {count}; полілінії потрібно щонайменше 2',
          unknownControlPoint: 'ControlPoint називає точку {uidp}, якої немає в PointInfo',
        },
        fix: 'Додайте відсутню точку чи полілінію або виправте номер, що на неї посилається.',
      },
      kk: {
        description: 'Әр полисызықтың бірегей ULID-і және PointInfo-дан кемінде 2 нүктесі бар; шекараның әр сызығы бар полисызыққа сілтейді; әр бекітілген нүкте PointInfo-да бар',
        messages: {
          unknownPoint: '{ulid} көпсызығы PointInfo ішінде жоқ {uidp} нүктесіне сілтейді',
          unknownPolyline: '{boundary} шекарасы MetricInfo/Polyline ішінде жоқ {ulid} көпсызығына сілтейді',
          duplicatePolyline: 'Көпсызық нөмірі (ULID) {ulid} екі рет қолданылған: {first} және {second} көпсызықтары',
          tooShort: '{ulid} көпсызығында {count} нүкте бар; көпсызыққа кемінде 2 қажет',
          unknownControlPoint: 'ControlPoint PointInfo-да жоқ {uidp} нүктесін атайды',
        },
        fix: 'Жетіспейтін нүктені не көпсызықты қосыңыз немесе оны атайтын нөмірді түзетіңіз.',
      },
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
