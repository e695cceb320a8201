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
  codeLists: {},
  ruleSettings: {},
  rules: [],
};
