// metadata/manifest: the submission has a manifest that parses and fits its schema (Art. 7).
import { defineRule } from '../../engine/define-rule.js';
import { lazySchemaCheck } from '../../engine/json-schema.js';
import { packageJson } from '../../package-root.js';

const manifestSchema = packageJson<{ properties: Record<string, unknown> }>('schema/manifest.schema.json');
const checkManifest = lazySchemaCheck(manifestSchema);

export default defineRule({
  id: 'metadata/manifest',
  meta: {
    severity: 'error',
    basis: 'Art. 7',
    description: 'The submission has a cadcheck.json manifest that parses and fits the manifest schema',
    messages: {
      missing: 'No cadcheck.json manifest: run `cadcheck init` in the survey folder and fill it in',
      unparsable: 'cadcheck.json cannot be used ({reason}): the paper-version facts are not checked',
      schema: '{key} {problem}',
      unknownKey: 'Unknown key "{key}" (ignored)',
    },
  },
  check({ submission, report }) {
    const { manifest } = submission;
    const file = manifest.file;
    if (manifest.data === null) {
      if (manifest.problem) report({ messageId: 'unparsable', file, data: { reason: manifest.problem } });
      else report({ messageId: 'missing', file });
      return;
    }
    for (const problem of checkManifest(manifest.data)) report({ messageId: 'schema', file, data: { key: problem.path || '(root)', problem: problem.message } });
    // Unknown top-level keys are a warning, not an error: forward compatibility (SUBMISSION.md).
    for (const key of Object.keys(manifest.data)) {
      if (!(key in manifestSchema.properties)) report({ messageId: 'unknownKey', file, severity: 'warning', data: { key } });
    }
  },
});
