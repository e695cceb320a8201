// topology/parcel-overlap: parcels of one submission must not overlap (Art. 8(4)(a)); within 0.15 m it is a warning (Art. 2(2)).
import { defineRule } from '../../engine/define-rule.js';
import { interiorsDisjoint, ringsOf, type Rings } from '../../geom/coverage.js';
import { coincidenceKey, sharedHashes } from '../../geom/copies.js';
import { toGeoJson } from '../../geom/jsts.js';
import { overlapRegions, type MeasuredRegion } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { featureName, polygonShapes, type PolygonShape } from '../shapes.js';

/** Overlaps measured per parcel; past it the rest are counted (a real layer has a handful at most). */
const MAX_OVERLAPS = 10;

/**
 * The parcels drawn with exactly the same rings (any start corner, either direction), as groups of three or more
 * positions in `rings`, each in order: a key per parcel from its oriented rings, each started at its least corner.
 */
function coincidentGroups(rings: readonly Rings[]): number[][] {
  const byKey = new Map<string, number[]>();
  // A parcel whose coincidenceHash fewer than three share is in no such group: its key is not written.
  const shared = sharedHashes(rings.map(({ rings: parts }) => (parts.length === 0 ? null : parts)), 3);
  rings.forEach(({ rings: parts }, i) => {
    if (!shared[i]) return;
    const key = coincidenceKey(parts);
    const group = byKey.get(key);
    if (group) group.push(i);
    else byKey.set(key, [i]);
  });
  return [...byKey.values()].filter((group) => group.length >= 3);
}

