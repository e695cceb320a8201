// Writes FlatGeobuf files with a packed Hilbert R-tree index, deterministically, for fixtures and tests.
//
// The flatgeobuf package's own serializer encodes the features but writes no spatial index
// (index_node_size 0), and a reader can only filter by bounding box through that index. So the
// features are encoded by the package, sorted along a Hilbert curve, and given a new header and
// the index tree here, laid out as the FlatGeobuf spec (and flatgeobuf's packedrtree.ts) read it.
import * as flatbuffers from 'flatbuffers';
import type { FeatureCollection, Geometry } from 'geojson';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';

const MAGIC = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00];
const NODE_SIZE = 16;
const NODE_BYTES = 40;

export interface FgbFeature {
  geometry: Geometry;
  properties: Record<string, string | number | boolean | null>;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boxOf(geometry: Geometry): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      box.minX = Math.min(box.minX, x!); box.minY = Math.min(box.minY, y!);
      box.maxX = Math.max(box.maxX, x!); box.maxY = Math.max(box.maxY, y!);
    } else (c as unknown[]).forEach(visit);
  };
  if (geometry.type !== 'GeometryCollection') visit(geometry.coordinates);
  return box;
}

/** Position along a Hilbert curve of order 16 (Warren, Hacker's Delight), as flatbush and FlatGeobuf use. */
function hilbert(x: number, y: number): number {
  let a = x ^ y, b = 0xffff ^ a, c = 0xffff ^ (x | y), d = x & (y ^ 0xffff);
  let A = a | (b >> 1), B = (a >> 1) ^ a, C = ((c >> 1) ^ (b & (d >> 1))) ^ c, D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
  a = A; b = B; c = C; d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2)); B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2)); D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));
  a = A; b = B; c = C; d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4)); B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4)); D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));
  a = A; b = B; c = C; d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8)); D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));
  a = C ^ (C >> 1); b = D ^ (D >> 1);
  let i0 = x ^ y, i1 = b | (0xffff ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00ff00ff; i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f; i0 = (i0 | (i0 << 2)) & 0x33333333; i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00ff00ff; i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f; i1 = (i1 | (i1 << 2)) & 0x33333333; i1 = (i1 | (i1 << 1)) & 0x55555555;
  return ((i1 << 1) | i0) >>> 0;
}

/** Level bounds of the packed tree, leaves first (flatgeobuf's generateLevelBounds). */
function levelBounds(numItems: number): Array<[number, number]> {
  let n = numItems;
  let numNodes = n;
  const levelNumNodes = [n];
  do {
    n = Math.ceil(n / NODE_SIZE);
    numNodes += n;
    levelNumNodes.push(n);
  } while (n !== 1);
  const bounds: Array<[number, number]> = [];
  let end = numNodes;
  for (const size of levelNumNodes) {
    bounds.push([end - size, end]);
    end -= size;
  }
  return bounds;
}

