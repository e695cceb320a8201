// topology/parcel-gap: no uncovered strip between the parcels of one submission (Art. 8(4)(h), 2(2)); wider enclosed areas are recorded.
import SimplePointInAreaLocator from 'jsts/org/locationtech/jts/algorithm/locate/SimplePointInAreaLocator.js';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import Location from 'jsts/org/locationtech/jts/geom/Location.js';
import Polygonizer from 'jsts/org/locationtech/jts/operation/polygonize/Polygonizer.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import { defineRule } from '../../engine/define-rule.js';
import { matchSegments, needsNoding, ringsOf } from '../../geom/coverage.js';
import { boundaryEdges, facingStrips, type BoundaryEdge } from '../../geom/facing-strips.js';
import { geometryFactory, toGeoJson, type JstsCoordinate, type JstsGeometry } from '../../geom/jsts.js';
import { measuredRegions, unionParts, type MeasuredRegion } from '../../geom/regions.js';
import { boxOf, BoxIndex } from '../../geom/spatial-index.js';
import { isWiderThan, polygonParts } from '../../geom/width.js';
import { featureName, polygonShapes, type PolygonShape } from '../shapes.js';

/**
 * The areas the parcels enclose: the bounded faces of the arrangement of the boundary segments no neighbour matches
 * (src/geom/coverage.ts) that no parcel covers. Every point of the parcels' union's boundary lies on such a segment and
 * coverage cannot change across a matched edge, so each face is wholly covered or wholly an enclosed area — parcels that
 * meet only at corner points included — without overlaying the (mostly clean) parcels themselves.
 */
function enclosedAreas(unmatched: readonly number[], covered: (point: JstsCoordinate) => boolean): JstsGeometry[] {
  if (unmatched.length === 0) return [];
  const polygonizer = new Polygonizer();
  const crossing: JstsGeometry[] = [];
  const flagged = needsNoding(unmatched);
  for (let k = 0; k < unmatched.length; k += 4) {
    const line = geometryFactory.createLineString([new Coordinate(unmatched[k]!, unmatched[k + 1]!), new Coordinate(unmatched[k + 2]!, unmatched[k + 3]!)] as never) as unknown as JstsGeometry;
    if (flagged[k / 4]) crossing.push(line);
    else polygonizer.add(line as never);
  }
  // Segments that cross or touch another mid-way (overlapping parcels, bow-ties) are noded by unioning them, per place.
  const boxes = crossing.map((line) => boxOf(line));
  const index = new BoxIndex(boxes);
  const parent = crossing.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [i, j] of index.pairs(boxes)) parent[root(i)] = root(j);
  const places = new Map<number, JstsGeometry[]>();
  crossing.forEach((line, i) => {
    if (!places.has(root(i))) places.set(root(i), []);
    places.get(root(i))!.push(line);
  });
  for (const lines of places.values()) polygonizer.add(UnaryUnionOp.union(geometryFactory.createMultiLineString(lines as never)));
  const faces = (polygonizer.getPolygons() as unknown as { toArray(): JstsGeometry[] }).toArray();
  return faces.filter((face) => !covered(face.getInteriorPoint().getCoordinate()!));
}

