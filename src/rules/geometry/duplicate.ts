// geometry/duplicate: no two records with the same geometry, nor identical records on disconnected objects (Art. 8(4)(b)).
import { defineRule } from '../../engine/define-rule.js';
import { boxOf, type Box } from '../../geom/box.js';
import { polygonOutline } from '../../geom/copies.js';
import { DisjointSets } from '../../geom/disjoint-sets.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import type { Settings } from '../../engine/settings.js';
import type { Feature, Geometry, Layer, Role } from '../../model.js';
import { ROLES } from '../../model.js';
import { fieldOf, isBlankValue, textOf, valueOf } from '../fields.js';
import { isEmptyGeometry } from './empty.js';

/**
 * A record jsts builds, with its envelope and number of positions. Its normalised jsts copy is built only when a pair
 * whose outlines agree or an identifier shared with another record needs it: on a national layer almost no parcel does,
 * and a copy of every parcel was most of the rule's memory (issue 17).
 */
interface Candidate extends Box {
  feature: Feature;
  positions: number;
  normalised?: JstsGeometry;
}

/** The geometry as jsts reads it, written from its least vertex in one direction: the same shape drawn from another start vertex or in the other direction compares equal. */
function normalisedOf(geometry: Geometry): JstsGeometry {
  const normalised = toJsts(geometry).copy();
  normalised.normalize();
  return normalised;
}

const shapeOf = (candidate: Candidate): JstsGeometry => (candidate.normalised ??= normalisedOf(candidate.feature.geometry!));

function candidatesOf(layer: Layer): Candidate[] {
  const candidates: Candidate[] = [];
  for (const feature of layer.features) {
    if (!feature.geometry || isEmptyGeometry(feature.geometry)) continue;
    // A polygon jsts surely builds is known by its raw coordinates until a comparison needs its shape.
    const outline = polygonOutline(feature.geometry);
    if (outline) {
      candidates.push({ feature, ...outline });
      continue;
    }
    try {
      const normalised = normalisedOf(feature.geometry);
      candidates.push({ feature, normalised, positions: normalised.getNumPoints(), ...boxOf(normalised) });
    } catch {
      // unbuildable: geometry/valid reports it
    }
  }
  return candidates.sort((a, b) => a.minX - b.minX);
}

/**
 * The fields that identify an object of each role, in order of preference (RULES.md, geometry/duplicate): a parcel's
 * cadastral code or parcel id, a building's number, an obligation's id. Accompanying points, lines, sides and markers
 * have none: three manholes of the same type are three objects, so their attributes are never compared.
 */
const IDENTIFYING_FIELDS: Partial<Record<Role, readonly string[]>> = {
  parcel: ['cad_code', 'parcel_id'],
  building: ['number'],
  obligation: ['id', 'obligation_id'],
};

/** The record's identifier (the first identifying field it fills in), as `field=value`, or null. */
function identifierOf(layer: Layer, feature: Feature, settings: Settings): { field: string; value: string } | null {
  for (const canonical of IDENTIFYING_FIELDS[layer.role!] ?? []) {
    const value = valueOf(layer, feature, settings, canonical);
    if (!isBlankValue(value)) return { field: fieldOf(layer, settings, canonical)!, value: textOf(value) };
  }
  return null;
}

/** Records sharing one identifier, as `field=value`. */
interface IdentifierGroup {
  field: string;
  value: string;
  records: Candidate[];
}

const isGroup = (entry: Candidate | IdentifierGroup): entry is IdentifierGroup => 'records' in entry;

/** Land order (lowest envelope first), so the record a finding names does not depend on the file's order. */
function byLand(a: Candidate, b: Candidate): number {
  return a.minX - b.minX || a.minY - b.minY || a.maxX - b.maxX || a.maxY - b.maxY || a.feature.index - b.feature.index;
}

/**
 * Records in connected groups (records that touch, directly or through others), each group and the groups in land
 * order. A sweep by min X: only records whose envelopes meet are tested.
 */
function separateObjects(records: Candidate[]): Candidate[][] {
  const sorted = [...records].sort(byLand);
  const sets = new DisjointSets(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.minX <= a.maxX; j++) {
      const b = sorted[j]!;
      if (b.minY > a.maxY || b.maxY < a.minY || sets.same(i, j)) continue;
      let touching = true; // cannot tell: taken as one object, not reported
      try {
        touching = shapeOf(a).intersects(shapeOf(b));
      } catch {
        // keep true
      }
      if (touching) sets.union(j, i);
    }
  }
  return sets.groups().map((members) => members.map((i) => sorted[i]!)).sort((a, b) => byLand(a[0]!, b[0]!));
}

