// Profile ge-388: Georgia, Government Resolution No. 388 of 8 August 2016, Annex 1 (see spec/RULES.md).
import type { Settings } from '../engine/settings.js';

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
  roleNames: {
    parcel: ['parcel', 'parcels', 'landparcel', 'nakveti', 'ნაკვეთი', 'მიწისნაკვეთი'],
    building: ['building', 'buildings', 'shenoba', 'შენობა', 'შენობანაგებობა'],
    obligation: ['obligation', 'encumbrance', 'servitude', 'valdebuleba', 'ვალდებულება'],
    linear: ['linear', 'linearstructure', 'xazobrivi', 'ხაზობრივინაგებობა'],
    sides: ['sides', 'parcelsides', 'boundarysides', 'gverdebi', 'გვერდები'],
    points: ['points', 'accompanyingpoints', 'tanmdevi', 'თანმდევი'],
    markers: ['markers', 'neighbourmarkers', 'neighbormarkers', 'nishnuli', 'ნიშნული'],
  },
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
