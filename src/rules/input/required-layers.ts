// input/required-layers: a submission must contain a parcel layer (Art. 8(1)).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/required-layers',
  meta: {
    severity: 'error',
    basis: 'Art. 8(1)',
    description: 'The submission has a parcel layer',
    messages: {
      noParcelLayer: 'No parcel layer: name it parcel.shp (or parcel.geojson, nakveti.shp, …) or map it in cadcheck.json "layers"',
      parcelLayerUnreadable: 'The parcel layer {file} could not be read, so the parcel is missing',
    },
  },
  check({ submission, report }) {
    if (submission.layers.some((layer) => layer.role === 'parcel')) return;
    const unreadable = submission.problems.find((problem) => problem.kind === 'unreadable' && problem.layerRole === 'parcel');
    if (unreadable) report({ messageId: 'parcelLayerUnreadable', file: unreadable.file, data: { file: unreadable.file } });
    else report({ messageId: 'noParcelLayer' });
  },
});