export default defineRule({
  id: 'topology/parcel-gap',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(h), 2(2)',
    description: 'No uncovered strip up to 1 m wide between parcels of the submission: wider than the 0.15 m accuracy is an error, narrower a warning',
    messages: {
      gap: 'Uncovered strip {width} m wide between parcels {parcels} (limit {limit} m)',
      withinAccuracy: 'Uncovered strip {width} m wide between parcels {parcels}, within the {limit} m accuracy: snap the common boundary',
      enclosedArea: 'Unsurveyed enclosed area {width} m wide between parcels {parcels} (wider than the {limit} m a gap can be)',
    },
  },
  check({ submission, settings, report }) {
    const { accuracy, gapMaxWidth, coincident } = settings.tolerances;
    const parcels = polygonShapes(submission, 'parcel');
    if (parcels.length < 2) return;
    const boxes = parcels.map((parcel) => parcel.box);
    const index = new BoxIndex(boxes);
    const { dirty, unmatched } = matchSegments(parcels.map((parcel) => ringsOf(parcel.feature.geometry!)));
    /** Is the point in or on a parcel? */
    const covered = (point: JstsCoordinate): boolean =>
      index.search({ minX: point.x, minY: point.y, maxX: point.x, maxY: point.y }).some((i) => SimplePointInAreaLocator.locate(point as never, parcels[i]!.shape as never) !== Location.EXTERIOR);

    /** The parcels touching a region (within a millimetre), in submission order. */
    const bordering = (region: JstsGeometry): PolygonShape[] =>
      index.search(boxOf(region), coincident).sort((a, b) => a - b).map((i) => parcels[i]!).filter((parcel) => parcel.shape.distance(region) <= coincident);

    const reportRegion = (found: MeasuredRegion, neighbours: PolygonShape[], kind: 'gap' | 'enclosedArea'): void => {
      const isError = found.width > accuracy;
      const messageId = kind === 'enclosedArea' ? 'enclosedArea' : isError ? 'gap' : 'withinAccuracy';
      const limit = kind === 'enclosedArea' ? gapMaxWidth : accuracy;
      report({
        messageId, severity: kind === 'enclosedArea' ? 'info' : isError ? 'error' : 'warning',
        layer: neighbours[0]!.layer, feature: neighbours[0]!.feature, location: found.location, measured: found.width, limit, unit: 'm',
        data: { parcels: neighbours.map((parcel) => featureName(parcel.feature)).join(', '), width: found.width.toFixed(3), limit: limit.toFixed(2) },
        geometry: toGeoJson(found.region),
      });
    };

    // 1. Areas the parcels close in all round: a gap when narrow, an unsurveyed area when wider.
    const narrowEnclosed: JstsGeometry[] = [];
    const wideEnclosed: JstsGeometry[] = [];
    let enclosed: JstsGeometry[] = [];
    try {
      enclosed = enclosedAreas(unmatched, covered);
    } catch {
      // jsts could not overlay an invalid parcel: geometry/valid reports it; the strips below are still checked
    }
    for (const area of enclosed) {
      const neighbours = bordering(area);
      if (neighbours.length < 2) continue; // a hole in one parcel is that parcel's shape, not a gap
      // One erosion settles most: an area no wider than gapMaxWidth cannot measure wider (the bisection uses the same erosion).
      if (!isWiderThan(area, gapMaxWidth)) {
        narrowEnclosed.push(area);
        continue;
      }
      const [measured] = measuredRegions(area);
      if (!measured) continue;
      if (measured.width > gapMaxWidth) {
        wideEnclosed.push(area);
        reportRegion(measured, neighbours, 'enclosedArea');
      } else narrowEnclosed.push(area);
    }

    // 2. Strips between facing boundaries of two different parcels, closed at their ends or not.
    const edges = new Map<number, BoundaryEdge[]>();
    const edgesOf = (i: number): BoundaryEdge[] => {
      if (!edges.has(i)) edges.set(i, boundaryEdges(parcels[i]!.feature.geometry!));
      return edges.get(i)!;
    };
    const strips: JstsGeometry[] = [];
    // Pairs with a dirty parcel, in the order BoxIndex.pairs lists them (i ascending, j as the index finds it): only the
    // dirty parcels and those near them are searched.
    const near = new Uint8Array(parcels.length);
    parcels.forEach((parcel, i) => {
      if (dirty[i]) for (const j of index.search(parcel.box, gapMaxWidth)) near[j] = 1;
    });
    for (let i = 0; i < parcels.length; i++) {
      if (!near[i]) continue;
      for (const j of index.search(boxes[i]!, gapMaxWidth)) {
        if (j <= i) continue;
        // Two parcels whose every edge is matched (a neighbour across each) have a neighbour in front of every edge: an
        // uncovered area within gapMaxWidth of both could only lie beyond neighbours thinner than gapMaxWidth, whose own
        // (unmatched) strips find it — in contrived shapes with a slightly different outline than this pair's strip would
        // add. Skipping these pairs (facingStrips on every pair is ~1.4 s at 100k parcels, for no strip) is the trade.
        if (dirty[i] || dirty[j]) strips.push(...facingStrips(edgesOf(i), edgesOf(j), gapMaxWidth, coincident));
      }
    }
    const uncovered: JstsGeometry[] = [...narrowEnclosed];
    try {
      for (const part of unionParts(strips)) {
        // The parcels it reaches into, taken away one by one (cheaper than their union, the same area).
        let rest = part;
        for (const i of index.search(boxOf(part))) {
          if (rest.isEmpty()) break;
          if (rest.relate(parcels[i]!.shape, 'T********')) rest = rest.difference(parcels[i]!.shape);
        }
        for (const wide of wideEnclosed) if (wide.intersects(rest)) rest = rest.difference(wide);
        uncovered.push(...polygonParts(rest));
      }
    } catch {
      // jsts could not overlay the strips with an invalid parcel: geometry/valid reports the parcel
    }

    let gaps: JstsGeometry[] = [];
    try {
      gaps = unionParts(uncovered);
    } catch {
      return; // as above: an invalid parcel left shapes jsts cannot merge
    }
    for (const found of gaps.flatMap((gap) => measuredRegions(gap, coincident))) {
      if (found.width > gapMaxWidth) continue; // strips that merge into a wide open area are not a gap between two parcels
      const neighbours = bordering(found.region);
      if (neighbours.length >= 2) reportRegion(found, neighbours, 'gap');
    }
  },
});
