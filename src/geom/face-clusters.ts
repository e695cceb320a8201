// Which of a parcel layer's unmatched boundary segments (src/geom/coverage.ts matchSegments) must be polygonized to find
// the areas the parcels enclose: topology/parcel-gap's work, and what the kernels bench (scripts/bench/kernels.ts) times.
import { emptyBox, expandBox } from './box.js';
import { mayBoundUncoveredFace, segmentGroups, type Matching } from './coverage.js';
import { DisjointSets } from './disjoint-sets.js';
import { BoxIndex } from './spatial-index.js';

export interface FaceClusters {
  /** Segment numbers (into `unmatched`), each cluster in segment order, clusters in the order of their first group. */
  clusters: number[][];
  /** Per segment: it crosses or touches another mid-way, so jsts must node it before polygonizing. */
  flagged: boolean[];
}

/**
 * The clusters of unmatched segments that may bound a face no parcel covers. Segments are taken one group at a time
 * (segments that meet, directly or through others: a face's boundary is in one group), and only the groups that may bound
 * an uncovered face (traced on raw coordinates: mayBoundUncoveredFace; a group with crossing segments always may) are
 * kept, each with every group inside its box, which may lie in such a face as a hole of it — so jsts gives each face the
 * same holes as among all segments. A cluster of fewer than three segments bounds no face, and one whose segments all
 * belong to one parcel bounds only that parcel and its own holes: both are left out.
 */
export function faceClusters(matching: Matching): FaceClusters {
  const { unmatched, owners } = matching;
  if (unmatched.length === 0) return { clusters: [], flagged: [] };
  const { flagged, group } = segmentGroups(unmatched);
  const groups = bySegmentGroup(group);
  const boxes = groups.map((members) => {
    const box = emptyBox();
    for (const k of members) expandBox(expandBox(box, unmatched[4 * k]!, unmatched[4 * k + 1]!), unmatched[4 * k + 2]!, unmatched[4 * k + 3]!);
    return box;
  });
  const mayBound = groups.map((members) => members.length >= 3 && (members.some((k) => flagged[k]) || mayBoundUncoveredFace(matching, members)));
  const sets = new DisjointSets(groups.length);
  const index = new BoxIndex(boxes);
  const taken = new Uint8Array(groups.length);
  boxes.forEach((outer, a) => {
    if (!mayBound[a]) return;
    taken[a] = 1;
    for (const b of index.search(outer)) {
      const inner = boxes[b]!;
      if (outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX && outer.maxY >= inner.maxY) {
        taken[b] = 1;
        sets.union(b, a);
      }
    }
  });
  const byRoot = new Map<number, number[]>();
  groups.forEach((members, a) => {
    if (!taken[a]) return;
    const root = sets.root(a);
    const cluster = byRoot.get(root);
    if (cluster) cluster.push(...members);
    else byRoot.set(root, [...members]);
  });
  const clusters: number[][] = [];
  for (const cluster of byRoot.values()) {
    if (cluster.length < 3) continue;
    cluster.sort((p, q) => p - q); // in segment order, as jsts was always given them
    const owner = owners[cluster[0]!]!;
    if (owner >= 0 && cluster.every((k) => owners[k] === owner)) continue;
    clusters.push(cluster);
  }
  return { clusters, flagged };
}

/** The segments of each group segmentGroups found (`group[k]` a representative's number), in segment order. */
function bySegmentGroup(group: Int32Array): number[][] {
  const byRepresentative = new Map<number, number[]>();
  group.forEach((representative, k) => {
    const members = byRepresentative.get(representative);
    if (members) members.push(k);
    else byRepresentative.set(representative, [k]);
  });
  return [...byRepresentative.values()];
}
