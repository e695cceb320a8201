// "Did you mean …?": the known id closest to a mistyped one, by edit distance.

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest id; a bare name ("valid") or a wrong family ("topology/valid") is matched on the name after the slash too. */
export function closestId(wanted: string, known: readonly string[]): string | null {
  const lower = wanted.toLowerCase();
  const name = lower.replace(/^.*\//, '');
  let best: { id: string; distance: number } | null = null;
  for (const id of known) {
    const distance = Math.min(editDistance(lower, id), editDistance(name, id.replace(/^.*\//, '')) + 1);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best ? best.id : null;
}
