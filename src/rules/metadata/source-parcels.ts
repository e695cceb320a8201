// metadata/source-parcels: a merge names at least two registered parcels, a division exactly one (Art. 7(17), 8(4)(h)).
import { defineRule } from '../../engine/define-rule.js';
import { factAt, isBlank } from './facts.js';

export default defineRule({
  id: 'metadata/source-parcels',
  meta: {
    severity: 'error',
    basis: 'Art. 7(17), 8(4)(h)',
    description: 'kind merge lists at least 2 sourceParcels; kind division lists exactly 1',
    messages: {
      mergeNeedsTwo: 'A merge must list the cadastral codes of at least 2 merged parcels in sourceParcels; it lists {count}',
      divisionNeedsOne: 'A division must list the cadastral code of exactly 1 divided parcel in sourceParcels; it lists {count}',
    },
  },
  check({ submission, report }) {
    const manifest = submission.manifest.data;
    const kind = factAt(manifest, 'kind');
    if (kind !== 'merge' && kind !== 'division') return;
    const listed = factAt(manifest, 'sourceParcels');
    // Blank entries name no parcel; the schema (metadata/manifest) speaks for entries that are not text.
    const count = Array.isArray(listed) ? listed.filter((code) => typeof code === 'string' && !isBlank(code)).length : 0;
    const file = submission.manifest.file;
    if (kind === 'merge' && count < 2) report({ messageId: 'mergeNeedsTwo', file, data: { count } });
    if (kind === 'division' && count !== 1) report({ messageId: 'divisionNeedsOne', file, data: { count } });
  },
});
