// photos/capture-date-present: every JPEG photo carries an EXIF capture date, so Art. 5's date rule can be verified.
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf } from '../../photos/capture.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/capture-date-present',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every JPEG photo has an EXIF DateTimeOriginal (or CreateDate), so its capture date can be verified',
    messages: {
      missing: '{file} has no EXIF capture date (DateTimeOriginal or CreateDate): the date it was taken cannot be verified',
      unreadable: '{file} has an EXIF capture date that is not a real date ("{value}"): the date it was taken cannot be verified',
      exifBroken: '{file} has no readable EXIF capture date: {reason}',
    },
    translations: {
      ka: {
        description: 'ყოველ JPEG ფოტოსურათს აქვს EXIF DateTimeOriginal (ან CreateDate), რომ გადაღების თარიღი შემოწმდეს',
        messages: {
          missing: '{file}-ს არ აქვს EXIF გადაღების თარიღი (DateTimeOriginal ან CreateDate): გადაღების თარიღი ვერ მოწმდება',
          unreadable: '{file}-ის EXIF გადაღების თარიღი ნამდვილი თარიღი არ არის („{value}“): გადაღების თარიღი ვერ მოწმდება',
          exifBroken: '{file}-ს არ აქვს წაკითხვადი EXIF გადაღების თარიღი: {reason}',
        },
        fix: 'დაურთეთ ორიგინალი ფაილები კამერიდან ან ტელეფონიდან და არა მესენჯერით გაგზავნილი ან რედაქტორში შენახული ასლები (ისინი EXIF-ს კარგავენ). დააყენეთ კამერის საათი.',
      },
      ru: {
        description: 'У каждой JPEG-фотографии есть EXIF DateTimeOriginal (или CreateDate), чтобы дату съёмки можно было проверить',
        messages: {
          missing: 'У {file} нет даты съёмки в EXIF (DateTimeOriginal или CreateDate): дату съёмки проверить нельзя',
          unreadable: 'У {file} дата съёмки в EXIF — не настоящая дата («{value}»): дату съёмки проверить нельзя',
          exifBroken: 'У {file} нет читаемой даты съёмки в EXIF: {reason}',
        },
        fix: 'Приложите исходные файлы с камеры или телефона, а не копии, пересланные через мессенджер или сохранённые редактором (они теряют EXIF). Настройте часы камеры.',
      },
      uk: {
        description: 'Кожна JPEG-фотографія має EXIF DateTimeOriginal (або CreateDate), щоб дату зйомки можна було перевірити',
        messages: {
          missing: '{file} не має дати зйомки в EXIF (DateTimeOriginal або CreateDate): дату зйомки перевірити не можна',
          unreadable: '{file} має в EXIF дату зйомки, що не є справжньою датою («{value}»): дату зйомки перевірити не можна',
          exifBroken: '{file} не має читабельної дати зйомки в EXIF: {reason}',
        },
        fix: 'Додайте оригінальні файли з камери чи телефона, а не копії, переслані месенджером чи збережені редактором (вони втрачають EXIF). Налаштуйте годинник камери.',
      },
      kk: {
        description: 'Түсірілген күнін тексеру үшін әр JPEG фотосуретте EXIF DateTimeOriginal (немесе CreateDate) бар',
        messages: {
          missing: '{file} ішінде EXIF түсірілген күні жоқ (DateTimeOriginal немесе CreateDate): түсірілген күнін тексеру мүмкін емес',
          unreadable: '{file} ішіндегі EXIF түсірілген күні нақты күн емес («{value}»): түсірілген күнін тексеру мүмкін емес',
          exifBroken: '{file} ішінде оқылатын EXIF түсірілген күні жоқ: {reason}',
        },
        fix: 'Мессенджер арқылы жіберілген не редакторда сақталған көшірмелерді емес (олар EXIF-ті жоғалтады), камерадан не телефоннан түпнұсқа файлдарды тіркеңіз. Камера сағатын орнатыңыз.',
      },
    },
  },
  check({ submission, settings, report }) {
    for (const photo of jpegPhotosOf(submission)) {
      if (captureFactsOf(photo, settings.timeZone).captureDateTime) continue;
      const file = photo.file;
      const written = photo.dateTimeOriginal ?? photo.createDate;
      if (written) report({ messageId: 'unreadable', file, data: { file, value: written } });
      else if (photo.exifProblem) report({ messageId: 'exifBroken', file, data: { file, reason: photo.exifProblem } });
      else report({ messageId: 'missing', file, data: { file } });
    }
  },
});
