// Where things are in a JSON text, for messages a person can act on: "line 4, column 13".

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

/** The line and column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Where JSON.parse stopped: V8 says "… at position N" (newer versions add the line and column themselves). */
export function syntaxErrorOffset(text: string, error: Error): number {
  const position = /at position (\d+)/.exec(error.message);
  if (position) return Number(position[1]);
  // "Unexpected end of JSON input" has no position: the end is where it broke.
  return text.length;
}

/**
 * The position of every value in a valid JSON text, keyed by its path as the schema checker names it
 * (`method`, `paper.buildings[0].storeys`); a key's own position under `path#key` (for a key that is itself wrong).
 * Stops after `maxEntries`, so a manifest of a million items costs a bounded amount.
 */
export function jsonValuePositions(text: string, maxEntries = 10_000): Map<string, TextPosition> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
  const value = (path: string): void => {
    skipSpace();
    if (offsets.size >= maxEntries) throw new RangeError('enough');
    if (path) offsets.set(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        skipSpace();
        const keyStart = i;
        const key = readString();
        offsets.set(`${join(path, key)}#key`, keyStart);
        skipSpace();
        i++; // the colon
        value(join(path, key));
        skipSpace();
        if (text[i++] === '}') return;
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') { i++; return; }
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        skipSpace();
        if (text[i++] === ']') return;
      }
    } else if (c === '"') {
      readString();
    } else {
      while (i < text.length && /[^\s,}\]]/.test(text[i]!)) i++;
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value('');
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const positions = new Map<string, TextPosition>();
  // One pass over the text for all offsets, in order.
  const sorted = [...offsets].sort((a, b) => a[1] - b[1]);
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const [path, offset] of sorted) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line += 1;
        lineStart = at + 1;
      }
    }
    positions.set(path, { line, column: offset - lineStart + 1 });
  }
  return positions;
}
