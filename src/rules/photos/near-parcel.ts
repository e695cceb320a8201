// photos/near-parcel: a photo with a GPS position was taken near the surveyed parcels (Art. 1(4), on-site survey).
import { defineRule } from '../../engine/define-rule.js';
import { definitionOf, makeTransform } from '../../geom/crs.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import { formatMetres } from '../../engine/messages.js';
import { BoxIndex, boxOf, type Box } from '../../geom/spatial-index.js';
import type { Position, Submission } from '../../model.js';
import { jpegPhotosOf } from './evidence.js';

/** Every parcel of the submission that can be measured, as jsts geometries in the profile CRS. */
function parcelGeometriesOf(submission: Submission): JstsGeometry[] {
  const parcels: JstsGeometry[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      if (!feature.geometry) continue;
      try {
        const geometry = toJsts(feature.geometry);
        if (!geometry.isEmpty()) parcels.push(geometry);
      } catch {
        // unbuildable: geometry/valid reports it
      }
    }
  }
  return parcels;
}

export default defineRule({
  id: 'photos/near-parcel',
  meta: {
    severity: 'warning',
    basis: 'Art. 1(4)',
    description: 'A photo with a GPS position was taken within photoMaxDistance (200 m) of a surveyed parcel',
    messages: {
      farFromParcels: '{file} was taken {distance} m from the nearest parcel (limit {limit} m): was it taken at this site?',
      cannotPlace: '{file} has a GPS position (lat {lat}, lon {lon}) that cannot be placed in {crs}: was it taken at this site?',
    },
  },
  check({ submission, settings, report }) {
    const photos = jpegPhotosOf(submission).filter((photo) => photo.gps);
    const parcels = photos.length > 0 ? parcelGeometriesOf(submission) : [];
    if (parcels.length === 0) return; // nothing to measure against: input/required-layers speaks for a missing parcel layer
    const limit = settings.tolerances.photoMaxDistance;
    const toProfile = makeTransform(definitionOf('EPSG:4326'), definitionOf(settings.crs));
    const boxes: Box[] = parcels.map(boxOf);
    const index = new BoxIndex(boxes);
    for (const photo of photos) {
      const file = photo.file;
      const position: Position = toProfile([photo.gps!.lon, photo.gps!.lat]);
      if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
        report({ messageId: 'cannotPlace', file, data: { file, lat: photo.gps!.lat, lon: photo.gps!.lon, crs: settings.crs } });
        continue;
      }
      const point = toJsts({ type: 'Point', coordinates: position });
      const near = index.search({ minX: position[0], minY: position[1], maxX: position[0], maxY: position[1] }, limit);
      if (near.some((i) => parcels[i]!.distance(point) <= limit)) continue;
      // Planar distance in metres, in the profile CRS (never degrees).
      const distance = Math.min(...parcels.map((parcel) => parcel.distance(point)));
      report({ messageId: 'farFromParcels', file, data: { file, distance: formatMetres(distance), limit: formatMetres(limit) }, location: position, measured: distance, limit, unit: 'm' });
    }
  },
});
