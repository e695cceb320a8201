// The plain data of a Ukrainian cadastral exchange file (profile ua-1051), as src/io/ukraine-xml.ts reads it.

export interface UaPoint {
  uidp: string;
  /** The point's name (PN), or null. */
  name: string | null;
  /** As written: X is the northing, Y the easting (the Gauss–Krüger convention). */
  x: string | null;
  y: string | null;
  mx: string | null;
  my: string | null;
  /** 0-based position among the file's points. */
  index: number;
}

export interface UaPolyline {
  ulid: string;
  /** UIDPs in order. */
  points: string[];
  index: number;
}

export interface UaBoundary {
  /** Says whose boundary: 'parcel 1' (ParcelMetricInfo/ParcelID), 'lands 2', 'restriction 1', …, with ' hole N' for an internal one. */
  label: string;
  /** ULIDs in order. */
  lines: string[];
  /** Index of the polygon feature it became in the parcel layer (with its holes), or null for a hole. */
  featureIndex: number | null;
  /**
   * The areas its owner declares (Area: MeasurementUnit 'га' or 'кв.м', Size as written), each with its owner's Error
   * (the area's stated error, in the unit of its Area, as written, or null); absent for a hole. Where another owner
   * repeats the ring (a land plot covering its whole parcel), that owner's other declarations follow, with its label.
   */
  declaredAreas?: Array<{ unit: string | null; size: string | null; owner?: string; error: string | null }>;
}

export interface UkraineExchange {
  file: string;
  /** The root element, or null when the file is not XML or has another root. */
  root: string | null;
  /** The child element of MetricInfo/CoordinateSystem (USC2000, SC63, SC42, Local, …) and its zone (SC63's X/C/P/T), or null when absent. */
  coordinateSystem: { name: string; zone: string | null } | null;
  points: UaPoint[];
  polylines: UaPolyline[];
  /** MetricInfo/ControlPoint: the UIDPs of the fixed boundary points. */
  controlPoints?: string[];
  boundaries: UaBoundary[];
  /** FormatVersion from AdditionalPart/ServiceInfo, or null when absent. */
  formatVersion?: string | null;
  /** What the exchange format's XML Schema says of the file (one entry per distinct problem), or null when not validated. */
  schemaProblems?: UaSchemaProblem[] | null;
}

/** The kinds of XML Schema complaint a surveyor is told about in words (anything else keeps libxml2's own text). */
export type UaSchemaProblemKind = 'missingChild' | 'unexpected' | 'textNotAllowed' | 'attributeNotAllowed' | 'wrongType' | 'notInList' | 'badPattern' | 'badLength' | 'wrongRoot' | 'other';

/** One distinct schema problem: where it first occurs, and how many times it occurs. */
export interface UaSchemaProblem {
  kind: UaSchemaProblemKind;
  /** The element complained of, e.g. 'PL'. */
  element: string;
  /** Its path from the root, e.g. 'UkrainianCadastralExchangeFile/InfoPart/MetricInfo/Polyline/PL'. */
  path: string;
  /** 1-based line and column of the element's start tag. */
  line: number;
  column: number;
  /** What the schema expected there (element names, a type, a set of values, a pattern), or null. */
  expected: string | null;
  /** The value that was refused, or null. */
  value: string | null;
  /** libxml2's message, for the kinds without words of ours. */
  detail: string;
  /** How many places have this same problem (same kind, element and expectation). */
  count: number;
}
