// input/crs-defined: every layer says which coordinate system it is in (Art. 2(1)); a GeoJSON without `crs` whose
// coordinates cannot be degrees takes the manifest's, with a warning (RULES.md).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/crs-defined',
  meta: {
    severity: 'error',
    basis: 'Art. 2(1)',
    description: 'Every layer declares its coordinate reference system (.prj, GeoJSON crs, or the manifest crs)',
    messages: {
      noCrs: 'The layer has no coordinate system: add its .prj file or a "crs" to cadcheck.json',
      unparsableCrs: 'The coordinate system of the layer ({source}) cannot be understood: {definition}',
      manifestCrsForGeojson:
        'The GeoJSON has no "crs" member, so by RFC 7946 it would be in degrees (EPSG:4326), but its coordinates cannot be degrees: the manifest\'s crs {crs} is used. Write the "crs" member into the file to say so',
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (layer.crs.source === 'none') report({ messageId: 'noCrs', layer });
      else if (layer.crs.source === 'geojson-manifest' && layer.crs.proj4) {
        report({ messageId: 'manifestCrsForGeojson', layer, severity: 'warning', data: { crs: layer.crs.code ?? (layer.crs.definition ?? '').slice(0, 80) } });
      } else if (!layer.crs.proj4) {
        report({ messageId: 'unparsableCrs', layer, data: { source: layer.crs.source, definition: (layer.crs.definition ?? '').slice(0, 80) } });
      }
    }
  },
});
