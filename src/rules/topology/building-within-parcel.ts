// topology/building-within-parcel: a building must not cross the parcel boundary (Art. 8(4)(d)), beyond the 0.15 m accuracy.
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson } from '../../geom/jsts.js';
import { protrusionRegions } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { containerOf, featureName, polygonShapes } from '../shapes.js';

export default defineRule({
  id: 'topology/building-within-parcel',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(d)',
    measures: ['parcel', 'building'],
    description: 'A building lies within the parcel(s): no part sticks out wider than the {accuracy} m accuracy',
    messages: {
      protrudes: 'Building {building} sticks out of the parcel by {width} m (limit {limit} m)',
    },
    translations: {
      ka: {
        description: 'შენობა-ნაგებობა ნაკვეთ(ებ)ის ფარგლებშია: არც ერთი ნაწილი {accuracy} მ სიზუსტეზე მეტად არ გამოდის',
        messages: { protrudes: 'შენობა {building} ნაკვეთიდან {width} მ-ით გამოდის (ზღვარი {limit} მ)' },
        fix: 'გადაიტანეთ შენობის კონტური (ან ნაკვეთის საზღვარი, თუ ის არის არასწორი) ისე, რომ შენობა შიგნით მოექცეს; შედეგის გეომეტრია აჩვენებს გამოშვერილ ნაწილს.',
      },
      ru: {
        description: 'Здание-сооружение лежит в пределах участка (участков): ни одна часть не выступает шире точности {accuracy} м',
        messages: { protrudes: 'Здание {building} выступает за участок на {width} м (предел {limit} м)' },
        fix: 'Перенесите контур здания (или границу участка, если неверна она) так, чтобы здание лежало внутри; геометрия результата показывает выступающую часть.',
      },
      uk: {
        description: 'Будівля/споруда лежить у межах ділянки (ділянок): жодна частина не виступає ширше за точність {accuracy} м',
        messages: { protrudes: 'Будівля {building} виступає за ділянку на {width} м (ліміт {limit} м)' },
        fix: 'Перенесіть контур будівлі (або межу ділянки, якщо хибна вона) так, щоб будівля лежала всередині; геометрія результату показує частину, що виступає.',
      },
      kk: {
        description: 'Ғимарат-құрылыс учаске (учаскелер) ішінде жатыр: ешбір бөлігі {accuracy} м дәлдіктен кеңірек шығып тұрмайды',
        messages: { protrudes: '{building} ғимараты учаскеден {width} м шығып тұр (шегі {limit} м)' },
        fix: 'Ғимарат контурын (немесе қате болса, учаске шекарасын) ғимарат ішінде жататындай жылжытыңыз; нәтиженің геометриясы шығып тұрған бөлікті көрсетеді.',
      },
    },
    options: {
      accuracy: { description: 'How far a building may stick out of its parcel(s) (the accuracy)', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    // The law's exception: the parcel boundary was drawn by the municipality's planning unit.
    if (submission.manifest.data?.parcelBoundaryByMunicipality === true) return;
    const parcels = polygonShapes(submission, 'parcel');
    if (parcels.length === 0) return; // input/required-layers says the parcel is missing
    const limit = options.accuracy;
    const index = new BoxIndex(parcels.map((parcel) => parcel.box));
    for (const building of polygonShapes(submission, 'building')) {
      const container = containerOf(building, index.search(building.box).map((i) => parcels[i]!), limit);
      if (container === 'within') continue; // proven inside a parcel without an overlay
      for (const { region, width, location } of protrusionRegions(building.shape, container)) {
        if (width <= limit) continue; // within the accuracy of depiction (Art. 2(2))
        report({
          messageId: 'protrudes', layer: building.layer, feature: building.feature, location, measured: width, limit, unit: 'm',
          data: { building: featureName(building.feature), width: width.toFixed(3), limit: limit.toFixed(2) },
          geometry: toGeoJson(region),
        });
      }
    }
  },
});
