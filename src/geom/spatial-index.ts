// A static spatial index (flatbush) over bounding boxes, for finding candidate pairs in n log n.
import Flatbush from 'flatbush';
import type { Box } from './box.js';
import { DisjointSets } from './disjoint-sets.js';

export class BoxIndex {
  private readonly index: Flatbush | null;

  constructor(boxes: readonly Box[]) {
    if (boxes.length === 0) {
      this.index = null;
      return;
    }
    this.index = new Flatbush(boxes.length);
    for (const box of boxes) this.index.add(box.minX, box.minY, box.maxX, box.maxY);
    this.index.finish();
  }

  /**
   * Indices (in insertion order) of the boxes that intersect `box` grown by `margin`. Sorted, not in the tree's order:
   * the tree depends on every box of the layer, and a rule that overlays what it finds in that order would give a
   * region a last-digit different outline in a tile of the layer than in the whole (src/tiles/).
   */
  search(box: Box, margin = 0): number[] {
    return this.index ? this.index.search(box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin).sort((a, b) => a - b) : [];
  }

  /** Each unordered pair i < j of boxes within `margin` of each other, once. */
  pairs(boxes: readonly Box[], margin = 0): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    boxes.forEach((box, i) => {
      for (const j of this.search(box, margin)) if (j > i) found.push([i, j]);
    });
    return found;
  }

  /** The same pairs in the same order, handed to `visit` one by one (no array of a million pairs to collect). */
  eachPair(boxes: readonly Box[], margin: number, visit: (i: number, j: number) => void): void {
    boxes.forEach((box, i) => {
      for (const j of this.search(box, margin)) if (j > i) visit(i, j);
    });
  }
}

/**
 * Groups of boxes that overlap, directly or through others: for each box, the index of its group's root box. The pairs
 * are joined in `eachPair` order, each pair hanging the first box's set under the second's root.
 */
export function overlappingBoxRoots(boxes: readonly Box[]): Int32Array {
  const sets = overlappingBoxSets(boxes);
  return Int32Array.from(boxes, (_, i) => sets.root(i));
}

/** The same groups as lists of box indices: each in index order, the groups in the order of their first box. */
export function overlappingBoxGroups(boxes: readonly Box[]): number[][] {
  return overlappingBoxSets(boxes).groups();
}

function overlappingBoxSets(boxes: readonly Box[]): DisjointSets {
  const sets = new DisjointSets(boxes.length);
  new BoxIndex(boxes).eachPair(boxes, 0, (i, j) => sets.union(i, j));
  return sets;
}
