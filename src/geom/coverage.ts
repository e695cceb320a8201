// Cheap coverage tests on raw coordinates, so that the clean majority of neighbour pairs in a parcel layer needs no jsts overlay:
// a proof that two simple polygons' interiors are disjoint, and which parcels have a boundary segment no neighbour matches.
import Flatbush from 'flatbush';
import type { Geometry } from '../model.js';
import { emptyBox, expandBoxByFlatRing, unionOfBoxes } from './box.js';
import { orient, segmentsMeet } from './segments.js';

/** A polygon as flat, closed rings [x0, y0, x1, y1, …, x0, y0] without repeated consecutive points. */
export interface Rings {
  /** The rings, each oriented with the interior on its left (shell counter-clockwise, holes clockwise). */
  rings: Float64Array[];
  /** True when the polygon is one ring proven simple here (no self-touching, non-zero area): the tests below only trust those. */
  simple: boolean;
  /**
   * True when the polygon is proven valid here: one polygon whose rings are each proven simple and meet no other ring, its
   * holes inside its shell and outside each other (a simple polygon is). Its interior then lies left of every edge.
   */
  valid: boolean;
  minX: number; minY: number; maxX: number; maxY: number;
}

function flatRing(ring: readonly (readonly number[])[]): Float64Array {
  const flat = new Float64Array(2 * ring.length);
  let n = 0;
  for (const point of ring) {
    const x = point[0]!, y = point[1]!;
    if (n >= 2 && flat[n - 2] === x && flat[n - 1] === y) continue;
    flat[n++] = x;
    flat[n++] = y;
  }
  return n === flat.length ? flat : flat.slice(0, n);
}

function signedArea(ring: Float64Array): number {
  let sum = 0;
  for (let i = 2; i < ring.length; i += 2) sum += ring[i - 2]! * ring[i + 1]! - ring[i]! * ring[i - 1]!;
  return sum / 2;
}

/** The ring run the other way, in place. */
function reverseInPlace(ring: Float64Array): Float64Array {
  for (let i = 0, j = ring.length - 2; i < j; i += 2, j -= 2) {
    const [x, y] = [ring[i]!, ring[i + 1]!];
    ring[i] = ring[j]!;
    ring[i + 1] = ring[j + 1]!;
    ring[j] = x;
    ring[j + 1] = y;
  }
  return ring;
}

/** Rings this large are not proven simple here (the check is quadratic); they take the jsts path. */
const MAX_SIMPLE_POINTS = 256;

/**
 * True when the closed ring is simple: at least three corners, non-zero area, no two non-adjacent edges meeting (not even
 * touching) and no adjacent edges folding back on each other. False means "not proven", not "invalid".
 */
export function isSimpleRing(ring: Float64Array): boolean {
  const n = ring.length / 2 - 1; // edges
  if (n < 3 || n > MAX_SIMPLE_POINTS || ring[0] !== ring[2 * n] || ring[1] !== ring[2 * n + 1] || !(Math.abs(signedArea(ring)) > 0)) return false;
  for (let i = 0; i < n; i++) {
    const [ax, ay, bx, by] = [ring[2 * i]!, ring[2 * i + 1]!, ring[2 * i + 2]!, ring[2 * i + 3]!];
    // The next edge must not fold back along this one.
    const k = (i + 1) % n;
    const [cx, cy] = [ring[2 * k + 2]!, ring[2 * k + 3]!];
    if (orient(ax, ay, bx, by, cx, cy) === 0 && (bx - ax) * (cx - bx) + (by - ay) * (cy - by) <= 0) return false;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing point
      if (segmentsMeet(ax, ay, bx, by, ring[2 * j]!, ring[2 * j + 1]!, ring[2 * j + 2]!, ring[2 * j + 3]!)) return false;
    }
  }
  return true;
}

const cache = new WeakMap<Geometry, Rings>();

/** A Polygon or MultiPolygon's rings, oriented, with whether it is one proven-simple ring (cached per geometry object). */
export function ringsOf(geometry: Geometry): Rings {
  let found = cache.get(geometry);
  if (!found) cache.set(geometry, (found = buildRings(geometry)));
  return found;
}

