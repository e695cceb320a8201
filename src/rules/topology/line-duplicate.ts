// topology/line-duplicate: no line drawn twice in the linear-structure layer (Art. 8(4)(c)), beyond the 0.15 m accuracy.
import { defineRule } from '../../engine/define-rule.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import { roundToMillimetre } from '../../geom/regions.js';
import { boxOf } from '../../geom/box.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import type { Feature, Layer, Position } from '../../model.js';
import { measurableFeatures } from '../layers.js';
import { featureName } from '../shapes.js';
import { linePieces } from './line-single-piece.js';

interface Piece {
  layer: Layer;
  feature: Feature;
  /** Which part of a MultiLineString record (0 for a LineString). */
  part: number;
  line: JstsGeometry;
}

/**
 * The stretches two lines have in common: for each pair of segments that lie on one line (both ends of one
 * within `tolerance` of the other's line), the interval where their projections overlap. A crossing, a
 * junction or a branch shares nothing; a line drawn twice shares its length, exactly.
 */
function sharedPieces(a: JstsGeometry, b: JstsGeometry, tolerance: number): Array<[Position, Position]> {
  const pieces: Array<[Position, Position]> = [];
  const ca = a.getCoordinates();
  const cb = b.getCoordinates();
  for (let i = 1; i < ca.length; i++) {
    const [p, q] = [ca[i - 1]!, ca[i]!];
    const length = Math.hypot(q.x - p.x, q.y - p.y);
    if (length === 0) continue;
    const [ux, uy] = [(q.x - p.x) / length, (q.y - p.y) / length];
    for (let j = 1; j < cb.length; j++) {
      const [r, t] = [cb[j - 1]!, cb[j]!];
      const off = (c: { x: number; y: number }): number => Math.abs((c.x - p.x) * uy - (c.y - p.y) * ux);
      if (off(r) > tolerance || off(t) > tolerance) continue;
      const along = (c: { x: number; y: number }): number => (c.x - p.x) * ux + (c.y - p.y) * uy;
      const from = Math.max(0, Math.min(along(r), along(t)));
      const to = Math.min(length, Math.max(along(r), along(t)));
      if (to - from > 0) pieces.push([[p.x + ux * from, p.y + uy * from], [p.x + ux * to, p.y + uy * to]]);
    }
  }
  return pieces;
}

export default defineRule({
  id: 'topology/line-duplicate',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(c)',
    measures: ['linear'],
    description: 'No two line records, nor two parts of one, run along each other for more than the {accuracy} m accuracy',
    messages: {
      duplicateRecord: 'Line {line} runs along line {other} for {length} m (limit {limit} m): it is drawn twice',
      duplicatePart: 'Parts {part} and {otherPart} of line {line} run along each other for {length} m (limit {limit} m): it is drawn twice',
    },
    translations: {
      ka: {
        description: 'არც ორი ხაზოვანი ჩანაწერი, არც ერთის ორი ნაწილი ერთმანეთის გასწვრივ {accuracy} მ სიზუსტეზე მეტ მანძილზე არ მიდის',
        messages: {
          duplicateRecord: 'ხაზი {line} მიდის ხაზ {other}-ის გასწვრივ {length} მ-ზე (ზღვარი {limit} მ): ის გაორმაგებულია',
          duplicatePart: 'ხაზ {line}-ის ნაწილები {part} და {otherPart} ერთმანეთის გასწვრივ მიდის {length} მ-ზე (ზღვარი {limit} მ): ის გაორმაგებულია',
        },
        fix: 'წაშალეთ გამეორებული მონაკვეთი, ან ჩანაწერები გააერთიანეთ ერთ ხაზად.',
      },
      ru: {
        description: 'Никакие две линейные записи и никакие две части одной не идут друг вдоль друга дольше точности {accuracy} м',
        messages: {
          duplicateRecord: 'Линия {line} идёт вдоль линии {other} на протяжении {length} м (предел {limit} м): она начерчена дважды',
          duplicatePart: 'Части {part} и {otherPart} линии {line} идут друг вдоль друга на протяжении {length} м (предел {limit} м): она начерчена дважды',
        },
        fix: 'Удалите повторяющийся отрезок или объедините записи в одну линию.',
      },
      uk: {
        description: 'Жодні два лінійні записи й жодні дві частини одного не йдуть одна вздовж одної довше за точність {accuracy} м',
        messages: {
          duplicateRecord: 'Лінія {line} іде вздовж лінії {other} на {length} м (ліміт {limit} м): її накреслено двічі',
          duplicatePart: 'Частини {part} і {otherPart} лінії {line} ідуть одна вздовж одної на {length} м (ліміт {limit} м): її накреслено двічі',
        },
        fix: 'Видаліть повторений відрізок або об’єднайте записи в одну лінію.',
      },
      kk: {
        description: 'Ешбір екі сызық жазбасы да, бір жазбаның екі бөлігі де бір-бірінің бойымен {accuracy} м дәлдіктен ұзақ жүрмейді',
        messages: {
          duplicateRecord: '{line} сызығы {other} сызығының бойымен {length} м жүреді (шегі {limit} м): ол екі рет сызылған',
          duplicatePart: '{line} сызығының {part} және {otherPart} бөліктері бір-бірінің бойымен {length} м жүреді (шегі {limit} м): ол екі рет сызылған',
        },
        fix: 'Қайталанған кесіндіні жойыңыз немесе жазбаларды бір сызыққа біріктіріңіз.',
      },
    },
    options: {
      accuracy: { description: 'How long two lines may run along each other (the accuracy)', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, report }) {
    const { accuracy: limit, coincident } = options;
    const pieces: Piece[] = [];
    for (const { layer, feature } of measurableFeatures(submission, ['linear'])) {
      try {
        linePieces(toJsts(feature.geometry!)).forEach((line, part) => pieces.push({ layer, feature, part, line }));
      } catch {
        // unbuildable: geometry/valid reports it
      }
    }
    const boxes = pieces.map((piece) => boxOf(piece.line));
    for (const [i, j] of new BoxIndex(boxes).pairs(boxes, coincident)) {
      const [first, second] = [pieces[i]!, pieces[j]!];
      const shared = sharedPieces(first.line, second.line, coincident);
      const length = roundToMillimetre(shared.reduce((sum, [a, b]) => sum + Math.hypot(b[0] - a[0], b[1] - a[1]), 0));
      if (length <= limit) continue;
      const samePart = first.feature === second.feature;
      const [a, b] = shared[0]!;
      report({
        messageId: samePart ? 'duplicatePart' : 'duplicateRecord', layer: second.layer, feature: second.feature,
        location: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], measured: length, limit, unit: 'm',
        data: samePart
          ? { line: featureName(second.feature), part: first.part, otherPart: second.part, length: length.toFixed(3), limit: limit.toFixed(2) }
          : { line: featureName(second.feature), other: featureName(first.feature), length: length.toFixed(3), limit: limit.toFixed(2) },
        geometry: { type: 'MultiLineString', coordinates: shared },
      });
    }
  },
});
