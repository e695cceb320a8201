// ua/closed-boundaries: each boundary's polylines join end to end and close (§70, Annex 11: "замкнутість ліній (поліліній)").
import { defineRule } from '../../engine/define-rule.js';
import { chainBoundary } from '../../geom/ukraine-boundary.js';

export default defineRule({
  id: 'ua/closed-boundaries',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 11, Boundary)',
    description: 'Each boundary (parcel, lands, restriction, hole) lists polylines that join end to end and close where they start',
    messages: {
      empty: 'The boundary of {boundary} lists no polylines',
      broken: 'The boundary of {boundary} breaks between polylines {line} and {next}: they share no end point',
      notClosed: 'The boundary of {boundary} is not closed: it ends at point {last}, not at its first point {first}',
    },
    translations: {
      ka: {
        description: 'ყოველი საზღვარი (ნაკვეთის, სავარგულის, შეზღუდვის, ხვრელის) შედგება პოლიხაზებისგან, რომლებიც ბოლოებით ერთდება და საწყისში იკეტება',
        messages: {
          empty: '{boundary}-ის საზღვარში პოლიხაზები არ არის',
          broken: '{boundary}-ის საზღვარი გაწყვეტილია პოლიხაზებს {line} და {next} შორის: მათ საერთო ბოლო წერტილი არ აქვთ',
          notClosed: '{boundary}-ის საზღვარი ჩაკეტილი არ არის: მთავრდება წერტილით {last} და არა პირველი წერტილით {first}',
        },
        fix: 'დაამატეთ გამოტოვებული პოლიხაზი (ან წერტილი), რომელიც პირველ წერტილს უბრუნდება, ან პოლიხაზები ჩამოწერეთ შეერთების რიგით.',
      },
      ru: {
        description: 'Каждая граница (участка, угодий, ограничения, дыры) состоит из полилиний, которые соединяются концами и замыкаются в начале',
        messages: {
          empty: 'Граница {boundary} не содержит полилиний',
          broken: 'Граница {boundary} разорвана между полилиниями {line} и {next}: у них нет общей концевой точки',
          notClosed: 'Граница {boundary} не замкнута: она заканчивается точкой {last}, а не первой точкой {first}',
        },
        fix: 'Добавьте недостающую полилинию (или точку), ведущую назад к первой точке, или перечислите полилинии в порядке их соединения.',
      },
      uk: {
        description: 'Кожна межа (ділянки, угідь, обмеження, отвору) складається з поліліній, що з’єднуються кінцями й замикаються на початку',
        messages: {
          empty: 'Межа {boundary} не містить поліліній',
          broken: 'Межу {boundary} розірвано між полілініями {line} і {next}: вони не мають спільної кінцевої точки',
          notClosed: 'Межа {boundary} не замкнена: вона закінчується точкою {last}, а не першою точкою {first}',
        },
        fix: 'Додайте відсутню полілінію (чи точку), що веде назад до першої точки, або перелічіть полілінії в порядку їх з’єднання.',
      },
      kk: {
        description: 'Әр шекара (учаске, алқап, шектеу, тесік) ұштары бір-біріне жалғасып, басында тұйықталатын көпсызықтардан тұрады',
        messages: {
          empty: '{boundary} шекарасында көпсызықтар жоқ',
          broken: '{boundary} шекарасы {line} және {next} көпсызықтарының арасында үзілген: олардың ортақ ұш нүктесі жоқ',
          notClosed: '{boundary} шекарасы тұйықталмаған: ол бірінші {first} нүктесімен емес, {last} нүктесімен аяқталады',
        },
        fix: 'Бірінші нүктеге қайта апаратын жетіспейтін көпсызықты (не нүктені) қосыңыз немесе көпсызықтарды қосылу ретімен тізіп жазыңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === exchange.file) ?? { role: 'parcel' as const, file: exchange.file };
      const polylines = new Map(exchange.polylines.map((line) => [line.ulid, line]));
      for (const boundary of exchange.boundaries) {
        const feature = boundary.featureIndex === null ? null : ('features' in layer ? layer.features[boundary.featureIndex] ?? null : null);
        if (boundary.lines.length === 0) {
          report({ messageId: 'empty', layer, feature, data: { boundary: boundary.label } });
          continue;
        }
        const chain = chainBoundary(boundary, polylines);
        if (!chain) continue; // a missing polyline is ua/polyline-refs'
        if (chain.brokenAt !== null) {
          // Every two polylines listed one after the other that share no end point are told, not only the first pair
          // the chain meets: listed the other way round, the boundary names the same pairs. Where each such pair
          // shares an end point and the chain still breaks (a polyline it would have to run both ways), where it broke.
          const ends = (ulid: string): string[] => { const points = polylines.get(ulid)!.points; return [points[0]!, points[points.length - 1]!]; };
          const apart = boundary.lines.slice(1).flatMap((next, i) => {
            const line = boundary.lines[i]!;
            return ends(line).some((end) => ends(next).includes(end)) ? [] : [{ line, next }];
          });
          const pairs = apart.length > 0 ? apart : [{ line: boundary.lines[chain.brokenAt - 1]!, next: boundary.lines[chain.brokenAt]! }];
          for (const { line, next } of pairs) report({ messageId: 'broken', layer, feature, data: { boundary: boundary.label, line, next } });
          continue;
        }
        const first = chain.uidps[0]!;
        const last = chain.uidps[chain.uidps.length - 1]!;
        if (first !== last) report({ messageId: 'notClosed', layer, feature, data: { boundary: boundary.label, first, last } });
      }
    }
  },
});
