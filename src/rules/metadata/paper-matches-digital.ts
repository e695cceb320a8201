// metadata/paper-matches-digital: the paper version's facts agree with the layers (Art. 8(4)(g), 7(18)).
import { defineRule } from '../../engine/define-rule.js';
import type { Settings } from '../../engine/settings.js';
import { planarArea } from '../../geom/area.js';
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
      total += planarArea(geometry); // jsts's getArea to the last bit, without building its shape
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
    translations: {
      ka: {
        description: 'მანიფესტის ქაღალდის ვერსიის მონაცემები ემთხვევა ფენებს: მთელ მ²-მდე დამრგვალებული ნაკვეთის ფართობი, შენობების ნომრები, სართულიანობა და მდგომარეობა',
        messages: {
          parcelArea: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთის ფენის დეკლარირებული ფართობის ატრიბუტისგან ({field}), მთელ მ²-მდე დამრგვალებით {digital} მ² (დეკლარირებულია {exact} მ²)',
          parcelAreaGeometry: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთის პოლიგონის ფართობისგან, მთელ მ²-მდე დამრგვალებით {digital} მ² (დახაზულია {exact} მ²; ნაკვეთის ფენა ფართობს არ აცხადებს)',
          parcelAreaMixed: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთების ფართობისგან, მთელ მ²-მდე დამრგვალებით {digital} მ² ({exact} მ²: დეკლარირებული ფართობის ატრიბუტი ({field}) სადაც არის, პოლიგონის ფართობი — სადაც არ არის)',
          buildingNotOnPaper: 'შენობა {number} ფენებშია, მაგრამ paper.buildings-ში არ არის',
          buildingNotInLayers: 'paper.buildings-ში მითითებულია შენობა {number}, რომელიც შენობების ფენაში არ არის',
          storeysDiffer: 'შენობა {number} ფენაში {digital}-სართულიანია, ქაღალდზე კი {paper}-სართულიანი',
          conditionDiffers: 'შენობა {number} ფენაში არის „{digital}“, ქაღალდზე კი „{paper}“',
        },
        fix: 'გაასწორეთ ის მხარე, რომელიც არასწორია; ციფრული ვერსია და ქაღალდი ერთსა და იმავეს უნდა ამბობდეს.',
      },
      ru: {
        description: 'Сведения бумажной версии в манифесте совпадают со слоями: площадь участка, округлённая до целого м², номера зданий, этажность и состояние',
        messages: {
          parcelArea: 'paper.parcelArea {paper} м² отличается от заявленного атрибута площади ({field}) слоя участка, {digital} м² с округлением до целого м² (заявлено {exact} м²)',
          parcelAreaGeometry: 'paper.parcelArea {paper} м² отличается от площади полигона участка, {digital} м² с округлением до целого м² (по чертежу {exact} м²; слой участка площадь не заявляет)',
          parcelAreaMixed: 'paper.parcelArea {paper} м² отличается от площади участков, {digital} м² с округлением до целого м² ({exact} м²: заявленный атрибут площади ({field}), где он есть, площадь полигона — где его нет)',
          buildingNotOnPaper: 'Здание {number} есть в слоях, но нет в paper.buildings',
          buildingNotInLayers: 'В paper.buildings указано здание {number}, которого нет в слое зданий',
          storeysDiffer: 'У здания {number} в слое {digital} этаж(а/ей), а на бумаге {paper}',
          conditionDiffers: 'Здание {number} в слое «{digital}», а на бумаге «{paper}»',
        },
        fix: 'Исправьте ту сторону, что неверна: цифровая версия и бумага должны говорить одно и то же.',
      },
      uk: {
        description: 'Відомості паперової версії в маніфесті збігаються із шарами: площа ділянки, округлена до цілого м², номери будівель, поверховість і стан',
        messages: {
          parcelArea: 'paper.parcelArea {paper} м² відрізняється від заявленого атрибута площі ({field}) шару ділянки, {digital} м² з округленням до цілого м² (заявлено {exact} м²)',
          parcelAreaGeometry: 'paper.parcelArea {paper} м² відрізняється від площі полігону ділянки, {digital} м² з округленням до цілого м² (за кресленням {exact} м²; шар ділянки площі не заявляє)',
          parcelAreaMixed: 'paper.parcelArea {paper} м² відрізняється від площі ділянок, {digital} м² з округленням до цілого м² ({exact} м²: заявлений атрибут площі ({field}), де він є, площа полігону — де його немає)',
          buildingNotOnPaper: 'Будівля {number} є в шарах, але її немає в paper.buildings',
          buildingNotInLayers: 'У paper.buildings зазначено будівлю {number}, якої немає в шарі будівель',
          storeysDiffer: 'Будівля {number} має в шарі поверхів: {digital}, а на папері: {paper}',
          conditionDiffers: 'Будівля {number} у шарі «{digital}», а на папері «{paper}»',
        },
        fix: 'Виправте той бік, що хибний: цифрова версія і папір мають казати одне й те саме.',
      },
      kk: {
        description: 'Манифесттегі қағаз нұсқаның мәліметтері қабаттармен сәйкес: бүтін м²-ге дөңгелектенген учаске ауданы, ғимарат нөмірлері, қабат саны және жай-күйі',
        messages: {
          parcelArea: 'paper.parcelArea {paper} м² учаске қабатының мәлімделген аудан атрибутынан ({field}) өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² (мәлімделгені {exact} м²)',
          parcelAreaGeometry: 'paper.parcelArea {paper} м² учаске полигонының ауданынан өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² (сызбада {exact} м²; учаске қабаты ауданды мәлімдемейді)',
          parcelAreaMixed: 'paper.parcelArea {paper} м² учаскелердің ауданынан өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² ({exact} м²: бар жерде мәлімделген аудан атрибуты ({field}), жоқ жерде полигон ауданы)',
          buildingNotOnPaper: '{number} ғимараты қабаттарда бар, бірақ paper.buildings ішінде жоқ',
          buildingNotInLayers: 'paper.buildings ішінде {number} ғимараты көрсетілген, ол ғимараттар қабатында жоқ',
          storeysDiffer: '{number} ғимаратының қабатта қабат саны {digital}, ал қағазда {paper}',
          conditionDiffers: '{number} ғимараты қабатта «{digital}», ал қағазда «{paper}»',
        },
        fix: 'Қай жағы қате болса, соны түзетіңіз: цифрлық нұсқа мен қағаз бірдей айтуы керек.',
      },
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
