// input/coordinates-plausible: coordinates lie in the profile's country (catches swapped X/Y, wrong zone, degrees as metres).
import { defineRule } from '../../engine/define-rule.js';
import { makeTransform, type PointTransform } from '../../geom/crs.js';
import type { Geometry, Position } from '../../model.js';

function* positionsOf(geometry: Geometry): Generator<Position> {
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) yield* positionsOf(part);
    return;
  }
  const walk = function* (coordinates: unknown): Generator<Position> {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number' || coordinates[0] === null) yield coordinates as Position;
    else for (const part of coordinates) yield* walk(part);
  };
  yield* walk(geometry.coordinates);
}

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
  },
  check({ submission, settings, report }) {
    const { lonMin, lonMax, latMin, latMax } = settings.extent;
    const extentText = `lon ${lonMin}–${lonMax}, lat ${latMin}–${latMax}`;
    const toLonLat = new Map<string, PointTransform>();
    for (const layer of submission.layers) {
      if (!layer.crs.proj4) continue; // without a CRS the coordinates cannot be placed (input/crs-defined)
      let transform = toLonLat.get(layer.crs.proj4);
      if (!transform) toLonLat.set(layer.crs.proj4, (transform = makeTransform(layer.crs.proj4, 'EPSG:4326')));
      for (const feature of layer.features) {
        if (!feature.sourceGeometry) continue;
        for (const position of positionsOf(feature.sourceGeometry)) {
          const [x, y] = position;
          if (!Number.isFinite(x) || !Number.isFinite(y)) {
            report({ messageId: 'nonFinite', layer, feature, location: null, data: { x: String(x), y: String(y) } });
            break;
          }
          const [lon, lat] = layer.crs.code === 'EPSG:4326' ? position : transform(position);
          if (Number.isFinite(lon) && Number.isFinite(lat) && lon >= lonMin && lon <= lonMax && lat >= latMin && lat <= latMax) continue;
          const round = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1e4) / 1e4) : 'undefined');
          report({
            messageId: 'outsideExtent', layer, feature,
            location: layer.measurable ? null : position,
            data: { x: String(x), y: String(y), lon: round(lon), lat: round(lat), extent: extentText },
          });
          break;
        }
      }
    }
  },
});
