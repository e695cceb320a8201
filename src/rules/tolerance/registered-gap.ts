// tolerance/registered-gap: no sliver narrower than 0.30 m between a surveyed parcel and a registered neighbour (Art. 2(2)–(3)).
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson, type JstsGeometry } from '../../geom/jsts.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { regionsOf, registeredName, registeredNeighbours, surveyedParcels, widthInMillimetres, type ParcelShape } from '../registered.js';

/**
 * Closing (grow, then shrink, by half the limit) fills exactly the strips narrower than the limit.
 * It also rounds off the inner corner where two touching parcels form an L (a fillet a few cm wide);
 * a sliver must therefore run along each of the two parcels for at least the limit to count.
 */
function slivers(parcel: ParcelShape, neighbour: ParcelShape, others: JstsGeometry, limit: number): JstsGeometry[] {
  const pair = parcel.shape.union(neighbour.shape);
  const closed = pair.buffer(limit / 2).buffer(-limit / 2);
  const uncovered = closed.difference(pair).difference(others);
  return regionsOf(uncovered)
    .map(({ region }) => region)
    .filter((region) => contactLength(region, parcel.shape) >= limit && contactLength(region, neighbour.shape) >= limit);
}

/** Depth of the band along a parcel whose area gives the contact length (5 mm: thinner slivers are rare and still long). */
const CONTACT_BAND = 0.005;

/**
 * How long a region runs along a parcel: the area of its part within 5 mm of the parcel, over 5 mm.
 * Measured by area, not along the outline, because overlays leave zero-width spikes where a shared
 * side was written with float noise (a registry in degrees, reprojected), and those have no area.
 */
function contactLength(region: JstsGeometry, parcel: JstsGeometry): number {
  return region.intersection(parcel.buffer(CONTACT_BAND)).getArea() / CONTACT_BAND;
}

export default defineRule({
  id: 'tolerance/registered-gap',
  meta: {
    severity: 'warning',
    basis: 'Art. 2(2)–(3)',
    description: 'No sliver narrower than 0.30 m between a surveyed parcel and a registered neighbour',
    messages: {
      gap: 'Sliver {width} m wide (narrower than {limit} m) between the parcel and registered parcel {cadCode}, over {area} m²: the boundary should follow the registered one',
      notChecked: 'Not checked: no registered data (give it with --registered)',
    },
  },
  check({ submission, settings, registered, report }) {
    if (!registered) {
      report({ messageId: 'notChecked', severity: 'info' });
      return;
    }
    const limit = settings.tolerances.registeredOverlap;
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
          const box = { minX: Math.min(parcel.box.minX, neighbour.box.minX), minY: Math.min(parcel.box.minY, neighbour.box.minY), maxX: Math.max(parcel.box.maxX, neighbour.box.maxX), maxY: Math.max(parcel.box.maxY, neighbour.box.maxY) };
          const thirds = everyoneIndex.search(box, limit).map((j) => everyone[j]!).filter((other) => other !== parcel && other !== neighbour);
          const others = thirds.reduce<JstsGeometry | null>((union, other) => (union ? union.union(other.shape) : other.shape), null);
          for (const region of slivers(parcel, neighbour, others ?? parcel.shape.difference(parcel.shape), limit)) {
            const width = widthInMillimetres(region);
            if (width < settings.tolerances.coincident || width >= limit) continue;
            const [location] = regionsOf(region).map((r) => r.location);
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
