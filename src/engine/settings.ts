// Everything a rule may be tuned by: a profile's defaults with a registry's config merged over them.
import type { Role, Severity } from '../model.js';
import type { Lang } from '../i18n/types.js';
import type { Limits } from './limits.js';

export interface Tolerances {
  /** Measurement and depiction accuracy, Art. 2(2): 0.15 m. */
  accuracy: number;
  /** Permitted overlap with registered data, Art. 2(3): 0.30 m. */
  registeredOverlap: number;
  /** Declared vs computed parcel area, m². */
  areaTolerance: number;
  /** Widest uncovered strip between parcels still reported as a gap, m. */
  gapMaxWidth: number;
  /** Farthest a photo's GPS position may be from every parcel, m. */
  photoMaxDistance: number;
  /** Closer than this is the same point, m. */
  coincident: number;
}

/** A bounding box in longitude/latitude degrees (WGS 84). */
// The profile's extent is plain data that geom/ reads too: it lives in the model.
export type { Extent } from '../model.js';
import type { Extent } from '../model.js';

/** One allowed value of a coded attribute, with the spellings accepted for it. */
export interface CodeValue {
  value: string;
  accepted: string[];
}

export type RuleSetting = Severity | 'off';

export interface Settings {
  profileId: string;
  /** Prefix of every legal reference, e.g. 'Resolution No. 388 (2016), Annex 1'. */
  referencePrefix: string;
  /** The CRS everything is measured in, as an EPSG code. */
  crs: string;
  /** CRSs a layer may be delivered in (input/crs-expected). */
  expectedCrs: string[];
  /** Where coordinates may plausibly lie (input/coordinates-plausible). */
  extent: Extent;
  /** IANA time zone of the profile's country, for photo dates. */
  timeZone: string;
  /** Code page tried for .dbf text that has no .cpg and is not UTF-8. */
  legacyEncoding: string;
  tolerances: Tolerances;
  /** Layer file names recognised for each role (compared case-insensitively, ignoring _ - and spaces). */
  roleNames: Record<Role, string[]>;
  /** Canonical field name → accepted aliases, per role. */
  fields: Record<Role, Record<string, string[]>>;
  /** Attribute names that identify a feature, in order of preference. */
  idFields: string[];
  /** Coded attribute lists keyed by `role.field` (e.g. 'parcel.purpose'). */
  codeLists: Record<string, CodeValue[]>;
  /** Rule ids of the profile, each with its severity or 'off'; absent ids use the rule's default. */
  ruleSettings: Record<string, RuleSetting>;
  /** Per rule id, the options a config set for that rule alone (`rules.<id>.options`); the rest come from `tolerances`. */
  ruleOptions?: Record<string, Partial<Tolerances>>;
  /** The rules this profile runs. */
  rules: string[];
  /** Reader limits a config overrode; the rest are DEFAULT_LIMITS (read them through limitsOf). */
  limits?: Partial<Limits>;
  /**
   * Rule families whose `meta.basis` cites this profile's law; a rule of another family (a shared geometry rule,
   * whose basis is Georgia's Res. 388) then cites nothing. Absent: every rule cites the profile's law.
   */
  basisFamilies?: string[];
  /** How a submission is read: a survey folder (default), Ukrainian exchange XML files, or Kazakh turning-point files. */
  reader?: 'survey' | 'ua-xml' | 'kz-points';
  /** The language of messages and report labels (--lang or the locale); English when absent. */
  lang?: Lang;
}
