// input/encoding: a .dbf with non-ASCII text must say its encoding in a .cpg, or Georgian may be garbled.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/encoding',
  meta: {
    severity: 'warning',
    basis: null,
    description: 'A .dbf with non-ASCII text comes with a .cpg naming its encoding',
    messages: { noCpg: '{file} has non-ASCII text but no .cpg; it was read as {encoding}. Add a .cpg (e.g. UTF-8) so Georgian text is not garbled' },
    translations: {
      ka: {
        description: 'არა-ASCII ტექსტიან .dbf-ს ახლავს .cpg, რომელიც მის კოდირებას ასახელებს',
        messages: { noCpg: '{file}-ში არის არა-ASCII ტექსტი, მაგრამ .cpg არ არის; წაკითხულია როგორც {encoding}. დაამატეთ .cpg (მაგ. UTF-8), რომ ქართული ტექსტი არ დამახინჯდეს' },
        fix: '.shp-ის გვერდით შეინახეთ .cpg ფაილი, რომელშიც წერია `UTF-8` (QGIS მას წერს, როცა ფენის კოდირება მითითებულია).',
      },
      ru: {
        description: '.dbf с текстом не в ASCII сопровождается файлом .cpg, называющим кодировку',
        messages: { noCpg: 'В {file} есть текст не в ASCII, но нет .cpg; он прочитан как {encoding}. Добавьте .cpg (например, UTF-8), чтобы грузинский текст не искажался' },
        fix: 'Сохраните рядом с .shp файл .cpg с текстом `UTF-8` (QGIS пишет его, когда задана кодировка слоя).',
      },
      uk: {
        description: '.dbf з текстом не в ASCII супроводжується файлом .cpg, що називає кодування',
        messages: { noCpg: 'У {file} є текст не в ASCII, але немає .cpg; його прочитано як {encoding}. Додайте .cpg (наприклад, UTF-8), щоб грузинський текст не спотворювався' },
        fix: 'Збережіть поруч із .shp файл .cpg з текстом `UTF-8` (QGIS пише його, коли задано кодування шару).',
      },
      kk: {
        description: 'ASCII емес мәтіні бар .dbf файлымен бірге кодтауын атайтын .cpg файлы беріледі',
        messages: { noCpg: '{file} ішінде ASCII емес мәтін бар, бірақ .cpg жоқ; ол {encoding} ретінде оқылды. Грузин мәтіні бұзылмас үшін .cpg қосыңыз (мысалы, UTF-8)' },
        fix: '.shp жанына ішінде `UTF-8` жазылған .cpg файлын сақтаңыз (қабаттың кодтауы көрсетілгенде QGIS оны жазады).',
      },
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (layer.encoding && !layer.encoding.declared && layer.encoding.nonAscii) {
        report({ messageId: 'noCpg', layer, data: { file: layer.file, encoding: layer.encoding.name } });
      }
    }
  },
});
