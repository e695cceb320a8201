// topology/contours-match-registered: a merge or division keeps the outline of the registered parcels it replaces (Art. 8(4)(h)).
import { defineRule } from '../../engine/define-rule.js';
import { toGeoJson, type JstsGeometry } from '../../geom/jsts.js';
import { regionsOf, registeredShapes, sameCadCode, sourceParcelCodes, surveyedParcels, widthInMillimetres } from '../registered.js';

const KINDS_WITH_SOURCES = new Set(['merge', 'division']);

function unionOf(shapes: JstsGeometry[]): JstsGeometry | null {
  return shapes.reduce<JstsGeometry | null>((union, shape) => (union ? union.union(shape) : shape), null);
}

export default defineRule({
  id: 'topology/contours-match-registered',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(h)',
    description: 'In a merge or division, the new parcels together cover the registered source parcels, to within 0.30 m',
    messages: {
      beyondSources: 'The new parcels reach {width} m beyond the registered source parcels (limit {limit} m), over {area} m²',
      sourceUncovered: 'Part of the registered source parcels, {width} m wide (limit {limit} m), is not covered by the new parcels, over {area} m²',
      sourceNotFound: 'Source parcel {cadCode} is not in the registered data near the survey: the outline cannot be compared',
      notChecked: 'Not checked: no registered data (give it with --registered)',
    },
  },
  check({ submission, settings, registered, report }) {
    const kind = submission.manifest.data?.kind;
    if (typeof kind !== 'string' || !KINDS_WITH_SOURCES.has(kind)) return;
    const codes = sourceParcelCodes(submission);
    if (codes.length === 0) return; // metadata/source-parcels reports the missing list
    if (!registered) {
      report({ messageId: 'notChecked', severity: 'info' });
      return;
    }
    const limit = settings.tolerances.registeredOverlap;
    const candidates = registeredShapes(registered);
    const sources = [];
    for (const code of codes) {
      const found = candidates.filter((parcel) => sameCadCode(parcel.cadCode, code));
      if (found.length === 0) report({ messageId: 'sourceNotFound', data: { cadCode: code } });
      sources.push(...found);
    }
    const surveyed = surveyedParcels(submission, settings);
    if (sources.length === 0 || surveyed.length === 0) return;
    let sourceUnion: JstsGeometry | null;
    let newUnion: JstsGeometry | null;
    try {
      sourceUnion = unionOf(sources.map((parcel) => parcel.shape));
      newUnion = unionOf(surveyed.map((parcel) => parcel.shape));
    } catch {
      return; // an invalid polygon: geometry/valid names it
    }
    const differences = [
      { messageId: 'beyondSources' as const, region: newUnion!.difference(sourceUnion!) },
      { messageId: 'sourceUncovered' as const, region: sourceUnion!.difference(newUnion!) },
    ];
    for (const { messageId, region: difference } of differences) {
      for (const { region, location } of regionsOf(difference)) {
        const width = widthInMillimetres(region);
        if (width <= limit) continue;
        // A part beyond the sources belongs to a new parcel: name the one it lies in.
        const owner = messageId === 'beyondSources' ? surveyed.find((parcel) => parcel.shape.intersects(region.getInteriorPoint())) : undefined;
        const layer = owner?.layer ?? surveyed[0]!.layer;
        report({
          messageId, layer, feature: owner?.feature ?? null, location, measured: width, limit, unit: 'm',
          data: { width: width.toFixed(3), limit: limit.toFixed(2), area: (Math.round(region.getArea() * 100) / 100).toFixed(2), cadCode: codes.join(', ') },
          geometry: toGeoJson(region),
        });
      }
    }
  },
});
