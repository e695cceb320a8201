// geometry/empty: every record has a geometry (Art. 8(4)(b): no record without a graphic element).
import { defineRule } from '../../engine/define-rule.js';
import type { Geometry } from '../../model.js';

export function isEmptyGeometry(geometry: Geometry | null): boolean {
  if (!geometry) return true;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isEmptyGeometry);
  const coordinates = geometry.coordinates as unknown[];
  return !Array.isArray(coordinates) || coordinates.length === 0 || (Array.isArray(coordinates[0]) && (coordinates as unknown[][]).every((part) => part.length === 0));
}

export default defineRule({
  id: 'geometry/empty',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(b)',
    description: 'Every record has a non-empty geometry',
    messages: { noGeometry: 'Record without geometry: every record must have its drawn object', emptyGeometry: 'Record with an empty {type} geometry' },
    translations: {
      ka: {
        description: 'ყოველ ჩანაწერს აქვს არაცარიელი გეომეტრია',
        messages: {
          noGeometry: 'ჩანაწერი გეომეტრიის გარეშე: ყოველ ჩანაწერს უნდა ჰქონდეს დახაზული ობიექტი',
          emptyGeometry: 'ჩანაწერი ცარიელი {type} გეომეტრიით',
        },
        fix: 'დახაზეთ ობიექტი ან წაშალეთ ჩანაწერი.',
      },
      ru: {
        description: 'У каждой записи есть непустая геометрия',
        messages: {
          noGeometry: 'Запись без геометрии: у каждой записи должен быть начерченный объект',
          emptyGeometry: 'Запись с пустой геометрией {type}',
        },
        fix: 'Нарисуйте объект или удалите запись.',
      },
      uk: {
        description: 'Кожен запис має непорожню геометрію',
        messages: {
          noGeometry: 'Запис без геометрії: кожен запис повинен мати накреслений об\'єкт',
          emptyGeometry: 'Запис із порожньою геометрією {type}',
        },
        fix: 'Накресліть об’єкт або видаліть запис.',
      },
      kk: {
        description: 'Әр жазбаның бос емес геометриясы бар',
        messages: {
          noGeometry: 'Геометриясыз жазба: әр жазбаның сызылған объектісі болуы керек',
          emptyGeometry: 'Бос {type} геометриясы бар жазба',
        },
        fix: 'Нысанды сызыңыз немесе жазбаны жойыңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (!layer.role) continue;
      for (const feature of layer.features) {
        if (!feature.geometry) report({ messageId: 'noGeometry', layer, feature });
        else if (isEmptyGeometry(feature.geometry)) report({ messageId: 'emptyGeometry', layer, feature, data: { type: feature.geometry.type } });
      }
    }
  },
});
