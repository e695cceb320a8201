// kz/parseable-lines: every line of a turning-point file is a point "number X Y", a contour header, a comment or blank.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'kz/parseable-lines',
  meta: {
    severity: 'error',
    basis: 'Item 10.3',
    description: 'Every line of a turning-point file reads as "number X Y" (or is a contour header, a comment or blank), and the file has points',
    messages: {
      unparseable: 'Line {line} cannot be read as "number X Y": {reason} ({text})',
      noPoints: 'The file has no turning points',
    },
    translations: {
      ka: {
        description: 'გარდატეხის წერტილების ფაილის ყოველი სტრიქონი იკითხება როგორც „ნომერი X Y“ (ან არის კონტურის სათაური, კომენტარი, ცარიელი), და ფაილში წერტილებია',
        messages: {
          unparseable: 'სტრიქონი {line} ვერ იკითხება როგორც „ნომერი X Y“: {reason} ({text})',
          noPoints: 'ფაილში გარდატეხის წერტილები არ არის',
        },
        fix: 'გაასწორეთ სტრიქონი (ასო O ნულის ნაცვლად, გამოტოვებული კოორდინატა, ზედმეტი გამყოფი).',
      },
      ru: {
        description: 'Каждая строка файла поворотных точек читается как «номер X Y» (или это заголовок контура, комментарий, пустая строка), и в файле есть точки',
        messages: {
          unparseable: 'Строку {line} нельзя прочитать как «номер X Y»: {reason} ({text})',
          noPoints: 'В файле нет поворотных точек',
        },
        fix: 'Исправьте строку (буквы O вместо нулей, пропущенная координата, лишний разделитель).',
      },
      uk: {
        description: 'Кожен рядок файлу точок повороту читається як «номер X Y» (або це заголовок контуру, коментар, порожній рядок), і файл має точки',
        messages: {
          unparseable: 'Рядок {line} не можна прочитати як «номер X Y»: {reason} ({text})',
          noPoints: 'У файлі немає точок повороту',
        },
        fix: 'Виправте рядок (літери O замість нулів, пропущена координата, зайвий роздільник).',
      },
      kk: {
        description: 'Бұрылыс нүктелері файлының әр жолы «нөмір X Y» ретінде оқылады (немесе контур тақырыбы, түсініктеме не бос жол), және файлда нүктелер бар',
        messages: {
          unparseable: '{line} жолын «нөмір X Y» ретінде оқу мүмкін емес: {reason} ({text})',
          noPoints: 'Файлда бұрылыс нүктелері жоқ',
        },
        fix: 'Жолды түзетіңіз (нөлдің орнына O әріптері, жетіспейтін координата, артық бөлгіш).',
      },
    },
  },
  check({ submission, report }) {
    for (const file of submission.kzPoints ?? []) {
      const layer = { role: 'parcel' as const, file: file.file };
      for (const line of file.unparsed) report({ messageId: 'unparseable', layer, data: { line: line.line, reason: line.reason, text: line.text.slice(0, 80) } });
      if (file.contours.length === 0) report({ messageId: 'noPoints', layer });
    }
  },
});
