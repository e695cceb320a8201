// Profile kz-pcm: Kazakhstan, Rules for maintaining the Public Cadastral Map (Order No. 252/НҚ of 12.07.2023), item 10.3:
// a file of boundary turning-point coordinates. The order names no format, CRS or tolerance: see docs/profiles.md.
import type { Settings } from '../engine/settings.js';
import { ge388 } from './ge-388.js';

export const kzPcm: Settings = {
  ...ge388,
  profileId: 'kz-pcm',
  referencePrefix: 'Order No. 252/НҚ (2023), Rules for maintaining the Public Cadastral Map',
  reader: 'kz-points',
  basisFamilies: ['kz'],
  // Turning-point files are in local (MSK) systems and do not say which: coordinates are planar metres as written.
  crs: 'local',
  expectedCrs: [],
  // Kazakhstan's territory with a small margin (not used: a local system cannot be placed).
  extent: { lonMin: 46.4, lonMax: 87.4, latMin: 40.5, latMax: 55.5 },
  timeZone: 'Asia/Almaty',
  legacyEncoding: 'windows-1251',
  tolerances: { ...ge388.tolerances },
  codeLists: {},
  ruleSettings: {},
  rules: [],
};

/** The rules of kz-pcm besides the kz/* family: the file can be read, the contours are valid shapes that do not overlap. */
export const KZ_SHARED_RULES = ['input/readable', 'input/too-complex', 'geometry/repeated-vertex', 'geometry/valid', 'topology/parcel-overlap'];
