// attributes/required: every layer's table has the fields Art. 8(3) requires, under their name or an alias.
import { defineRule } from '../../engine/define-rule.js';
import { acceptedNames, fieldOf, REQUIRED_FIELDS } from '../fields.js';

export default defineRule({
  id: 'attributes/required',
  meta: {
    severity: 'error',
    basis: 'Art. 8(3)',
    description: 'Each layer has the fields the law requires: parcel area, purpose, method; building number, storeys, condition; obligation type; linear type, length_plan',
    messages: { missingField: 'The {role} table has no "{field}" field (names accepted: {names})' },
    translations: {
      ka: {
        description: 'თითოეულ ფენას აქვს კანონით მოთხოვნილი ველები: ნაკვეთის ფართობი, დანიშნულება, მეთოდი; შენობის ნომერი, სართულიანობა, მდგომარეობა; ვალდებულების ტიპი; ხაზობრივი ნაგებობის ტიპი, length_plan',
        messages: { missingField: '{role} ცხრილს არ აქვს ველი „{field}“ (მისაღები სახელები: {names})' },
        fix: 'დაამატეთ ველი ფენას შაბლონის სახელით, ან, თუ რეესტრის შაბლონი მას სხვაგვარად ასახელებს, დაამატეთ ეს სახელი კონფიგურაციის `fields`-ში.',
      },
      ru: {
        description: 'В каждом слое есть поля, которых требует закон: площадь, назначение и способ для участка; номер, этажность и состояние здания; тип обременения; тип и length_plan линейного сооружения',
        messages: { missingField: 'В таблице {role} нет поля «{field}» (принимаемые имена: {names})' },
        fix: 'Добавьте поле в слой под именем из шаблона или, если шаблон реестра называет его иначе, добавьте это имя в `fields` конфигурации.',
      },
      uk: {
        description: 'Кожен шар має поля, яких вимагає закон: площа, призначення і спосіб для ділянки; номер, поверховість і стан будівлі; тип обтяження; тип і length_plan лінійної споруди',
        messages: { missingField: 'У таблиці {role} немає поля «{field}» (прийнятні назви: {names})' },
        fix: 'Додайте поле до шару під назвою з шаблону або, якщо шаблон реєстру називає його інакше, додайте цю назву до `fields` конфігурації.',
      },
      kk: {
        description: 'Әр қабатта заң талап ететін өрістер бар: учаскенің ауданы, мақсаты, тәсілі; ғимараттың нөмірі, қабат саны, жай-күйі; ауыртпалық түрі; сызықтық құрылыстың түрі мен length_plan',
        messages: { missingField: '{role} кестесінде «{field}» өрісі жоқ (қабылданатын атаулар: {names})' },
        fix: 'Өрісті қабатқа үлгідегі атауымен қосыңыз немесе тізілім үлгісі оны басқаша атаса, сол атауды конфигурацияның `fields` бөліміне қосыңыз.',
      },
    },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (layer.role === null) continue;
      for (const field of REQUIRED_FIELDS[layer.role] ?? []) {
        if (fieldOf(layer, settings, field) !== null) continue;
        report({ messageId: 'missingField', layer, data: { role: layer.role, field, names: acceptedNames(settings, layer.role, field).join(', ') } });
      }
    }
  },
});
