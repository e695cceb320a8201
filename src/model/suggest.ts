// "Did you mean …?": the known id or name closest to a mistyped one — by the words they share first, edit distance only as a tiebreak.

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

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[/\s_.-]+/).filter(Boolean);
}

/** A typed word matches a word of an id when they are equal, or (for words of 3+ letters) one contains the other. */
function wordMatches(typed: string, word: string): boolean {
  if (typed === word) return true;
  return typed.length >= 3 && word.length >= 3 && (word.includes(typed) || typed.includes(word));
}

/**
 * The closest id: the one sharing the most words with what was typed ("building-within" → topology/building-within-parcel,
 * not the nearer-by-spelling attributes/building-number); among equals, the smallest edit distance, where a bare name
 * ("valid") or a wrong family ("topology/valid") is measured on the name after the slash too.
 */
export function closestId(wanted: string, known: readonly string[]): string | null {
  const lower = wanted.toLowerCase();
  const name = lower.replace(/^.*\//, '');
  const typed = wordsOf(lower);
  let best: { id: string; shared: number; distance: number } | null = null;
  for (const id of known) {
    const words = wordsOf(id);
    const shared = typed.filter((word) => words.some((candidate) => wordMatches(word, candidate))).length;
    const distance = Math.min(editDistance(lower, id), editDistance(name, id.replace(/^.*\//, '')) + 1);
    if (!best || shared > best.shared || (shared === best.shared && distance < best.distance)) best = { id, shared, distance };
  }
  return best ? best.id : null;
}

/** A name as layer names and manifest keys are compared: case-insensitively, ignoring `_`, `-` and spaces, in Unicode NFC (a Mac writes й decomposed). */
export function comparableName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The role whose accepted name is closest to a file's base name: a name the file's name contains, or that contains it
 * ("servitutebi2024" holds "servitut"), wins over spelling; then the smallest edit distance. With the name it matched.
 */
export function closestRole<R extends string>(baseName: string, roleNames: Record<R, readonly string[]>): { role: R; name: string } | null {
  const base = comparableName(baseName);
  let best: { role: R; name: string; contains: boolean; distance: number } | null = null;
  for (const [role, names] of Object.entries(roleNames) as Array<[R, readonly string[]]>) {
    for (const name of names) {
      const candidate = comparableName(name);
      const contains = candidate.length >= 4 && base.length >= 4 && (base.includes(candidate) || candidate.includes(base));
      const distance = editDistance(base, candidate);
      if (!best || (contains && !best.contains) || (contains === best.contains && distance < best.distance)) best = { role, name, contains, distance };
    }
  }
  return best ? { role: best.role, name: best.name } : null;
}
