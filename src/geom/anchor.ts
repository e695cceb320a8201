// Where a finding about a whole feature points when its rule names no place: a vertex chosen by the land alone.
import type { Geometry, Position } from '../model.js';

/** Whether `a` is west of `b`, or as far west and south of it: the order that picks a ring's or a feature's least vertex. */
export function westThenSouth(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! < b[0]! || (a[0] === b[0] && a[1]! < b[1]!);
}

/**
 * The geometry's least vertex — westernmost, then southernmost — among its finite positions, or null when it has none.
 * Not its first vertex: which vertex a ring starts from, which way it runs and in what order the parts are written are
 * how a file was drawn, not the land, and must not move a finding (the least corner is also where src/geom/ring-start.ts
 * starts the rings a report writes).
 */
export function leastPosition(geometry: Geometry | null): Position | null {
  if (!geometry) return null;
  let least: Position | null = null;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [x, y] = value as number[];
      if (Number.isFinite(x) && Number.isFinite(y) && (least === null || westThenSouth(value as number[], least))) least = [x!, y!];
      return;
    }
    for (const item of value) visit(item);
  };
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) {
      const found = leastPosition(part);
      if (found && (least === null || westThenSouth(found, least))) least = found;
    }
    return least;
  }
  visit(geometry.coordinates);
  return least;
}
