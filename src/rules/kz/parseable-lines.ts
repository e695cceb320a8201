// kz/parseable-lines: every line of a turning-point file is a point "number X Y", a contour header, a comment or blank.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'kz/parseable-lines',
  meta: {
    severity: 'error',
    basis: 'Item 10.3',
    description: 'Every line of a turning-point file reads as "number X Y" (or is a contour header, a comment or blank), and the file has points',
    messages: {
      unparseable: 'Line {line} cannot be read as "number X Y": {reason} ({text})',
      noPoints: 'The file has no turning points',
    },
  },
  check({ submission, report }) {
    for (const file of submission.kzPoints ?? []) {
      const layer = { role: 'parcel' as const, file: file.file };
      for (const line of file.unparsed) report({ messageId: 'unparseable', layer, data: { line: line.line, reason: line.reason, text: line.text.slice(0, 80) } });
      if (file.contours.length === 0) report({ messageId: 'noPoints', layer });
    }
  },
});
