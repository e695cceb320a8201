// photos/clock-disagrees: the GPS UTC stamp falls on the photo's capture date, else the camera clock may be wrong (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { captureFactsOf, gpsDateInZoneOf } from '../../photos/capture.js';
import { jpegPhotosOf } from './evidence.js';

export default defineRule({
  id: 'photos/clock-disagrees',
  meta: {
    severity: 'warning',
    basis: 'Art. 5',
    description: "A photo's GPS date/time stamp (UTC), taken to the profile time zone, falls on its capture date",
    messages: {
      otherDate: "{file}: the GPS clock says {gpsDateTime} UTC, which is {gpsDate} in {timeZone}, but the camera's capture date is {captureDate}: the camera clock may be wrong",
    },
    translations: {
      ka: {
        description: 'ფოტოსურათის GPS თარიღი/დრო (UTC), პროფილის სასაათო სარტყელში გადაყვანილი, ემთხვევა გადაღების თარიღს',
        messages: { otherDate: '{file}: GPS-ის საათი აჩვენებს {gpsDateTime} UTC, ანუ {gpsDate} ({timeZone}), კამერის გადაღების თარიღი კი {captureDate}-ია: კამერის საათი შეიძლება არასწორი იყოს' },
        fix: 'შეამოწმეთ კამერის თარიღის, დროისა და სასაათო სარტყლის პარამეტრები; თუ ფოტოები მართლაც აზომვის დღესაა გადაღებული, სხვაობა რეესტრს აუხსენით.',
      },
      ru: {
        description: 'Отметка даты/времени GPS фотографии (UTC), приведённая к часовому поясу профиля, приходится на дату съёмки',
        messages: { otherDate: '{file}: часы GPS показывают {gpsDateTime} UTC, то есть {gpsDate} в {timeZone}, а дата съёмки камеры — {captureDate}: часы камеры могут быть неверны' },
        fix: 'Проверьте дату, время и часовой пояс в настройках камеры; если снимки действительно сделаны в день съёмки, объясните расхождение реестру.',
      },
      uk: {
        description: 'Позначка дати/часу GPS фотографії (UTC), зведена до часового поясу профілю, припадає на дату зйомки',
        messages: { otherDate: '{file}: годинник GPS показує {gpsDateTime} UTC, тобто {gpsDate} у {timeZone}, а дата зйомки камери — {captureDate}: годинник камери може бути неточним' },
        fix: 'Перевірте дату, час і часовий пояс у налаштуваннях камери; якщо знімки справді зроблено в день зйомки, поясніть розбіжність реєстру.',
      },
      kk: {
        description: 'Фотосуреттің GPS күні/уақыты (UTC) профильдің уақыт белдеуіне келтірілгенде түсірілген күнге сәйкес келеді',
        messages: { otherDate: '{file}: GPS сағаты {gpsDateTime} UTC көрсетеді, бұл {timeZone} бойынша {gpsDate}, ал камераның түсірілген күні {captureDate}: камера сағаты қате болуы мүмкін' },
        fix: 'Камераның күн, уақыт және уақыт белдеуі баптауларын тексеріңіз; суреттер шынымен түсірілім күні түсірілсе, айырмашылықты тізілімге түсіндіріңіз.',
      },
    },
  },
  check({ submission, settings, report }) {
    for (const photo of jpegPhotosOf(submission)) {
      const { captureDate } = captureFactsOf(photo, settings.timeZone);
      const gpsDate = gpsDateInZoneOf(photo, settings.timeZone);
      if (!captureDate || !gpsDate || gpsDate === captureDate) continue;
      const gpsDateTime = photo.gpsDateTimeUtc!.replace('T', ' ').replace('Z', '');
      report({ messageId: 'otherDate', file: photo.file, data: { file: photo.file, gpsDateTime, gpsDate, timeZone: settings.timeZone, captureDate } });
    }
  },
});
