// photos/capture-date-matches-survey: each photo was taken on the survey date (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf } from '../../photos/capture.js';
import { isIsoDate, surveyDateOf } from '../metadata/facts.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/capture-date-matches-survey',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every JPEG photo was taken on the survey date (local date of DateTimeOriginal, in the profile time zone when an offset is written)',
    messages: {
      otherDate: '{file} was taken on {captureDate} ({when}), not on the survey date {surveyDate}',
    },
    translations: {
      ka: {
        description: 'ყოველი JPEG ფოტოსურათი გადაღებულია აზომვის დღეს (DateTimeOriginal-ის ადგილობრივი თარიღი, პროფილის სასაათო სარტყელში, თუ წანაცვლება ჩაწერილია)',
        messages: { otherDate: '{file} გადაღებულია {captureDate}-ს ({when}) და არა აზომვის დღეს {surveyDate}' },
        fix: 'გადაიღეთ ადგილი აზომვის დღეს, ან გაასწორეთ მანიფესტის `surveyDate`, თუ ის არასწორია. თუ კამერის საათი არასწორი იყო, აცნობეთ რეესტრს; EXIF-ს ნუ შეცვლით.',
      },
      ru: {
        description: 'Каждая JPEG-фотография сделана в день съёмки (местная дата DateTimeOriginal, в часовом поясе профиля, если смещение записано)',
        messages: { otherDate: '{file} снят {captureDate} ({when}), а не в день съёмки {surveyDate}' },
        fix: 'Сфотографируйте участок в день съёмки или исправьте `surveyDate` манифеста, если она неверна. Если часы камеры шли неверно, сообщите об этом реестру; не правьте EXIF.',
      },
      uk: {
        description: 'Кожну JPEG-фотографію зроблено в день зйомки (місцева дата DateTimeOriginal, у часовому поясі профілю, якщо зміщення записано)',
        messages: { otherDate: '{file} знято {captureDate} ({when}), а не в день зйомки {surveyDate}' },
        fix: 'Сфотографуйте ділянку в день зйомки або виправте `surveyDate` маніфесту, якщо вона хибна. Якщо годинник камери йшов неправильно, повідомте реєстр; не правте EXIF.',
      },
      kk: {
        description: 'Әр JPEG фотосурет түсірілім күні түсірілген (DateTimeOriginal жергілікті күні, ығысу жазылса — профильдің уақыт белдеуінде)',
        messages: { otherDate: '{file} түсірілім күні {surveyDate} емес, {captureDate} ({when}) түсірілген' },
        fix: 'Учаскені түсірілім күні суретке түсіріңіз немесе манифесттің `surveyDate` мәні қате болса, түзетіңіз. Камера сағаты қате болса, бұл туралы тізілімге айтыңыз; EXIF-ті өзгертпеңіз.',
      },
    },
  },
  check({ submission, settings, surveyDateOverride, report }) {
    const surveyDate = surveyDateOf(submission.manifest.data, surveyDateOverride);
    // No usable survey date: metadata/required and metadata/dates say so.
    if (!isIsoDate(surveyDate)) return;
    for (const photo of jpegPhotosOf(submission)) {
      const facts = captureFactsOf(photo, settings.timeZone);
      if (!facts.captureDate || facts.captureDate === surveyDate) continue; // no date: photos/capture-date-present
      const when = facts.captureOffset
        ? `camera clock ${facts.captureDateTime}${facts.captureOffset}, ${settings.timeZone} date ${facts.captureDate}`
        : `camera clock ${facts.captureDateTime}, no time zone written`;
      report({ messageId: 'otherDate', file: photo.file, data: { file: photo.file, captureDate: facts.captureDate, surveyDate, when } });
    }
  },
});
