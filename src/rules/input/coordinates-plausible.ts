// input/coordinates-plausible: coordinates lie in the profile's country (catches swapped X/Y, wrong zone, degrees as metres).
import { defineRule } from '../../engine/define-rule.js';
import { implausibleCoordinates } from '../../geom/placement.js';

export default defineRule({
  id: 'input/coordinates-plausible',
  meta: {
    severity: 'error',
    basis: 'Art. 7(3)',
    description: "Every coordinate lies within the profile's extent (Georgia: lon 39.9–46.8, lat 40.9–43.7) and is a finite number",
    messages: {
      outsideExtent: 'Coordinate ({x}, {y}) lies at lon {lon}, lat {lat}, outside {extent}: swapped X/Y, wrong zone or wrong CRS?',
      nonFinite: 'A coordinate is not a finite number ({x}, {y})',
    },
    translations: {
      ka: {
        description: 'ყოველი კოორდინატა პროფილის არეალშია (საქართველო: გრძედი 39.9–46.8, განედი 40.9–43.7) და სასრული რიცხვია',
        messages: {
          outsideExtent: 'კოორდინატა ({x}, {y}) მდებარეობს გრძედზე {lon}, განედზე {lat}, {extent}-ის გარეთ: X/Y ხომ არ არის არეული, ზონა ან კოორდინატთა სისტემა ხომ არ არის არასწორი?',
          nonFinite: 'კოორდინატა სასრული რიცხვი არ არის ({x}, {y})',
        },
        fix: 'გაცვალეთ X და Y სვეტები, ან გაასწორეთ ფენის კოორდინატთა სისტემა.',
      },
      ru: {
        description: 'Каждая координата лежит в пределах охвата профиля (Грузия: долгота 39,9–46,8, широта 40,9–43,7) и является конечным числом',
        messages: {
          outsideExtent: 'Координата ({x}, {y}) лежит на долготе {lon}, широте {lat}, вне {extent}: перепутаны X/Y, не та зона или не та система координат?',
          nonFinite: 'Координата не является конечным числом ({x}, {y})',
        },
        fix: 'Поменяйте местами столбцы X и Y или исправьте систему координат слоя.',
      },
      uk: {
        description: 'Кожна координата лежить у межах охоплення профілю (Грузія: довгота 39,9–46,8, широта 40,9–43,7) і є скінченним числом',
        messages: {
          outsideExtent: 'Координата ({x}, {y}) лежить на довготі {lon}, широті {lat}, поза {extent}: переплутано X/Y, не та зона чи не та система координат?',
          nonFinite: 'Координата не є скінченним числом ({x}, {y})',
        },
        fix: 'Поміняйте місцями стовпці X і Y або виправте систему координат шару.',
      },
      kk: {
        description: 'Әр координата профиль аумағында жатыр (Грузия: бойлық 39,9–46,8, ендік 40,9–43,7) және шекті сан болып табылады',
        messages: {
          outsideExtent: '({x}, {y}) координатасы бойлық {lon}, ендік {lat} нүктесінде, {extent} аумағынан тыс: X/Y ауысып кетті ме, аймақ не координаттар жүйесі қате ме?',
          nonFinite: 'Координата шекті сан емес ({x}, {y})',
        },
        fix: 'X пен Y бағандарының орнын ауыстырыңыз немесе қабаттың координаттар жүйесін түзетіңіз.',
      },
    },
  },
  check({ submission, settings, report }) {
    const { lonMin, lonMax, latMin, latMax } = settings.extent;
    const extentText = `lon ${lonMin}–${lonMax}, lat ${latMin}–${latMax}`;
    const round = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1e4) / 1e4) : 'undefined');
    for (const layer of submission.layers) {
      // The reader found them (and left a layer with one outside the extent unplaced); a layer built elsewhere is looked at here.
      const implausible = layer.implausible ?? implausibleCoordinates(layer.crs, layer.features.map((feature) => feature.sourceGeometry), settings.extent);
      for (const { index, kind, position, lon, lat } of implausible) {
        const feature = layer.features[index];
        const [x, y] = position;
        if (kind === 'non-finite') {
          report({ messageId: 'nonFinite', layer, feature, location: null, data: { x: String(x), y: String(y) } });
          continue;
        }
        report({
          messageId: 'outsideExtent', layer, feature,
          location: layer.measurable ? null : position,
          data: { x: String(x), y: String(y), lon: round(lon), lat: round(lat), extent: extentText },
        });
      }
    }
  },
});
