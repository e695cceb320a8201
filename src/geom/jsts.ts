// The one door to jsts (the JavaScript port of JTS): GeoJSON ↔ jsts geometries, cached per object.
import SimplePointInAreaLocator from 'jsts/org/locationtech/jts/algorithm/locate/SimplePointInAreaLocator.js';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import Location from 'jsts/org/locationtech/jts/geom/Location.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import 'jsts/org/locationtech/jts/monkey.js';
import Polygonizer from 'jsts/org/locationtech/jts/operation/polygonize/Polygonizer.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import type { Geometry } from '../model.js';

// jsts' generated typings are partial; rules talk to it through this narrow interface instead.
export interface JstsGeometry {
  getGeometryType(): string;
  getNumGeometries(): number;
  getGeometryN(n: number): JstsGeometry;
  getNumPoints(): number;
  getArea(): number;
  getLength(): number;
  isEmpty(): boolean;
  getEnvelopeInternal(): JstsEnvelope;
  getCoordinates(): JstsCoordinate[];
  getInteriorPoint(): JstsGeometry;
  getCoordinate(): JstsCoordinate | null;
  getBoundary(): JstsGeometry;
  getDimension(): number;
  normalize(): void;
  copy(): JstsGeometry;
  equalsExact(other: JstsGeometry, tolerance: number): boolean;
  intersects(other: JstsGeometry): boolean;
  intersection(other: JstsGeometry): JstsGeometry;
  difference(other: JstsGeometry): JstsGeometry;
  union(other?: JstsGeometry): JstsGeometry;
  buffer(distance: number): JstsGeometry;
  distance(other: JstsGeometry): number;
  relate(other: JstsGeometry, pattern: string): boolean;
}

export interface JstsCoordinate {
  x: number;
  y: number;
}

export interface JstsEnvelope {
  getMinX(): number;
  getMinY(): number;
  getMaxX(): number;
  getMaxY(): number;
}

export const geometryFactory = new GeometryFactory();

export function createCoordinate(x: number, y: number): JstsCoordinate {
  return new Coordinate(x, y) as unknown as JstsCoordinate;
}

/** The segment from (ax, ay) to (bx, by) as a jsts LineString. */
export function createSegment(ax: number, ay: number, bx: number, by: number): JstsGeometry {
  return geometryFactory.createLineString([new Coordinate(ax, ay), new Coordinate(bx, by)] as never) as unknown as JstsGeometry;
}

/** Is the point inside or on the boundary of the (polygonal) geometry? */
export function inOrOnArea(point: JstsCoordinate, area: JstsGeometry): boolean {
  return SimplePointInAreaLocator.locate(point as never, area as never) !== Location.EXTERIOR;
}

/** The union of everything in a geometry (lines get noded where they cross). */
export function unaryUnion(geometry: JstsGeometry): JstsGeometry {
  return UnaryUnionOp.union(geometry as never) as unknown as JstsGeometry;
}

/** The polygons (bounded faces) that the given noded lines form. */
export function polygonize(lines: readonly JstsGeometry[]): JstsGeometry[] {
  const polygonizer = new Polygonizer();
  for (const line of lines) polygonizer.add(line as never);
  return (polygonizer.getPolygons() as unknown as { toArray(): JstsGeometry[] }).toArray();
}
const reader = new GeoJSONReader(geometryFactory);
const writer = new GeoJSONWriter();
const cache = new WeakMap<Geometry, JstsGeometry>();

/** Thrown when jsts cannot even build the geometry (an unclosed ring, a ring of two points). */
export class UnbuildableGeometry extends Error {}

export function toJsts(geometry: Geometry): JstsGeometry {
  let built = cache.get(geometry);
  if (!built) {
    try {
      built = reader.read(geometry) as unknown as JstsGeometry;
    } catch (error) {
      throw new UnbuildableGeometry((error as Error).message);
    }
    cache.set(geometry, built);
  }
  return built;
}

export function toGeoJson(geometry: JstsGeometry): Geometry {
  return writer.write(geometry as never) as unknown as Geometry;
}
