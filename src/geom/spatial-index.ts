// A static spatial index (flatbush) over bounding boxes, for finding candidate pairs in n log n.
import Flatbush from 'flatbush';
import type { Box } from './box.js';

// For the rules not yet moved to box.ts (their files are being edited by others): to go once they import box.ts.
export { boxOf, type Box } from './box.js';

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

  /** Indices (in insertion order) of the boxes that intersect `box` grown by `margin`. */
  search(box: Box, margin = 0): number[] {
    return this.index ? this.index.search(box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin) : [];
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
