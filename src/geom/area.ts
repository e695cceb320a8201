// Planar area straight from GeoJSON positions, without building a jsts shape only to ask its area (issue 17: that was
// ~10 % of a check on a 21k-parcel layer). Findings print the area to several decimals, so this repeats jsts 2.12's own
// arithmetic step for step — Area.ofRingSigned's shoelace about the first vertex's x, Polygon.getArea's shell minus
// holes, GeometryCollection.getArea's sum in order, each from 0.0 — and the doubles come out equal (test/geom-area.test.ts).
import type { Geometry } from '../model.js';

/** A ring as GeoJSON writes it: positions of x, y (and maybe z, ignored). */
type Ring = readonly (readonly number[])[];

/** A ring's area, as jsts's Area.ofRing: |Σ (xᵢ − x₀)(yᵢ₋₁ − yᵢ₊₁)| / 2 over i = 1 … n − 2 (the ring closed, as GeoJSON's are). */
export function ringArea(ring: Ring): number {
  if (ring.length < 3) return 0;
  const x0 = ring[0]![0]!;
  let sum = 0;
  for (let i = 1; i < ring.length - 1; i++) {
    // The same subtraction first and the same product as jsts, so every rounding happens where it happens there.
    sum += (ring[i]![0]! - x0) * (ring[i - 1]![1]! - ring[i + 1]![1]!);
  }
  return Math.abs(sum / 2);
}

/** A polygon's area from its rings, as jsts's Polygon.getArea: the shell's, less each hole's in turn. */
function polygonArea(rings: readonly Ring[]): number {
  let area = 0;
  if (rings.length === 0) return area;
  area += ringArea(rings[0]!);
  for (let i = 1; i < rings.length; i++) area -= ringArea(rings[i]!);
  return area;
}

/**
 * The planar area of a geometry, equal to the last bit to `toJsts(geometry).getArea()` for any geometry jsts can build:
 * polygons' as above, a collection's parts summed in order, points and lines 0. Units are the coordinates' own, squared.
 */
export function planarArea(geometry: Geometry): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  let area = 0;
  if (geometry.type === 'MultiPolygon') for (const polygon of geometry.coordinates) area += polygonArea(polygon);
  else if (geometry.type === 'GeometryCollection') for (const part of geometry.geometries) area += planarArea(part);
  return area;
}
