// attributes/marker-label: each neighbour marker has its own label (Art. 8(2)(c)); the letters' form is attributes/allowed-values'.
import { defineRule } from '../../engine/define-rule.js';
import type { Feature, Layer } from '../../model.js';
import { fieldOf, isBlankValue, textOf } from '../fields.js';
import { layersWithRole } from '../layers.js';

export default defineRule({
  id: 'attributes/marker-label',
  meta: {
    severity: 'error',
    basis: 'Art. 8(2)(c)',
    description: 'Neighbour-marker labels are unique',
    messages: { duplicate: 'Marker label "{label}" is used twice (first by feature {firstIndex} of {firstFile})' },
    translations: {
      ka: {
        description: 'მოსაზღვრე ნაკვეთის ნიშნულების აღნიშვნები არ მეორდება',
        messages: { duplicate: 'ნიშნულის აღნიშვნა „{label}“ ორჯერ არის გამოყენებული (პირველად {firstFile} ფაილის ობიექტ {firstIndex}-ში)' },
        fix: 'გადაარქვით ნიშნულებს A, B, C… თანმიმდევრობით საზღვრის გასწვრივ, თითო ასო თითო ნიშნულს.',
      },
      ru: {
        description: 'Метки ориентиров смежных участков не повторяются',
        messages: { duplicate: 'Метка ориентира «{label}» использована дважды (впервые — объектом {firstIndex} файла {firstFile})' },
        fix: 'Переобозначьте метки A, B, C… по порядку вдоль границы, по одной букве на метку.',
      },
      uk: {
        description: 'Мітки орієнтирів суміжних ділянок не повторюються',
        messages: { duplicate: 'Мітку орієнтира «{label}» використано двічі (уперше — об\'єктом {firstIndex} файлу {firstFile})' },
        fix: 'Перепозначте мітки A, B, C… по черзі вздовж межі, по одній літері на мітку.',
      },
      kk: {
        description: 'Көршілес учаскелердің бағдар белгілері қайталанбайды',
        messages: { duplicate: 'Бағдар белгісі «{label}» екі рет қолданылған (алғаш {firstFile} файлының {firstIndex} объектісінде)' },
        fix: 'Белгілерді шекара бойымен ретімен A, B, C… деп қайта белгілеңіз, әр белгіге бір әріп.',
      },
    },
  },
  check({ submission, settings, report }) {
    const firstByLabel = new Map<string, { layer: Layer; feature: Feature }>();
    for (const layer of layersWithRole(submission, 'markers')) {
      const name = fieldOf(layer, settings, 'label');
      if (name === null) continue;
      for (const feature of layer.features) {
        const value = feature.properties[name];
        if (isBlankValue(value)) continue;
        const label = textOf(value);
        // "a" and "A" name the same marker on paper.
        const first = firstByLabel.get(label.toUpperCase());
        if (first) report({ messageId: 'duplicate', layer, feature, data: { label, firstIndex: first.feature.index, firstFile: first.layer.file } });
        else firstByLabel.set(label.toUpperCase(), { layer, feature });
      }
    }
  },
});
