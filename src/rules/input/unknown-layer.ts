// input/unknown-layer: a layer whose role cannot be told is ignored, and the surveyor is told so.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/unknown-layer',
  meta: {
    severity: 'info',
    basis: null,
    description: 'A layer whose role cannot be told from the manifest or its name is ignored',
    messages: { unknownRole: '{file}: role unknown, layer ignored. Rename it (parcel, building, obligation, …) or map it in cadcheck.json "layers"' },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) if (!layer.role) report({ messageId: 'unknownRole', layer, data: { file: layer.file } });
  },
});
