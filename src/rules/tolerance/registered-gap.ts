// tolerance/registered-gap: no sliver narrower than 0.30 m between a surveyed parcel and a registered neighbour (Art. 2(2)–(3)).
import { defineRule } from '../../engine/define-rule.js';
import { ringsOf } from '../../geom/coverage.js';
import { boundaryEdges, contactLength, facingStrips, regionRings } from '../../geom/facing-strips.js';
import { toGeoJson, type JstsGeometry } from '../../geom/jsts.js';
import { unionOfBoxes } from '../../geom/box.js';
import { FINE_WIDTH_RESOLUTION, pointInside, unionOf, widthToMillimetre } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { polygonParts } from '../../geom/width.js';
import { registeredName, registeredNeighbours, surveyedParcels, type ParcelShape } from '../registered.js';

/**
 * The slivers between a surveyed parcel and a registered neighbour: what topology/parcel-gap calls a gap (its doc says
 * exactly what that is), with `limit` in place of gapMaxWidth — uncovered land between the two parcels' facing
 * boundaries (within 2·atan(1/4) of opposite) where they are less than `limit` apart, covered by no third parcel and
 * lying along both parcels over a positive length. A notch in one of them touched by the other at a point, and the open
 * corner where their boundaries meet at a wide angle, are not slivers; nothing depends on how the rings are written.
 */
function slivers(parcel: ParcelShape, neighbour: ParcelShape, others: JstsGeometry | null, limit: number, coincident: number): JstsGeometry[] {
  const strips = facingStrips(boundaryEdges(parcel.feature.geometry!), boundaryEdges(neighbour.feature.geometry!), limit, coincident);
  if (strips.length === 0) return [];
  let rest = unionOf(strips)!.difference(parcel.shape).difference(neighbour.shape);
  if (others && !rest.isEmpty()) rest = rest.difference(others);
  const [parcelRings, neighbourRings] = [ringsOf(parcel.feature.geometry!).rings, ringsOf(neighbour.feature.geometry!).rings];
  return polygonParts(rest)
    .filter((region) => {
      const rings = regionRings(region);
      return contactLength(rings, parcelRings, coincident) > coincident && contactLength(rings, neighbourRings, coincident) > coincident;
    });
}

export default defineRule({
  id: 'tolerance/registered-gap',
  meta: {
    severity: 'warning',
    basis: 'Art. 2(2)–(3)',
    measures: ['parcel'],
    description: 'No sliver narrower than {registeredOverlap} m between a surveyed parcel and a registered neighbour',
    messages: {
      gap: 'Sliver {width} m wide (narrower than {limit} m) between the parcel and registered parcel {cadCode}, over {area} m²: the boundary should follow the registered one',
      notChecked: 'Not checked: no registered data (give it with --registered)',
    },
    translations: {
      ka: {
        description: 'აზომილ ნაკვეთსა და რეგისტრირებულ მოსაზღვრე ნაკვეთს შორის არ არის {registeredOverlap} მ-ზე ვიწრო ღრეჩო',
        messages: {
          gap: 'ღრეჩო სიგანით {width} მ ({limit} მ-ზე ვიწრო) ნაკვეთსა და რეგისტრირებულ ნაკვეთს {cadCode} შორის, ფართობით {area} მ²: საზღვარი რეგისტრირებულს უნდა მიჰყვებოდეს',
          notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
        },
        fix: 'აზომილი საზღვარი მიაბით რეგისტრირებული მეზობლის საზღვარს.',
      },
      ru: {
        description: 'Между снятым участком и зарегистрированным соседним нет щели уже {registeredOverlap} м',
        messages: {
          gap: 'Щель шириной {width} м (уже {limit} м) между участком и зарегистрированным участком {cadCode}, площадью {area} м²: граница должна проходить по зарегистрированной',
          notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
        },
        fix: 'Привяжите снятую границу к границе зарегистрированного соседа.',
      },
      uk: {
        description: 'Між знятою ділянкою й зареєстрованою суміжною немає щілини, вужчої за {registeredOverlap} м',
        messages: {
          gap: 'Щілина завширшки {width} м (вужча за {limit} м) між ділянкою і зареєстрованою ділянкою {cadCode}, площею {area} м²: межа має йти по зареєстрованій',
          notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
        },
        fix: 'Прив’яжіть зняту межу до межі зареєстрованого сусіда.',
      },
      kk: {
        description: 'Түсірілген учаске мен тіркелген көршілес учаске арасында {registeredOverlap} м-ден тар саңылау жоқ',
        messages: {
          gap: 'Учаске мен тіркелген {cadCode} учаскесі арасында ені {width} м ({limit} м-ден тар), ауданы {area} м² саңылау: шекара тіркелген шекарамен жүруі керек',
          notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
        },
        fix: 'Түсірілген шекараны тіркелген көршінің шекарасына байлаңыз.',
      },
    },
    options: {
      registeredOverlap: { description: 'A sliver narrower than this between a surveyed and a registered parcel is reported', unit: 'm' },
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
    const everyone = [...surveyed, ...neighbours];
    const index = new BoxIndex(neighbours.map((parcel) => parcel.box));
    const everyoneIndex = new BoxIndex(everyone.map((parcel) => parcel.box));
    for (const parcel of surveyed) {
      for (const i of index.search(parcel.box, limit)) {
        const neighbour = neighbours[i]!;
        try {
          if (parcel.shape.distance(neighbour.shape) >= limit) continue;
          // A sliver covered by a third parcel (surveyed or registered) is no gap.
          const box = unionOfBoxes([parcel.box, neighbour.box]);
          const thirds = everyoneIndex.search(box, limit).map((j) => everyone[j]!).filter((other) => other !== parcel && other !== neighbour);
          const others = thirds.reduce<JstsGeometry | null>((union, other) => (union ? union.union(other.shape) : other.shape), null);
          for (const region of slivers(parcel, neighbour, others, limit, options.coincident)) {
            const width = widthToMillimetre(region, FINE_WIDTH_RESOLUTION);
            if (width < options.coincident || width >= limit) continue;
            const location = pointInside(region);
            const area = Math.round(region.getArea() * 100) / 100;
            report({
              messageId: 'gap', layer: parcel.layer, feature: parcel.feature, location, measured: width, limit, unit: 'm',
              data: { cadCode: registeredName(neighbour), width: width.toFixed(3), limit: limit.toFixed(2), area: area.toFixed(2) },
              geometry: toGeoJson(region),
            });
          }
        } catch {
          continue; // an invalid polygon on either side: geometry/valid names it
        }
      }
    }
  },
});
