// Checks a FlatGeobuf file's structure before the flatgeobuf package trusts it: the package follows every size, offset and
// count as written, so a header length of 9 or a feature count of 0 sent it round a loop forever (calcTreeSize), and a
// garbled vector length into a 4 GB allocation. Each flatbuffer table read (header, each feature) is verified here first:
// every table, string and vector it reaches lies inside its buffer, nesting is bounded.

/** What a field of a flatbuffer table holds, as far as bounds go. */
type Field = { kind: 'scalar'; size: number } | { kind: 'string' } | { kind: 'vector'; size: number } | { kind: 'table'; spec: () => Field[] } | { kind: 'tables'; spec: () => Field[] };

const scalar = (size: number): Field => ({ kind: 'scalar', size });
const string: Field = { kind: 'string' };
const vector = (size: number): Field => ({ kind: 'vector', size });

// The FlatGeobuf schema (header.fbs, feature.fbs), field by field in vtable order.
const CRS: Field[] = [string, scalar(4), string, string, string, string];
const COLUMN: Field[] = [string, scalar(1), string, string, scalar(4), scalar(4), scalar(4), scalar(1), scalar(1), scalar(1), string];
const HEADER: Field[] = [
  string, vector(8), scalar(1), scalar(1), scalar(1), scalar(1), scalar(1), { kind: 'tables', spec: () => COLUMN },
  scalar(8), scalar(2), { kind: 'table', spec: () => CRS }, string, string, string,
];
const GEOMETRY: Field[] = [vector(4), vector(8), vector(8), vector(8), vector(8), vector(8), scalar(1), { kind: 'tables', spec: () => GEOMETRY }];
const FEATURE: Field[] = [{ kind: 'table', spec: () => GEOMETRY }, vector(1), { kind: 'tables', spec: () => COLUMN }];

/** Geometry parts nest (a collection of multipolygons of polygons); deeper than this is no survey's. */
const MAX_DEPTH = 16;

/** Thrown with what is wrong, in words for the message "the registered data cannot be read: …". */
export class FlatGeobufDamage extends Error {}

/** Not damaged but not a FlatGeobuf file at all (no signature): said as such, not as damage. */
export class NotFlatGeobuf extends FlatGeobufDamage {}

class Verifier {
  private readonly view: DataView;
  /** Tables, strings and vectors visited: bounded by the buffer's size, so a lying file cannot make the walk long. */
  private visits = 0;

  constructor(private readonly bytes: Uint8Array, private readonly what: string) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private fail(reason: string): never {
    throw new FlatGeobufDamage(`${this.what}: ${reason}`);
  }

  private need(position: number, length: number, what: string): void {
    if (!(position >= 0 && length >= 0 && position + length <= this.bytes.length)) this.fail(`${what} reaches past its ${this.bytes.length} bytes`);
  }

  private u32(position: number, what: string): number {
    this.need(position, 4, what);
    return this.view.getUint32(position, true);
  }

  /** The table at `table` and everything it reaches. */
  table(table: number, fields: Field[], depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`it nests deeper than ${MAX_DEPTH} levels`);
    if (++this.visits > this.bytes.length) this.fail('it refers to the same bytes over and over');
    this.need(table, 4, 'a table');
    const vtable = table - this.view.getInt32(table, true);
    this.need(vtable, 4, 'a table layout');
    const vtableSize = this.view.getUint16(vtable, true);
    const tableSize = this.view.getUint16(vtable + 2, true);
    if (vtableSize < 4 || vtableSize % 2 !== 0) this.fail(`a table layout says it is ${vtableSize} bytes`);
    this.need(vtable, vtableSize, 'a table layout');
    this.need(table, tableSize, 'a table');
    const count = Math.min((vtableSize - 4) / 2, fields.length);
    for (let i = 0; i < count; i++) {
      const at = this.view.getUint16(vtable + 4 + 2 * i, true);
      if (at === 0) continue; // absent: the default
      const field = fields[i]!;
      const width = field.kind === 'scalar' ? field.size : 4;
      if (at + width > tableSize) this.fail('a field lies outside its table');
      const position = table + at;
      if (field.kind === 'scalar') continue;
      const target = position + this.u32(position, 'an offset');
      if (field.kind === 'table') {
        this.table(target, field.spec(), depth + 1);
        continue;
      }
      const length = this.u32(target, 'a length');
      const size = field.kind === 'string' ? 1 : field.kind === 'vector' ? field.size : 4;
      if (length > this.bytes.length / size) this.fail(`a list claims ${length} items`);
      this.need(target + 4, length * size, field.kind === 'string' ? 'a text' : 'a list');
      if (field.kind === 'tables') {
        for (let k = 0; k < length; k++) {
          const element = target + 4 + 4 * k;
          this.table(element + this.view.getUint32(element, true), field.spec(), depth + 1);
        }
      }
    }
  }

  root(fields: Field[]): void {
    this.table(this.u32(0, 'the root offset'), fields, 0);
  }
}

