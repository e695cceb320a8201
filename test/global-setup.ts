// One temporary folder for the whole test run: every test (and every CLI it spawns) that asks os.tmpdir() gets it
// through TMPDIR, and it is removed when the run ends — so a run leaves nothing in the system's temp folder, even when a
// test fails before its own clean-up.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'cadcheck-test-run-'));
  // Passable (not listable) by other accounts, as the system temp folder is: tests run PostgreSQL's initdb as `postgres`
  // and read a survey as `nobody` in folders of their own inside it.
  chmodSync(runFolder, 0o711);
  process.env.TMPDIR = runFolder;
  return () => rmSync(runFolder, { recursive: true, force: true });
}
