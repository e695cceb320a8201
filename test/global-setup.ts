// One temporary folder for the whole test run: every test (and every CLI it spawns) that asks os.tmpdir() gets it
// through TMPDIR, the bundled CLI's code cache lives in it (XDG_CACHE_HOME), and it is removed when the run ends — so a
// run leaves nothing in the system's temp folder or the home folder, even when a test fails before its own clean-up.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'cadcheck-test-run-'));
  // Passable (not listable) by other accounts, as the system temp folder is: tests run PostgreSQL's initdb as `postgres`
  // and read a survey as `nobody` in folders of their own inside it.
  chmodSync(runFolder, 0o711);
  process.env.TMPDIR = runFolder;
  // The bundled CLI keeps V8's compiled code in the user's cache folder (docs/code-cache.md): a test run keeps its own
  // inside the run's folder, so it neither writes into the home folder nor starts from a cache an earlier build left.
  process.env.XDG_CACHE_HOME = join(runFolder, 'cache');
  return () => rmSync(runFolder, { recursive: true, force: true });
}
