// The one door to jsts (the JavaScript port of JTS): GeoJSON ↔ jsts geometries, cached per object.
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import 'jsts/org/locationtech/jts/monkey.js';
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
