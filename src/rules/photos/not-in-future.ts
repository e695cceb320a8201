// photos/not-in-future: no photo is taken after the drawing date or after now (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf, captureInstantOf } from '../../photos/capture.js';
import { dateInZone, factAt, isIsoDate } from '../metadata/facts.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/not-in-future',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'No JPEG photo has a capture time after the drawing date or after now',
    messages: {
      afterNow: '{file} has a capture time in the future: {captureDateTime} ({zone}) is after now ({now} in {timeZone})',
      afterDrawing: '{file} was taken on {captureDate}, after the drawing date {drawingDate}',
    },
    translations: {
      ka: {
        description: 'არც ერთი JPEG ფოტოსურათის გადაღების დრო არ არის ნახაზის თარიღის ან ახლანდელი მომენტის შემდეგ',
        messages: {
          afterNow: '{file}-ის გადაღების დრო მომავალშია: {captureDateTime} ({zone}) არის ახლანდელი მომენტის შემდეგ ({now}, {timeZone})',
          afterDrawing: '{file} გადაღებულია {captureDate}-ს, ნახაზის თარიღის {drawingDate} შემდეგ',
        },
        fix: 'დააყენეთ კამერის საათი და ხელახლა გადაიღეთ, ან დაურთეთ სწორი ფოტოები.',
      },
      ru: {
        description: 'Ни одна JPEG-фотография не снята позже даты чертежа или позже текущего момента',
        messages: {
          afterNow: 'Время съёмки {file} в будущем: {captureDateTime} ({zone}) позже текущего момента ({now} в {timeZone})',
          afterDrawing: '{file} снят {captureDate}, после даты чертежа {drawingDate}',
        },
        fix: 'Настройте часы камеры и переснимите или приложите правильные снимки.',
      },
      uk: {
        description: 'Жодну JPEG-фотографію не знято пізніше дати креслення або пізніше поточного моменту',
        messages: {
          afterNow: 'Час зйомки {file} у майбутньому: {captureDateTime} ({zone}) пізніше поточного моменту ({now} у {timeZone})',
          afterDrawing: '{file} знято {captureDate}, після дати креслення {drawingDate}',
        },
        fix: 'Налаштуйте годинник камери й перезніміть або додайте правильні знімки.',
      },
      kk: {
        description: 'Ешбір JPEG фотосуреттің түсірілген уақыты сызба күнінен немесе қазіргі сәттен кейін емес',
        messages: {
          afterNow: '{file} түсірілген уақыты болашақта: {captureDateTime} ({zone}) қазіргі сәттен кейін ({timeZone} бойынша {now})',
          afterDrawing: '{file} {captureDate} күні, сызба күнінен {drawingDate} кейін түсірілген',
        },
        fix: 'Камера сағатын орнатып, қайта түсіріңіз немесе дұрыс суреттерді тіркеңіз.',
      },
    },
  },
  check({ submission, settings, now, report }) {
    const drawingDate = factAt(submission.manifest.data, 'drawingDate');
    const timeZone = settings.timeZone;
    for (const photo of jpegPhotosOf(submission)) {
      const facts = captureFactsOf(photo, timeZone);
      const instant = captureInstantOf(photo, timeZone);
      if (!facts.captureDate || !instant) continue; // no date: photos/capture-date-present
      const file = photo.file;
      if (instant.getTime() > now.getTime()) {
        const nowLocal = `${dateInZone(now, timeZone)} ${new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(now)}`;
        const zone = facts.captureOffset ? `UTC${facts.captureOffset}` : `no time zone written, read as ${timeZone}`;
        report({ messageId: 'afterNow', file, data: { file, captureDateTime: facts.captureDateTime!.replace('T', ' '), zone, now: nowLocal, timeZone } });
      } else if (isIsoDate(drawingDate) && facts.captureDate > drawingDate) {
        report({ messageId: 'afterDrawing', file, data: { file, captureDate: facts.captureDate, drawingDate } });
      }
    }
  },
});
