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
    translations: {
      ka: {
        description: 'ფენა, რომლის როლიც ვერც მანიფესტიდან და ვერც სახელიდან დგინდება, არ მოწმდება',
        messages: { unknownRole: '{file}: ფენის როლი უცნობია, ამიტომ ფენა არ მოწმდება. უახლოესი როლი: „{role}“ (დასაშვები სახელი „{name}“). დაარქვით ფაილს მისი როლის სახელი ({roles}; ყველა დასაშვები სახელი, ყველა ენაზე, არის docs/layer-names.md-ში) ან მიუთითეთ cadcheck.json-ის „layers“-ში' },
        fix: 'ფაილს დაარქვით მისი როლის სახელი (ნებისმიერი docs/layer-names.md-დან), მიუთითეთ ის მანიფესტის `layers`-ში, ან ამოიღეთ კომპლექტიდან.',
      },
      ru: {
        description: 'Слой, роль которого не видна ни из манифеста, ни из имени, не проверяется',
        messages: { unknownRole: '{file}: роль слоя неизвестна, поэтому слой не проверяется. Ближайшая роль: «{role}» (допустимое имя «{name}»). Назовите файл по его роли ({roles}; все допустимые имена на каждом языке — в docs/layer-names.md) или укажите его в «layers» файла cadcheck.json' },
        fix: 'Переименуйте файл по его роли (любое имя из docs/layer-names.md), укажите его в `layers` манифеста или уберите из комплекта.',
      },
      uk: {
        description: 'Шар, роль якого не видно ні з маніфесту, ні з назви, не перевіряється',
        messages: { unknownRole: '{file}: роль шару невідома, тому шар не перевіряється. Найближча роль: «{role}» (допустима назва «{name}»). Назвіть файл за його роллю ({roles}; усі допустимі назви кожною мовою — у docs/layer-names.md) або вкажіть його в «layers» файлу cadcheck.json' },
        fix: 'Перейменуйте файл за його роллю (будь-яка назва з docs/layer-names.md), вкажіть його в `layers` маніфесту або приберіть із комплекту.',
      },
      kk: {
        description: 'Рөлі манифесттен де, атауынан да анықталмайтын қабат тексерілмейді',
        messages: { unknownRole: '{file}: қабаттың рөлі белгісіз, сондықтан қабат тексерілмейді. Ең жақын рөл: «{role}» (рұқсат етілген атау «{name}»). Файлды рөлі бойынша атаңыз ({roles}; әр тілдегі барлық рұқсат етілген атаулар docs/layer-names.md ішінде) немесе cadcheck.json «layers» бөлімінде көрсетіңіз' },
        fix: 'Файлды рөлінің атауымен атаңыз (docs/layer-names.md ішіндегі кез келгені), манифесттің `layers` бөлімінде көрсетіңіз немесе жинақтан алып тастаңыз.',
      },
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
