// metadata/paper-matches-digital: the paper version's facts agree with the layers (Art. 8(4)(g), 7(18)).
import { defineRule } from '../../engine/define-rule.js';
import type { Settings } from '../../engine/settings.js';
import { toJsts } from '../../geom/jsts.js';
import { findInvalidity } from '../../geom/validity.js';
import type { Role, Submission } from '../../model.js';
import { codeOf, fieldOf, isBlankValue, numberOf, textOf } from '../fields.js';
import { layersWithRole } from '../layers.js';
import { factAt } from './facts.js';

/** Where the digital parcel area comes from: the declared area attribute, the drawn polygon, or each where the other is missing. */
type AreaSource = 'attribute' | 'geometry' | 'mixed';

/** The parcels' area as the digital version states it: the declared attribute, else the drawn polygon; null if unknown. */
function digitalParcelArea(submission: Submission, settings: Settings): { total: number; source: AreaSource; field: string } | null {
  let total = 0;
  let parcels = 0;
  let declaredCount = 0;
  let field = 'area';
  for (const layer of layersWithRole(submission, 'parcel')) {
    const name = fieldOf(layer, settings, 'area');
    if (name !== null) field = name;
    for (const feature of layer.features) {
      parcels += 1;
      const declared = name === null ? null : numberOf(feature.properties[name]);
      if (declared !== null) {
        total += declared;
        declaredCount += 1;
        continue;
      }
      const geometry = feature.geometry;
      if (!layer.measurable || !geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || findInvalidity(geometry)) return null;
      total += toJsts(geometry).getArea();
    }
  }
  if (parcels === 0) return null;
  return { total, source: declaredCount === parcels ? 'attribute' : declaredCount === 0 ? 'geometry' : 'mixed', field };
}

function unreadable(submission: Submission, role: Role): boolean {
  return submission.problems.some((problem) => problem.layerRole === role);
}

/** Same condition when both name the same code-list value (built = აშენებული), else when the words are the same. */
function sameCondition(settings: Settings, a: unknown, b: unknown): boolean {
  const codeA = codeOf(settings, 'building.condition', a);
  const codeB = codeOf(settings, 'building.condition', b);
  if (codeA && codeB) return codeA === codeB;
  return textOf(a).toLowerCase() === textOf(b).toLowerCase();
}

function isStoreys(value: unknown): boolean {
  const storeys = numberOf(value);
  return storeys !== null && Number.isInteger(storeys) && storeys >= 0;
}

interface PaperBuilding {
  number?: unknown;
  storeys?: unknown;
  condition?: unknown;
}

export default defineRule({
  id: 'metadata/paper-matches-digital',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(g), 7(18)',
    description: "The manifest's paper facts agree with the layers: parcel area rounded to a whole m², building numbers, storeys and condition",
    messages: {
      parcelArea: 'paper.parcelArea {paper} m² differs from the declared area attribute ({field}) of the parcel layer, {digital} m² rounded to a whole m² ({exact} m² as declared)',
      parcelAreaGeometry: 'paper.parcelArea {paper} m² differs from the area of the parcel polygon, {digital} m² rounded to a whole m² ({exact} m² as drawn; the parcel layer declares no area)',
      parcelAreaMixed: 'paper.parcelArea {paper} m² differs from the parcels\' area, {digital} m² rounded to a whole m² ({exact} m²: the declared area attribute ({field}) where given, the polygon\'s area where not)',
      buildingNotOnPaper: 'Building {number} is in the layers but not in paper.buildings',
      buildingNotInLayers: 'paper.buildings lists building {number}, which is not in the building layer',
      storeysDiffer: 'Building {number} has {digital} storeys in the layer but {paper} on paper',
      conditionDiffers: 'Building {number} is "{digital}" in the layer but "{paper}" on paper',
    },
  },
  check({ submission, settings, report }) {
    const paper = factAt(submission.manifest.data, 'paper');
    if (!paper || typeof paper !== 'object' || Array.isArray(paper)) return; // nothing stated on paper, nothing to compare
    const file = submission.manifest.file;

    const paperArea = factAt(submission.manifest.data, 'paper.parcelArea');
    const area = typeof paperArea === 'number' && !unreadable(submission, 'parcel') ? digitalParcelArea(submission, settings) : null;
    if (typeof paperArea === 'number' && area !== null && paperArea !== Math.round(area.total)) {
      // The paper area is a whole number of m² (Art. 7(6)(a)); the attribute is exact (Art. 8(3)(a.a)). The message names
      // what was compared: the declared attribute (whose own agreement with the polygon is attributes/area-matches-geometry's), or the polygon.
      const digital = Math.round(area.total);
      const messageId = area.source === 'attribute' ? 'parcelArea' : area.source === 'geometry' ? 'parcelAreaGeometry' : 'parcelAreaMixed';
      report({ messageId, file, measured: Math.abs(paperArea - digital), limit: 0, unit: 'm²', data: { paper: paperArea, digital, exact: area.total.toFixed(2), field: area.field } });
    }

    const paperBuildings = factAt(submission.manifest.data, 'paper.buildings');
    if (!Array.isArray(paperBuildings)) return;
    // Buildings pair up by number; a number used twice (attributes/building-number's) pairs up in order of appearance.
    const onPaper = new Map<string, PaperBuilding[]>();
    for (const entry of paperBuildings as PaperBuilding[]) {
      if (!entry || typeof entry !== 'object' || isBlankValue(entry.number)) continue;
      const group = onPaper.get(textOf(entry.number));
      if (group) group.push(entry);
      else onPaper.set(textOf(entry.number), [entry]);
    }
    const inLayers = new Map<string, number>();
    for (const layer of layersWithRole(submission, 'building')) {
      const names = { number: fieldOf(layer, settings, 'number'), storeys: fieldOf(layer, settings, 'storeys'), condition: fieldOf(layer, settings, 'condition') };
      if (names.number === null) continue; // attributes/required speaks for it
      for (const feature of layer.features) {
        const value = feature.properties[names.number];
        if (isBlankValue(value)) continue;
        const number = textOf(value);
        const seen = inLayers.get(number) ?? 0;
        inLayers.set(number, seen + 1);
        const entry = onPaper.get(number)?.[seen];
        if (!entry) {
          report({ messageId: 'buildingNotOnPaper', layer, feature, data: { number } });
          continue;
        }
        const storeys = names.storeys === null ? undefined : feature.properties[names.storeys];
        // Storeys that are not a whole number ≥ 0 are attributes/allowed-values' to report, not a disagreement.
        if (isStoreys(storeys) && !isBlankValue(entry.storeys) && numberOf(storeys) !== numberOf(entry.storeys)) {
          report({ messageId: 'storeysDiffer', layer, feature, data: { number, digital: textOf(storeys), paper: textOf(entry.storeys) } });
        }
        const condition = names.condition === null ? undefined : feature.properties[names.condition];
        if (!isBlankValue(condition) && !isBlankValue(entry.condition) && !sameCondition(settings, condition, entry.condition)) {
          report({ messageId: 'conditionDiffers', layer, feature, data: { number, digital: textOf(condition), paper: textOf(entry.condition) } });
        }
      }
    }
    // A building layer that could not be read (input/readable) hides its buildings: absence proves nothing then.
    if (unreadable(submission, 'building')) return;
    for (const [number, entries] of onPaper) {
      for (const _unmatched of entries.slice(inLayers.get(number) ?? 0)) report({ messageId: 'buildingNotInLayers', file, data: { number } });
    }
  },
});
