// photos/is-jpeg: every .jpg/.jpeg file is a whole JPEG by its bytes; other images are not counted (Art. 5).
import { defineRule } from '../../engine/define-rule.js';

const TYPE_NAMES: Record<string, string> = { png: 'PNG', heic: 'HEIC', gif: 'GIF', tiff: 'TIFF', webp: 'WebP', bmp: 'BMP', jpeg: 'JPEG' };

export default defineRule({
  id: 'photos/is-jpeg',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every .jpg/.jpeg file is a whole JPEG image (by its bytes, not its name); other image files are not counted',
    messages: {
      notJpeg: '{file} is named .jpg but is not a JPEG image (its bytes are {type}): save it as JPEG',
      damaged: '{file} is a damaged JPEG: {reason}',
      otherImage: '{file} is a {type} image, not JPEG: Art. 5 asks for JPG photos, so it is not counted',
    },
    translations: {
      ka: {
        description: 'ყოველი .jpg/.jpeg ფაილი მთლიანი JPEG გამოსახულებაა (ბაიტებით და არა სახელით); სხვა გამოსახულებები არ ითვლება',
        messages: {
          notJpeg: '{file} დასახელებულია .jpg-ად, მაგრამ JPEG გამოსახულება არ არის (მისი ბაიტებია {type}): შეინახეთ JPEG-ად',
          damaged: '{file} დაზიანებული JPEG-ია: {reason}',
          otherImage: '{file} არის {type} გამოსახულება და არა JPEG: მე-5 მუხლი JPG ფოტოსურათებს ითხოვს, ამიტომ არ ითვლება',
        },
        fix: 'ფოტოს ექსპორტი გააკეთეთ JPEG-ად (iPhone-ზე: პარამეტრები → კამერა → ფორმატები → „Most Compatible“), ან ორიგინალი ფაილი ხელახლა დააკოპირეთ კამერიდან.',
      },
      ru: {
        description: 'Каждый файл .jpg/.jpeg — целое JPEG-изображение (по байтам, а не по имени); другие файлы изображений не засчитываются',
        messages: {
          notJpeg: '{file} назван .jpg, но не является JPEG-изображением (его байты — {type}): сохраните его как JPEG',
          damaged: '{file} — повреждённый JPEG: {reason}',
          otherImage: '{file} — изображение {type}, а не JPEG: ст. 5 требует фотографии JPG, поэтому оно не засчитывается',
        },
        fix: 'Экспортируйте фото в JPEG (на iPhone: Настройки → Камера → Форматы → «Наиболее совместимый») или скопируйте исходный файл с камеры заново.',
      },
      uk: {
        description: 'Кожен файл .jpg/.jpeg — ціле JPEG-зображення (за байтами, а не за назвою); інші файли зображень не зараховуються',
        messages: {
          notJpeg: '{file} названо .jpg, але це не JPEG-зображення (його байти — {type}): збережіть його як JPEG',
          damaged: '{file} — пошкоджений JPEG: {reason}',
          otherImage: '{file} — зображення {type}, а не JPEG: ст. 5 вимагає фотографій JPG, тож його не зараховано',
        },
        fix: 'Експортуйте фото в JPEG (на iPhone: Параметри → Камера → Формати → «Найсумісніший») або скопіюйте оригінальний файл з камери знову.',
      },
      kk: {
        description: 'Әр .jpg/.jpeg файлы — тұтас JPEG сурет (атауы бойынша емес, байттары бойынша); басқа сурет файлдары есептелмейді',
        messages: {
          notJpeg: '{file} .jpg деп аталған, бірақ JPEG сурет емес (байттары — {type}): оны JPEG ретінде сақтаңыз',
          damaged: '{file} — зақымдалған JPEG: {reason}',
          otherImage: '{file} — JPEG емес, {type} суреті: 5-бап JPG фотосуреттерін талап етеді, сондықтан ол есептелмейді',
        },
        fix: 'Суретті JPEG-ке экспорттаңыз (iPhone-да: Параметрлер → Камера → Пішімдер → «Ең үйлесімді») немесе түпнұсқа файлды камерадан қайта көшіріңіз.',
      },
    },
  },
  check({ submission, report }) {
    for (const photo of submission.photos) {
      const type = TYPE_NAMES[photo.detectedType] ?? 'not an image format cadcheck knows';
      const file = photo.file;
      if (!photo.namedJpeg) report({ messageId: 'otherImage', file, data: { file, type }, severity: 'warning' });
      else if (photo.detectedType !== 'jpeg') report({ messageId: 'notJpeg', file, data: { file, type } });
      else if (photo.damage) report({ messageId: 'damaged', file, data: { file, reason: photo.damage } });
    }
  },
});
