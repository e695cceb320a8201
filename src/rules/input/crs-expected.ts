// input/crs-expected: layers are delivered in the state coordinate system (Art. 2(1), 7(4)).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/crs-expected',
  meta: {
    severity: 'error',
    basis: 'Art. 2(1), 7(4)',
    description: "Every layer is in one of the profile's coordinate systems (compared by parameters, not by name)",
    messages: { unexpectedCrs: 'The layer is in {actual}; the profile expects {expected}' },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (!layer.crs.proj4) continue; // input/crs-defined speaks for it
      if (layer.crs.code && settings.expectedCrs.includes(layer.crs.code)) continue;
      const actual = layer.crs.code ?? (layer.crs.definition ?? 'an unrecognised CRS').replace(/\s+/g, ' ').slice(0, 60);
      const where = layer.crs.source === 'geojson-default' ? `${actual} (GeoJSON without "crs" is EPSG:4326 by RFC 7946)` : actual;
      report({ messageId: 'unexpectedCrs', layer, data: { actual: where, expected: settings.expectedCrs.join(', ') } });
    }
  },
});