/** A FlatGeobuf file of the features, with a spatial index and the CRS as an EPSG code (and WKT when given). */
export function encodeFlatGeobuf(features: FgbFeature[], crs: { epsg: number; wkt?: string }): Uint8Array {
  if (features.length === 0) throw new Error('encodeFlatGeobuf: at least one feature');
  const boxes = features.map((feature) => boxOf(feature.geometry));
  const extent = boxes.reduce((e, b) => ({ minX: Math.min(e.minX, b.minX), minY: Math.min(e.minY, b.minY), maxX: Math.max(e.maxX, b.maxX), maxY: Math.max(e.maxY, b.maxY) }));
  const scale = (value: number, min: number, max: number): number => (max > min ? Math.floor((0xffff * (value - min)) / (max - min)) : 0);
  const order = features.map((_, i) => i).sort((i, j) => {
    const h = (k: number): number => hilbert(scale((boxes[k]!.minX + boxes[k]!.maxX) / 2, extent.minX, extent.maxX), scale((boxes[k]!.minY + boxes[k]!.maxY) / 2, extent.minY, extent.maxY));
    return h(i) - h(j) || i - j;
  });

  // The package encodes the features (and a header we replace); every feature is size-prefixed.
  const collection: FeatureCollection = { type: 'FeatureCollection', features: order.map((i) => ({ type: 'Feature', geometry: features[i]!.geometry, properties: features[i]!.properties })) };
  const plain = serialize(collection);
  const oldHeaderLength = new DataView(plain.buffer, plain.byteOffset).getUint32(8, true);
  const oldHeader = fromByteBuffer(new flatbuffers.ByteBuffer(plain.subarray(8, 12 + oldHeaderLength)));
  const featureBytes = plain.subarray(12 + oldHeaderLength);
  const offsets: number[] = [];
  for (let offset = 0; offset < featureBytes.length; offset += 4 + new DataView(featureBytes.buffer, featureBytes.byteOffset + offset).getUint32(0, true)) offsets.push(offset);

  const builder = new flatbuffers.Builder(1024);
  const columns = (oldHeader.columns ?? []).map((column) => {
    const name = builder.createString(column.name);
    Column.startColumn(builder);
    Column.addName(builder, name);
    Column.addType(builder, column.type);
    return Column.endColumn(builder);
  });
  const columnsVector = Header.createColumnsVector(builder, columns);
  const nameOffset = builder.createString('parcels');
  const org = builder.createString('EPSG');
  const wkt = crs.wkt ? builder.createString(crs.wkt) : 0;
  Crs.startCrs(builder);
  Crs.addOrg(builder, org);
  Crs.addCode(builder, crs.epsg);
  if (wkt) Crs.addWkt(builder, wkt);
  const crsOffset = Crs.endCrs(builder);
  const envelope = Header.createEnvelopeVector(builder, [extent.minX, extent.minY, extent.maxX, extent.maxY]);
  Header.startHeader(builder);
  Header.addName(builder, nameOffset);
  Header.addEnvelope(builder, envelope);
  Header.addGeometryType(builder, oldHeader.geometryType);
  Header.addColumns(builder, columnsVector);
  Header.addFeaturesCount(builder, BigInt(features.length));
  Header.addIndexNodeSize(builder, NODE_SIZE);
  Header.addCrs(builder, crsOffset);
  builder.finishSizePrefixed(Header.endHeader(builder));
  const header = builder.asUint8Array();

  // The tree: root first, leaves last; a leaf holds its feature's byte offset, a branch its first child's node index.
  const bounds = levelBounds(features.length);
  const numNodes = bounds[0]![1];
  const nodes = new DataView(new ArrayBuffer(numNodes * NODE_BYTES));
  const writeNode = (i: number, box: Box, offset: number): void => {
    nodes.setFloat64(i * NODE_BYTES, box.minX, true);
    nodes.setFloat64(i * NODE_BYTES + 8, box.minY, true);
    nodes.setFloat64(i * NODE_BYTES + 16, box.maxX, true);
    nodes.setFloat64(i * NODE_BYTES + 24, box.maxY, true);
    nodes.setBigUint64(i * NODE_BYTES + 32, BigInt(offset), true);
  };
  const nodeBoxes: Box[] = new Array<Box>(numNodes);
  order.forEach((featureIndex, k) => {
    nodeBoxes[bounds[0]![0] + k] = boxes[featureIndex]!;
    writeNode(bounds[0]![0] + k, boxes[featureIndex]!, offsets[k]!);
  });
  for (let level = 0; level < bounds.length - 1; level++) {
    const end = bounds[level]![1];
    let pos = bounds[level]![0];
    let parent = bounds[level + 1]![0];
    while (pos < end) {
      const first = pos;
      const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      for (let j = 0; j < NODE_SIZE && pos < end; j++, pos++) {
        const child = nodeBoxes[pos]!;
        box.minX = Math.min(box.minX, child.minX); box.minY = Math.min(box.minY, child.minY);
        box.maxX = Math.max(box.maxX, child.maxX); box.maxY = Math.max(box.maxY, child.maxY);
      }
      nodeBoxes[parent] = box;
      writeNode(parent++, box, first);
    }
  }

  const out = new Uint8Array(MAGIC.length + header.length + nodes.byteLength + featureBytes.length);
  out.set(MAGIC, 0);
  out.set(header, MAGIC.length);
  out.set(new Uint8Array(nodes.buffer), MAGIC.length + header.length);
  out.set(featureBytes, MAGIC.length + header.length + nodes.byteLength);
  return out;
}