export default defineRule({
  id: 'geometry/duplicate',
  meta: {
    severity: 'error',
    basis: 'Art. 8(4)(b)',
    measures: ROLES,
    description: 'No two records of a layer with the same geometry, nor two objects that do not touch carrying the same identifier (cadastral code, parcel id, building number, obligation id)',
    messages: {
      sameGeometry: 'Same geometry as record {other} of this layer: delete one',
      sameIdentifier: 'Same {field} "{value}" as record {other}, on a separate object: one object, one record — merge them or give each its own {field}',
    },
    translations: {
      ka: {
        description: 'ფენაში არ არის ერთნაირი გეომეტრიის ორი ჩანაწერი, არც ერთი და იგივე იდენტიფიკატორის (საკადასტრო კოდი, ნაკვეთის id, შენობის ნომერი, ვალდებულების id) მქონე ორი ერთმანეთთან შეუხებელი ობიექტი',
        messages: {
          sameGeometry: 'იგივე გეომეტრიაა, რაც ამ ფენის ჩანაწერ {other}-ს: წაშალეთ ერთი',
          sameIdentifier: 'იგივე {field} „{value}“, რაც ჩანაწერ {other}-ს, ცალკე ობიექტზე: ერთი ობიექტი — ერთი ჩანაწერი; გააერთიანეთ ისინი ან თითოეულს მიეცით საკუთარი {field}',
        },
        fix: 'წაშალეთ დუბლიკატი, ან ერთი ობიექტის ნაწილები გააერთიანეთ ერთ მრავალნაწილიან ჩანაწერად.',
      },
      ru: {
        description: 'В слое нет двух записей с одинаковой геометрией и двух не касающихся друг друга объектов с одним идентификатором (кадастровый код, id участка, номер здания, id обременения)',
        messages: {
          sameGeometry: 'Та же геометрия, что у записи {other} этого слоя: удалите одну',
          sameIdentifier: 'То же значение {field} «{value}», что у записи {other}, на отдельном объекте: один объект — одна запись; объедините их или дайте каждому свой {field}',
        },
        fix: 'Удалите дубликат или объедините части одного объекта в одну составную запись.',
      },
      uk: {
        description: 'У шарі немає двох записів з однаковою геометрією й двох об\'єктів, що не торкаються один одного, з тим самим ідентифікатором (кадастровий номер, id ділянки, номер будівлі, id обтяження)',
        messages: {
          sameGeometry: 'Та сама геометрія, що в запису {other} цього шару: видаліть один',
          sameIdentifier: 'Те саме значення {field} «{value}», що в запису {other}, на окремому об\'єкті: один об\'єкт — один запис; об\'єднайте їх або дайте кожному власний {field}',
        },
        fix: 'Видаліть дублікат або об’єднайте частини одного об’єкта в один складений запис.',
      },
      kk: {
        description: 'Қабатта геометриясы бірдей екі жазба жоқ, бір-біріне тимейтін, идентификаторы (кадастрлық код, учаске id, ғимарат нөмірі, ауыртпалық id) бірдей екі объект те жоқ',
        messages: {
          sameGeometry: 'Геометриясы осы қабаттың {other} жазбасымен бірдей: біреуін жойыңыз',
          sameIdentifier: '{field} мәні «{value}» {other} жазбасымен бірдей, бірақ бөлек объектіде: бір объект — бір жазба; оларды біріктіріңіз немесе әрқайсысына өз {field} беріңіз',
        },
        fix: 'Көшірмесін жойыңыз немесе бір нысанның бөліктерін бір құрама жазбаға біріктіріңіз.',
      },
    },
    options: {
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, settings, report }) {
    const tolerance = options.coincident;
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
          // equalsExact wants the same kind of geometry with as many positions: cheaper to ask than to build both shapes.
          if (a.positions !== b.positions || a.feature.geometry!.type !== b.feature.geometry!.type) continue;
          if (!shapeOf(a).equalsExact(shapeOf(b), tolerance)) continue;
          duplicates.add(b.feature);
          const [first, second] = a.feature.index < b.feature.index ? [a.feature, b.feature] : [b.feature, a.feature];
          report({ messageId: 'sameGeometry', layer, feature: second, data: { other: first.index } });
        }
      }
      // Records grouped by identifier; within a group, the pieces that touch are one object. A record alone with its
      // identifier (almost every parcel of a national layer) is kept as it is: a group is made when a second comes.
      const byIdentifier = new Map<string, Candidate | IdentifierGroup>();
      for (const candidate of candidates) {
        const identifier = identifierOf(layer, candidate.feature, settings);
        if (identifier === null) continue;
        const key = `${identifier.field}\u0000${identifier.value}`;
        const found = byIdentifier.get(key); // pushed, not copied: 100,000 equal records must not be quadratic
        if (found === undefined) byIdentifier.set(key, candidate);
        else if (isGroup(found)) found.records.push(candidate);
        else byIdentifier.set(key, { ...identifier, records: [found, candidate] });
      }
      for (const group of byIdentifier.values()) {
        if (!isGroup(group)) continue;
        const { field, value, records } = group;
        const objects = separateObjects(records.filter((record) => !duplicates.has(record.feature)));
        // The first object (in land order) keeps the identifier; each other one is reported once, at its first record.
        for (const object of objects.slice(1)) {
          report({ messageId: 'sameIdentifier', layer, feature: object[0]!.feature, data: { field, value, other: objects[0]![0]!.feature.index } });
        }
      }
    }
  },
});
