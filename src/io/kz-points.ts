// Kazakh boundary turning-point files (PCM rules, Order 252/НҚ item 10.3: "a file with the coordinates of the boundary
// turning points"; the order names no format). Read as text: one point a line, "number X Y", split by whitespace, ';',
// tab or ','; blank lines or a "contour …"/"контур …" line start a new contour. Assumptions are in docs/profiles.md.
import type { Polygon } from 'geojson';
import type { ReadOptions } from '../model/read-options.js';
import type { Feature, Layer, Position, Submission } from '../model.js';
import { readProfileFiles } from './profile-files.js';
import { isClosed } from '../geom/kz-contour.js';
import type { KzContour, KzPointsFile } from '../model/kz.js';

export type { KzContour, KzPoint, KzPointsFile } from '../model/kz.js';

const CONTOUR_HEADER = /^(?:contour|контур|kontur)(?=$|[\s№#:.])[\s№#:.]*(.*)$/iu;
const COMMENT = /^(?:#|\/\/)/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

function splitFields(line: string): { fields: string[]; decimalComma: boolean } {
  if (/[;\t]/.test(line)) return { fields: line.split(/\s*[;\t]\s*/).filter((field) => field !== ''), decimalComma: true };
  if (line.includes(',') && !/\s/.test(line.replace(/\s*,\s*/g, ','))) return { fields: line.split(/\s*,\s*/), decimalComma: false };
  return { fields: line.split(/\s+/), decimalComma: false };
}

export function parseKzPoints(file: string, text: string): KzPointsFile {
  const contours: KzContour[] = [];
  const unparsed: KzPointsFile['unparsed'] = [];
  let current: KzContour | null = null;
  let sawData = false;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const lineNumber = i + 1;
    const line = raw.trim();
    if (line === '') {
      current = null;
      continue;
    }
    if (COMMENT.test(line)) continue;
    const header = CONTOUR_HEADER.exec(line);
    if (header) {
      current = { name: header[1]!.trim() || String(contours.length + 1), points: [], featureIndex: contours.length };
      contours.push(current);
      continue;
    }
    const { fields, decimalComma } = splitFields(line);
    const numeric = fields.map((field) => (decimalComma ? field.replace(',', '.') : field));
    // A column header ("N X Y", "№;X;Y") before the first point is not data.
    if (!sawData && numeric.every((field) => !/\d/.test(field))) continue;
    if (fields.length !== 3) {
      unparsed.push({ line: lineNumber, text: line, reason: `${fields.length} fields, expected 3 (number, X, Y)` });
      continue;
    }
    const [number, x, y] = numeric as [string, string, string];
    if (!NUMBER.test(x) || !NUMBER.test(y)) {
      unparsed.push({ line: lineNumber, text: line, reason: `X "${fields[1]}" or Y "${fields[2]}" is not a number` });
      continue;
    }
    sawData = true;
    if (!current) {
      current = { name: String(contours.length + 1), points: [], featureIndex: contours.length };
      contours.push(current);
    }
    current.points.push({ number, x: Number(x), y: Number(y), line: lineNumber });
  }
  return { file, contours: contours.filter((contour) => contour.points.length > 0).map((contour, featureIndex) => ({ ...contour, featureIndex })), unparsed };
}

export function kzLayer(points: KzPointsFile): Layer {
  const features: Feature[] = points.contours.map((contour) => {
    const ring: Position[] = contour.points.map((point) => [point.y, point.x]);
    const geometry: Polygon | null = isClosed(contour) && ring.length >= 4 ? { type: 'Polygon', coordinates: [ring] } : null;
    return { index: contour.featureIndex, id: `contour ${contour.name}`, geometry, sourceGeometry: geometry, properties: { contour: contour.name } };
  });
  return {
    role: 'parcel', file: points.file, name: points.file.replace(/\.[^.]+$/, ''), format: 'kz-points', geometryType: 'Polygon',
    // The file says nothing of its CRS (local MSK systems are the practice): coordinates are planar metres as written.
    crs: { source: 'none', definition: null, code: null, proj4: null },
    measurable: true, fields: ['contour'], encoding: null, features,
  };
}

/** A file, or a folder of .csv/.txt files, as a submission of profile kz-pcm. */
export function loadKzSubmission(path: string, settings: ReadOptions): Submission {
  const { files, problems } = readProfileFiles(path, /\.(csv|txt)$/i, settings, 'a turning-point file (.csv, .txt)');
  const kzPoints = files.map(({ file, text }) => parseKzPoints(file, text));
  return { path, manifest: { file: 'cadcheck.json', data: null, problem: null }, layers: kzPoints.map(kzLayer), photos: [], problems, kzPoints };
}
