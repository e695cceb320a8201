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
    translations: {
      ka: {
        description: 'კოდირებულ ატრიბუტებს დასაშვები მნიშვნელობა აქვს: ნაკვეთის დანიშნულება და მეთოდი, შენობის მდგომარეობა და სართულიანობა, ვალდებულების ტიპი, ხაზობრივი ნაგებობის ტიპი, ნიშნულის აღნიშვნა',
        messages: {
          notInList: '{field} „{value}“ დასაშვები მნიშვნელობა არ არის (დასაშვებია: {allowed})',
          notStoreys: 'სართულიანობა „{value}“ არ არის მთელი რიცხვი ≥ 0 (0 = ვერ დადგინდა)',
          notLabel: 'ნიშნულის აღნიშვნა „{value}“ არ არის დიდი ლათინური ასოები (A, B, … Z, AA, …)',
        },
        fix: 'გამოიყენეთ სიის მნიშვნელობა (შეტყობინება მათ ასახელებს), ან, თუ რეესტრის შაბლონი სხვაგვარად აკოდირებს, მიუთითეთ `codeLists` კონფიგურაციაში.',
      },
      ru: {
        description: 'Кодированные атрибуты имеют допустимое значение: назначение и способ для участка, состояние и этажность здания, тип обременения, тип линейного сооружения, метка ориентира',
        messages: {
          notInList: '{field} «{value}» — недопустимое значение (допустимо: {allowed})',
          notStoreys: 'этажность «{value}» — не целое число ≥ 0 (0 = определить не удалось)',
          notLabel: 'метка ориентира «{value}» — не заглавные латинские буквы (A, B, … Z, AA, …)',
        },
        fix: 'Используйте значение из списка (сообщение их называет) или, если шаблон реестра кодирует иначе, задайте `codeLists` в конфигурации.',
      },
      uk: {
        description: 'Кодовані атрибути мають допустиме значення: призначення і спосіб для ділянки, стан і поверховість будівлі, тип обтяження, тип лінійної споруди, мітка орієнтира',
        messages: {
          notInList: '{field} «{value}» — недопустиме значення (допустимі: {allowed})',
          notStoreys: 'поверховість «{value}» — не ціле число ≥ 0 (0 = визначити не вдалося)',
          notLabel: 'мітка орієнтира «{value}» — не великі латинські літери (A, B, … Z, AA, …)',
        },
        fix: 'Використайте значення зі списку (повідомлення їх називає) або, якщо шаблон реєстру кодує інакше, задайте `codeLists` у конфігурації.',
      },
      kk: {
        description: 'Кодталған атрибуттардың рұқсат етілген мәні бар: учаскенің мақсаты мен тәсілі, ғимараттың жай-күйі мен қабат саны, ауыртпалық түрі, сызықтық құрылыс түрі, бағдар белгісі',
        messages: {
          notInList: '{field} «{value}» — рұқсат етілмеген мән (рұқсат етілгені: {allowed})',
          notStoreys: 'қабат саны «{value}» — ≥ 0 бүтін сан емес (0 = анықталмады)',
          notLabel: 'бағдар белгісі «{value}» — бас латын әріптері емес (A, B, … Z, AA, …)',
        },
        fix: 'Тізімдегі мәнді қолданыңыз (хабарлама оларды атайды) немесе тізілімнің үлгісі басқаша кодтаса, конфигурацияда `codeLists` көрсетіңіз.',
      },
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
