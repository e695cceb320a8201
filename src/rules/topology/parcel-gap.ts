// topology/parcel-gap: no uncovered strip between the parcels of one submission (Art. 8(4)(h), 2(2)); wider enclosed areas are recorded.
// What a gap is (docs/rules/topology/parcel-gap.md): uncovered land between parcels whose boundaries face each other,
// lying along at least two parcels over a positive length; width = the diameter of the largest circle inside it; one
// connected region is one finding. Nothing here depends on ring winding, start vertex or record order.
import { defineRule } from '../../engine/define-rule.js';
import { matchSegments, ringsOf, type Matching } from '../../geom/coverage.js';
import { faceClusters } from '../../geom/face-clusters.js';
import { contactLength, regionRings, uncoveredStrips } from '../../geom/facing-strips.js';
import { createSegment, geometryFactory, inOrOnArea, polygonize, toGeoJson, toJsts, unaryUnion, type JstsCoordinate, type JstsGeometry } from '../../geom/jsts.js';
import { measuredRegions, unionParts, type MeasuredRegion } from '../../geom/regions.js';
import { boxOf } from '../../geom/box.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { isWiderThan, polygonParts } from '../../geom/width.js';
import { withoutExtraCopies } from '../../geom/copies.js';
import { canonicalRegion, hairsPer, ringsFromLeastCorner } from '../../geom/ring-start.js';
import { featureName, polygonShapes, type PolygonShape } from '../shapes.js';

/**
 * The areas the parcels enclose: the bounded faces of the arrangement of the boundary segments no neighbour matches
 * (src/geom/coverage.ts) that no parcel covers. Every point of the parcels' union's boundary lies on such a segment and
 * coverage cannot change across a matched edge, so each face is wholly covered or wholly an enclosed area — parcels that
 * meet only at corner points included — without overlaying the (mostly clean) parcels themselves.
 *
 * Only the clusters of segments that may bound an uncovered face are polygonized (src/geom/face-clusters.ts). On a real
 * cadastre most unmatched segments are the frontage of blocks on unparcelled roads (Épinay-sur-Orge: 3,579 of 4,241
 * parcels have one), and polygonizing them all found 2 enclosed areas among 220 faces; tracing the faces on raw
 * coordinates proves the blocks' groups bound none.
 */
function enclosedAreas(matching: Matching, covered: (point: JstsCoordinate) => boolean): JstsGeometry[] {
  const { unmatched } = matching;
  const { clusters, flagged } = faceClusters(matching);
  const areas: JstsGeometry[] = [];
  for (const cluster of clusters) {
    const lines: JstsGeometry[] = [];
    const crossing: JstsGeometry[] = [];
    for (const k of cluster) {
      const line = createSegment(unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!);
      (flagged[k] ? crossing : lines).push(line);
    }
    // Segments that cross or touch another mid-way (overlapping parcels, bow-ties) are noded by unioning them; a cluster
    // jsts cannot node (an invalid parcel: geometry/valid reports it) costs its own areas only, not the others'.
    try {
      if (crossing.length > 0) lines.push(unaryUnion(geometryFactory.createMultiLineString(crossing as never) as unknown as JstsGeometry));
      for (const face of polygonize(lines)) if (!covered(face.getInteriorPoint().getCoordinate()!)) areas.push(face);
    } catch {
      continue;
    }
  }
  return areas;
}

/**
 * `strip` without the parcel. A parcel jsts cannot overlay (invalid: geometry/valid reports it) is taken away by its box
 * instead, so that it costs the gaps right around it and no others: which strips a layer's other invalid parcels
 * touch must not decide what is found here (a layer checked in tiles sees only some of them, src/tiles/).
 */
