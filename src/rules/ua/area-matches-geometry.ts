// ua/area-matches-geometry: the area a parcel (or land plot) declares, in its own unit, is the drawn polygon's planar
// area, within the file's stated error or, where it states none, within the rounding of the number as written.
import { defineRule } from '../../engine/define-rule.js';
import { planarArea } from '../../geom/area.js';
import { findInvalidity } from '../../geom/validity.js';

/** Square metres in one unit of the exchange format's Area/MeasurementUnit (the schema's list). */
const SQUARE_METRES: Record<string, number> = { 'га': 10_000, 'кв.м': 1 };

/** Half of the last digit written: a size of 0.1000 га says the area to ±0.5 m², no closer. */
function roundingOf(size: string, squareMetres: number): number {
  const decimals = /\.(\d+)$/.exec(size.trim())?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals * squareMetres;
}

export default defineRule({
  id: 'ua/area-matches-geometry',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 11, Boundary)',
    description: "A parcel's declared area (Area/Size in its MeasurementUnit) is its drawn polygon's planar area, within the file's Error or the rounding of the number written",
    messages: {
      areaDiffers: 'The {boundary} declares {size} {unit} ({declared} m²), but its drawn polygon has {computed} m²: {difference} m² apart (limit {limit} m²)',
    },
    translations: {
      ka: {
        description: 'ნაკვეთის დეკლარირებული ფართობი (Area/Size თავის MeasurementUnit ერთეულში) უდრის დახაზული პოლიგონის ბრტყელ ფართობს ფაილის Error ცდომილებით ან ჩაწერილი რიცხვის დამრგვალების სიზუსტით',
        messages: { areaDiffers: '{boundary} აცხადებს {size} {unit} ({declared} მ²), დახაზულ პოლიგონს კი აქვს {computed} მ²: სხვაობა {difference} მ² (ზღვარი {limit} მ²)' },
        fix: 'ფართობი ხელახლა გამოთვალეთ დახაზული საზღვრიდან და ჩაწერეთ დეკლარირებულ ერთეულში, ან გაასწორეთ საზღვრის წერტილები, თუ დეკლარირებული ფართობია სწორი.',
      },
      ru: {
        description: 'Декларированная площадь участка (Area/Size в своей единице MeasurementUnit) равна плоской площади начерченного полигона с погрешностью Error файла или с точностью округления записанного числа',
        messages: { areaDiffers: '{boundary} декларирует {size} {unit} ({declared} м²), а начерченный полигон имеет {computed} м²: разница {difference} м² (предел {limit} м²)' },
        fix: 'Пересчитайте площадь по нарисованной границе и запишите её в заявленной единице или исправьте точки границы, если верна заявленная площадь.',
      },
      uk: {
        description: 'Задекларована площа ділянки (Area/Size у своїй одиниці MeasurementUnit) дорівнює плоскій площі накресленого полігону з похибкою Error файлу або з точністю округлення записаного числа',
        messages: { areaDiffers: '{boundary} декларує {size} {unit} ({declared} м²), а накреслений полігон має {computed} м²: різниця {difference} м² (межа {limit} м²)' },
        fix: 'Перерахуйте площу за накресленою межею й запишіть її в заявленій одиниці або виправте точки межі, якщо правильна заявлена площа.',
      },
      kk: {
        description: 'Учаскенің мәлімделген ауданы (Area/Size өз MeasurementUnit бірлігінде) сызылған полигонның жазық ауданына файлдың Error қателігімен немесе жазылған санның дөңгелектеу дәлдігімен тең',
        messages: { areaDiffers: '{boundary} {size} {unit} ({declared} м²) мәлімдейді, ал сызылған полигонның ауданы {computed} м²: айырмасы {difference} м² (шегі {limit} м²)' },
        fix: 'Ауданды сызылған шекара бойынша қайта есептеп, мәлімделген бірлікте жазыңыз немесе мәлімделген аудан дұрыс болса, шекара нүктелерін түзетіңіз.',
      },
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === exchange.file);
      // Coordinates that are not placed give no area worth comparing: input/* and ua/crs-declared speak for them.
      if (!layer?.measurable) continue;
      // A point number used twice leaves the drawn polygon a guess: ua/unique-point-ids speaks, no area is compared.
      if (new Set(exchange.points.map((point) => point.uidp)).size !== exchange.points.length) continue;
      for (const boundary of exchange.boundaries) {
        const feature = boundary.featureIndex === null ? undefined : layer.features[boundary.featureIndex];
        const geometry = feature?.geometry;
        // A boundary that could not be assembled, or an invalid polygon, has no area: the other ua/* rules and geometry/valid speak.
        if (!feature || !geometry || findInvalidity(geometry)) continue;
        const computed = planarArea(geometry); // jsts's getArea to the last bit, without building its shape
        // Declarations of another owner of the same ring (a land plot repeating its parcel's) carry its label and Error.
        for (const { unit, size, owner, error } of boundary.declaredAreas ?? []) {
          const squareMetres = unit === null ? undefined : SQUARE_METRES[unit];
          const declaredSize = Number(size);
          // An unknown unit or a size that is no number is the schema's finding (ua/schema), not an area to compare.
          if (squareMetres === undefined || size === null || !Number.isFinite(declaredSize)) continue;
          const declared = declaredSize * squareMetres;
          // The stated Error is taken in the unit of the Area it stands beside (the format does not say otherwise).
          const stated = Number(error ?? Number.NaN) * squareMetres;
          const limit = Math.max(roundingOf(size, squareMetres), Number.isFinite(stated) ? Math.abs(stated) : 0);
          const difference = Math.abs(declared - computed);
          if (difference <= limit) continue;
          report({
            messageId: 'areaDiffers', layer, feature, measured: difference, limit, unit: 'm²',
            data: { boundary: owner ?? boundary.label, size, unit: unit!, declared: declared.toFixed(2), computed: computed.toFixed(2), difference: difference.toFixed(2), limit: String(Math.round(limit * 100) / 100) },
          });
        }
      }
    }
  },
});