export const MAGIC = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];
/** The flatgeobuf package's own bound on a header. */
const MAX_HEADER_BYTES = 10 * 1024 * 1024;
/** One node of the packed R-tree: a box of four doubles and an offset. */
const NODE_BYTES = 40;

export interface FlatGeobufLayout {
  headerLength: number;
  featuresCount: number;
  indexNodeSize: number;
}

/**
 * The file's layout once its magic, header length, header flatbuffer, feature count and index size are checked against
 * its size: `head` is the start of the file (at least 12 bytes and its header), `size` the whole file's length.
 * Throws a FlatGeobufDamage naming what is wrong.
 */
export function checkFlatGeobufHead(head: Uint8Array, size: number): FlatGeobufLayout {
  if (size < 12 || !MAGIC.every((byte, i) => head[i] === byte)) throw new NotFlatGeobuf('Not a FlatGeobuf file (it does not start with the FlatGeobuf 3 signature)');
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const headerLength = view.getUint32(8, true);
  if (headerLength < 8 || headerLength > MAX_HEADER_BYTES) throw new FlatGeobufDamage(`its header length field says ${headerLength} bytes`);
  if (12 + headerLength > size) throw new FlatGeobufDamage(`its header length field says ${headerLength} bytes, more than the file holds`);
  if (head.length < 12 + headerLength) throw new FlatGeobufDamage('its header could not be read whole');
  const header = head.subarray(12, 12 + headerLength);
  new Verifier(header, 'its header').root(HEADER);
  // Fields 8 and 9 of the header: features_count (uint64) and index_node_size (uint16, default 16).
  const headerView = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const table = headerView.getUint32(0, true);
  const vtable = table - headerView.getInt32(table, true);
  const vtableSize = headerView.getUint16(vtable, true);
  const slot = (i: number): number => (4 + 2 * i < vtableSize ? headerView.getUint16(vtable + 4 + 2 * i, true) : 0);
  const featuresCount = slot(8) ? Number(headerView.getBigUint64(table + slot(8), true)) : 0;
  const indexNodeSize = slot(9) ? headerView.getUint16(table + slot(9), true) : 16;
  const rest = size - 12 - headerLength;
  // Every feature takes at least its 4-byte length and a table: a count beyond that is a lie.
  if (featuresCount > rest / 8) throw new FlatGeobufDamage(`its header claims ${featuresCount} features, more than its ${rest} bytes after the header can hold`);
  if (indexNodeSize === 1) throw new FlatGeobufDamage('its spatial index claims nodes of 1 entry');
  if (indexNodeSize >= 2 && featuresCount > 0) {
    const treeBytes = treeNodes(featuresCount, indexNodeSize) * NODE_BYTES;
    if (treeBytes > rest) throw new FlatGeobufDamage(`its spatial index for ${featuresCount} features needs ${treeBytes} bytes, more than the file holds`);
  }
  return { headerLength, featuresCount, indexNodeSize };
}

/** Nodes of a packed R-tree over `items` entries (flatgeobuf's calcTreeSize, which never ends for 0 items). */
function treeNodes(items: number, nodeSize: number): number {
  let n = items;
  let nodes = n;
  while (n > 1) {
    n = Math.ceil(n / nodeSize);
    nodes += n;
  }
  return items === 1 ? 2 : nodes;
}

/** Verifies one feature's flatbuffer (`bytes` from its root offset on, the size prefix left out) before it is decoded. */
export function checkFlatGeobufFeature(bytes: Uint8Array, index: number): void {
  new Verifier(bytes, `feature ${index}`).root(FEATURE);
}