function buildRings(geometry: Geometry): Rings {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const rings: Float64Array[] = [];
  const box = emptyBox();
  for (const polygon of polygons) {
    polygon.forEach((coordinates, ringIndex) => {
      let ring = flatRing(coordinates);
      const area = signedArea(ring);
      if ((ringIndex === 0) !== (area > 0)) ring = reverseInPlace(ring);
      rings.push(ring);
      expandBoxByFlatRing(box, ring);
    });
  }
  const simple = polygons.length === 1 && rings.length === 1 && isSimpleRing(rings[0]!);
  const valid = simple || (polygons.length === 1 && rings.length > 1 && holesProvenApart(rings));
  return { rings, simple, valid, minX: box.minX, minY: box.minY, maxX: box.maxX, maxY: box.maxY };
}

/** Polygons with more rings than this are not proven valid here (the rings are compared pairwise); they take the jsts path. */
const MAX_PROVEN_RINGS = 32;

/** True when every ring is simple, no two rings meet (not even touching), and each hole is inside the shell and outside the other holes. */
function holesProvenApart(rings: readonly Float64Array[]): boolean {
  if (rings.length > MAX_PROVEN_RINGS || !rings.every(isSimpleRing)) return false;
  for (let r = 0; r < rings.length; r++) {
    for (let t = r + 1; t < rings.length; t++) {
      const [p, q] = [rings[r]!, rings[t]!];
      for (let i = 2; i < p.length; i += 2) {
        for (let j = 2; j < q.length; j += 2) {
          if (segmentsMeet(p[i - 2]!, p[i - 1]!, p[i]!, p[i + 1]!, q[j - 2]!, q[j - 1]!, q[j]!, q[j + 1]!)) return false;
        }
      }
      // The rings do not meet, so one corner tells on which side of the other a whole ring lies.
      if (r === 0 ? !insideRing(p, q[0]!, q[1]!) : insideRing(p, q[0]!, q[1]!) || insideRing(q, p[0]!, p[1]!)) return false;
    }
  }
  return true;
}

