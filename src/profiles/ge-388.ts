// Profile ge-388: Georgia, Government Resolution No. 388 of 8 August 2016, Annex 1 (see spec/RULES.md).
import type { Settings } from '../engine/settings.js';
import type { Role } from '../model.js';

/** The scripts a layer may be named in: English, Georgian and its Latin spellings, Russian, Ukrainian, Kazakh and their Latin spellings. */
export const LAYER_NAME_LANGUAGES = ['English', 'Georgian', 'Georgian in Latin letters', 'Russian', 'Ukrainian', 'Kazakh', 'Russian, Ukrainian, Kazakh in Latin letters'] as const;
export type LayerNameLanguage = (typeof LAYER_NAME_LANGUAGES)[number];

/**
 * The names that tell a layer's role, as surveyors write them: the resolution's own Georgian words (ნაკვეთი, შენობა-ნაგებობა,
 * ვალდებულება, სერვიტუტი, ხაზობრივი ნაგებობა…), the Latin spellings typed on a Latin keyboard (nakveti, servituti), and the
 * Russian, Ukrainian and Kazakh words. Compared ignoring case, spaces, `_` and `-`. docs/layer-names.md is this table (a test checks).
 */
export const LAYER_NAMES: Record<Role, Record<LayerNameLanguage, string[]>> = {
  parcel: {
    English: ['parcel', 'parcels', 'land parcel', 'plot'],
    Georgian: ['ნაკვეთი', 'ნაკვეთები', 'მიწის ნაკვეთი'],
    'Georgian in Latin letters': ['nakveti', 'nakvetebi', 'mitsis nakveti', 'miwis nakveti'],
    Russian: ['участок', 'участки', 'земельный участок'],
    Ukrainian: ['ділянка', 'ділянки', 'земельна ділянка'],
    Kazakh: ['учаске', 'жер учаскесі'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['uchastok', 'zemelnyy uchastok', 'zemelnyi uchastok', 'dilyanka', 'dilianka', 'uchaske'],
  },
  building: {
    English: ['building', 'buildings'],
    Georgian: ['შენობა', 'შენობები', 'შენობა-ნაგებობა', 'შენობა-ნაგებობები'],
    'Georgian in Latin letters': ['shenoba', 'shenobebi', 'shenoba-nageboba'],
    Russian: ['здание', 'здания', 'строение', 'строения'],
    Ukrainian: ['будівля', 'будівлі'],
    Kazakh: ['ғимарат', 'ғимараттар'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['zdanie', 'zdaniya', 'stroenie', 'budivlia', 'budivlya', 'gimarat', 'ghimarat'],
  },
  obligation: {
    English: ['obligation', 'obligations', 'encumbrance', 'encumbrances', 'servitude', 'servitudes', 'easement', 'easements'],
    Georgian: ['ვალდებულება', 'ვალდებულებები', 'სერვიტუტი', 'სერვიტუტები'],
    'Georgian in Latin letters': ['valdebuleba', 'valdebulebebi', 'servituti', 'servitutebi'],
    Russian: ['сервитут', 'сервитуты', 'обременение', 'обременения'],
    Ukrainian: ['сервітут', 'сервітути', 'обтяження'],
    Kazakh: ['сервитуттар', 'ауыртпалық'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['servitut', 'servituty', 'obremenenie', 'obtiazhennia', 'obtyazhennya', 'auyrtpalyq', 'auyrtpalyk'],
  },
  linear: {
    English: ['linear', 'linear structure', 'linear structures'],
    Georgian: ['ხაზობრივი', 'ხაზობრივი ნაგებობა'],
    'Georgian in Latin letters': ['xazobrivi', 'khazobrivi', 'xazobrivi nageboba', 'khazobrivi nageboba'],
    Russian: ['линейное сооружение', 'линейные сооружения'],
    Ukrainian: ['лінійна споруда', 'лінійні споруди'],
    Kazakh: ['желілік құрылыс'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['lineynoe sooruzhenie', 'lineinoe sooruzhenie', 'liniina sporuda', 'zhelilik qurylys', 'zhelilik kurylys'],
  },
  sides: {
    English: ['sides', 'parcel sides', 'boundary sides'],
    Georgian: ['გვერდები', 'ნაკვეთის გვერდები'],
    'Georgian in Latin letters': ['gverdebi', 'nakvetis gverdebi'],
    Russian: ['стороны', 'стороны участка'],
    Ukrainian: ['сторони', 'сторони ділянки'],
    Kazakh: ['жақтар', 'учаске жақтары'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['storony', 'zhaqtar', 'zhaktar'],
  },
  points: {
    English: ['points', 'accompanying points'],
    Georgian: ['თანმდევი', 'თანმდევი წერტილები', 'წერტილები'],
    'Georgian in Latin letters': ['tanmdevi', 'tanmdevi tsertilebi', 'tsertilebi'],
    Russian: ['точки', 'сопутствующие точки'],
    Ukrainian: ['супутні точки'],
    Kazakh: ['нүктелер', 'ілеспе нүктелер'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['tochki', 'nukteler'],
  },
  markers: {
    English: ['markers', 'neighbour markers', 'neighbor markers'],
    Georgian: ['ნიშნული', 'ნიშნულები', 'მეზობლების ნიშნულები'],
    'Georgian in Latin letters': ['nishnuli', 'nishnulebi'],
    Russian: ['метки', 'маркеры', 'метки соседей'],
    Ukrainian: ['мітки', 'маркери', 'мітки сусідів'],
    Kazakh: ['белгілер', 'көршілер белгілері'],
    'Russian, Ukrainian, Kazakh in Latin letters': ['metki', 'markery', 'mitky', 'belgiler'],
  },
};

function roleNamesOf(table: typeof LAYER_NAMES): Record<Role, string[]> {
  return Object.fromEntries(Object.entries(table).map(([role, byLanguage]) => [role, Object.values(byLanguage).flat()])) as Record<Role, string[]>;
}

export const ge388: Settings = {
  profileId: 'ge-388',
  referencePrefix: 'Resolution No. 388 (2016), Annex 1',
  crs: 'EPSG:32638',
  expectedCrs: ['EPSG:32638'],
  // Georgia's territory with a small margin (RULES.md, input/coordinates-plausible).
  extent: { lonMin: 39.9, lonMax: 46.8, latMin: 40.9, latMax: 43.7 },
  timeZone: 'Asia/Tbilisi',
  // Georgian has no Windows ANSI code page; old Georgian GIS data was mostly written by
  // Russian-locale Windows, so cp1251 is the legacy guess (Cyrillic names survive, and
  // mojibake Georgian is flagged by input/encoding rather than silently accepted).
  legacyEncoding: 'windows-1251',
  tolerances: {
    accuracy: 0.15,
    registeredOverlap: 0.3,
    areaTolerance: 1,
    gapMaxWidth: 1,
    photoMaxDistance: 200,
    coincident: 0.001,
  },
  // A layer's file name tells its role (SUBMISSION.md), in every language cadcheck speaks: LAYER_NAMES below.
  roleNames: roleNamesOf(LAYER_NAMES),
  // Canonical names and the aliases SUBMISSION.md lists; a registry adds its own in cadcheck.config.json.
  fields: {
    parcel: { area: ['area_m2', 'fartobi', 'ფართობი'], purpose: [], method: [], cad_code: [] },
    building: { number: [], storeys: [], condition: [], purpose: [] },
    obligation: { type: [], area: [] },
    linear: { type: [], length_plan: ['len_plan', 'lenplan'], length_actual: ['len_actual', 'len_act'] },
    sides: {},
    points: { type: [] },
    markers: { label: [] },
  },
  idFields: ['id', 'parcel_id', 'cad_code', 'number', 'label', 'fid'],
  // Art. 8(3): SUBMISSION.md's values, each with the Georgian words of the law. The numeric codes follow the
  // order of the law's lists (the NAPR template is not available); a registry remaps them in its config.
  codeLists: {
    'parcel.purpose': [
      { value: 'agricultural', accepted: ['1', 'სასოფლო-სამეურნეო'] },
      { value: 'non-agricultural', accepted: ['2', 'არასასოფლო-სამეურნეო'] },
    ],
    // 1 GeoCORS GPS · 2 base + rover GPS · 3 tacheometric · 4 horizontal · 5 orthophoto + field + horizontal · 6 plane-table.
    'parcel.method': ['1', '2', '3', '4', '5', '6'].map((value) => ({ value, accepted: [] })),
    'building.condition': [
      { value: 'under-construction', accepted: ['მშენებარე'] },
      { value: 'built', accepted: ['აშენებული'] },
      { value: 'demolished', accepted: ['დანგრეული'] },
    ],
    // 1 servitude · 2 usufruct · 3 lease · 4 rent · 5 building right · 6 mortgage · 7 other restriction with an area.
    'obligation.type': ['1', '2', '3', '4', '5', '6', '7'].map((value) => ({ value, accepted: [] })),
    // The law's ninth word is garbled in the source ("ფუნქციური"): only the English value is accepted for it.
    'linear.type': [
      { value: 'communication', accepted: ['საკომუნიკაციო ნაგებობა'] },
      { value: 'road', accepted: ['საავტომობილო გზა'] },
      { value: 'railway', accepted: ['რკინიგზა'] },
      { value: 'pipeline', accepted: ['მილსადენი'] },
      { value: 'tunnel', accepted: ['გვირაბი'] },
      { value: 'ropeway', accepted: ['საჰაერო-საბაგირო გზა'] },
      { value: 'power-line', accepted: ['ელექტროგადამცემი ხაზი'] },
      { value: 'telecom-line', accepted: ['კავშირგაბმულობის ხაზი'] },
      { value: 'funicular', accepted: [] },
      { value: 'dam', accepted: ['დამბა'] },
      { value: 'canal', accepted: ['არხი'] },
    ],
  },
  ruleSettings: {},
  rules: [],
};
