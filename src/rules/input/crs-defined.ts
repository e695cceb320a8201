// input/crs-defined: every layer says which coordinate system it is in (Art. 2(1)).
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
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (layer.crs.source === 'none') report({ messageId: 'noCrs', layer });
      else if (!layer.crs.proj4) {
        report({ messageId: 'unparsableCrs', layer, data: { source: layer.crs.source, definition: (layer.crs.definition ?? '').slice(0, 80) } });
      }
    }
  },
});
