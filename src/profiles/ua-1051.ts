// Profile ua-1051: Ukraine, CMU Resolution No. 1051 of 17.10.2012 (State Land Cadastre), §70 complex types PointInfo and
// Boundary, read from cadastral exchange XML files. The text gives no CRS, tolerance or schema: see docs/profiles.md.
import type { Settings } from '../engine/settings.js';
import { ge388 } from './ge-388.js';

export const ua1051: Settings = {
  ...ge388,
  profileId: 'ua-1051',
  referencePrefix: 'CMU Resolution No. 1051 (2012)',
  reader: 'ua-xml',
  basisFamilies: ['ua'],
  // UCS-2000 / Gauss–Krüger zone 5 (central meridian 27°E); a file in zone 4, 6 or 7 is recognised by its easting's zone digit.
  crs: 'EPSG:5563',
  expectedCrs: ['EPSG:5562', 'EPSG:5563', 'EPSG:5564', 'EPSG:5565'],
  // Ukraine's territory with a small margin.
  extent: { lonMin: 22.0, lonMax: 40.3, latMin: 44.3, latMax: 52.4 },
  timeZone: 'Europe/Kyiv',
  legacyEncoding: 'windows-1251',
  // No tolerance is in the text: cadcheck's defaults for the geometry rules (coincident points 1 mm).
  tolerances: { ...ge388.tolerances },
  codeLists: {},
  ruleSettings: {},
  rules: [],
};

/** The rules of ua-1051 besides the ua/* family: the file can be read, the coordinates fall in Ukraine, the assembled parcels are valid shapes. */
export const UA_SHARED_RULES = ['input/coordinates-plausible', 'input/readable', 'input/too-complex', 'geometry/repeated-vertex', 'geometry/valid'];
