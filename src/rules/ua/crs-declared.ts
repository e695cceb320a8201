// ua/crs-declared: the exchange file names its coordinate system (MetricInfo/CoordinateSystem), one cadcheck can place.
import { defineRule } from '../../engine/define-rule.js';
import { ucs2000Zone } from '../../geom/ukraine-boundary.js';

export default defineRule({
  id: 'ua/crs-declared',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 6, PointInfo)',
    description: 'The exchange file declares its coordinate system in InfoPart/MetricInfo/CoordinateSystem; USC2000 coordinates lie in a Gauss–Krüger zone 4–7',
    messages: {
      missing: 'The file declares no coordinate system (InfoPart/MetricInfo/CoordinateSystem): its coordinates cannot be placed',
      notPlaced: 'Coordinate system {name} is declared, but cadcheck cannot place it on the map: only its geometry is checked',
      zoneUnknown: 'USC2000 easting {easting} does not start with a Gauss–Krüger zone number 4–7: swapped X/Y or another system?',
    },
    translations: {
      ka: {
        description: 'გაცვლის ფაილი აცხადებს კოორდინატთა სისტემას InfoPart/MetricInfo/CoordinateSystem-ში; USC-2000 კოორდინატები გაუს–კრიუგერის 4–7 ზონაშია',
        messages: {
          missing: 'ფაილი კოორდინატთა სისტემას არ აცხადებს (InfoPart/MetricInfo/CoordinateSystem): მისი კოორდინატები ვერ განთავსდება',
          notPlaced: 'გამოცხადებულია კოორდინატთა სისტემა {name}, მაგრამ cadcheck ვერ განათავსებს მას რუკაზე: მოწმდება მხოლოდ გეომეტრია',
          zoneUnknown: 'USC-2000 ორდინატა {easting} არ იწყება გაუს–კრიუგერის ზონის ნომრით 4–7: X/Y ხომ არ არის არეული, ან სხვა სისტემაა?',
        },
        fix: 'დაამატეთ `CoordinateSystem` ელემენტი, რომელსაც თქვენი საკადასტრო პროგრამა წერს (`<USC2000/>` УСК-2000-ისთვის). თუ აღმოსავლეთის კოორდინატას ზონის პრეფიქსი აკლია, ექსპორტი გააკეთეთ ზონის ნომრით (მაგ. 6325000.00 და არა 325000.00).',
      },
      ru: {
        description: 'Обменный файл объявляет систему координат в InfoPart/MetricInfo/CoordinateSystem; координаты УСК-2000 лежат в зоне Гаусса–Крюгера 4–7',
        messages: {
          missing: 'Файл не объявляет систему координат (InfoPart/MetricInfo/CoordinateSystem): его координаты нельзя разместить',
          notPlaced: 'Объявлена система координат {name}, но cadcheck не может разместить её на карте: проверяется только геометрия',
          zoneUnknown: 'Ордината УСК-2000 {easting} не начинается с номера зоны Гаусса–Крюгера 4–7: перепутаны X/Y или другая система?',
        },
        fix: 'Добавьте элемент `CoordinateSystem`, который пишет ваша кадастровая программа (`<USC2000/>` для УСК-2000). Если у восточной координаты нет префикса зоны, экспортируйте с номером зоны (например, 6325000.00, а не 325000.00).',
      },
      uk: {
        description: 'Обмінний файл оголошує систему координат у InfoPart/MetricInfo/CoordinateSystem; координати УСК-2000 лежать у зоні Гаусса–Крюгера 4–7',
        messages: {
          missing: 'Файл не оголошує системи координат (InfoPart/MetricInfo/CoordinateSystem): його координати не можна розмістити',
          notPlaced: 'Оголошено систему координат {name}, але cadcheck не може розмістити її на карті: перевіряється лише геометрія',
          zoneUnknown: 'Ордината УСК-2000 {easting} не починається з номера зони Гаусса–Крюгера 4–7: переплутано X/Y чи інша система?',
        },
        fix: 'Додайте елемент `CoordinateSystem`, який пише ваша кадастрова програма (`<USC2000/>` для УСК-2000). Якщо у східної координати немає префікса зони, експортуйте з номером зони (наприклад, 6325000.00, а не 325000.00).',
      },
      kk: {
        description: 'Алмасу файлы координаттар жүйесін InfoPart/MetricInfo/CoordinateSystem ішінде көрсетеді; USC-2000 координаттары Гаусс–Крюгердің 4–7 аймағында жатыр',
        messages: {
          missing: 'Файл координаттар жүйесін көрсетпейді (InfoPart/MetricInfo/CoordinateSystem): оның координаттарын орналастыру мүмкін емес',
          notPlaced: '{name} координаттар жүйесі көрсетілген, бірақ cadcheck оны картаға орналастыра алмайды: тек геометрия тексеріледі',
          zoneUnknown: 'USC-2000 ординатасы {easting} Гаусс–Крюгердің 4–7 аймақ нөмірінен басталмайды: X/Y ауысып кетті ме, әлде басқа жүйе ме?',
        },
        fix: 'Кадастрлық бағдарламаңыз жазатын `CoordinateSystem` элементін қосыңыз (УСК-2000 үшін `<USC2000/>`). Шығыс координатасында аймақ префиксі болмаса, аймақ нөмірімен экспорттаңыз (мысалы, 325000.00 емес, 6325000.00).',
      },
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === exchange.file) ?? { role: 'parcel' as const, file: exchange.file };
      const system = exchange.coordinateSystem;
      if (!system) {
        report({ messageId: 'missing', layer });
        continue;
      }
      if (system.name !== 'USC2000') {
        report({ messageId: 'notPlaced', layer, severity: 'info', data: { name: [system.name, system.zone].filter(Boolean).join(' ') } });
        continue;
      }
      const point = exchange.points.find((candidate) => Number.isFinite(Number(candidate.y)) && candidate.y !== null);
      if (point && ucs2000Zone(Number(point.y)) === null) {
        report({ messageId: 'zoneUnknown', layer, location: [Number(point.y), Number(point.x)], data: { easting: point.y! } });
      }
    }
  },
});
