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
          report({ messageId: 'broken', layer, feature, data: { boundary: boundary.label, line: boundary.lines[chain.brokenAt - 1]!, next: boundary.lines[chain.brokenAt]! } });
          continue;
        }
        const first = chain.uidps[0]!;
        const last = chain.uidps[chain.uidps.length - 1]!;
        if (first !== last) report({ messageId: 'notClosed', layer, feature, data: { boundary: boundary.label, first, last } });
      }
    }
  },
});
