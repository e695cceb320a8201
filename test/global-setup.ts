// One temporary folder for the whole test run: every test (and every CLI it spawns) that asks os.tmpdir() gets it
// through TMPDIR, and it is removed when the run ends — so a run leaves nothing in the system's temp folder, even when a
// test fails before its own clean-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'cadcheck-test-run-'));
  process.env.TMPDIR = runFolder;
  return () => rmSync(runFolder, { recursive: true, force: true });
}
