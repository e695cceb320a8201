// geometry/spike: a boundary that runs out to a tip and back, narrower than the depiction accuracy (Art. 2(2)): a
// vertex dragged or snapped away while digitising, or a sliver the drawing cannot show at 0.15 m.
import { defineRule } from '../../engine/define-rule.js';
import type { Position } from '../../model.js';
import { measurableFeatures } from '../layers.js';
import { pathsOf } from '../../geom/paths.js';

/**
 * Sharper than this a tip is a sliver, not a corner: the angle parcel-gap draws between a wedge and a corner
 * (docs/rules/topology/parcel-gap.md), where the tip is less than a quarter as wide as it is long on each side.
 */
const WEDGE_ANGLE = 2 * Math.atan(1 / 4);

/** The ring's corners without its closing repeat and without consecutive points closer than `coincident`. */
function corners(ring: readonly Position[], coincident: number): Position[] {
  const kept: Position[] = [];
  for (const point of ring) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) > coincident) kept.push(point);
  }
  while (kept.length > 1 && Math.hypot(kept[0]![0] - kept[kept.length - 1]![0], kept[0]![1] - kept[kept.length - 1]![1]) <= coincident) kept.pop();
  return kept;
}

export interface Spike {
  tip: Position;
  /** How far apart the two sides are where the shorter one ends, m. */
  width: number;
  /** The shorter side's length, m. */
  length: number;
  /** The angle at the tip, degrees. */
  angle: number;
}

/**
 * The tips of a closed ring narrower than `accuracy`: an angle under the wedge angle, the shorter side longer than
 * `accuracy` (a shorter jag is within what the drawing can show), and the sides apart by more than `coincident` (a
 * boundary folded back onto itself is geometry/valid's). Each tip is judged by its two sides only, so neither the
 * ring's direction nor its starting corner changes what is found.
 */
export function spikesOf(ring: readonly Position[], accuracy: number, coincident: number): Spike[] {
  const points = corners(ring, coincident);
  if (points.length < 3) return [];
  const spikes: Spike[] = [];
  for (let i = 0; i < points.length; i++) {
    const [before, tip, after] = [points[(i + points.length - 1) % points.length]!, points[i]!, points[(i + 1) % points.length]!];
    const [ax, ay, cx, cy] = [before[0] - tip[0], before[1] - tip[1], after[0] - tip[0], after[1] - tip[1]];
    const [sideA, sideC] = [Math.hypot(ax, ay), Math.hypot(cx, cy)];
    const angle = Math.atan2(Math.abs(ax * cy - ay * cx), ax * cx + ay * cy);
    const length = Math.min(sideA, sideC);
    const width = length * Math.sin(angle);
    if (angle < WEDGE_ANGLE && length > accuracy && width > coincident && width < accuracy) {
      spikes.push({ tip, width, length, angle: (angle * 180) / Math.PI });
    }
  }
  return spikes;
}

export default defineRule({
  id: 'geometry/spike',
  meta: {
    severity: 'warning',
    basis: 'Art. 2(2)',
    measures: ['parcel', 'building', 'obligation'],
    description: 'No boundary running out to a tip narrower than {accuracy} m (a spike)',
    messages: { spike: 'The boundary runs out {length} m to a tip {width} m wide (angle {angle}°), narrower than the {limit} m the drawing can show: a vertex dragged away, or a sliver' },
    translations: {
      ka: {
        description: 'საზღვარი არ გადის {accuracy} მ-ზე ვიწრო წვეტად (შვერილი)',
        messages: { spike: 'საზღვარი {length} მ-ით გადის წვეტამდე, რომლის სიგანე {width} მ-ია (კუთხე {angle}°), ანუ ვიწროა {limit} მ-ზე, რასაც ნახაზი აჩვენებს: გადაადგილებული წვერო ან ვიწრო ზოლი' },
        fix: 'დააბრუნეთ წვერო თავის ადგილზე ან წაშალეთ (QGIS-ში: „Vertex Tool“); თუ ვიწრო ზოლი ნამდვილია, შეამოწმეთ გაზომვა.',
      },
      ru: {
        description: 'Нет границы, выходящей к острию уже {accuracy} м (выброс)',
        messages: { spike: 'Граница выходит на {length} м к острию шириной {width} м (угол {angle}°), уже {limit} м, которые может показать чертёж: смещённая вершина или узкая полоса' },
        fix: 'Верните вершину на место или удалите её (в QGIS: «Vertex Tool»); если узкая полоса настоящая, проверьте измерение.',
      },
      uk: {
        description: 'Немає межі, що виходить до вістря, вужчого за {accuracy} м (викид)',
        messages: { spike: 'Межа виходить на {length} м до вістря шириною {width} м (кут {angle}°), вужчого за {limit} м, які може показати креслення: зміщена вершина або вузька смуга' },
        fix: 'Поверніть вершину на місце або видаліть її (у QGIS: «Vertex Tool»); якщо вузька смуга справжня, перевірте вимірювання.',
      },
      kk: {
        description: '{accuracy} м-ден тар ұшқа шығатын шекара жоқ (шығыңқы)',
        messages: { spike: 'Шекара {length} м-ге ені {width} м ұшқа шығады (бұрыш {angle}°), сызба көрсете алатын {limit} м-ден тар: жылжыған төбе немесе тар жолақ' },
        fix: 'Төбені орнына қайтарыңыз немесе жойыңыз (QGIS-те: «Vertex Tool»); тар жолақ шын болса, өлшеуді тексеріңіз.',
      },
    },
    options: {
      accuracy: { description: 'A tip narrower than this cannot be drawn', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const { accuracy, coincident } = options;
    for (const { layer, feature } of measurableFeatures(submission, ['parcel', 'building', 'obligation'])) {
      const geometry = feature.geometry!;
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
      for (const ring of pathsOf(geometry)) {
        for (const { tip, width, length, angle } of spikesOf(ring, accuracy, coincident)) {
          report({
            messageId: 'spike', layer, feature, location: [tip[0], tip[1]], measured: width, limit: accuracy, unit: 'm',
            data: { length: length.toFixed(2), width: width.toFixed(3), angle: angle.toFixed(1), limit: accuracy.toFixed(2) },
          });
        }
      }
    }
  },
});
