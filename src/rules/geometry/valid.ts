// geometry/valid: every polygon (and line) is OGC-valid, as JTS judges it (Art. 8(4)(a)).
import { defineRule } from '../../engine/define-rule.js';
import { ROLES } from '../../model.js';
import { findInvalidity } from '../../geom/validity.js';
import { isEmptyGeometry } from './empty.js';

const KIND_WORDS: Record<string, string> = {
  'self-intersection': 'the boundary crosses itself',
  'ring-self-intersection': 'a ring touches itself',
  'self-overlap': 'parts of the shape overlap each other',
  'nested-shells': 'one outer ring lies inside another',
  'hole-outside-shell': 'a hole lies outside its outer ring',
  'nested-holes': 'a hole lies inside another hole',
  'disconnected-interior': 'holes split the interior into pieces',
  'too-few-points': 'a ring or line has too few points',
  'ring-not-closed': 'a ring does not end where it starts',
  'non-finite-coordinate': 'a coordinate is not a finite number',
  'duplicate-rings': 'the same ring appears twice',
  invalid: 'the shape is invalid',
};

export default defineRule({
  id: 'geometry/valid',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(a)',
    measures: ROLES,
    description: 'Every polygon is OGC-valid: no self-intersection, self-overlap, misplaced holes, unclosed rings or non-finite coordinates',
    messages: { invalid: 'Invalid geometry ({kind}): {explanation}' },
    translations: {
      ka: {
        description: 'ყოველი პოლიგონი OGC-ის მიხედვით სწორია: თვითგადაკვეთის, თვითზედდების, არასწორად მდებარე ხვრელების, დაუხურავი რგოლებისა და არასასრულო კოორდინატების გარეშე',
        messages: { invalid: 'არასწორი გეომეტრია ({kind}): {explanation}' },
        fix: 'გაასწორეთ კონტური მითითებულ ადგილას (QGIS-ში: „Fix Geometries“ ხელსაწყო, შემდეგ შედეგი თვალით შეამოწმეთ).',
      },
      ru: {
        description: 'Каждый полигон корректен по OGC: без самопересечений, самоналожений, неверно расположенных дыр, незамкнутых колец и нечисловых координат',
        messages: { invalid: 'Некорректная геометрия ({kind}): {explanation}' },
        fix: 'Исправьте контур в указанном месте (в QGIS: инструмент «Fix Geometries», затем проверьте результат глазами).',
      },
      uk: {
        description: 'Кожен полігон коректний за OGC: без самоперетинів, самонакладань, неправильно розміщених отворів, незамкнених кілець і нечислових координат',
        messages: { invalid: 'Некоректна геометрія ({kind}): {explanation}' },
        fix: 'Виправте контур у вказаному місці (у QGIS: інструмент «Fix Geometries», потім перевірте результат очима).',
      },
      kk: {
        description: 'Әр көпбұрыш OGC бойынша дұрыс: өзін-өзі қиюсыз, өзін-өзі жабусыз, орны қате тесіксіз, тұйықталмаған сақинасыз және шексіз координатасыз',
        messages: { invalid: 'Дұрыс емес геометрия ({kind}): {explanation}' },
        fix: 'Контурды көрсетілген жерде түзетіңіз (QGIS-те: «Fix Geometries» құралы, содан кейін нәтижені көзбен тексеріңіз).',
      },
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      // A layer not placed on the earth is not measured (src/engine/placement.ts): misplaced coordinates make false crossings.
      if (!layer.role || !layer.measurable) continue;
      for (const feature of layer.features) {
        if (!feature.geometry || isEmptyGeometry(feature.geometry)) continue;
        const invalidity = findInvalidity(feature.geometry);
        if (!invalidity) continue;
        report({
          messageId: 'invalid', layer, feature, location: invalidity.location,
          data: { kind: invalidity.kind, explanation: KIND_WORDS[invalidity.kind] ?? invalidity.kind },
        });
      }
    }
  },
});
