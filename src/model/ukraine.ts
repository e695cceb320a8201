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
}

export interface UkraineExchange {
  file: string;
  /** The root element, or null when the file is not XML or has another root. */
  root: string | null;
  /** The child element of MetricInfo/CoordinateSystem (USC2000, SC63, SC42, Local, …) and its zone (SC63's X/C/P/T), or null when absent. */
  coordinateSystem: { name: string; zone: string | null } | null;
  points: UaPoint[];
  polylines: UaPolyline[];
  boundaries: UaBoundary[];
}
