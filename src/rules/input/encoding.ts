// input/encoding: a .dbf with non-ASCII text must say its encoding in a .cpg, or Georgian may be garbled.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/encoding',
  meta: {
    severity: 'warning',
    basis: null,
    description: 'A .dbf with non-ASCII text comes with a .cpg naming its encoding',
    messages: { noCpg: '{file} has non-ASCII text but no .cpg; it was read as {encoding}. Add a .cpg (e.g. UTF-8) so Georgian text is not garbled' },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (layer.encoding && !layer.encoding.declared && layer.encoding.nonAscii) {
        report({ messageId: 'noCpg', layer, data: { file: layer.file, encoding: layer.encoding.name } });
      }
    }
  },
});
