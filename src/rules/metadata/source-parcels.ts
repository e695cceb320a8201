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
    translations: {
      ka: {
        description: 'გაერთიანებისას (merge) sourceParcels-ში სულ მცირე 2 ნაკვეთია; გაყოფისას (division) — ზუსტად 1',
        messages: {
          mergeNeedsTwo: 'გაერთიანებისას sourceParcels-ში უნდა იყოს სულ მცირე 2 გაერთიანებული ნაკვეთის საკადასტრო კოდი; მითითებულია {count}',
          divisionNeedsOne: 'გაყოფისას sourceParcels-ში უნდა იყოს ზუსტად 1 გაყოფილი ნაკვეთის საკადასტრო კოდი; მითითებულია {count}',
        },
        fix: 'ჩამოწერეთ რეგისტრირებული საკადასტრო კოდები (მაგ. `01.14.07.012.034`) `sourceParcels`-ში, ან გაასწორეთ `kind`.',
      },
      ru: {
        description: 'При объединении (merge) в sourceParcels не меньше 2 участков; при разделе (division) — ровно 1',
        messages: {
          mergeNeedsTwo: 'При объединении в sourceParcels должны быть кадастровые коды не менее 2 объединяемых участков; указано {count}',
          divisionNeedsOne: 'При разделе в sourceParcels должен быть кадастровый код ровно 1 делимого участка; указано {count}',
        },
        fix: 'Перечислите зарегистрированные кадастровые коды (например, `01.14.07.012.034`) в `sourceParcels` или исправьте `kind`.',
      },
      uk: {
        description: 'Під час об\'єднання (merge) у sourceParcels не менше 2 ділянок; під час поділу (division) — рівно 1',
        messages: {
          mergeNeedsTwo: 'Під час об\'єднання в sourceParcels мають бути кадастрові номери щонайменше 2 ділянок, що об\'єднуються; зазначено {count}',
          divisionNeedsOne: 'Під час поділу в sourceParcels має бути кадастровий номер рівно 1 ділянки, що ділиться; зазначено {count}',
        },
        fix: 'Перелічіть зареєстровані кадастрові коди (наприклад, `01.14.07.012.034`) у `sourceParcels` або виправте `kind`.',
      },
      kk: {
        description: 'Біріктіруде (merge) sourceParcels ішінде кемінде 2 учаске; бөлуде (division) дәл 1 учаске',
        messages: {
          mergeNeedsTwo: 'Біріктіруде sourceParcels ішінде біріктірілетін кемінде 2 учаскенің кадастрлық коды болуы керек; {count} көрсетілген',
          divisionNeedsOne: 'Бөлуде sourceParcels ішінде бөлінетін дәл 1 учаскенің кадастрлық коды болуы керек; {count} көрсетілген',
        },
        fix: 'Тіркелген кадастрлық кодтарды (мысалы, `01.14.07.012.034`) `sourceParcels` ішінде тізіп жазыңыз немесе `kind` түзетіңіз.',
      },
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
