// attributes/complete: no required field is null or blank in any record (Art. 8(4)(f)).
import { defineRule } from '../../engine/define-rule.js';
import { fieldOf, isBlankValue, REQUIRED_FIELDS } from '../fields.js';

export default defineRule({
  id: 'attributes/complete',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(f)',
    description: 'No required field is null or blank in any record',
    messages: { blank: '"{field}" is blank' },
    translations: {
      ka: {
        description: 'არც ერთ ჩანაწერში არც ერთი სავალდებულო ველი ცარიელი არ არის',
        messages: { blank: '„{field}“ ცარიელია' },
        fix: 'შეავსეთ მნიშვნელობა GIS-ის ატრიბუტების ცხრილში. თუ შენობის სართულიანობა ვერ დგინდება, ჩაწერეთ 0.',
      },
      ru: {
        description: 'Ни одно обязательное поле ни в одной записи не пусто',
        messages: { blank: '«{field}» не заполнено' },
        fix: 'Заполните значение в таблице атрибутов ГИС. Если этажность здания определить нельзя, запишите 0.',
      },
      uk: {
        description: 'Жодне обов\'язкове поле в жодному записі не порожнє',
        messages: { blank: '«{field}» не заповнено' },
        fix: 'Заповніть значення в таблиці атрибутів ГІС. Якщо поверховість будівлі визначити не можна, запишіть 0.',
      },
      kk: {
        description: 'Ешбір жазбада ешбір міндетті өріс бос емес',
        messages: { blank: '«{field}» толтырылмаған' },
        fix: 'Мәнді ГАЖ атрибуттар кестесінде толтырыңыз. Ғимараттың қабат санын анықтау мүмкін болмаса, 0 жазыңыз.',
      },
    },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role === null) continue;
      for (const field of REQUIRED_FIELDS[layer.role] ?? []) {
        const name = fieldOf(layer, settings, field);
        if (name === null) continue; // attributes/required speaks for a missing field
        for (const feature of layer.features) {
          if (isBlankValue(feature.properties[name])) report({ messageId: 'blank', layer, feature, data: { field } });
        }
      }
    }
  },
});
