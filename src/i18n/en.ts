// English report labels; the rules' English texts are their own meta (the source of truth).
import type { Labels, Noun } from './types.js';

const NOUNS: Record<Noun, [string, string]> = {
  error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], finding: ['finding', 'findings'], submission: ['submission', 'submissions'],
};

export const labels: Labels = {
  htmlLang: 'en',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  pass: 'PASS',
  fail: 'FAIL',
  count: (count, noun) => `${count} ${NOUNS[noun][count === 1 ? 0 : 1]}`,
  at: 'at',
  measured: 'measured',
  limit: 'limit',
  profile: 'profile',
  noFile: '(submission)',
  moreFindings: (count, ruleId) => `… and ${count} more ${ruleId} findings in this file (all are in --format json)`,
  infosHidden: '(infos hidden; --verbose shows them)',
  andMore: (count) => `(and ${count} more)`,
  turnedOff: 'turned off in the configuration',
  reportTitle: 'cadcheck report',
  map: 'Map',
  findings: 'Findings',
  photos: 'Photos',
  layers: 'Layers',
  nothingToDraw: 'Nothing to draw: no layer could be placed in the profile CRS.',
  notDrawn: 'Not drawn (coordinate system unknown):',
  legend: { parcel: 'parcel', building: 'building', obligation: 'obligation', lines: 'lines', points: 'points', problemArea: 'problem area' },
  columns: { severity: 'Severity', finding: 'Finding', file: 'File', measured: 'Measured', location: 'Location', role: 'Role', geometry: 'Geometry', features: 'Features', crs: 'CRS' },
  noFindings: 'No findings.',
  noPhotos: 'No photos.',
  noThumbnail: 'no thumbnail',
  noCaptureDate: 'no capture date',
  surveyDate: 'survey date',
  unknown: 'unknown',
  coordinatesIn: 'coordinates in',
  overMaxWarnings: 'more warnings than --max-warnings allows',
  hiddenNote: (count, showsWarnings) =>
    `${count} ${count === 1 ? 'finding' : 'findings'} of another severity not listed (${showsWarnings ? '--verbose shows infos' : 'without --quiet, warnings are listed too'}).`,
  showOnMap: 'show on the map',
  noLocation: 'no location',
  footer: (name, version) => `Made by ${name} ${version}. The map is drawn in the profile CRS with grid north up; the numbers on it are the rows of the findings table.`,
  ruleCrashed: (ruleId, error) => `Rule ${ruleId} crashed (this is a bug in cadcheck, please report it): ${error}`,
  notPlaced: 'Not checked: the layer is not placed (its coordinate system is unknown or not the expected one, or its coordinates lie outside the country; see input/crs-defined, input/crs-expected and input/coordinates-plausible), so nothing is measured on it',
  progress: {
    reading: (file) => `reading ${file}`,
    read: (file, features) => `read ${file}: ${features} features`,
    registered: 'reading the registered parcels',
    rule: (ruleId, done, total) => `${ruleId} ${done}/${total} rules`,
  },
};
