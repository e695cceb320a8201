// Polygons as one little-endian WKB GeometryCollection (OGC Simple Features, ISO 19125-1 §8.2): the GEOS peer reads
// the whole layer with a single GEOSGeomFromWKB_buf, so its "read" is GEOS's own parsing, not a JavaScript loop.
import { writeFileSync } from 'node:fs';

const WKB_POLYGON = 3;
const WKB_COLLECTION = 7;

/** Writes polygons (each a list of closed rings of [x, y]) to `file`. */
export function writeWkbCollection(file: string, polygons: number[][][][]): void {
  let bytes = 9;
  for (const rings of polygons) bytes += 9 + rings.reduce((sum, ring) => sum + 4 + 16 * ring.length, 0);
  const buffer = Buffer.alloc(bytes);
  let at = 0;
  const header = (type: number, count: number): void => {
    buffer.writeUInt8(1, at); // 1: little-endian
    buffer.writeUInt32LE(type, at + 1);
    buffer.writeUInt32LE(count, at + 5);
    at += 9;
  };
  header(WKB_COLLECTION, polygons.length);
  for (const rings of polygons) {
    header(WKB_POLYGON, rings.length);
    for (const ring of rings) {
      buffer.writeUInt32LE(ring.length, at);
      at += 4;
      for (const position of ring) {
        buffer.writeDoubleLE(position[0]!, at);
        buffer.writeDoubleLE(position[1]!, at + 8);
        at += 16;
      }
    }
  }
  writeFileSync(file, buffer);
}
