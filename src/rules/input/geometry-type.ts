// input/geometry-type: each layer's geometries fit its role (Art. 8(1)–(2)).
import { defineRule } from '../../engine/define-rule.js';
import { FAMILY_OF_ROLE, familyOfType } from '../layers.js';

const EXPECTED_TYPES = { polygon: 'Polygon/MultiPolygon', line: 'LineString/MultiLineString', point: 'Point' } as const;

export default defineRule({
  id: 'input/geometry-type',
  meta: {
    severity: 'error',
    basis: 'Art. 8(1)–(2)',
    description: 'Each layer holds the geometry type its role needs',
    messages: { wrongType: 'The {role} layer holds {actual} geometries; a {role} layer must hold {expected}' },
    translations: {
      ka: {
        description: 'ყოველ ფენას აქვს მისი როლისთვის საჭირო გეომეტრიის ტიპი',
        messages: { wrongType: '{role} ფენაში არის {actual} გეომეტრიები; {role} ფენაში უნდა იყოს {expected}' },
        fix: 'შეკრული კონტურები გარდაქმენით პოლიგონებად (QGIS-ში: „Lines to polygons“) და ხელახლა გააკეთეთ ექსპორტი.',
      },
      ru: {
        description: 'Каждый слой содержит тот тип геометрии, который нужен его роли',
        messages: { wrongType: 'Слой {role} содержит геометрии {actual}; слой {role} должен содержать {expected}' },
        fix: 'Преобразуйте замкнутые контуры в полигоны (в QGIS: «Lines to polygons») и экспортируйте заново.',
      },
      uk: {
        description: 'Кожен шар містить той тип геометрії, якого потребує його роль',
        messages: { wrongType: 'Шар {role} містить геометрії {actual}; шар {role} повинен містити {expected}' },
        fix: 'Перетворіть замкнені контури на полігони (у QGIS: «Lines to polygons») та експортуйте знову.',
      },
      kk: {
        description: 'Әр қабатта оның рөліне қажет геометрия түрі бар',
        messages: { wrongType: '{role} қабатында {actual} геометриялары бар; {role} қабатында {expected} болуы керек' },
        fix: 'Тұйық контурларды полигондарға түрлендіріңіз (QGIS-те: «Lines to polygons») және қайта экспорттаңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (!layer.role) continue;
      const expected = FAMILY_OF_ROLE[layer.role];
      const data = { role: layer.role, expected: EXPECTED_TYPES[expected] };
      if (layer.format === 'shapefile') {
        // The shapefile header declares one type for the whole layer.
        if (layer.geometryType && layer.geometryType !== 'Null' && familyOfType(layer.geometryType) !== expected) {
          report({ messageId: 'wrongType', layer, data: { ...data, actual: layer.geometryType } });
        }
        continue;
      }
      for (const feature of layer.features) {
        if (feature.geometry && familyOfType(feature.geometry.type) !== expected) {
          report({ messageId: 'wrongType', layer, feature, data: { ...data, actual: feature.geometry.type } });
        }
      }
    }
  },
});
