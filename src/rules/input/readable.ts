// input/readable: every layer, photo and manifest file can be parsed; the others are still checked.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/readable',
  meta: {
    severity: 'error',
    basis: null,
    description: 'Every layer, photo and manifest file of the submission can be read',
    messages: { unreadable: '{file} cannot be read: {reason}' },
    translations: {
      ka: {
        description: 'კომპლექტის ყოველი ფენა, ფოტოსურათი და მანიფესტის ფაილი იკითხება',
        messages: { unreadable: '{file} ვერ იკითხება: {reason}' },
        fix: 'ხელახლა გააკეთეთ ფენის ექსპორტი GIS-იდან ან CAD პროგრამიდან; მისი ყველა ფაილი (.shp, .shx, .dbf, .prj, .cpg) ერთად დააკოპირეთ.',
      },
      ru: {
        description: 'Каждый слой, фотография и файл манифеста комплекта читаются',
        messages: { unreadable: '{file} не читается: {reason}' },
        fix: 'Экспортируйте слой заново из ГИС или САПР; копируйте все его файлы (.shp, .shx, .dbf, .prj, .cpg) вместе.',
      },
      uk: {
        description: 'Кожен шар, фотографію й файл маніфесту комплекту можна прочитати',
        messages: { unreadable: '{file} не читається: {reason}' },
        fix: 'Експортуйте шар знову з ГІС чи САПР; копіюйте всі його файли (.shp, .shx, .dbf, .prj, .cpg) разом.',
      },
      kk: {
        description: 'Жиынтықтың әр қабаты, фотосуреті және манифест файлы оқылады',
        messages: { unreadable: '{file} оқылмайды: {reason}' },
        fix: 'Қабатты ГАЖ не CAD бағдарламасынан қайта экспорттаңыз; оның барлық файлдарын (.shp, .shx, .dbf, .prj, .cpg) бірге көшіріңіз.',
      },
    },
  },
  check({ submission, report }) {
    for (const problem of submission.problems) {
      if (problem.kind !== 'unreadable') continue;
      report({ messageId: 'unreadable', file: problem.file, data: { file: problem.file, reason: problem.reason } });
    }
  },
});
