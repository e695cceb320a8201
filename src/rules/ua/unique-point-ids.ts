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
    translations: {
      ka: {
        description: 'PointInfo-ს ყოველ წერტილს აქვს UIDP და არც ერთ ორ წერტილს არ აქვს ერთნაირი',
        messages: {
          duplicate: 'წერტილის ნომერი (UIDP) {uidp} ორჯერ არის გამოყენებული: PointInfo-ს წერტილები {first} და {second}',
          missingId: 'PointInfo-ს წერტილ {index}-ს ნომერი (UIDP) არ აქვს',
        },
        fix: 'გადანომრეთ მეორე წერტილი (და პოლიხაზები, რომლებიც მას გულისხმობდნენ).',
      },
      ru: {
        description: 'У каждой точки PointInfo есть UIDP, и никакие две точки не имеют одинакового',
        messages: {
          duplicate: 'Номер точки (UIDP) {uidp} использован дважды: точки {first} и {second} в PointInfo',
          missingId: 'У точки {index} в PointInfo нет номера (UIDP)',
        },
        fix: 'Перенумеруйте вторую точку (и полилинии, которые имели её в виду).',
      },
      uk: {
        description: 'Кожна точка PointInfo має UIDP, і жодні дві точки не мають однакового',
        messages: {
          duplicate: 'Номер точки (UIDP) {uidp} використано двічі: точки {first} і {second} у PointInfo',
          missingId: 'Точка {index} у PointInfo не має номера (UIDP)',
        },
        fix: 'Перенумеруйте другу точку (і полілінії, що мали її на увазі).',
      },
      kk: {
        description: 'PointInfo ішіндегі әр нүктенің UIDP-і бар және ешбір екі нүктенің UIDP-і бірдей емес',
        messages: {
          duplicate: 'Нүкте нөмірі (UIDP) {uidp} екі рет қолданылған: PointInfo ішіндегі {first} және {second} нүктелері',
          missingId: 'PointInfo ішіндегі {index} нүктесінің нөмірі (UIDP) жоқ',
        },
        fix: 'Екінші нүктені (және оны меңзеген көпсызықтарды) қайта нөмірлеңіз.',
      },
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
