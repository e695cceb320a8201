// The committed fixtures are exactly what scripts/make-fixtures.ts writes: nothing binary is edited by hand.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFixtures } from '../scripts/make-fixtures.js';
import { REPO } from './helpers.js';

function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
}

describe('fixtures', () => {
  it('regenerate byte for byte (run `npm run fixtures` after changing a case)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-fixtures-'));
    makeFixtures(scratch);
    const generated = join(scratch, 'fixtures/ge-388');
    const committed = join(REPO, 'fixtures/ge-388');
    expect(filesUnder(committed)).toEqual(filesUnder(generated));
    const differing = filesUnder(generated).filter((file) => !readFileSync(join(generated, file)).equals(readFileSync(join(committed, file))));
    expect(differing).toEqual([]);
  });
});
