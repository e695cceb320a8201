// When a Kazakh turning-point contour is closed: shared by the reader (to build polygons) and the kz/* rules.
import type { KzContour } from '../model/kz.js';

/** Whether the contour ends where it starts: the first point's number repeated, or its coordinates. */
export function isClosed(contour: KzContour): boolean {
  const first = contour.points[0];
  const last = contour.points[contour.points.length - 1];
  if (!first || !last || contour.points.length < 2) return false;
  return last.number === first.number || (last.x === first.x && last.y === first.y);
}