/** Strictly inside the ring by the crossing rule (callers make sure the point is not on it). */
function insideRing(ring: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let i = 2; i < ring.length; i += 2) {
    const [ax, ay, bx, by] = [ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!];
    if ((ay > y) !== (by > y) && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/**
 * True when the interiors of two proven-valid polygons cannot meet: their boundaries meet only in common corners and in
 * identical edges with the interiors on opposite sides (a shared edge), and every other edge of each lies outside the
 * other. (The boundary of a common open region would have to lie in the common corners, a finite set — impossible.)
 * Holes count like shells (a parcel with an enclave: on Épinay-sur-Orge, 1,154 of the 1,157 pairs this did not prove
 * apart while it took one ring only). False means "not proven": overlay them.
 */
export function interiorsDisjoint(a: Rings, b: Rings): boolean {
  if (!a.valid || !b.valid) return false;
  if (a.minX > b.maxX || b.minX > a.maxX || a.minY > b.maxY || b.minY > a.maxY) return true;
  const np = edgeCount(a);
  const nq = edgeCount(b);
  if (sharedScratch.length < np + nq) sharedScratch = new Uint8Array(2 * (np + nq));
  const shared = sharedScratch; // the edges of a's rings in turn from 0, then b's from np
  shared.fill(0, 0, np + nq);
  let offsetP = 0;
  for (const p of a.rings) {
    let offsetQ = np;
    for (const q of b.rings) {
      if (!ringsProvenApart(p, offsetP, q, offsetQ, b, shared)) return false;
      offsetQ += q.length / 2 - 1;
    }
    offsetP += p.length / 2 - 1;
  }
  // The boundaries now meet only at common corners and shared edges: each other edge is wholly inside or outside.
  return edgesOutside(a, shared, 0, b) && edgesOutside(b, shared, np, a);
}

function edgeCount(polygon: Rings): number {
  let n = 0;
  for (const ring of polygon.rings) n += ring.length / 2 - 1;
  return n;
}

/**
 * interiorsDisjoint's test of ring p (of one polygon) against ring q (of polygon `b`, whose box is used): false when they
 * cross, touch or run along each other other than along identical edges run opposite ways, which are flagged in `shared`
 * (p's edges from offsetP, q's from offsetQ).
 */
function ringsProvenApart(p: Float64Array, offsetP: number, q: Float64Array, offsetQ: number, b: Rings, shared: Uint8Array): boolean {
  const np = p.length / 2 - 1;
  const nq = q.length / 2 - 1;
  for (let i = 0; i < np; i++) {
    const ax = p[2 * i]!, ay = p[2 * i + 1]!, bx = p[2 * i + 2]!, by = p[2 * i + 3]!;
    const eMinX = Math.min(ax, bx), eMaxX = Math.max(ax, bx), eMinY = Math.min(ay, by), eMaxY = Math.max(ay, by);
    if (eMaxX < b.minX || eMinX > b.maxX || eMaxY < b.minY || eMinY > b.maxY) continue;
    for (let j = 0; j < nq; j++) {
      const cx = q[2 * j]!, cy = q[2 * j + 1]!, dx = q[2 * j + 2]!, dy = q[2 * j + 3]!;
      if (eMaxX < Math.min(cx, dx) || Math.max(cx, dx) < eMinX || eMaxY < Math.min(cy, dy) || Math.max(cy, dy) < eMinY) continue;
      // Identical edges: interiors on opposite sides when they run opposite ways (both rings have the interior on the left).
      if (ax === dx && ay === dy && bx === cx && by === cy) {
        shared[offsetP + i] = 1;
        shared[offsetQ + j] = 1;
        continue;
      }
      if (ax === cx && ay === cy && bx === dx && by === dy) return false; // the same edge with both interiors on one side
      // One common end point: fine unless the edges run along each other from it.
      if (ax === cx && ay === cy) {
        if (alongFrom(ax, ay, bx, by, dx, dy)) return false;
      } else if (ax === dx && ay === dy) {
        if (alongFrom(ax, ay, bx, by, cx, cy)) return false;
      } else if (bx === cx && by === cy) {
        if (alongFrom(bx, by, ax, ay, dx, dy)) return false;
      } else if (bx === dx && by === dy) {
        if (alongFrom(bx, by, ax, ay, cx, cy)) return false;
      } else if (segmentsMeet(ax, ay, bx, by, cx, cy, dx, dy)) return false; // a crossing, or a corner on the other's edge
    }
  }
  return true;
}

let sharedScratch = new Uint8Array(64);

/** Do edges s→u and s→v (from a common point s) run along each other? */
function alongFrom(sx: number, sy: number, ux: number, uy: number, vx: number, vy: number): boolean {
  return orient(sx, sy, ux, uy, vx, vy) === 0 && (ux - sx) * (vx - sx) + (uy - sy) * (vy - sy) > 0;
}

/** Is the midpoint of every edge of `polygon` not flagged in `shared` (from `offset`) outside `other` (out of its shell or in a hole)? */
function edgesOutside(polygon: Rings, shared: Uint8Array, offset: number, other: Rings): boolean {
  let k = offset;
  for (const ring of polygon.rings) {
    for (let i = 2; i < ring.length; i += 2, k++) {
      if (shared[k]) continue;
      const x = (ring[i - 2]! + ring[i]!) / 2;
      const y = (ring[i - 1]! + ring[i + 1]!) / 2;
      if (x < other.minX || x > other.maxX || y < other.minY || y > other.maxY) continue;
      if (insideRing(other.rings[0]!, x, y) && !other.rings.some((hole, h) => h > 0 && insideRing(hole, x, y))) return false;
    }
  }
  return true;
}

/** murmur3's 32-bit finaliser: every input bit reaches the low bits the tables index by. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** What segment matching found: which polygons have an unmatched segment, and those segments (flat ax, ay, bx, by). */
export interface Matching {
  dirty: boolean[];
  unmatched: number[];
  /** For each unmatched segment, the polygon it belongs to, or -1 when several polygons have it. */
  owners: number[];
}

/**
 * Which polygons have a boundary segment that no other polygon matches: a segment is matched when it occurs exactly
 * twice, in two different proven-simple polygons, running opposite ways (a shared edge with a parcel on each side).
 * Every point of the union's boundary lies on an unmatched segment, so gaps and enclosed areas are bounded by the
 * segments (and the polygons, "dirty") found here; every segment of a polygon that is not proven simple is unmatched.
 */
export function matchSegments(shapes: readonly Rings[]): Matching {
  const dirty = shapes.map((shape) => !shape.simple);
  let total = 0;
  for (const shape of shapes) for (const ring of shape.rings) total += ring.length / 2;
  // Open-addressing tables on typed arrays (a string-keyed Map of a million segments is mostly garbage collection):
  // corners by exact coordinates → id, then segments by their two corner ids.
  let size = 1;
  while (size < 2 * total + 4) size *= 2; // at most half full: corners and segments are each at most `total`
  const mask = size - 1;
  // Slots follow position (a grid of about one corner per cell, rows in turn) and corner ids follow the order parcels come
  // in, so neighbouring parcels' lookups hit nearby memory: on a big layer, cache misses were most of the time.
  // An empty polygon's box, or one with a coordinate that is not a number, would spoil the grid: left out.
  const { minX, minY, maxX, maxY } = unionOfBoxes(shapes.filter((shape) => shape.minX <= shape.maxX));
  const cell = Math.max(maxX - minX, maxY - minY, 1e-9) / Math.max(1, Math.sqrt(total));
  const columns = Math.ceil((maxX - minX) / cell) + 1;
  const cornerX = new Float64Array(size);
  const cornerY = new Float64Array(size);
  const cornerId = new Int32Array(size).fill(-1);
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  let corners = 0;
  const corner = (x: number, y: number): number => {
    bits[0] = x;
    bits[1] = y;
    const column = Math.floor((x - minX) / cell);
    const row = Math.floor((y - minY) / cell);
    let slot = Number.isFinite(column) && Number.isFinite(row) && column >= 0 && row >= 0
      ? ((row * columns + column) * 2) & mask
      : mix(mix(mix(mix(words[0]!) ^ words[1]!) ^ words[2]!) ^ words[3]!) & mask;
    while (cornerId[slot] !== -1) {
      if (cornerX[slot] === x && cornerY[slot] === y) return cornerId[slot]!;
      slot = (slot + 1) & mask;
    }
    cornerX[slot] = x;
    cornerY[slot] = y;
    cornerId[slot] = corners;
    return corners++;
  };
  const segLow = new Int32Array(size).fill(-1);
  const segHigh = new Int32Array(size);
  const segOwner = new Int32Array(size); // -1: a polygon not proven simple has it
  const segForward = new Int8Array(size);
  const segCount = new Int32Array(size); // 2 = matched; 3 = a bad second occurrence or more; -1 = listed as unmatched
  const segment = (low: number, high: number): number => {
    let slot = (low * 4 + (high & 3)) & mask;
    while (segLow[slot] !== -1) {
      if (segLow[slot] === low && segHigh[slot] === high) return slot;
      slot = (slot + 1) & mask;
    }
    segLow[slot] = low;
    segHigh[slot] = high;
    return slot;
  };
  // Each segment's slot, in the order the rings list them.
  const slots = new Int32Array(total);
  let k = 0;
  shapes.forEach((shape, owner) => {
    const who = shape.simple ? owner : -1;
    for (const ring of shape.rings) {
      let previous = corner(ring[0]!, ring[1]!);
      for (let i = 2; i < ring.length; i += 2) {
        const next = corner(ring[i]!, ring[i + 1]!);
        const forward = previous < next ? 1 : -1;
        const slot = forward === 1 ? segment(previous, next) : segment(next, previous);
        slots[k++] = slot;
        previous = next;
        const count = segCount[slot]!;
        if (count === 0) {
          segOwner[slot] = who;
          segForward[slot] = forward;
          segCount[slot] = 1;
        } else if (count === 1) {
          segCount[slot] = segOwner[slot] === -1 || who === -1 || segOwner[slot] === owner || segForward[slot] === forward ? 3 : 2;
        } else segCount[slot] = 3;
      }
    }
  });
  const unmatched: number[] = [];
  const owners: number[] = [];
  // Polygons that stay dirty whatever the second pass finds: not proven simple, or having a segment several polygons have.
  const stays = dirty.slice();
  const multi = new Uint8Array(size);
  k = 0;
  shapes.forEach((shape, owner) => {
    for (const ring of shape.rings) {
      for (let i = 2; i < ring.length; i += 2) {
        const slot = slots[k++]!;
        const count = segCount[slot]!;
        if (count === 2) continue;
        dirty[owner] = true;
        // A segment several polygons have is listed once.
        if (count > 0) {
          unmatched.push(ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!);
          owners.push(count === 1 ? owner : -1);
          if (count !== 1) multi[slot] = 1;
        }
        if (multi[slot]) stays[owner] = true;
        segCount[slot] = -1;
      }
    }
  });
  if (unmatched.length === 0) return { dirty, unmatched, owners };
  // Second pass: a boundary two neighbours share but wrote with different vertices (one side densified, a T-junction where
  // a third parcel's corner lies on it) is cut at every corner lying on it, and the pieces are matched like whole segments.
  const refined = splitAtCorners(unmatched, owners, shapes.map((shape) => shape.simple));
  if (!refined) return { dirty, unmatched, owners };
  const still = stays;
  for (const owner of refined.owners) if (owner >= 0) still[owner] = true;
  // A piece several polygons have (owner -1) keeps every polygon that had one of its whole segments dirty.
  refined.multiOwners.forEach((owner) => (still[owner] = true));
  return { dirty: still, unmatched: refined.unmatched, owners: refined.owners };
}

/** A corner this close to a segment (0.1 µm, float noise of densified coordinates) lies on it. */
const ON_SEGMENT = 1e-7;

/**
 * The unmatched segments cut at every corner of another polygon's unmatched segment lying on them, then matched as
 * matchSegments matches whole segments (twice, two different proven-simple polygons, opposite ways); null when nothing
 * was cut. Near-linear: a flatbush over the segments finds the corners that can lie on each.
 */
function splitAtCorners(unmatched: readonly number[], owners: readonly number[], simple: readonly boolean[]): { unmatched: number[]; owners: number[]; multiOwners: number[] } | null {
  const count = owners.length;
  if (count < 2) return null;
  const index = new Flatbush(count);
  for (let k = 0; k < count; k++) {
    const [ax, ay, bx, by] = [unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!];
    index.add(Math.min(ax, bx) - ON_SEGMENT, Math.min(ay, by) - ON_SEGMENT, Math.max(ax, bx) + ON_SEGMENT, Math.max(ay, by) + ON_SEGMENT);
  }
  index.finish();
  const pieces: number[] = [];
  const pieceOwners: number[] = [];
  let cutAny = false;
  const cuts: Array<[number, number, number]> = [];
  for (let k = 0; k < count; k++) {
    const [ax, ay, bx, by] = [unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!];
    const owner = owners[k]!;
    cuts.length = 0;
    if (owner >= 0 && simple[owner]) {
      const [dx, dy] = [bx - ax, by - ay];
      const length2 = dx * dx + dy * dy;
      for (const m of index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
        if (m === k || owners[m]! < 0 || owners[m] === owner) continue;
        for (let end = 0; end < 4; end += 2) {
          const [px, py] = [unmatched[4 * m + end]!, unmatched[4 * m + end + 1]!];
          if ((px === ax && py === ay) || (px === bx && py === by)) continue;
          const t = ((px - ax) * dx + (py - ay) * dy) / length2;
          if (!(t > 0 && t < 1)) continue;
          if (Math.abs((px - ax) * dy - (py - ay) * dx) / Math.sqrt(length2) > ON_SEGMENT) continue;
          cuts.push([t, px, py]);
        }
      }
    }
    if (cuts.length === 0) {
      pieces.push(ax, ay, bx, by);
      pieceOwners.push(owner);
      continue;
    }
    cutAny = true;
    cuts.sort((p, q) => p[0] - q[0]);
    let [x, y] = [ax, ay];
    for (const [, px, py] of cuts) {
      if (px === x && py === y) continue;
      pieces.push(x, y, px, py);
      pieceOwners.push(owner);
      [x, y] = [px, py];
    }
    pieces.push(x, y, bx, by);
    pieceOwners.push(owner);
  }
  if (!cutAny) return null;
  // Match the pieces by their exact end points, in an open-addressing table on typed arrays (string keys for millions of
  // pieces were most of the memory on a 10,000 x 251-vertex layer).
  const n = pieceOwners.length;
  let size = 1;
  while (size < 2 * n + 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1); // the first piece with these end points
  const first = new Int32Array(n); // each piece's entry (its first twin)
  const state = new Int8Array(n); // at an entry: 1 = once, 2 = matched, 3 = more or bad
  const forwardOf = new Int8Array(n);
  const twinOwner = new Int32Array(n);
  const canonical = new Float64Array(4 * n);
  const bits = new Float64Array(4);
  const words = new Uint32Array(bits.buffer);
  const multiOwners: number[] = [];
  for (let k = 0; k < n; k++) {
    const [ax, ay, bx, by] = [pieces[4 * k]!, pieces[4 * k + 1]!, pieces[4 * k + 2]!, pieces[4 * k + 3]!];
    const forward = ax < bx || (ax === bx && ay < by);
    bits[0] = canonical[4 * k] = forward ? ax : bx;
    bits[1] = canonical[4 * k + 1] = forward ? ay : by;
    bits[2] = canonical[4 * k + 2] = forward ? bx : ax;
    bits[3] = canonical[4 * k + 3] = forward ? by : ay;
    forwardOf[k] = forward ? 1 : 0;
    let h = 0;
    for (let w = 0; w < 8; w++) h = mix(h ^ words[w]!);
    let slot = h & mask;
    let entry = -1;
    while (table[slot] !== -1) {
      const j = table[slot]!;
      if (canonical[4 * j] === bits[0] && canonical[4 * j + 1] === bits[1] && canonical[4 * j + 2] === bits[2] && canonical[4 * j + 3] === bits[3]) {
        entry = j;
        break;
      }
      slot = (slot + 1) & mask;
    }
    const owner = pieceOwners[k]!;
    if (entry === -1) {
      table[slot] = k;
      first[k] = k;
      state[k] = 1;
      continue;
    }
    first[k] = entry;
    const other = pieceOwners[entry]!;
    if (state[entry] === 1 && owner >= 0 && other >= 0 && owner !== other && simple[owner] && simple[other] && forwardOf[k] !== forwardOf[entry]) {
      state[entry] = 2;
      twinOwner[entry] = owner;
      continue;
    }
    if (state[entry] !== 3) {
      // A second occurrence that does not match, or a third: every polygon having the piece stays dirty.
      if (other >= 0) multiOwners.push(other);
      if (state[entry] === 2) multiOwners.push(twinOwner[entry]!);
      state[entry] = 3;
    }
    if (owner >= 0) multiOwners.push(owner);
  }
  const out: number[] = [];
  const outOwners: number[] = [];
  for (let k = 0; k < n; k++) {
    if (first[k] !== k || state[k] === 2) continue;
    out.push(pieces[4 * k]!, pieces[4 * k + 1]!, pieces[4 * k + 2]!, pieces[4 * k + 3]!);
    outOwners.push(state[k] === 1 ? pieceOwners[k]! : -1);
  }
  return { unmatched: out, owners: outOwners, multiOwners };
}

/** The polygons flagged by matchSegments. */
export function unmatchedPolygons(shapes: readonly Rings[]): boolean[] {
  return matchSegments(shapes).dirty;
}

/**
 * For each segment (flat ax, ay, bx, by), whether it meets another anywhere but at a common end point (a crossing, a
 * corner on its middle, a partial overlap): only those need noding before the segments can be polygonized.
 */
export function needsNoding(segments: readonly number[]): boolean[] {
  return segmentGroups(segments).flagged;
}

/**
 * needsNoding's flags, and the segments in connected groups: two segments that meet (a common end point, a crossing) are
 * in one group, so every closed chain of segments, and every face's boundary, lies in one group (`group[k]` is a
 * representative segment's number). Segments whose boxes merely meet stay apart: on a real cadastre that joined the
 * frontage of every block along a town's roads into one group.
 */
export function segmentGroups(segments: readonly number[]): { flagged: boolean[]; group: Int32Array } {
  const count = segments.length / 4;
  const flagged = new Array<boolean>(count).fill(false);
  const parent = new Int32Array(count);
  for (let k = 0; k < count; k++) parent[k] = k;
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  if (count < 2) return { flagged, group: parent };
  const index = new Flatbush(count);
  for (let k = 0; k < count; k++) {
    const [ax, ay, bx, by] = [segments[4 * k]!, segments[4 * k + 1]!, segments[4 * k + 2]!, segments[4 * k + 3]!];
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  for (let k = 0; k < count; k++) {
    const [ax, ay, bx, by] = [segments[4 * k]!, segments[4 * k + 1]!, segments[4 * k + 2]!, segments[4 * k + 3]!];
    for (const m of index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (m <= k) continue;
      const [cx, cy, dx, dy] = [segments[4 * m]!, segments[4 * m + 1]!, segments[4 * m + 2]!, segments[4 * m + 3]!];
      let common: [number, number, number, number, number, number] | null = null;
      if (ax === cx && ay === cy) common = [ax, ay, bx, by, dx, dy];
      else if (ax === dx && ay === dy) common = [ax, ay, bx, by, cx, cy];
      else if (bx === cx && by === cy) common = [bx, by, ax, ay, dx, dy];
      else if (bx === dx && by === dy) common = [bx, by, ax, ay, cx, cy];
      let improper: boolean;
      if (common) {
        const [sx, sy, ux, uy, vx, vy] = common;
        improper = orient(sx, sy, ux, uy, vx, vy) === 0 && (ux - sx) * (vx - sx) + (uy - sy) * (vy - sy) > 0;
      } else improper = segmentsMeet(ax, ay, bx, by, cx, cy, dx, dy);
      if (common || improper) parent[root(m)] = root(k);
      if (improper) flagged[k] = flagged[m] = true;
    }
  }
  for (let k = 0; k < count; k++) parent[k] = root(k);
  return { flagged, group: parent };
}

/**
 * False when it is proven that the unmatched segments listed in `which` bound no face that no polygon covers; true when
 * they may (then polygonize them). They must meet only at common end points (segmentGroups flags the others). A segment
 * with an owner runs with its proven-simple polygon's interior on its left, so a bounded face F no polygon covers lies
 * on its right: F's outer boundary, walked with F on the left, is a counter-clockwise cycle of segments run backwards
 * (or either way, for a segment without an owner: its side is not known). The faces' cycles are traced on raw
 * coordinates (at each corner, the next segment clockwise from the one arrived by); any such cycle, or a corner whose
 * segments' directions float arithmetic cannot order for sure, answers true.
 */
export function mayBoundUncoveredFace({ unmatched: segments, owners }: Matching, which: ArrayLike<number>): boolean {
  const n = which.length;
  if (n < 3) return false; // fewer than three segments bound no face
  // Half-edge 2m runs segment m as its polygon runs it, 2m + 1 backwards; corners by exact coordinates, in an
  // open-addressing table on typed arrays (string keys were most of this function's time on a town's frontage).
  let size = 1;
  while (size < 4 * n) size *= 2;
  const mask = size - 1;
  const slotId = new Int32Array(size).fill(-1);
  const cornerX = new Float64Array(2 * n);
  const cornerY = new Float64Array(2 * n);
  let corners = 0;
  const bits = new Float64Array(2);
  const words = new Uint32Array(bits.buffer);
  const corner = (x: number, y: number): number => {
    // + 0 turns -0 into 0: the same point, which must hash alike.
    bits[0] = x + 0;
    bits[1] = y + 0;
    let slot = mix(mix(mix(mix(words[0]!) ^ words[1]!) ^ words[2]!) ^ words[3]!) & mask;
    for (let id = slotId[slot]!; id !== -1; id = slotId[slot]!) {
      if (cornerX[id] === x && cornerY[id] === y) return id;
      slot = (slot + 1) & mask;
    }
    cornerX[corners] = x;
    cornerY[corners] = y;
    slotId[slot] = corners;
    return corners++;
  };
  const from = new Int32Array(2 * n);
  const eitherWay = new Uint8Array(n);
  for (let m = 0; m < n; m++) {
    const k = which[m]!;
    eitherWay[m] = owners[k]! < 0 ? 1 : 0;
    const [a, b] = [corner(segments[4 * k]!, segments[4 * k + 1]!), corner(segments[4 * k + 2]!, segments[4 * k + 3]!)];
    if (a === b) return true;
    from[2 * m] = a;
    from[2 * m + 1] = b;
  }
  const to = (h: number): number => from[h ^ 1]!;
  // The half-edges leaving each corner, counter-clockwise by direction.
  const start = new Int32Array(corners + 1);
  for (let h = 0; h < 2 * n; h++) start[from[h]! + 1]! += 1;
  for (let c = 0; c < corners; c++) start[c + 1]! += start[c]!;
  const leaving = new Int32Array(2 * n);
  const fill = start.slice(0, corners);
  for (let h = 0; h < 2 * n; h++) leaving[fill[from[h]!]!++] = h;
  const dx = (h: number): number => cornerX[to(h)]! - cornerX[from[h]!]!;
  const dy = (h: number): number => cornerY[to(h)]! - cornerY[from[h]!]!;
  // The upper half-plane (with the positive x axis) comes first; the sign of a difference of doubles is exact.
  const upper = (h: number): boolean => dy(h) > 0 || (dy(h) === 0 && dx(h) > 0);
  let unsure = false;
  const ccw = (g: number, h: number): number => {
    const [ug, uh] = [upper(g), upper(h)];
    if (ug !== uh) return ug ? -1 : 1;
    const [gx, gy, hx, hy] = [dx(g), dy(g), dx(h), dy(h)];
    const cross = gx * hy - gy * hx;
    // Rounding can flip the sign of a cross product this small: too close to call.
    if (Math.abs(cross) <= 1e-9 * (Math.abs(gx) + Math.abs(gy)) * (Math.abs(hx) + Math.abs(hy))) unsure = true;
    return cross > 0 ? -1 : cross < 0 ? 1 : 0;
  };
  const place = new Int32Array(2 * n); // each half-edge's place among those leaving its corner
  for (let c = 0; c < corners; c++) {
    const [lo, hi] = [start[c]!, start[c + 1]!];
    if (hi - lo > 2) {
      const sorted = Array.from(leaving.subarray(lo, hi)).sort(ccw);
      leaving.set(sorted, lo);
    } else if (hi - lo === 2 && ccw(leaving[lo]!, leaving[lo + 1]!) > 0) leaving.set([leaving[lo + 1]!, leaving[lo]!], lo);
    for (let p = lo; p < hi; p++) place[leaving[p]!] = p - lo;
  }
  if (unsure) return true;
  // After arriving by h at corner v, the face on the left continues along the half-edge leaving v next clockwise from h's twin.
  const next = (h: number): number => {
    const twin = h ^ 1;
    const v = from[twin]!;
    const [lo, hi] = [start[v]!, start[v + 1]!];
    return leaving[lo + ((place[twin]! - 1 + hi - lo) % (hi - lo))]!;
  };
  const seen = new Uint8Array(2 * n);
  for (let h0 = 0; h0 < 2 * n; h0++) {
    // A cycle of interest runs every segment backwards, or either way where its side is not known: it holds an odd
    // half-edge, or is made of segments without an owner only, run forwards — start from those too.
    if (seen[h0] || ((h0 & 1) === 0 && eitherWay[h0 >> 1] === 0)) continue;
    let backwards = true;
    let [area, scale] = [0, 0];
    const [ox, oy] = [cornerX[from[h0]!]!, cornerY[from[h0]!]!];
    let h = h0;
    do {
      seen[h] = 1;
      backwards &&= (h & 1) === 1 || eitherWay[h >> 1] === 1;
      const [ax, ay, bx, by] = [cornerX[from[h]!]! - ox, cornerY[from[h]!]! - oy, cornerX[to(h)]! - ox, cornerY[to(h)]! - oy];
      area += ax * by - bx * ay;
      scale += Math.abs(ax * by) + Math.abs(bx * ay);
      h = next(h);
    } while (h !== h0);
    // Counter-clockwise (or too flat to tell) and all backwards: the outer boundary of a face that may be uncovered.
    if (backwards && area > -1e-9 * scale) return true;
  }
  return false;
}

/**
 * A test of whether a polygon (its flat closed ring) comes within `margin` of one of the unmatched segments. A polygon that
 * does not lies inside one face of their arrangement, and every point of the parcels' union's boundary lies on such a
 * segment, so it is wholly covered by the parcels or wholly not: one point of it tells which.
 */
export function nearUnmatched({ unmatched }: Matching, margin: number): (ring: Float64Array) => boolean {
  const count = unmatched.length / 4;
  if (count === 0) return () => false;
  const index = new Flatbush(count);
  for (let k = 0; k < count; k++) {
    const [ax, ay, bx, by] = [unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!];
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  return (ring) => {
    const box = emptyBox();
    expandBoxByFlatRing(box, ring);
    for (const k of index.search(box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin)) {
      const [ax, ay, bx, by] = [unmatched[4 * k]!, unmatched[4 * k + 1]!, unmatched[4 * k + 2]!, unmatched[4 * k + 3]!];
      if (insideRing(ring, ax, ay)) return true;
      for (let i = 2; i < ring.length; i += 2) {
        const [cx, cy, dx, dy] = [ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!];
        if (segmentsMeet(ax, ay, bx, by, cx, cy, dx, dy)) return true;
        if (Math.min(pointToSegment(ax, ay, cx, cy, dx, dy), pointToSegment(bx, by, cx, cy, dx, dy),
          pointToSegment(cx, cy, ax, ay, bx, by), pointToSegment(dx, dy, ax, ay, bx, by)) <= margin) return true;
      }
    }
    return false;
  };
}

/** Distance from point p to segment ab. */
function pointToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
