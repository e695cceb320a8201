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
    translations: {
      ka: {
        description: 'ყოველ წერტილს აქვს რიცხვითი კოორდინატები X და Y და სიზუსტეები MX და MY, რომლებიც ≥ 0 რიცხვებია',
        messages: {
          missing: 'წერტილ {uidp}-ს არ აქვს {field}',
          notANumber: 'წერტილი {uidp}: {field} „{value}“ რიცხვი არ არის',
          negative: 'წერტილი {uidp}: {field} {value} უარყოფითია; სიზუსტე ≥ 0',
        },
        fix: 'სიზუსტეები ჩაწერეთ მეტრებში (მაგ. 0.05).',
      },
      ru: {
        description: 'У каждой точки есть числовые координаты X и Y и точности MX и MY — числа ≥ 0',
        messages: {
          missing: 'У точки {uidp} нет {field}',
          notANumber: 'Точка {uidp}: {field} «{value}» — не число',
          negative: 'Точка {uidp}: {field} {value} отрицательно; точность ≥ 0',
        },
        fix: 'Запишите точности в метрах (например, 0.05).',
      },
      uk: {
        description: 'Кожна точка має числові координати X і Y та точності MX і MY — числа ≥ 0',
        messages: {
          missing: 'Точка {uidp} не має {field}',
          notANumber: 'Точка {uidp}: {field} «{value}» — не число',
          negative: 'Точка {uidp}: {field} {value} від’ємне; точність ≥ 0',
        },
        fix: 'Запишіть точності в метрах (наприклад, 0.05).',
      },
      kk: {
        description: 'Әр нүктенің X және Y сандық координаттары және ≥ 0 сан болып табылатын MX және MY дәлдіктері бар',
        messages: {
          missing: '{uidp} нүктесінде {field} жоқ',
          notANumber: '{uidp} нүктесі: {field} «{value}» — сан емес',
          negative: '{uidp} нүктесі: {field} {value} теріс; дәлдік ≥ 0',
        },
        fix: 'Дәлдіктерді метрмен жазыңыз (мысалы, 0.05).',
      },
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
