// photos/duplicate: no two photo files with the same content (SHA-256) — a photo reused as another (Annex 2 Art. 2(1)(a)).
import { defineRule } from '../../engine/define-rule.js';
import { sameContentGroups } from './evidence.js';

export default defineRule({
  id: 'photos/duplicate',
  meta: {
    severity: 'warning',
    basis: 'Annex 2 Art. 2(1)(a)',
    description: 'No two photo files of a submission have the same content (SHA-256)',
    messages: {
      sameContent: '{file} is the same image as {original} (SHA-256 {sha256}): each photo must show its own view of the site',
      // Reported by cadcheck batch (src/batch/cross.ts) across submissions.
      otherSubmission: '{file} is the same image as {original} of submission {submission} (SHA-256 {sha256}): a photo reused from another job',
    },
    translations: {
      ka: {
        description: 'კომპლექტის არც ერთ ორ ფოტოფაილს ერთნაირი შიგთავსი (SHA-256) არ აქვს',
        messages: {
          sameContent: '{file} იგივე გამოსახულებაა, რაც {original} (SHA-256 {sha256}): ყოველმა ფოტოსურათმა ობიექტის თავისი ხედი უნდა აჩვენოს',
          otherSubmission: '{file} იგივე გამოსახულებაა, რაც კომპლექტ {submission}-ის {original} (SHA-256 {sha256}): ფოტოსურათი სხვა სამუშაოდანაა აღებული',
        },
        fix: 'ასლი შეცვალეთ სხვა კუთხის ან ხედის ფოტოთი.',
      },
      ru: {
        description: 'Никакие два файла фотографий комплекта не совпадают по содержимому (SHA-256)',
        messages: {
          sameContent: '{file} — то же изображение, что {original} (SHA-256 {sha256}): каждая фотография должна показывать свой вид участка',
          otherSubmission: '{file} — то же изображение, что {original} из комплекта {submission} (SHA-256 {sha256}): фотография взята из другой работы',
        },
        fix: 'Замените копию снимком другого угла или вида.',
      },
      uk: {
        description: 'Жодні два файли фотографій комплекту не збігаються вмістом (SHA-256)',
        messages: {
          sameContent: '{file} — те саме зображення, що {original} (SHA-256 {sha256}): кожна фотографія має показувати свій вигляд об\'єкта',
          otherSubmission: '{file} — те саме зображення, що {original} з комплекту {submission} (SHA-256 {sha256}): фотографію взято з іншої роботи',
        },
        fix: 'Замініть копію знімком іншого кута чи виду.',
      },
      kk: {
        description: 'Жиынтықтың ешбір екі фотосурет файлының мазмұны (SHA-256) бірдей емес',
        messages: {
          sameContent: '{file} — {original} суретімен бірдей (SHA-256 {sha256}): әр фотосурет объектінің өз көрінісін көрсетуі керек',
          otherSubmission: '{file} — {submission} жиынтығының {original} суретімен бірдей (SHA-256 {sha256}): фотосурет басқа жұмыстан алынған',
        },
        fix: 'Көшірмені басқа бұрыштың не көріністің суретімен ауыстырыңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const [original, ...copies] of sameContentGroups(submission.photos)) {
      for (const copy of copies) {
        report({ messageId: 'sameContent', file: copy.file, data: { file: copy.file, original: original!.file, sha256: copy.sha256!.slice(0, 12) } });
      }
    }
  },
});
