// topology/point-on-line-vertex: an accompanying point sits on a vertex of the linear structure (Art. 8(4)(e)), within 0.15 m.
import { defineRule } from '../../engine/define-rule.js';
import { toJsts } from '../../geom/jsts.js';
import { roundToMillimetre } from '../../geom/regions.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import type { Position } from '../../model.js';
import { measurableFeatures } from '../layers.js';
import { featureName } from '../shapes.js';

/** Every vertex of the linear-structure lines. */
function lineVertices(submission: Parameters<typeof measurableFeatures>[0]): Position[] {
  const vertices: Position[] = [];
  for (const { feature } of measurableFeatures(submission, ['linear'])) {
    try {
      for (const c of toJsts(feature.geometry!).getCoordinates()) vertices.push([c.x, c.y]);
    } catch {
      // unbuildable: geometry/valid reports it
    }
  }
  return vertices;
}

export default defineRule({
  id: 'topology/point-on-line-vertex',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(e)',
    measures: ['linear', 'points'],
    description: 'An accompanying point lies on a vertex of the linear-structure lines, within the {accuracy} m accuracy',
    messages: {
      offVertex: 'Point {point} is {distance} m from the nearest vertex of the linear structure (limit {limit} m)',
      noLine: 'Point {point} has no linear-structure line to sit on: the submission has no line vertices',
    },
    translations: {
      ka: {
        description: 'თანმდევი წერტილი ხაზობრივი ნაგებობის ხაზების წვეროზე მდებარეობს {accuracy} მ სიზუსტით',
        messages: {
          offVertex: 'წერტილი {point} ხაზობრივი ნაგებობის უახლოესი წვეროდან {distance} მ-ზეა (ზღვარი {limit} მ)',
          noLine: 'წერტილ {point}-ს დასადები ხაზი არ აქვს: კომპლექტში ხაზობრივი ნაგებობის წვეროები არ არის',
        },
        fix: 'წერტილი მიაბით ხაზის წვეროს, ან ხაზს დაუმატეთ წვერო იქ, სადაც ობიექტია.',
      },
      ru: {
        description: 'Сопутствующая точка лежит в вершине линий линейного сооружения с точностью {accuracy} м',
        messages: {
          offVertex: 'Точка {point} в {distance} м от ближайшей вершины линейного сооружения (предел {limit} м)',
          noLine: 'Точке {point} не на чем лежать: в комплекте нет вершин линейных сооружений',
        },
        fix: 'Привяжите точку к вершине линии или добавьте вершину в линию там, где объект.',
      },
      uk: {
        description: 'Супутня точка лежить у вершині ліній лінійної споруди з точністю {accuracy} м',
        messages: {
          offVertex: 'Точка {point} за {distance} м від найближчої вершини лінійної споруди (ліміт {limit} м)',
          noLine: 'Точці {point} ні на чому лежати: у комплекті немає вершин лінійних споруд',
        },
        fix: 'Прив’яжіть точку до вершини лінії або додайте вершину в лінію там, де об’єкт.',
      },
      kk: {
        description: 'Ілеспе нүкте сызықтық құрылыс сызықтарының төбесінде {accuracy} м дәлдікпен жатыр',
        messages: {
          offVertex: '{point} нүктесі сызықтық құрылыстың ең жақын төбесінен {distance} м қашықтықта (шегі {limit} м)',
          noLine: '{point} нүктесі жататын сызық жоқ: жиынтықта сызықтық құрылыс төбелері жоқ',
        },
        fix: 'Нүктені сызықтың төбесіне байлаңыз немесе нысан тұрған жерде сызыққа төбе қосыңыз.',
      },
    },
    options: {
      accuracy: { description: 'How far a point may lie from the nearest vertex of a linear structure (the accuracy)', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const limit = options.accuracy;
    const vertices = lineVertices(submission);
    const index = new BoxIndex(vertices.map(([x, y]) => ({ minX: x, minY: y, maxX: x, maxY: y })));
    for (const { layer, feature } of measurableFeatures(submission, ['points'])) {
      const geometry = feature.geometry!;
      if (geometry.type !== 'Point') continue; // input/geometry-type reports other shapes
      const [x, y] = geometry.coordinates as Position;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (vertices.length === 0) {
        report({ messageId: 'noLine', layer, feature, data: { point: featureName(feature) } });
        continue;
      }
      // Widen the search until a vertex is in the box; the nearest is then within the box's half-diagonal.
      let margin = limit;
      while (index.search({ minX: x, minY: y, maxX: x, maxY: y }, margin).length === 0) margin *= 2;
      const nearest = Math.min(...index.search({ minX: x, minY: y, maxX: x, maxY: y }, margin * Math.SQRT2).map((i) => Math.hypot(vertices[i]![0] - x, vertices[i]![1] - y)));
      const distance = roundToMillimetre(nearest);
      if (distance <= limit) continue;
      report({
        messageId: 'offVertex', layer, feature, location: [x, y], measured: distance, limit, unit: 'm',
        data: { point: featureName(feature), distance: distance.toFixed(3), limit: limit.toFixed(2) },
      });
    }
  },
});
