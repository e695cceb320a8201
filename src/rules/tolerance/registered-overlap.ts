// tolerance/registered-overlap: a surveyed parcel may overlap registered data by at most 0.30 m (Art. 2(3)).
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson } from '../../geom/jsts.js';
import { FINE_WIDTH_RESOLUTION, overlapRegions } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { registeredName, registeredNeighbours, surveyedParcels } from '../registered.js';

export default defineRule({
  id: 'tolerance/registered-overlap',
  meta: {
    severity: 'error',
    basis: 'Art. 2(3)',
    measures: ['parcel'],
    description: 'A surveyed parcel overlaps a registered parcel (other than its own source parcels) by no more than {registeredOverlap} m',
    messages: {
      overlap: 'Parcel overlaps registered parcel {cadCode} by {width} m (limit {limit} m), over {area} m²',
      tolerated: 'Parcel overlaps registered parcel {cadCode} by {width} m, within the {limit} m tolerance (tolerated), over {area} m²',
      notChecked: 'Not checked: no registered data (give it with --registered)',
      // Reported by cadcheck batch (src/batch/cross.ts): the other submission's parcel plays the registered neighbour.
      otherSubmission: 'Parcel overlaps parcel {otherParcel} of submission {submission} by {width} m (limit {limit} m), over {area} m²: both claim this land',
    },
    translations: {
      ka: {
        description: 'აზომილი ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან (საკუთარი საწყისი ნაკვეთების გარდა) {registeredOverlap} მ-ს არ აღემატება',
        messages: {
          overlap: 'ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან {cadCode} სიგანით {width} მ (ზღვარი {limit} მ), ფართობით {area} მ²',
          tolerated: 'ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან {cadCode} სიგანით {width} მ, {limit} მ დაშვების ფარგლებში (დასაშვებია), ფართობით {area} მ²',
          notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
          otherSubmission: 'ნაკვეთის ზედდება კომპლექტ {submission}-ის ნაკვეთთან {otherParcel} სიგანით {width} მ (ზღვარი {limit} მ), ფართობით {area} მ²: ამ მიწას ორივე ითხოვს',
        },
        fix: 'გადაიტანეთ საზღვარი რეგისტრირებულზე (ან მისგან 0.30 მ-ის ფარგლებში). თუ რეგისტრირებული საზღვარია არასწორი, ეს რეგისტრირებული მონაცემების შესწორებაა, ცალკე პროცედურა.',
      },
      ru: {
        description: 'Снятый участок накладывается на зарегистрированный (кроме своих исходных участков) не больше чем на {registeredOverlap} м',
        messages: {
          overlap: 'Наложение участка на зарегистрированный участок {cadCode} шириной {width} м (предел {limit} м), площадью {area} м²',
          tolerated: 'Наложение участка на зарегистрированный участок {cadCode} шириной {width} м, в пределах допуска {limit} м (допустимо), площадью {area} м²',
          notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
          otherSubmission: 'Наложение участка на участок {otherParcel} из комплекта {submission} шириной {width} м (предел {limit} м), площадью {area} м²: на эту землю претендуют оба',
        },
        fix: 'Перенесите границу на зарегистрированную (или в пределы 0,30 м от неё). Если неверна зарегистрированная граница, это исправление зарегистрированных данных, отдельная процедура.',
      },
      uk: {
        description: 'Знята ділянка накладається на зареєстровану (крім своїх вихідних ділянок) не більше ніж на {registeredOverlap} м',
        messages: {
          overlap: 'Накладання ділянки на зареєстровану ділянку {cadCode} завширшки {width} м (ліміт {limit} м), площею {area} м²',
          tolerated: 'Накладання ділянки на зареєстровану ділянку {cadCode} завширшки {width} м, у межах допуску {limit} м (допустимо), площею {area} м²',
          notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
          otherSubmission: 'Накладання ділянки на ділянку {otherParcel} з комплекту {submission} завширшки {width} м (ліміт {limit} м), площею {area} м²: на цю землю претендують обидві',
        },
        fix: 'Перенесіть межу на зареєстровану (або в межах 0,30 м від неї). Якщо хибна зареєстрована межа, це виправлення зареєстрованих даних, окрема процедура.',
      },
      kk: {
        description: 'Түсірілген учаске тіркелген учаскемен (өзінің бастапқы учаскелерінен басқа) {registeredOverlap} м-ден артық қабаттаспайды',
        messages: {
          overlap: 'Учаске тіркелген {cadCode} учаскесімен ені {width} м қабаттасады (шегі {limit} м), ауданы {area} м²',
          tolerated: 'Учаске тіркелген {cadCode} учаскесімен ені {width} м қабаттасады, {limit} м рұқсат шегінде (рұқсат етіледі), ауданы {area} м²',
          notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
          otherSubmission: 'Учаске {submission} жиынтығының {otherParcel} учаскесімен ені {width} м қабаттасады (шегі {limit} м), ауданы {area} м²: бұл жерге екеуі де үміттенеді',
        },
        fix: 'Шекараны тіркелген шекараға (немесе одан 0,30 м шегіне) жылжытыңыз. Тіркелген шекара қате болса, бұл тіркелген деректерді түзету, бөлек рәсім.',
      },
    },
    options: {
      registeredOverlap: { description: 'How deep a surveyed parcel may overlap a registered one', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, settings, registered, report }) {
    if (!registered) {
      report({ messageId: 'notChecked', severity: 'info' });
      return;
    }
    const limit = options.registeredOverlap;
    const surveyed = surveyedParcels(submission, settings);
    const neighbours = registeredNeighbours(registered, submission, surveyed);
    const index = new BoxIndex(neighbours.map((parcel) => parcel.box));
    for (const parcel of surveyed) {
      for (const i of index.search(parcel.box)) {
        const neighbour = neighbours[i]!;
        // Neighbours along a common side (most of them) share no interior: one relate, no overlay; an invalid polygon on
        // either side gives nothing (geometry/valid names it). Narrower than a millimetre is the same boundary drawn
        // twice, not an overlap (RULES.md: coincident).
        for (const { region, width, location } of overlapRegions(parcel.shape, neighbour.shape, options.coincident, FINE_WIDTH_RESOLUTION)) {
          const area = Math.round(region.getArea() * 100) / 100;
          report({
            messageId: width > limit ? 'overlap' : 'tolerated',
            severity: width > limit ? 'error' : 'info',
            layer: parcel.layer, feature: parcel.feature, location, measured: width, limit, unit: 'm',
            data: { cadCode: registeredName(neighbour), width: width.toFixed(3), limit: limit.toFixed(2), area: area.toFixed(2) },
            geometry: toGeoJson(region),
          });
        }
      }
    }
  },
});
