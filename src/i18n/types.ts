// The languages cadcheck speaks and the shape of their report labels (a rule's own texts are typed in src/engine/define-rule.ts).
import type { Role, Severity } from '../model.js';

/** The languages cadcheck speaks: English (the source), Georgian, Russian, Ukrainian, Kazakh. */
export const LANGS = ['en', 'ka', 'ru', 'uk', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

/** Things a report counts; each language declines them by number its own way. */
export type Noun = 'error' | 'warning' | 'info' | 'finding' | 'submission';

/** Every word a reporter prints that is not a finding's message. */
export interface Labels {
  /** The BCP 47 tag for `<html lang>`. */
  htmlLang: string;
  severity: Record<Severity, string>;
  pass: string;
  fail: string;
  /** "3 errors", "1 warning", … */
  count(count: number, noun: Noun): string;
  /** "at 123.4, 567.8" */
  at: string;
  measured: string;
  /** The word the messages use for a tolerance ("limit 0.15 m"); a message that has it gets no [measured …] suffix. */
  limit: string;
  profile: string;
  /** Where a finding has no file. */
  noFile: string;
  moreFindings(count: number, ruleId: string): string;
  infosHidden: string;
  andMore(count: number): string;
  turnedOff: string;
  reportTitle: string;
  map: string;
  findings: string;
  photos: string;
  layers: string;
  nothingToDraw: string;
  notDrawn: string;
  legend: { parcel: string; building: string; obligation: string; lines: string; points: string; problemArea: string; registered: string };
  columns: { severity: string; finding: string; file: string; measured: string; location: string; role: string; geometry: string; features: string; crs: string };
  noFindings: string;
  noPhotos: string;
  noThumbnail: string;
  noCaptureDate: string;
  surveyDate: string;
  unknown: string;
  coordinatesIn: string;
  overMaxWarnings: string;
  /** Findings of a severity not listed; `showsWarnings` is whether warnings are listed (so --verbose is the hint). */
  hiddenNote(count: number, showsWarnings: boolean): string;
  showOnMap: string;
  noLocation: string;
  footer(name: string, version: string): string;
  ruleCrashed(ruleId: string, error: string): string;
  /** The info a measuring rule gives for a layer that is not placed on the earth (src/engine/placement.ts). */
  notPlaced: string;
  /** cadcheck batch's table on a terminal: the headings and the parts of the totals line. */
  batchTable: {
    submission: string; verdict: string; errors: string; warnings: string; firstError: string;
    /** The start of the totals line, with its separator: "4 submissions checked: ". */
    checked(count: number): string; passed(count: number): string; failed(count: number): string;
    unchanged(count: number, ref: string): string; interrupted(count: number): string;
  };
  /** The progress line of a long check on a terminal (stderr): the layer being read, the features read, the rule running. */
  progress: { reading(file: string): string; read(file: string, features: string): string; registered: string; rule(ruleId: string, done: number, total: number): string };
  /** The HTML header's facts from the manifest. */
  applicant: string;
  address: string;
  cadastralCode: string;
  /** Under a photo that findings name: their numbers in the findings table. */
  photoFindings(numbers: string): string;
  /** A group of marks too close to tell apart at the current zoom: how many, and their numbers. */
  mapCluster(count: number, numbers: string): string;
  /** The HTML map's zoom buttons (shown only where the page's script runs) and the hint beside them. */
  zoom: { zoomIn: string; zoomOut: string; reset: string; hint: string };
  /** The HTML map as a screen reader announces it. */
  mapAria: { map(crs: string): string; scaleBar(metres: string): string; north(crs: string): string };
  /** Layer roles and geometry types as the HTML layers table names them. */
  roles: Record<Role, string>;
  geometryTypes: Record<'Point' | 'LineString' | 'Polygon' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon' | 'GeometryCollection', string>;
  /**
   * The law a finding cites: each profile's law and annex in this language (English: null, the profile's own
   * referencePrefix), and the words of a rule's basis replaced in order ("Art." → "ст.").
   */
  law: { names: Record<string, { law: string; annex: string | null }> | null; words: Array<[string, string]> };
  /** Before a finding's "how to fix" line (from the rule's doc page). */
  howToFix: string;
}
