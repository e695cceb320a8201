// The plain data of a Kazakh turning-point file (profile kz-pcm), as src/io/kz-points.ts reads it.

export interface KzPoint {
  number: string;
  /** Northing and easting as written (X north, Y east). */
  x: number;
  y: number;
  /** 1-based line of the file. */
  line: number;
}

export interface KzContour {
  /** The name after "contour", else its 1-based ordinal. */
  name: string;
  points: KzPoint[];
  /** Index of the feature it became in the layer. */
  featureIndex: number;
}

export interface KzPointsFile {
  file: string;
  contours: KzContour[];
  /** Lines that are neither a point, a contour header, a comment nor blank. */
  unparsed: Array<{ line: number; text: string; reason: string }>;
}
