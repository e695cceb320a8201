// The part of geos-wasm's (GEOS 3.13 in WebAssembly) C API the bench and its tests call, typed once — its own typings
// declare globals this project does not load — and how they load it and hand it a WKB layer.
import initGeosJs from 'geos-wasm';

/** A pointer into the wasm heap. */
export type Ptr = number;

export interface GeosWasm {
  Module: {
    _malloc(bytes: number): Ptr; _free(p: Ptr): void;
    HEAPU8: Uint8Array; HEAPU32: Uint32Array; HEAPF64: Float64Array;
    getValue(p: Ptr, type: 'i32' | 'double'): number;
    UTF8ToString(p: Ptr): string; stringToUTF8(text: string, p: Ptr, max: number): void;
  };
  GEOSArea(g: Ptr, area: Ptr): number;
  GEOSBuffer(g: Ptr, width: number, quadrantSegments: number): Ptr;
  GEOSCoordSeq_copyFromBuffer(buffer: Ptr, size: number, hasZ: number, hasM: number): Ptr;
  GEOSCoordSeq_copyToBuffer(seq: Ptr, buffer: Ptr, hasZ: number, hasM: number): number;
  GEOSCoordSeq_getSize(seq: Ptr, size: Ptr): number;
  GEOSCoverageIsValid(g: Ptr, gapWidth: number, invalidEdges: Ptr): number;
  GEOSDifference(a: Ptr, b: Ptr): Ptr;
  GEOSFree(p: Ptr): void;
  GEOSGeom_createCollection(type: number, geometries: Ptr, count: number): Ptr;
  GEOSGeom_createLinearRing(seq: Ptr): Ptr;
  GEOSGeom_createPolygon(shell: Ptr, holes: Ptr, count: number): Ptr;
  GEOSGeom_destroy(g: Ptr): void;
  GEOSGeom_getCoordSeq(g: Ptr): Ptr;
  GEOSGeomFromWKB_buf(wkb: Ptr, size: number): Ptr;
  GEOSGeomGetLength(g: Ptr, length: Ptr): number;
  GEOSGeomGetX(g: Ptr, x: Ptr): number;
  GEOSGeomGetY(g: Ptr, y: Ptr): number;
  GEOSGeomTypeId(g: Ptr): number;
  GEOSGetExteriorRing(g: Ptr): Ptr;
  GEOSGetGeometryN(g: Ptr, n: number): Ptr;
  GEOSGetInteriorRingN(g: Ptr, n: number): Ptr;
  GEOSGetNumGeometries(g: Ptr): number;
  GEOSGetNumInteriorRings(g: Ptr): number;
  GEOSisEmpty(g: Ptr): number;
  GEOSisValid(g: Ptr): number;
  GEOSisValidDetail(g: Ptr, flags: number, reason: Ptr, location: Ptr): number;
  GEOSMaximumInscribedCircle(g: Ptr, tolerance: number): Ptr;
  GEOSPolygonize(geometries: Ptr, count: number): Ptr;
  GEOSRelatePattern(a: Ptr, b: Ptr, pattern: Ptr): number;
  GEOSUnaryUnion(g: Ptr): Ptr;
}

/** GEOS, instantiated, with its notices ("Self-intersection at or near point …") kept off stdout, where results go. */
export async function loadGeos(): Promise<GeosWasm> {
  return initGeosJs({ noticeHandler: () => undefined });
}

/** A geometry GEOS reads from these WKB bytes (the caller destroys it); throws when the heap or the WKB refuses. */
export function geometryFromWkb(geos: GeosWasm, bytes: Uint8Array): Ptr {
  const buffer = geos.Module._malloc(bytes.length);
  if (!buffer) throw new Error(`GEOS (wasm): cannot allocate ${bytes.length} bytes for the layer (the wasm heap stops at 2 GB)`);
  geos.Module.HEAPU8.set(bytes, buffer);
  const geometry = geos.GEOSGeomFromWKB_buf(buffer, bytes.length);
  geos.Module._free(buffer);
  if (!geometry) throw new Error('GEOS (wasm): the WKB was not read');
  return geometry;
}
