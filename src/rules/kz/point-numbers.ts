// kz/point-numbers: within a contour no point number repeats (but the closing one), and numbered contours leave no number out.
import { defineRule } from '../../engine/define-rule.js';
import { formatMetres } from '../../engine/messages.js';
import { isClosed } from '../../geom/kz-contour.js';

export default defineRule({
  id: 'kz/point-numbers',
  meta: {
    severity: 'error',
    basis: 'Items 10.2–10.3',
    description: 'Within a contour no turning-point number repeats (except the first, closing it), a number shared by contours has the same coordinates, and whole-number numbering has no gaps',
    messages: {
      repeated: 'Point {number} appears twice in contour {contour} (lines {first} and {line})',
      conflicting: 'Point {number} of contour {contour} (line {line}) lies {distance} m from point {number} of contour {other} (line {first}): one number, two places',
      missing: 'Contour {contour} jumps from point {from} to point {to}: {count} point number(s) missing',
    },
    translations: {
      ka: {
        description: 'კონტურში გარდატეხის წერტილების ნომრები არ მეორდება (გარდა პირველისა, რომელიც კეტავს), კონტურებისთვის საერთო ნომერს ერთი კოორდინატები აქვს, მთელრიცხვა ნუმერაციაში გამოტოვება არ არის',
        messages: {
          repeated: 'წერტილი {number} კონტურ {contour}-ში ორჯერ გვხვდება (სტრიქონები {first} და {line})',
          conflicting: 'კონტურ {contour}-ის წერტილი {number} (სტრიქონი {line}) კონტურ {other}-ის წერტილიდან {number} (სტრიქონი {first}) {distance} მ-ზეა: ერთი ნომერი — ორი ადგილი',
          missing: 'კონტურ {contour}-ში წერტილ {from}-ს მოსდევს წერტილი {to}: აკლია {count} ნომერი',
        },
        fix: 'გადანომრეთ წერტილი, ან საერთო კუთხეს ორივე კონტურში ერთი და იგივე კოორდინატები მიეცით.',
      },
      ru: {
        description: 'В контуре номера поворотных точек не повторяются (кроме первой, замыкающей), общий для контуров номер имеет одинаковые координаты, в целочисленной нумерации нет пропусков',
        messages: {
          repeated: 'Точка {number} встречается в контуре {contour} дважды (строки {first} и {line})',
          conflicting: 'Точка {number} контура {contour} (строка {line}) лежит в {distance} м от точки {number} контура {other} (строка {first}): один номер — два места',
          missing: 'В контуре {contour} после точки {from} идёт точка {to}: пропущено номеров: {count}',
        },
        fix: 'Перенумеруйте точку или дайте общему углу одинаковые координаты в обоих контурах.',
      },
      uk: {
        description: 'У контурі номери точок повороту не повторюються (крім першої, що замикає), спільний для контурів номер має однакові координати, у цілочисловій нумерації немає пропусків',
        messages: {
          repeated: 'Точка {number} трапляється в контурі {contour} двічі (рядки {first} і {line})',
          conflicting: 'Точка {number} контуру {contour} (рядок {line}) лежить за {distance} м від точки {number} контуру {other} (рядок {first}): один номер — два місця',
          missing: 'У контурі {contour} після точки {from} іде точка {to}: пропущено номерів: {count}',
        },
        fix: 'Перенумеруйте точку або дайте спільному куту однакові координати в обох контурах.',
      },
      kk: {
        description: 'Контурда бұрылыс нүктелерінің нөмірлері қайталанбайды (тұйықтайтын біріншіден басқа), контурларға ортақ нөмірдің координаттары бірдей, бүтін сандық нөмірлеуде бос орын жоқ',
        messages: {
          repeated: '{number} нүктесі {contour} контурында екі рет кездеседі ({first} және {line} жолдары)',
          conflicting: '{contour} контурының {number} нүктесі ({line} жол) {other} контурының {number} нүктесінен ({first} жол) {distance} м жерде: бір нөмір — екі орын',
          missing: '{contour} контурында {from} нүктесінен кейін {to} нүктесі келеді: {count} нөмір жетіспейді',
        },
        fix: 'Нүктені қайта нөмірлеңіз немесе ортақ бұрышқа екі контурда бірдей координаттар беріңіз.',
      },
    },
  },
  check({ submission, report }) {
    for (const file of submission.kzPoints ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === file.file)!;
      // Each number's points in the contours before: a point is held against every one of them, so each pair of
      // contours that put one number at two places is told, whichever of the two the file lists first (held against
      // the first contour only, two contours agreeing with each other but not with a third gave one finding or two).
      const everywhere = new Map<string, Array<{ x: number; y: number; line: number; contour: string }>>();
      for (const contour of file.contours) {
        const feature = layer.features[contour.featureIndex] ?? null;
        const points = isClosed(contour) && contour.points[contour.points.length - 1]!.number === contour.points[0]!.number ? contour.points.slice(0, -1) : contour.points;
        const seen = new Map<string, number>();
        for (const point of points) {
          const location: [number, number] = [point.y, point.x];
          const first = seen.get(point.number);
          if (first !== undefined) {
            report({ messageId: 'repeated', layer, feature, location, data: { number: point.number, contour: contour.name, first, line: point.line } });
            continue;
          }
          seen.set(point.number, point.line);
          const before = everywhere.get(point.number) ?? [];
          for (const other of before) {
            if (other.contour === contour.name) continue;
            const distance = Math.hypot(point.x - other.x, point.y - other.y);
            if (distance > 0.001) {
              report({ messageId: 'conflicting', layer, feature, location, measured: distance, unit: 'm', data: { number: point.number, contour: contour.name, line: point.line, distance: formatMetres(distance), other: other.contour, first: other.line } });
            }
          }
          everywhere.set(point.number, [...before, { x: point.x, y: point.y, line: point.line, contour: contour.name }]);
        }
        // Gaps are told only where every number is a whole number: the contour's numbers in order of value, not of
        // writing, so a contour gives the same gaps whichever point it starts from and whichever way it runs (taken in
        // written order, 1 4 3 2 — the same square run clockwise — "jumped" from 1 to 4).
        if (!points.every((point) => /^\d+$/.test(point.number))) continue;
        const byNumber = new Map<number, (typeof points)[number]>();
        for (const point of points) if (!byNumber.has(Number(point.number))) byNumber.set(Number(point.number), point);
        const numbers = [...byNumber.keys()].sort((a, b) => a - b);
        for (let i = 1; i < numbers.length; i += 1) {
          const from = numbers[i - 1]!;
          const to = numbers[i]!;
          const at = byNumber.get(to)!;
          if (to > from + 1) report({ messageId: 'missing', severity: 'warning', layer, feature, location: [at.y, at.x], data: { contour: contour.name, from, to, count: to - from - 1 } });
        }
      }
    }
  },
});
