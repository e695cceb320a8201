// The rings and lines of a geometry as lists of positions: what rules walk vertex by vertex.
import type { Geometry, Position } from '../model.js';

/** Every ring or line of a geometry as a list of positions. */
export function pathsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates as Position[]];
    case 'MultiLineString': case 'Polygon': return geometry.coordinates as Position[][];
    case 'MultiPolygon': return (geometry.coordinates as Position[][][]).flat();
    case 'GeometryCollection': return geometry.geometries.flatMap(pathsOf);
    default: return [];
  }
}
