// topology/servitude-within-parcel: a servitude must not reach beyond the parcel being registered (Art. 8(4)(i)).
import { defineRule } from '../../engine/define-rule.js';
import type { Settings } from '../../engine/settings.js';
import { toGeoJson } from '../../geom/jsts.js';
import { protrusionRegions } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import type { Feature, Layer } from '../../model.js';
import { codeOf, textOf, valueOf } from '../fields.js';
import { containerOf, featureName, polygonShapes } from '../shapes.js';

/** Obligation type code of a servitude: first in the law's list (Art. 8(3)); a registry remaps codes in its config. */
const SERVITUDE = '1';

/** The law names servitudes only, not every encumbrance: other obligation types may lie anywhere. */
function isServitude(layer: Layer, feature: Feature, settings: Settings): boolean {
  const value = valueOf(layer, feature, settings, 'type');
  if (value === undefined || value === null) return false;
  const code = codeOf(settings, 'obligation.type', value);
  return code === undefined ? textOf(value) === SERVITUDE : code === SERVITUDE;
}

export default defineRule({
  id: 'topology/servitude-within-parcel',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(i)',
    measures: ['parcel', 'obligation'],
    description: 'A servitude lies within the parcel(s): no part sticks out wider than the {accuracy} m accuracy',
    messages: {
      protrudes: 'Servitude {servitude} reaches {width} m beyond the parcel (limit {limit} m)',
    },
    translations: {
      ka: {
        description: 'სერვიტუტი ნაკვეთ(ებ)ის ფარგლებშია: არც ერთი ნაწილი {accuracy} მ სიზუსტეზე მეტად არ გამოდის',
        messages: { protrudes: 'სერვიტუტი {servitude} ნაკვეთის საზღვარს {width} მ-ით სცდება (ზღვარი {limit} მ)' },
        fix: 'სერვიტუტი ხელახლა დახაზეთ ისე, რომ ნაკვეთის საზღვარზე მთავრდებოდეს (მისი წვეროები მიაბით ნაკვეთისას).',
      },
      ru: {
        description: 'Сервитут лежит в пределах участка (участков): ни одна часть не выступает шире точности {accuracy} м',
        messages: { protrudes: 'Сервитут {servitude} выходит за участок на {width} м (предел {limit} м)' },
        fix: 'Перерисуйте сервитут так, чтобы он кончался на границе участка (привяжите его вершины к вершинам участка).',
      },
      uk: {
        description: 'Сервітут лежить у межах ділянки (ділянок): жодна частина не виступає ширше за точність {accuracy} м',
        messages: { protrudes: 'Сервітут {servitude} виходить за ділянку на {width} м (ліміт {limit} м)' },
        fix: 'Перекресліть сервітут так, щоб він закінчувався на межі ділянки (прив’яжіть його вершини до вершин ділянки).',
      },
      kk: {
        description: 'Сервитут учаске (учаскелер) ішінде жатыр: ешбір бөлігі {accuracy} м дәлдіктен кеңірек шығып тұрмайды',
        messages: { protrudes: '{servitude} сервитуты учаскеден {width} м шығып тұр (шегі {limit} м)' },
        fix: 'Сервитутты учаске шекарасында аяқталатындай қайта сызыңыз (оның төбелерін учаскенің төбелеріне байлаңыз).',
      },
    },
    options: {
      accuracy: { description: 'How far a servitude may stick out of its parcel(s) (the accuracy)', unit: 'm' },
    },
  },
  check({ submission, options, settings, report }) {
    const parcels = polygonShapes(submission, 'parcel');
    if (parcels.length === 0) return; // input/required-layers says the parcel is missing
    const limit = options.accuracy;
    const index = new BoxIndex(parcels.map((parcel) => parcel.box));
    for (const servitude of polygonShapes(submission, 'obligation', (layer, feature) => isServitude(layer, feature, settings))) {
      const container = containerOf(servitude, index.search(servitude.box).map((i) => parcels[i]!), limit);
      if (container === 'within') continue; // proven inside a parcel without an overlay
      for (const { region, width, location } of protrusionRegions(servitude.shape, container)) {
        if (width <= limit) continue; // within the accuracy of depiction (Art. 2(2))
        report({
          messageId: 'protrudes', layer: servitude.layer, feature: servitude.feature, location, measured: width, limit, unit: 'm',
          data: { servitude: featureName(servitude.feature), width: width.toFixed(3), limit: limit.toFixed(2) },
          geometry: toGeoJson(region),
        });
      }
    }
  },
});
