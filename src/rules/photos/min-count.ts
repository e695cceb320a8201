// photos/min-count: at least three JPEG photos are attached (Art. 5).
import { defineRule } from '../../engine/define-rule.js';
import { jpegPhotosOf } from './evidence.js';

/** Art. 5: "the performer must take at least 3 photographs". */
const MIN_PHOTOS = 3;

export default defineRule({
  id: 'photos/min-count',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'At least 3 JPEG photos (boundary corners and a general view) are attached',
    messages: {
      tooFew: '{count} JPEG photo(s) attached; Art. 5 asks for at least {min} (boundary corners and a general view)',
    },
    translations: {
      ka: {
        description: 'თანდართულია სულ მცირე 3 JPEG ფოტოსურათი (საზღვრის კუთხეები და საერთო ხედი)',
        messages: { tooFew: 'თანდართულია {count} JPEG ფოტოსურათი; მე-5 მუხლი ითხოვს სულ მცირე {min}-ს (საზღვრის კუთხეები და საერთო ხედი)' },
        fix: 'დაურთეთ აზომვის დღეს გადაღებული მინიმუმ სამი JPEG ფოტო: საზღვრის კუთხეები და საერთო ხედი.',
      },
      ru: {
        description: 'Приложено не менее 3 JPEG-фотографий (углы границы и общий вид)',
        messages: { tooFew: 'Приложено JPEG-фотографий: {count}; ст. 5 требует не менее {min} (углы границы и общий вид)' },
        fix: 'Приложите не меньше трёх снимков JPEG, сделанных в день съёмки: углы границы и общий вид.',
      },
      uk: {
        description: 'Додано щонайменше 3 JPEG-фотографії (кути межі та загальний вигляд)',
        messages: { tooFew: 'Додано JPEG-фотографій: {count}; ст. 5 вимагає щонайменше {min} (кути межі та загальний вигляд)' },
        fix: 'Додайте щонайменше три знімки JPEG, зроблені в день зйомки: кути межі та загальний вигляд.',
      },
      kk: {
        description: 'Кемінде 3 JPEG фотосурет (шекара бұрыштары және жалпы көрініс) қоса берілген',
        messages: { tooFew: '{count} JPEG фотосурет қоса берілген; 5-бап кемінде {min} талап етеді (шекара бұрыштары және жалпы көрініс)' },
        fix: 'Түсірілім күні түсірілген кемінде үш JPEG суретті тіркеңіз: шекара бұрыштары және жалпы көрініс.',
      },
    },
  },
  check({ submission, report }) {
    const count = jpegPhotosOf(submission).length;
    if (count < MIN_PHOTOS) report({ messageId: 'tooFew', data: { count, min: MIN_PHOTOS }, measured: count, limit: MIN_PHOTOS, unit: 'photos' });
  },
});
