// topology/contours-match-registered: a merge or division keeps the outline of the registered parcels it replaces (Art. 8(4)(h)).
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson, type JstsGeometry } from '../../geom/jsts.js';
import { FINE_WIDTH_RESOLUTION, measuredRegions } from '../../geom/regions.js';
import { registeredShapes, sameCadCode, sourceParcelCodes, surveyedParcels } from '../registered.js';

const KINDS_WITH_SOURCES = new Set(['merge', 'division']);

function unionOf(shapes: JstsGeometry[]): JstsGeometry | null {
  return shapes.reduce<JstsGeometry | null>((union, shape) => (union ? union.union(shape) : shape), null);
}

export default defineRule({
  id: 'topology/contours-match-registered',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(h)',
    measures: ['parcel'],
    description: 'In a merge or division, the new parcels together cover the registered source parcels, to within {registeredOverlap} m',
    messages: {
      beyondSources: 'The new parcels reach {width} m beyond the registered source parcels (limit {limit} m), over {area} m²',
      sourceUncovered: 'Part of the registered source parcels, {width} m wide (limit {limit} m), is not covered by the new parcels, over {area} m²',
      sourceNotFound: 'Source parcel {cadCode} is not in the registered data near the survey: the outline cannot be compared',
      notChecked: 'Not checked: no registered data (give it with --registered)',
    },
    translations: {
      ka: {
        description: 'გაერთიანებისას ან გაყოფისას ახალი ნაკვეთები ერთად ფარავს რეგისტრირებულ საწყის ნაკვეთებს {registeredOverlap} მ სიზუსტით',
        messages: {
          beyondSources: 'ახალი ნაკვეთები რეგისტრირებულ საწყის ნაკვეთებს {width} მ-ით სცდება (ზღვარი {limit} მ), ფართობით {area} მ²',
          sourceUncovered: 'რეგისტრირებული საწყისი ნაკვეთების ნაწილი სიგანით {width} მ (ზღვარი {limit} მ) ახალი ნაკვეთებით არ არის დაფარული, ფართობით {area} მ²',
          sourceNotFound: 'საწყისი ნაკვეთი {cadCode} არ არის რეგისტრირებულ მონაცემებში აზომვის მახლობლად: კონტური ვერ შედარდება',
          notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
        },
        fix: 'ახალი ნაკვეთების გარე საზღვარი ხელახლა დახაზეთ საწყისი ნაკვეთების რეგისტრირებულ საზღვარზე; შეამოწმეთ, რომ `sourceParcels` სწორ საკადასტრო კოდებს შეიცავს.',
      },
      ru: {
        description: 'При объединении или разделе новые участки вместе покрывают зарегистрированные исходные участки с точностью до {registeredOverlap} м',
        messages: {
          beyondSources: 'Новые участки выходят за зарегистрированные исходные участки на {width} м (предел {limit} м), площадью {area} м²',
          sourceUncovered: 'Часть зарегистрированных исходных участков шириной {width} м (предел {limit} м) не покрыта новыми участками, площадью {area} м²',
          sourceNotFound: 'Исходного участка {cadCode} нет в зарегистрированных данных рядом со съёмкой: контур сравнить нельзя',
          notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
        },
        fix: 'Перерисуйте внешнюю границу новых участков по зарегистрированной границе исходных участков; проверьте, что в `sourceParcels` верные кадастровые коды.',
      },
      uk: {
        description: 'Під час об\'єднання чи поділу нові ділянки разом покривають зареєстровані вихідні ділянки з точністю до {registeredOverlap} м',
        messages: {
          beyondSources: 'Нові ділянки виходять за зареєстровані вихідні ділянки на {width} м (ліміт {limit} м), площею {area} м²',
          sourceUncovered: 'Частину зареєстрованих вихідних ділянок завширшки {width} м (ліміт {limit} м) не покрито новими ділянками, площею {area} м²',
          sourceNotFound: 'Вихідної ділянки {cadCode} немає в зареєстрованих даних поблизу зйомки: контур порівняти не можна',
          notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
        },
        fix: 'Перекресліть зовнішню межу нових ділянок по зареєстрованій межі вихідних ділянок; перевірте, що в `sourceParcels` правильні кадастрові коди.',
      },
      kk: {
        description: 'Біріктіруде немесе бөлуде жаңа учаскелер бірге тіркелген бастапқы учаскелерді {registeredOverlap} м дәлдікпен жабады',
        messages: {
          beyondSources: 'Жаңа учаскелер тіркелген бастапқы учаскелерден {width} м шығып тұр (шегі {limit} м), ауданы {area} м²',
          sourceUncovered: 'Тіркелген бастапқы учаскелердің ені {width} м (шегі {limit} м) бөлігі жаңа учаскелермен жабылмаған, ауданы {area} м²',
          sourceNotFound: '{cadCode} бастапқы учаскесі түсірілім маңындағы тіркелген деректерде жоқ: контурды салыстыру мүмкін емес',
          notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
        },
        fix: 'Жаңа учаскелердің сыртқы шекарасын бастапқы учаскелердің тіркелген шекарасы бойымен қайта сызыңыз; `sourceParcels` ішінде дұрыс кадастрлық кодтар екенін тексеріңіз.',
      },
    },
    options: {
      registeredOverlap: { description: 'How far the new parcels\' outline may depart from the registered source parcels', unit: 'm' },
    },
  },
  check({ submission, options, settings, registered, report }) {
    const kind = submission.manifest.data?.kind;
    if (typeof kind !== 'string' || !KINDS_WITH_SOURCES.has(kind)) return;
    const codes = sourceParcelCodes(submission);
    if (codes.length === 0) return; // metadata/source-parcels reports the missing list
    if (!registered) {
      report({ messageId: 'notChecked', severity: 'info' });
      return;
    }
    const limit = options.registeredOverlap;
    const candidates = registeredShapes(registered);
    const sources = [];
    for (const code of codes) {
      const found = candidates.filter((parcel) => sameCadCode(parcel.cadCode, code));
      if (found.length === 0) report({ messageId: 'sourceNotFound', data: { cadCode: code } });
      sources.push(...found);
    }
    const surveyed = surveyedParcels(submission, settings);
    if (sources.length === 0 || surveyed.length === 0) return;
    let sourceUnion: JstsGeometry | null;
    let newUnion: JstsGeometry | null;
    try {
      sourceUnion = unionOf(sources.map((parcel) => parcel.shape));
      newUnion = unionOf(surveyed.map((parcel) => parcel.shape));
    } catch {
      return; // an invalid polygon: geometry/valid names it
    }
    const differences = [
      { messageId: 'beyondSources' as const, region: newUnion!.difference(sourceUnion!) },
      { messageId: 'sourceUncovered' as const, region: sourceUnion!.difference(newUnion!) },
    ];
    for (const { messageId, region: difference } of differences) {
      for (const { region, width, location } of measuredRegions(difference, 0, FINE_WIDTH_RESOLUTION)) {
        if (width <= limit) continue;
        // A part beyond the sources belongs to a new parcel: name the one it lies in.
        const owner = messageId === 'beyondSources' ? surveyed.find((parcel) => parcel.shape.intersects(region.getInteriorPoint())) : undefined;
        const layer = owner?.layer ?? surveyed[0]!.layer;
        report({
          messageId, layer, feature: owner?.feature ?? null, location, measured: width, limit, unit: 'm',
          data: { width: width.toFixed(3), limit: limit.toFixed(2), area: (Math.round(region.getArea() * 100) / 100).toFixed(2), cadCode: codes.join(', ') },
          geometry: toGeoJson(region),
        });
      }
    }
  },
});
