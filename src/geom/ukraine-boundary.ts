// Boundary chaining and zones of Ukrainian exchange files: shared by the reader (to build polygons) and the ua/* rules.
import type { UaBoundary, UaPolyline } from '../model/ukraine.js';

/** A boundary's points in order, joining its polylines end to end (a polyline may run either way); null when a link is missing. */
export function chainBoundary(boundary: UaBoundary, polylines: Map<string, UaPolyline>): { uidps: string[]; brokenAt: number | null } | null {
  const uidps: string[] = [];
  for (const [i, ulid] of boundary.lines.entries()) {
    const line = polylines.get(ulid);
    if (!line || line.points.length === 0) return null;
    if (uidps.length === 0) {
      // The first polyline may need turning round so that it meets the second.
      const next = polylines.get(boundary.lines[1] ?? '');
      const meets = (uidp: string | undefined): boolean => !!next && (uidp === next.points[0] || uidp === next.points[next.points.length - 1]);
      const turn = !meets(line.points[line.points.length - 1]) && meets(line.points[0]);
      uidps.push(...(turn ? [...line.points].reverse() : line.points));
      continue;
    }
    const last = uidps[uidps.length - 1];
    if (line.points[0] === last) uidps.push(...line.points.slice(1));
    else if (line.points[line.points.length - 1] === last) uidps.push(...[...line.points].reverse().slice(1));
    else return { uidps, brokenAt: i };
  }
  return { uidps, brokenAt: null };
}

/** EPSG code of a UCS-2000 Gauss–Krüger 6° zone told by the easting's leading zone number (4–7), or null. */
export function ucs2000Zone(easting: number): string | null {
  const zone = Math.floor(easting / 1_000_000);
  return zone >= 4 && zone <= 7 ? `EPSG:${5558 + zone}` : null;
}
