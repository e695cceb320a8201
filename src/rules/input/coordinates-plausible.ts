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
