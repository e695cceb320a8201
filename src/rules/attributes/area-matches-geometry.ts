// attributes/area-matches-geometry: a parcel's declared area is its polygon's planar area, within areaTolerance (Art. 8(3)(a.a)).
import { defineRule } from '../../engine/define-rule.js';
import { planarArea } from '../../geom/area.js';
import { findInvalidity } from '../../geom/validity.js';
import { isEmptyGeometry } from '../geometry/empty.js';
import { declaredNumbers } from '../fields.js';
import { familyOfType } from '../layers.js';
import type { Feature, Layer } from '../../model.js';

const squareMetres = (value: number): string => value.toFixed(2);

export default defineRule({
  id: 'attributes/area-matches-geometry',
  meta: {
    severity: 'error',
    basis: 'Art. 8(3)(a.a)',
    measures: ['parcel'],
    description: "A parcel's declared area differs from its polygon's planar area by no more than areaTolerance ({areaTolerance} m²)",
    messages: {
      areaDiffers: 'Declared area {declared} m² differs from the drawn area {computed} m² by {difference} m² (limit {limit} m²)',
      notANumber: 'Declared area "{value}" is not a number',
    },
    translations: {
      ka: {
        description: 'ნაკვეთის დეკლარირებული ფართობი მისი პოლიგონის ბრტყელი ფართობისგან areaTolerance-ზე ({areaTolerance} მ²) მეტით არ განსხვავდება',
        messages: {
          areaDiffers: 'დეკლარირებული ფართობი {declared} მ² განსხვავდება დახაზული ფართობისგან {computed} მ² {difference} მ²-ით (ზღვარი {limit} მ²)',
          notANumber: 'დეკლარირებული ფართობი „{value}“ რიცხვი არ არის',
        },
        fix: 'გამოთვალეთ ფართობი პოლიგონიდან GIS-ში (EPSG:32638-ში, არა გრადუსებში ან ელიფსოიდზე) და ჩაწერეთ ზუსტი მნიშვნელობა `area`-ში.',
      },
      ru: {
        description: 'Заявленная площадь участка отличается от плоской площади его полигона не больше чем на areaTolerance ({areaTolerance} м²)',
        messages: {
          areaDiffers: 'Заявленная площадь {declared} м² отличается от начерченной {computed} м² на {difference} м² (предел {limit} м²)',
          notANumber: 'Заявленная площадь «{value}» — не число',
        },
        fix: 'Пересчитайте площадь по полигону в ГИС (в EPSG:32638, не в градусах и не на эллипсоиде) и запишите точное значение в `area`.',
      },
      uk: {
        description: 'Заявлена площа ділянки відрізняється від плоскої площі її полігона не більше ніж на areaTolerance ({areaTolerance} м²)',
        messages: {
          areaDiffers: 'Заявлена площа {declared} м² відрізняється від накресленої {computed} м² на {difference} м² (ліміт {limit} м²)',
          notANumber: 'Заявлена площа «{value}» — не число',
        },
        fix: 'Перерахуйте площу за полігоном у ГІС (в EPSG:32638, не в градусах і не на еліпсоїді) та запишіть точне значення в `area`.',
      },
      kk: {
        description: 'Учаскенің мәлімделген ауданы оның көпбұрышының жазық ауданынан areaTolerance-тен ({areaTolerance} м²) артық ауытқымайды',
        messages: {
          areaDiffers: 'Мәлімделген аудан {declared} м² сызылған {computed} м² ауданнан {difference} м²-ге ерекшеленеді (шегі {limit} м²)',
          notANumber: 'Мәлімделген аудан «{value}» — сан емес',
        },
        fix: 'Ауданды ГАЖ-да полигон бойынша қайта есептеңіз (EPSG:32638-де, градуспен не эллипсоидта емес) және нақты мәнін `area` ішіне жазыңыз.',
      },
    },
    options: {
      areaTolerance: { description: 'How far the declared area may differ from the polygon\'s planar area', unit: 'm²' },
    },
  },
  check({ submission, options, settings, report }) {
    const limit = options.areaTolerance;
    const notANumber = (layer: Layer, feature: Feature, value: string): void => report({ messageId: 'notANumber', layer, feature, data: { value } });
    for (const { layer, feature, declared, text } of declaredNumbers(submission, settings, ['parcel'], 'area', notANumber)) {
      const geometry = feature.geometry!;
      // An invalid or non-polygon shape has no meaningful area: geometry/valid and input/geometry-type speak for it.
      if (familyOfType(geometry.type) !== 'polygon' || isEmptyGeometry(geometry) || findInvalidity(geometry)) continue;
      // Planar area in the profile CRS (metres), never a geodesic one (RULES.md: never measure in degrees); from the
      // positions, as jsts would give it to the last bit, without building a jsts shape for one number (issue 17).
      const computed = planarArea(geometry);
      const difference = Math.abs(declared - computed);
      if (difference <= limit) continue;
      report({
        messageId: 'areaDiffers', layer, feature, measured: difference, limit, unit: 'm²',
        data: { declared: text, computed: squareMetres(computed), difference: squareMetres(difference), limit },
      });
    }
  },
});
