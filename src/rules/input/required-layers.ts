// input/required-layers: a submission must contain a parcel layer (Art. 8(1)).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/required-layers',
  meta: {
    severity: 'error',
    basis: 'Art. 8(1)',
    description: 'The submission has a parcel layer',
    messages: {
      noParcelLayer: 'No parcel layer: name it parcel.shp (or parcel.geojson, nakveti.shp, …) or map it in cadcheck.json "layers"',
      parcelLayerUnreadable: 'The parcel layer {file} could not be read, so the parcel is missing',
    },
    translations: {
      ka: {
        description: 'კომპლექტს აქვს მიწის ნაკვეთის ფენა',
        messages: {
          noParcelLayer: 'ნაკვეთის ფენა არ არის: დაარქვით parcel.shp (ან parcel.geojson, nakveti.shp, …) ან მიუთითეთ cadcheck.json-ის „layers“-ში',
          parcelLayerUnreadable: 'ნაკვეთის ფენა {file} ვერ წაიკითხა, ამიტომ ნაკვეთი აკლია',
        },
        fix: 'ნაკვეთის ფენას დაარქვით `parcel.shp` (ან სხვა ცნობილი სახელი, მაგ. `ნაკვეთი.shp`), ან cadcheck.json-ში დაამატეთ `"layers": { "parcel": "my-file.shp" }`.',
      },
      ru: {
        description: 'В комплекте есть слой земельного участка',
        messages: {
          noParcelLayer: 'Нет слоя участка: назовите его parcel.shp (или parcel.geojson, nakveti.shp, …) или укажите в «layers» файла cadcheck.json',
          parcelLayerUnreadable: 'Слой участка {file} не прочитан, поэтому участок отсутствует',
        },
        fix: 'Назовите слой участка `parcel.shp` (или другим известным именем, например `участок.shp`) или добавьте `"layers": { "parcel": "my-file.shp" }` в cadcheck.json.',
      },
      uk: {
        description: 'У комплекті є шар земельної ділянки',
        messages: {
          noParcelLayer: 'Немає шару ділянки: назвіть його parcel.shp (або parcel.geojson, nakveti.shp, …) чи вкажіть у «layers» файлу cadcheck.json',
          parcelLayerUnreadable: 'Шар ділянки {file} не прочитано, тому ділянка відсутня',
        },
        fix: 'Назвіть шар ділянки `parcel.shp` (або іншою відомою назвою, наприклад `ділянка.shp`) або додайте `"layers": { "parcel": "my-file.shp" }` до cadcheck.json.',
      },
      kk: {
        description: 'Жиынтықта жер учаскесінің қабаты бар',
        messages: {
          noParcelLayer: 'Учаске қабаты жоқ: оны parcel.shp (немесе parcel.geojson, nakveti.shp, …) деп атаңыз немесе cadcheck.json «layers» бөлімінде көрсетіңіз',
          parcelLayerUnreadable: '{file} учаске қабаты оқылмады, сондықтан учаске жоқ',
        },
        fix: 'Учаске қабатын `parcel.shp` деп атаңыз (немесе басқа белгілі атаумен, мысалы `учаске.shp`) немесе cadcheck.json ішіне `"layers": { "parcel": "my-file.shp" }` қосыңыз.',
      },
    },
  },
  check({ submission, report }) {
    if (submission.layers.some((layer) => layer.role === 'parcel')) return;
    const unreadable = submission.problems.find((problem) => problem.kind === 'unreadable' && problem.layerRole === 'parcel');
    if (unreadable) report({ messageId: 'parcelLayerUnreadable', file: unreadable.file, data: { file: unreadable.file } });
    else report({ messageId: 'noParcelLayer' });
  },
});
