// attributes/allowed-values: coded attributes hold a value of their list; storeys and marker labels fit their form.
import { defineRule } from '../../engine/define-rule.js';
import type { Layer } from '../../model.js';
import type { Settings } from '../../engine/settings.js';
import { codeOf, fieldOf, isBlankValue, numberOf, textOf } from '../fields.js';

/** Checks of a form rather than a list; a code list for the same `role.field` in the config replaces them. */
const FORMS: Record<string, { messageId: 'notStoreys' | 'notLabel'; fits: (value: unknown) => boolean }> = {
  // Art. 8(3)(b.b): a whole number, 0 when the storeys could not be determined.
  'building.storeys': { messageId: 'notStoreys', fits: (value) => { const n = numberOf(value); return n !== null && Number.isInteger(n) && n >= 0; } },
  // Art. 8(2)(c): neighbour markers are capital Latin letters (A … Z, AA …).
  'markers.label': { messageId: 'notLabel', fits: (value) => /^[A-Z]+$/.test(textOf(value)) },
};

function keysFor(layer: Layer, settings: Settings): string[] {
  const keys = new Set([...Object.keys(settings.codeLists), ...Object.keys(FORMS)]);
  return [...keys].filter((key) => key.split('.')[0] === layer.role).sort();
}

export default defineRule({
  id: 'attributes/allowed-values',
  meta: {
    severity: 'error',
    basis: 'Art. 8(3), 7(6)–(9)',
    description: 'Coded attributes hold an allowed value: parcel purpose and method, building condition and storeys, obligation type, linear type, marker label',
    messages: {
      notInList: '{field} "{value}" is not an allowed value (allowed: {allowed})',
      notStoreys: 'storeys "{value}" is not a whole number ≥ 0 (0 = could not be determined)',
      notLabel: 'marker label "{value}" is not capital Latin letters (A, B, … Z, AA, …)',
    },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role === null) continue;
      for (const key of keysFor(layer, settings)) {
        const field = key.slice(key.indexOf('.') + 1);
        const name = fieldOf(layer, settings, field);
        if (name === null) continue;
        const list = settings.codeLists[key];
        for (const feature of layer.features) {
          const value = feature.properties[name];
          if (isBlankValue(value)) continue; // attributes/complete speaks for blanks
          if (list) {
            if (codeOf(settings, key, value) === null) {
              report({ messageId: 'notInList', layer, feature, data: { field, value: textOf(value), allowed: list.map((entry) => entry.value).join(', ') } });
            }
          } else if (!FORMS[key]!.fits(value)) {
            report({ messageId: FORMS[key]!.messageId, layer, feature, data: { value: textOf(value) } });
          }
        }
      }
    }
  },
});
