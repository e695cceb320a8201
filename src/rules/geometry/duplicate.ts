// geometry/duplicate: no two records with the same geometry, nor identical records on disconnected objects (Art. 8(4)(b)).
import { defineRule } from '../../engine/define-rule.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import type { Feature, Layer } from '../../model.js';
import { isEmptyGeometry } from './empty.js';

interface Candidate {
  feature: Feature;
  normalised: JstsGeometry;
  minX: number; minY: number; maxX: number; maxY: number;
}

function candidatesOf(layer: Layer): Candidate[] {
  const candidates: Candidate[] = [];
  for (const feature of layer.features) {
    if (!feature.geometry || isEmptyGeometry(feature.geometry)) continue;
    try {
      const normalised = toJsts(feature.geometry).copy();
      normalised.normalize(); // same shape written from another start vertex or direction compares equal
      const envelope = normalised.getEnvelopeInternal();
      candidates.push({ feature, normalised, minX: envelope.getMinX(), minY: envelope.getMinY(), maxX: envelope.getMaxX(), maxY: envelope.getMaxY() });
    } catch {
      // unbuildable: geometry/valid reports it
    }
  }
  return candidates.sort((a, b) => a.minX - b.minX);
}

/** A record's attribute values, or null when it has none worth comparing (all blank). */
function attributeKey(feature: Feature): string | null {
  const values = Object.entries(feature.properties).map(([key, value]) => [key, value === undefined || value === '' ? null : value]);
  return values.every(([, value]) => value === null) ? null : JSON.stringify(values);
}

export default defineRule({
  id: 'geometry/duplicate',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(b)',
    description: 'No two records of a layer with the same geometry, nor identical attribute records on disconnected objects',
    messages: {
      sameGeometry: 'Same geometry as record {other} of this layer: delete one',
      sameAttributes: 'Same attributes as record {other}, on a separate object: one object, one record — merge them or tell them apart',
    },
  },
  check({ submission, settings, report }) {
    const tolerance = settings.tolerances.coincident;
    for (const layer of submission.layers) {
      if (!layer.role || !layer.measurable) continue;
      const candidates = candidatesOf(layer);
      const duplicates = new Set<Feature>();
      // Sweep by min X: only records whose envelopes agree to within the tolerance can be equal.
      for (let i = 0; i < candidates.length; i++) {
        const a = candidates[i]!;
        for (let j = i + 1; j < candidates.length && candidates[j]!.minX - a.minX <= tolerance; j++) {
          const b = candidates[j]!;
          if (duplicates.has(b.feature)) continue;
          if (Math.abs(a.minY - b.minY) > tolerance || Math.abs(a.maxX - b.maxX) > tolerance || Math.abs(a.maxY - b.maxY) > tolerance) continue;
          if (!a.normalised.equalsExact(b.normalised, tolerance)) continue;
          duplicates.add(b.feature);
          const [first, second] = a.feature.index < b.feature.index ? [a.feature, b.feature] : [b.feature, a.feature];
          report({ messageId: 'sameGeometry', layer, feature: second, data: { other: first.index } });
        }
      }
      const byAttributes = new Map<string, Candidate[]>();
      for (const candidate of candidates) {
        const key = attributeKey(candidate.feature);
        if (key !== null) byAttributes.set(key, [...(byAttributes.get(key) ?? []), candidate]);
      }
      for (const group of byAttributes.values()) {
        const ordered = group.sort((a, b) => a.feature.index - b.feature.index);
        for (let i = 1; i < ordered.length; i++) {
          const later = ordered[i]!;
          if (duplicates.has(later.feature)) continue;
          const first = ordered[0]!;
          let connected = true;
          try {
            connected = first.normalised.intersects(later.normalised);
          } catch {
            continue;
          }
          if (!connected) report({ messageId: 'sameAttributes', layer, feature: later.feature, data: { other: first.feature.index } });
        }
      }
    }
  },
});
