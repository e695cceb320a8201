// topology/line-single-piece: a registered linear structure is one whole (Art. 8(4)(c)): its record's pieces connect.
import { defineRule } from '../../engine/define-rule.js';
import { DisjointSets } from '../../geom/disjoint-sets.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import { roundToMillimetre } from '../../geom/regions.js';
import { footOnSegment } from '../../geom/segments.js';
import type { Position } from '../../model.js';
import { measurableFeatures } from '../layers.js';

/** The pieces of a line record: one LineString, or the parts of a MultiLineString (empty parts ignored). */
export function linePieces(geometry: JstsGeometry): JstsGeometry[] {
  const pieces: JstsGeometry[] = [];
  for (let n = 0; n < geometry.getNumGeometries(); n++) {
    const part = geometry.getGeometryN(n);
    if (part.getGeometryType() === 'LineString' && !part.isEmpty()) pieces.push(part);
  }
  return pieces;
}

/** Groups of pieces that touch (within `tolerance`), by union-find: end to end, a branch meeting a line, or a crossing. */
function connectedGroups(pieces: JstsGeometry[], tolerance: number): number[][] {
  const sets = new DisjointSets(pieces.length);
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) if (!sets.same(i, j) && pieces[i]!.distance(pieces[j]!) <= tolerance) sets.union(j, i);
  }
  return sets.groups();
}

export default defineRule({
  id: 'topology/line-single-piece',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(c)',
    measures: ['linear'],
    description: 'A linear-structure record is one connected line: its pieces meet (end points within {coincident} m)',
    messages: {
      broken: 'The line is broken into {pieces} pieces that do not connect; the nearest are {gap} m apart',
    },
    translations: {
      ka: {
        description: 'ხაზობრივი ნაგებობის ჩანაწერი ერთი ბმული ხაზია: მისი ნაწილები ერთდება (ბოლოები {coincident} მ-ის ფარგლებში)',
        messages: { broken: 'ხაზი გაწყვეტილია {pieces} დაუკავშირებელ ნაწილად; უახლოესები ერთმანეთისგან {gap} მ-ითაა დაშორებული' },
        fix: 'დახურეთ წყვეტა (ბოლო წერტილები ერთმანეთს მიაბით), ან, თუ ნაწილები მართლაც ცალკე ნაგებობებია, თითოეული ცალკე ჩანაწერად შეიტანეთ.',
      },
      ru: {
        description: 'Запись линейного сооружения — одна связная линия: её куски смыкаются (концы в пределах {coincident} м)',
        messages: { broken: 'Линия разорвана на {pieces} несвязанных куска(ов); ближайшие находятся в {gap} м друг от друга' },
        fix: 'Закройте разрыв (свяжите концы) или, если части действительно разные сооружения, внесите каждую отдельной записью.',
      },
      uk: {
        description: 'Запис лінійної споруди — одна зв\'язна лінія: її шматки сходяться (кінці в межах {coincident} м)',
        messages: { broken: 'Лінію розірвано на {pieces} не з\'єднаних шматків; найближчі — за {gap} м один від одного' },
        fix: 'Закрийте розрив (зв’яжіть кінці) або, якщо частини справді різні споруди, внесіть кожну окремим записом.',
      },
      kk: {
        description: 'Сызықтық құрылыс жазбасы — бір байланысқан сызық: оның бөліктері түйіседі (ұштары {coincident} м шегінде)',
        messages: { broken: 'Сызық байланыспайтын {pieces} бөлікке бөлінген; ең жақындарының арасы {gap} м' },
        fix: 'Үзілісті жабыңыз (ұштарын байлаңыз) немесе бөліктер шынымен бөлек құрылыстар болса, әрқайсысын бөлек жазба етіңіз.',
      },
    },
    options: {
      coincident: { description: 'End points closer than this meet', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const tolerance = options.coincident;
    for (const { layer, feature } of measurableFeatures(submission, ['linear'])) {
      let pieces: JstsGeometry[];
      try {
        pieces = linePieces(toJsts(feature.geometry!));
      } catch {
        continue; // unbuildable: geometry/valid reports it
      }
      if (pieces.length < 2) continue;
      const groups = connectedGroups(pieces, tolerance);
      if (groups.length < 2) continue;
      // The break to show: the nearest pair of pieces in different groups.
      let nearest = { distance: Infinity, location: null as Position | null };
      for (let g = 0; g < groups.length; g++) {
        for (let h = g + 1; h < groups.length; h++) {
          for (const i of groups[g]!) {
            for (const j of groups[h]!) {
              const distance = pieces[i]!.distance(pieces[j]!);
              if (distance < nearest.distance) nearest = { distance, location: midpointBetween(pieces[i]!, pieces[j]!) };
            }
          }
        }
      }
      const gap = roundToMillimetre(nearest.distance);
      report({
        messageId: 'broken', layer, feature, location: nearest.location, measured: gap, limit: tolerance, unit: 'm',
        data: { pieces: groups.length, gap: gap.toFixed(3) },
      });
    }
  },
});

/** Midway between the closest points of two lines: where the break is. */
function midpointBetween(a: JstsGeometry, b: JstsGeometry): Position {
  let best: [Position, number] = [[0, 0], Infinity];
  // The closest pair of two polylines always includes a vertex of one of them.
  for (const [from, to] of [[a, b], [b, a]] as const) {
    for (const c of from.getCoordinates()) {
      const [other, distance] = nearestOn(to, c.x, c.y);
      if (distance < best[1]) best = [[(c.x + other[0]) / 2, (c.y + other[1]) / 2], distance];
    }
  }
  return best[0];
}

/** The point of a polyline nearest to (x, y), and its distance. */
function nearestOn(line: JstsGeometry, x: number, y: number): [Position, number] {
  const coordinates = line.getCoordinates();
  let best: [Position, number] = [[coordinates[0]!.x, coordinates[0]!.y], Infinity];
  for (let i = 1; i < coordinates.length; i++) {
    const [a, b] = [coordinates[i - 1]!, coordinates[i]!];
    const p: Position = footOnSegment(x, y, a.x, a.y, b.x, b.y);
    const d = Math.hypot(p[0] - x, p[1] - y);
    if (d < best[1]) best = [p, d];
  }
  return best;
}
