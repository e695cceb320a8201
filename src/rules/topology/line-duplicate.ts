// topology/line-duplicate: no line drawn twice in the linear-structure layer (Art. 8(4)(c)), beyond the 0.15 m accuracy.
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson, toJsts, type JstsGeometry } from '../../geom/jsts.js';
import { roundToMillimetre } from '../../geom/regions.js';
import { boxOf, BoxIndex } from '../../geom/spatial-index.js';
import type { Feature, Layer } from '../../model.js';
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

export default defineRule({
  id: 'topology/line-duplicate',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(c)',
    description: 'No two line records, nor two parts of one, run along each other for more than the 0.15 m accuracy',
    messages: {
      duplicateRecord: 'Line {line} runs along line {other} for {length} m (limit {limit} m): it is drawn twice',
      duplicatePart: 'Parts {part} and {otherPart} of line {line} run along each other for {length} m (limit {limit} m): it is drawn twice',
    },
  },
  check({ submission, settings, report }) {
    const { accuracy: limit, coincident } = settings.tolerances;
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
      // Shared length: the part of one line within a millimetre of the other. A crossing or a junction shares
      // a few millimetres; a line drawn twice shares its length.
      let shared: JstsGeometry;
      try {
        shared = second.line.intersection(first.line.buffer(coincident));
      } catch {
        continue;
      }
      const length = roundToMillimetre(shared.getLength());
      if (length <= limit) continue;
      const samePart = first.feature === second.feature;
      const inside = shared.getInteriorPoint().getCoordinate()!;
      report({
        messageId: samePart ? 'duplicatePart' : 'duplicateRecord', layer: second.layer, feature: second.feature,
        location: [inside.x, inside.y], measured: length, limit, unit: 'm',
        data: samePart
          ? { line: featureName(second.feature), part: first.part, otherPart: second.part, length: length.toFixed(3), limit: limit.toFixed(2) }
          : { line: featureName(second.feature), other: featureName(first.feature), length: length.toFixed(3), limit: limit.toFixed(2) },
        geometry: toGeoJson(shared),
      });
    }
  },
});