export default defineRule({
  id: 'topology/parcel-overlap',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(a), 2(2)',
    measures: ['parcel'],
    description: 'Parcels of the submission do not overlap: wider than the {accuracy} m accuracy is an error, narrower a warning',
    messages: {
      overlap: 'Parcel {parcel} overlaps parcel {other} by {width} m (limit {limit} m)',
      withinAccuracy: 'Parcel {parcel} overlaps parcel {other} by {width} m, within the {limit} m accuracy: snap the common boundary',
      tooManyOverlaps: 'Parcel {parcel} overlaps {max} parcels already; {count} more that meet it are not measured one by one: the layer is drawn over itself, redraw it',
    },
    translations: {
      ka: {
        description: 'კომპლექტის ნაკვეთებს შორის ზედდება არ არის: {accuracy} მ სიზუსტეზე განიერი შეცდომაა, ვიწრო — გაფრთხილება',
        messages: {
          overlap: 'ნაკვეთის {parcel} ზედდება ნაკვეთთან {other} სიგანით {width} მ (ზღვარი {limit} მ)',
          withinAccuracy: 'ნაკვეთის {parcel} ზედდება ნაკვეთთან {other} სიგანით {width} მ, {limit} მ სიზუსტის ფარგლებში: შეაერთეთ საერთო საზღვარი',
          tooManyOverlaps: 'ნაკვეთი {parcel} უკვე ზედდებაშია {max} ნაკვეთთან; კიდევ {count} მოსაზღვრე ცალ-ცალკე არ გაიზომა: ფენა თავის თავზეა დახატული, გადახატეთ იგი',
        },
        fix: 'ორი ნაკვეთი ერთ საერთო საზღვარზე მიაბით; შედეგის გეომეტრია ზედდებაა.',
      },
      ru: {
        description: 'Участки комплекта не накладываются: шире точности {accuracy} м — ошибка, уже — предупреждение',
        messages: {
          overlap: 'Наложение участка {parcel} на участок {other} шириной {width} м (предел {limit} м)',
          withinAccuracy: 'Наложение участка {parcel} на участок {other} шириной {width} м, в пределах точности {limit} м: совместите общую границу',
          tooManyOverlaps: 'Участок {parcel} уже накладывается на {max} участков; ещё {count} соседних не измерены по отдельности: слой нарисован поверх себя, перерисуйте его',
        },
        fix: 'Привяжите оба участка к одной общей границе; геометрия результата — это наложение.',
      },
      uk: {
        description: 'Ділянки комплекту не накладаються: ширше за точність {accuracy} м — помилка, вужче — попередження',
        messages: {
          overlap: 'Накладання ділянки {parcel} на ділянку {other} завширшки {width} м (ліміт {limit} м)',
          withinAccuracy: 'Накладання ділянки {parcel} на ділянку {other} завширшки {width} м, у межах точності {limit} м: поєднайте спільну межу',
          tooManyOverlaps: 'Ділянка {parcel} уже накладається на {max} ділянок; ще {count} сусідніх не виміряно окремо: шар намальовано поверх себе, перемалюйте його',
        },
        fix: 'Прив’яжіть обидві ділянки до однієї спільної межі; геометрія результату — це накладання.',
      },
      kk: {
        description: 'Жиынтық учаскелері қабаттаспайды: {accuracy} м дәлдіктен кең болса — қате, тар болса — ескерту',
        messages: {
          overlap: '{parcel} учаскесі {other} учаскесімен ені {width} м қабаттасады (шегі {limit} м)',
          withinAccuracy: '{parcel} учаскесі {other} учаскесімен ені {width} м қабаттасады, {limit} м дәлдік шегінде: ортақ шекараны біріктіріңіз',
          tooManyOverlaps: '{parcel} учаскесі {max} учаскемен қабаттасып қойған; тағы {count} көрші учаске жеке өлшенбеді: қабат өз үстіне салынған, оны қайта сызыңыз',
        },
        fix: 'Екі учаскені бір ортақ шекараға байлаңыз; нәтиженің геометриясы — қабаттасу.',
      },
    },
    options: {
      accuracy: { description: 'An overlap wider than this is an error, a narrower one a warning (the accuracy)', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const { accuracy: limit, coincident } = options;
    const parcels = polygonShapes(submission, 'parcel');
    const boxes = parcels.map((parcel) => parcel.box);
    const rings = parcels.map((parcel) => ringsOf(parcel.feature.geometry!));
    const reportOverlap = (first: PolygonShape, second: PolygonShape, { region, width, location }: MeasuredRegion): void => {
      const isError = width > limit;
      report({
        messageId: isError ? 'overlap' : 'withinAccuracy', severity: isError ? 'error' : 'warning',
        layer: second.layer, feature: second.feature, location, measured: width, limit, unit: 'm',
        data: { parcel: featureName(second.feature), other: featureName(first.feature), width: width.toFixed(3), limit: limit.toFixed(2) },
        geometry: toGeoJson(region),
      });
    };
    // The same parcel drawn many times would make every copy overlap every other: a quadratic number of overlays and
    // of findings (300 copies took minutes). The first two copies are checked like any pair, and against their
    // neighbours; each further copy is reported once, as overlapping the first by what the first two share.
    const groups = coincidentGroups(rings);
    const extra = new Set(groups.flatMap((group) => group.slice(2)));
    const kept = parcels.map((_, i) => i).filter((i) => !extra.has(i));
    const keptBoxes = kept.map((i) => boxes[i]!);
    const firstTwo = new Map(groups.map((group) => [`${group[0]} ${group[1]}`, group]));
    const sharedByGroup = new Map<number[], MeasuredRegion[]>();
    // A stack of nearly the same parcel (each a millimetre off the last) overlaps pair by pair: once a parcel has
    // MAX_OVERLAPS, its further candidates are counted, not overlaid, and said in one finding (n·MAX overlays, not n²).
    const overlapping = new Int32Array(parcels.length);
    const unmeasured = new Int32Array(parcels.length);
    new BoxIndex(keptBoxes).eachPair(keptBoxes, 0, (a, b) => {
      const [i, j] = [kept[a]!, kept[b]!];
      // Neighbours along identical shared edges (most pairs of a clean coverage) are proven apart without an overlay.
      if (interiorsDisjoint(rings[i]!, rings[j]!)) return;
      if (overlapping[i]! >= MAX_OVERLAPS || overlapping[j]! >= MAX_OVERLAPS) {
        unmeasured[i]! += 1;
        unmeasured[j]! += 1;
        return;
      }
      // Narrower than a millimetre is one boundary drawn twice with rounding noise, not an overlap.
      const regions = overlapRegions(parcels[i]!.shape, parcels[j]!.shape, coincident);
      const group = firstTwo.get(`${i} ${j}`);
      if (group) sharedByGroup.set(group, regions);
      if (regions.length > 0) {
        overlapping[i]! += 1;
        overlapping[j]! += 1;
      }
      for (const region of regions) reportOverlap(parcels[i]!, parcels[j]!, region);
    });
    parcels.forEach((parcel, i) => {
      if (overlapping[i]! < MAX_OVERLAPS || unmeasured[i] === 0) return;
      report({
        messageId: 'tooManyOverlaps', layer: parcel.layer, feature: parcel.feature, measured: unmeasured[i], limit: MAX_OVERLAPS,
        data: { parcel: featureName(parcel.feature), max: MAX_OVERLAPS, count: unmeasured[i]! },
      });
    });
    for (const group of groups) {
      for (const copy of group.slice(2)) {
        for (const region of sharedByGroup.get(group) ?? []) reportOverlap(parcels[group[0]!]!, parcels[copy]!, region);
      }
    }
  },
});
