// attributes/linear-length: a linear structure's length_plan is the 2D length of its line, within accuracy (Art. 7(22)(c), 8(3)(e)).
import { defineRule } from '../../engine/define-rule.js';
import { formatMetres } from '../../engine/messages.js';
import { toJsts } from '../../geom/jsts.js';
import { isEmptyGeometry } from '../geometry/empty.js';
import { declaredNumbers } from '../fields.js';
import { familyOfType } from '../layers.js';
import type { Feature, Layer } from '../../model.js';

export default defineRule({
  id: 'attributes/linear-length',
  meta: {
    severity: 'error',
    basis: 'Art. 7(22)(c), 8(3)(e)',
    measures: ['linear'],
    description: "A linear structure's length_plan differs from the 2D length of its line by no more than accuracy ({accuracy} m)",
    messages: {
      lengthDiffers: 'length_plan {declared} m differs from the drawn 2D length {computed} m by {difference} m (limit {limit} m)',
      notANumber: 'length_plan "{value}" is not a number',
    },
    translations: {
      ka: {
        description: 'ხაზობრივი ნაგებობის length_plan მისი ხაზის 2D სიგრძისგან სიზუსტეზე ({accuracy} მ) მეტით არ განსხვავდება',
        messages: {
          lengthDiffers: 'length_plan {declared} მ განსხვავდება დახაზული 2D სიგრძისგან {computed} მ {difference} მ-ით (ზღვარი {limit} მ)',
          notANumber: 'length_plan „{value}“ რიცხვი არ არის',
        },
        fix: 'აიღეთ სიგრძე GIS-იდან (ბრტყელი, EPSG:32638-ში) და ჩაწერეთ `length_plan`-ში; ფაქტობრივი (3D) სიგრძე — `length_actual`-ში.',
      },
      ru: {
        description: 'length_plan линейного сооружения отличается от 2D-длины его линии не больше чем на точность ({accuracy} м)',
        messages: {
          lengthDiffers: 'length_plan {declared} м отличается от начерченной 2D-длины {computed} м на {difference} м (предел {limit} м)',
          notANumber: 'length_plan «{value}» — не число',
        },
        fix: 'Возьмите длину из ГИС (плановую, в EPSG:32638) и запишите в `length_plan`; фактическая (3D) длина — в `length_actual`.',
      },
      uk: {
        description: 'length_plan лінійної споруди відрізняється від 2D-довжини її лінії не більше ніж на точність ({accuracy} м)',
        messages: {
          lengthDiffers: 'length_plan {declared} м відрізняється від накресленої 2D-довжини {computed} м на {difference} м (ліміт {limit} м)',
          notANumber: 'length_plan «{value}» — не число',
        },
        fix: 'Візьміть довжину з ГІС (планову, в EPSG:32638) і запишіть у `length_plan`; фактична (3D) довжина — у `length_actual`.',
      },
      kk: {
        description: 'Сызықтық құрылыстың length_plan мәні оның сызығының 2D ұзындығынан дәлдіктен ({accuracy} м) артық ауытқымайды',
        messages: {
          lengthDiffers: 'length_plan {declared} м сызылған 2D ұзындықтан {computed} м {difference} м-ге ерекшеленеді (шегі {limit} м)',
          notANumber: 'length_plan «{value}» — сан емес',
        },
        fix: 'Ұзындықты ГАЖ-дан алыңыз (жазық, EPSG:32638-де) және `length_plan` ішіне жазыңыз; нақты (3D) ұзындық — `length_actual` ішіне.',
      },
    },
    options: {
      accuracy: { description: 'How far length_plan may differ from the drawn 2D length (the accuracy)', unit: 'm' },
    },
  },
  check({ submission, options, settings, report }) {
    const limit = options.accuracy;
    const notANumber = (layer: Layer, feature: Feature, value: string): void => report({ messageId: 'notANumber', layer, feature, data: { value } });
    for (const { layer, feature, declared, text } of declaredNumbers(submission, settings, ['linear'], 'length_plan', notANumber)) {
      const geometry = feature.geometry!;
      if (familyOfType(geometry.type) !== 'line' || isEmptyGeometry(geometry)) continue;
      // Planimetric length: x and y only (jsts ignores z), in the profile CRS's metres. The sum over all parts.
      const computed = toJsts(geometry).getLength();
      const difference = Math.abs(declared - computed);
      if (difference <= limit) continue;
      report({
        messageId: 'lengthDiffers', layer, feature, measured: difference, limit, unit: 'm',
        data: { declared: text, computed: formatMetres(computed), difference: formatMetres(difference), limit: formatMetres(limit) },
      });
    }
  },
});
