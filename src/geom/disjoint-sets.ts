// Union-find over the numbers 0..n-1: the one grouping used for parcels whose boxes meet, a line's touching pieces and
// records that touch. Path halving; `union` hangs the first set under the second's root, so a caller that reads roots
// (not only the groups) sees the same root whatever the compression did.
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  root(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  /** The set holding `i` joins the set holding `j`, under `j`'s root. */
  union(i: number, j: number): void {
    this.parent[this.root(i)] = this.root(j);
  }

  same(i: number, j: number): boolean {
    return this.root(i) === this.root(j);
  }

  /** The sets as lists of members, each in increasing order, the sets in the order of their least member. */
  groups(): number[][] {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.root(i);
      const group = groups.get(r);
      if (group) group.push(i);
      else groups.set(r, [i]);
    }
    return [...groups.values()];
  }
}