function withoutParcel(strip: JstsGeometry, parcel: PolygonShape): JstsGeometry {
  // Boxes that only share a side: the interiors cannot meet (each lies inside its box's interior), so the relate below
  // would say no. On the 10,000-parcel bench layer 204 of 674 strip-parcel pairs are such neighbours across a strip's
  // long side; skipping them spares a relate each (and the parcel's jsts shape, built lazily).
  const envelope = strip.getEnvelopeInternal();
  const { box } = parcel;
  if (Math.min(envelope.getMaxX(), box.maxX) <= Math.max(envelope.getMinX(), box.minX) || Math.min(envelope.getMaxY(), box.maxY) <= Math.max(envelope.getMinY(), box.minY)) return strip;
  try {
    return strip.relate(parcel.shape, 'T********') ? strip.difference(parcel.shape) : strip;
  } catch {
    const { minX, minY, maxX, maxY } = parcel.box;
    const box = toJsts({ type: 'Polygon', coordinates: [[[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY], [minX, minY]]] });
    return strip.intersects(box) ? strip.difference(box) : strip;
  }
}

export default defineRule({
  id: 'topology/parcel-gap',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(h), 2(2)',
    measures: ['parcel'],
    description: 'No uncovered strip up to {gapMaxWidth} m wide between parcels of the submission: wider than the {accuracy} m accuracy is an error, narrower a warning',
    messages: {
      gap: 'Uncovered strip {width} m wide between parcels {parcels} (limit {limit} m)',
      withinAccuracy: 'Uncovered strip {width} m wide between parcels {parcels}, within the {limit} m accuracy: snap the common boundary',
      enclosedArea: 'Unsurveyed enclosed area {width} m wide between parcels {parcels} (wider than the {limit} m a gap can be)',
    },
    translations: {
      ka: {
        description: 'კომპლექტის ნაკვეთებს შორის არ არის {gapMaxWidth} მ-მდე სიგანის დაუფარავი ზოლი: {accuracy} მ სიზუსტეზე განიერი შეცდომაა, ვიწრო — გაფრთხილება',
        messages: {
          gap: 'დაუფარავი ზოლი სიგანით {width} მ ნაკვეთებს {parcels} შორის (ზღვარი {limit} მ)',
          withinAccuracy: 'დაუფარავი ზოლი სიგანით {width} მ ნაკვეთებს {parcels} შორის, {limit} მ სიზუსტის ფარგლებში: შეაერთეთ საერთო საზღვარი',
          enclosedArea: 'აუზომავი ჩაკეტილი არე სიგანით {width} მ ნაკვეთებს {parcels} შორის (უფრო განიერი, ვიდრე ღრეჩოსთვის შესაძლო {limit} მ)',
        },
        fix: 'მეზობელი ნაკვეთები ერთ საერთო საზღვარზე მიაბით; თუ ზოლი რეალურია (ბილიკი, თხრილი), აზომეთ ის ცალკე ნაკვეთად.',
      },
      ru: {
        description: 'Между участками комплекта нет непокрытой полосы шириной до {gapMaxWidth} м: шире точности {accuracy} м — ошибка, уже — предупреждение',
        messages: {
          gap: 'Непокрытая полоса шириной {width} м между участками {parcels} (предел {limit} м)',
          withinAccuracy: 'Непокрытая полоса шириной {width} м между участками {parcels}, в пределах точности {limit} м: совместите общую границу',
          enclosedArea: 'Неснятая замкнутая область шириной {width} м между участками {parcels} (шире {limit} м, возможных для щели)',
        },
        fix: 'Привяжите соседние участки к одной общей границе; если полоса настоящая (тропа, канава), снимите её как отдельный участок.',
      },
      uk: {
        description: 'Між ділянками комплекту немає непокритої смуги завширшки до {gapMaxWidth} м: ширша за точність {accuracy} м — помилка, вужча — попередження',
        messages: {
          gap: 'Непокрита смуга завширшки {width} м між ділянками {parcels} (ліміт {limit} м)',
          withinAccuracy: 'Непокрита смуга завширшки {width} м між ділянками {parcels}, у межах точності {limit} м: поєднайте спільну межу',
          enclosedArea: 'Незнята замкнена область завширшки {width} м між ділянками {parcels} (ширша за {limit} м, можливі для щілини)',
        },
        fix: 'Прив’яжіть сусідні ділянки до однієї спільної межі; якщо смуга справжня (стежка, рів), зніміть її як окрему ділянку.',
      },
      kk: {
        description: 'Жиынтық учаскелерінің арасында ені {gapMaxWidth} м-ге дейінгі жабылмаған жолақ жоқ: {accuracy} м дәлдіктен кең болса — қате, тар болса — ескерту',
        messages: {
          gap: '{parcels} учаскелерінің арасында ені {width} м жабылмаған жолақ (шегі {limit} м)',
          withinAccuracy: '{parcels} учаскелерінің арасында ені {width} м жабылмаған жолақ, {limit} м дәлдік шегінде: ортақ шекараны біріктіріңіз',
          enclosedArea: '{parcels} учаскелерінің арасында ені {width} м түсірілмеген тұйық аймақ (саңылау бола алатын {limit} м-ден кең)',
        },
        fix: 'Көршілес учаскелерді бір ортақ шекараға байлаңыз; жолақ шын болса (соқпақ, арық), оны бөлек учаске ретінде түсіріңіз.',
      },
    },
    options: {
      accuracy: { description: 'A gap wider than this is an error, a narrower one a warning (the accuracy)', unit: 'm' },
      gapMaxWidth: { description: 'The widest uncovered strip between parcels still reported as a gap', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const { accuracy, gapMaxWidth, coincident } = options;
    // Regions are written and measured to a thousandth of the coincidence distance (a micrometre by default).
    const hairs = hairsPer(coincident);
    // The third and later copies of one drawn parcel add no gap and would only multiply the work (10,000 copies took
    // minutes): the first two keep every finding a copy has; parcel-overlap and geometry/duplicate report the copies.
    const parcels = withoutExtraCopies(polygonShapes(submission, 'parcel'), (parcel) => parcel.feature.geometry!);
    if (parcels.length < 2) return;
    const boxes = parcels.map((parcel) => parcel.box);
    const index = new BoxIndex(boxes);
    const matching = matchSegments(parcels.map((parcel) => ringsOf(parcel.feature.geometry!)));
    /** Is the point in or on a parcel? */
    const covered = (point: JstsCoordinate): boolean =>
      index.search({ minX: point.x, minY: point.y, maxX: point.x, maxY: point.y }).some((i) => inOrOnArea(point, parcels[i]!.shape));

    /**
     * The parcels a region lies along over a positive length (more than `coincident` of its outline), in submission order.
     * A parcel that only touches it at a point (a neighbour's corner at the mouth of a notch) does not count.
     */
    const along = (regions: readonly JstsGeometry[]): PolygonShape[] => {
      // (several regions: their outlines together)
      const rings = regions.flatMap(regionRings);
      const candidates = new Set<number>();
      for (const region of regions) for (const i of index.search(boxOf(region), coincident)) candidates.add(i);
      return [...candidates].sort((a, b) => a - b)
        .filter((i) => contactLength(rings, ringsOf(parcels[i]!.feature.geometry!).rings, coincident) > coincident)
        .map((i) => parcels[i]!);
    };

    const reportRegion = (found: MeasuredRegion, neighbours: PolygonShape[], kind: 'gap' | 'enclosedArea'): void => {
      const isError = found.width > accuracy;
      const messageId = kind === 'enclosedArea' ? 'enclosedArea' : isError ? 'gap' : 'withinAccuracy';
      const limit = kind === 'enclosedArea' ? gapMaxWidth : accuracy;
      report({
        messageId, severity: kind === 'enclosedArea' ? 'info' : isError ? 'error' : 'warning',
        layer: neighbours[0]!.layer, feature: neighbours[0]!.feature, location: found.location, measured: found.width, limit, unit: 'm',
        data: { parcels: neighbours.map((parcel) => featureName(parcel.feature)).join(', '), width: found.width.toFixed(3), limit: limit.toFixed(2) },
        // From its least corner: the overlay starts the ring wherever the other strips around it made it (src/tiles/).
        geometry: ringsFromLeastCorner(toGeoJson(found.region), hairs),
      });
    };

    // 1. Areas the parcels close in all round: a gap when narrow, an unsurveyed area when wider.
    const narrowEnclosed: JstsGeometry[] = [];
    const wideEnclosed: JstsGeometry[] = [];
    let enclosed: JstsGeometry[] = [];
    try {
      enclosed = enclosedAreas(matching, covered);
    } catch {
      // jsts could not overlay an invalid parcel: geometry/valid reports it; the strips below are still checked
    }
    for (const area of enclosed) {
      // One erosion settles most: an area no wider than gapMaxWidth less a millimetre cannot measure gapMaxWidth (the
      // bisection uses the same erosion).
      if (!isWiderThan(area, gapMaxWidth - 0.001)) {
        narrowEnclosed.push(area);
        continue;
      }
      const [measured] = measuredRegions(canonicalRegion(area, hairs));
      if (!measured) continue;
      if (measured.width < gapMaxWidth) {
        narrowEnclosed.push(area);
        continue;
      }
      wideEnclosed.push(area);
      const neighbours = along([area]);
      if (neighbours.length >= 2) reportRegion(measured, neighbours, 'enclosedArea'); // else a hole in one parcel: its own shape
    }

    // 2. Strips between facing boundaries of two different parcels, closed at their ends or not.
    const strips = uncoveredStrips(parcels.map((parcel) => parcel.feature.geometry!), boxes, index, matching, covered, { gapMaxWidth, coincident });
    const uncovered: JstsGeometry[] = [...narrowEnclosed];
    try {
      for (const part of unionParts(strips)) {
        // The parcels it reaches into, taken away one by one (cheaper than their union, the same area).
        let rest = part;
        for (const i of index.search(boxOf(part))) {
          if (rest.isEmpty()) break;
          rest = withoutParcel(rest, parcels[i]!);
        }
        for (const wide of wideEnclosed) if (wide.intersects(rest)) rest = rest.difference(wide);
        uncovered.push(...polygonParts(rest));
      }
    } catch {
      // jsts could not overlay the strips with an invalid parcel: geometry/valid reports the parcel
    }

    let gaps: JstsGeometry[];
    try {
      gaps = unionParts(uncovered);
    } catch {
      return; // as above: an invalid parcel left shapes jsts cannot merge
    }
    // A gap is narrower than gapMaxWidth (parcels 1 m apart face a road, not a gap); strips that merge into a wider open
    // area are no gap either.
    // Measured as written (src/geom/ring-start.ts): the inside point follows the vertices, and a gap computed among the
    // strips of a tile carries other seam points than among the whole layer's.
    const narrow = gaps.flatMap((gap) => measuredRegions(canonicalRegion(gap, hairs), coincident)).filter((found) => found.width < gapMaxWidth);
    // Each connected region is one finding (the strips' pieces join without seams: src/geom/facing-strips.ts), named by
    // the parcels it lies along; separate regions that only touch at a point (holes meeting at a corner) stay separate.
    const order = new Map(parcels.map((parcel, i) => [parcel, i]));
    const findings: Array<{ found: MeasuredRegion; neighbours: PolygonShape[] }> = [];
    for (const found of narrow) {
      const neighbours = along([found.region]);
      if (neighbours.length >= 2) findings.push({ found, neighbours }); // else a notch in one parcel's outline, or a hole in it
    }
    // In the order of the land, not of the computation: by the first parcel named, then by place.
    findings.sort((a, b) => order.get(a.neighbours[0]!)! - order.get(b.neighbours[0]!)! || a.found.location[0] - b.found.location[0] || a.found.location[1] - b.found.location[1]);
    for (const { found, neighbours } of findings) reportRegion(found, neighbours, 'gap');
  },
});
