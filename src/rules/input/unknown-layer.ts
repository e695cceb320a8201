// input/unknown-layer: a layer whose role cannot be told is not checked, and the surveyor is told so where they look:
// a warning naming the file, the roles accepted and the closest one (a servitude layer must never be skipped silently).
import { defineRule } from '../../engine/define-rule.js';
import { closestRole } from '../../engine/suggest.js';
import { ROLES } from '../../model.js';

export default defineRule({
  id: 'input/unknown-layer',
  meta: {
    severity: 'warning',
    basis: null,
    description: 'A layer whose role cannot be told from the manifest or its name is not checked',
    messages: {
      unknownRole:
        '{file}: role unknown, so this layer is not checked. Closest role: "{role}" (accepted name "{name}"). Name the file by its role ({roles}; every accepted name, in each language, is in docs/layer-names.md) or map it in cadcheck.json "layers"',
    },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role) continue;
      // The file's name without extension, or a GeoPackage table's name: what was compared with the role names.
      const closest = closestRole(layer.name, settings.roleNames);
      report({ messageId: 'unknownRole', layer, data: { file: layer.file, role: closest?.role ?? ROLES[0]!, name: closest?.name ?? ROLES[0]!, roles: ROLES.map((role) => `"${role}"`).join(', ') } });
    }
  },
});
