// cadcheck batch --changed-since <ref>: which submissions of a folder have files changed since a git ref. git is asked
// (child_process, no library): committed changes since the merge base with the ref, uncommitted changes, untracked files.
import { execFileSync } from 'node:child_process';
import { UserError } from '../errors.js';

/** Runs git in `cwd`; its stdout, or the failure with git's own first line of stderr. */
function git(cwd: string, args: string[]): { ok: true; stdout: string } | { ok: false; message: string; missing: boolean } {
  try {
    // No shell; fsmonitor off, so git starts no hook program of the repository's config to list changes.
    const stdout = execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
    return { ok: true, stdout };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') return { ok: false, message: 'git not found', missing: true };
    const message = String(failure.stderr ?? '').split('\n').map((line) => line.replace(/^(fatal|error): /, '').trim()).find((line) => line !== '') ?? failure.message;
    return { ok: false, message, missing: false };
  }
}

/** NUL-separated paths (git -z), relative to the folder git ran in. */
function paths(output: string): string[] {
  return output.split('\0').filter((path) => path !== '');
}

/**
 * The entries of `names` (sub-folders and .zip files of `folderPath`) with a file changed since `ref`: changed in a
 * commit since the merge base of `ref` and HEAD (`git diff <ref>...HEAD`, what a pull request changes), changed and
 * not committed (staged or not), or untracked and not ignored. A bad ref, no repository, no git: exit 2.
 */
export function changedSubmissions(folderPath: string, ref: string, names: readonly string[]): Set<string> {
  if (ref === '' || ref.startsWith('-')) throw new UserError(`--changed-since needs a git ref (a branch, tag or commit), not "${ref}".`, 'bad-option');
  const top = git(folderPath, ['rev-parse', '--show-toplevel']);
  if (!top.ok) {
    if (top.missing) throw new UserError('--changed-since asks git which files changed, but git is not installed (not found on PATH).', 'git-missing');
    throw new UserError(`${folderPath} is not in a git repository (${top.message}): --changed-since compares the folder with a git ref, so it needs one.`, 'not-a-repository');
  }
  if (!git(folderPath, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new UserError(`--changed-since ${ref}: no such commit, branch or tag in this repository. In CI, fetch it first (e.g. git fetch origin main, then --changed-since origin/main).`, 'unknown-ref');
  }
  const committed = git(folderPath, ['diff', '--name-only', '-z', '--relative', `${ref}...HEAD`]);
  if (!committed.ok) {
    throw new UserError(`--changed-since ${ref}: git cannot compare it with HEAD (${committed.message}). A shallow clone has no merge base: fetch the whole history (actions/checkout with fetch-depth: 0).`, 'unknown-ref');
  }
  const uncommitted = git(folderPath, ['diff', '--name-only', '-z', '--relative', 'HEAD']);
  const untracked = git(folderPath, ['ls-files', '-z', '--others', '--exclude-standard']);
  const changed = [committed, uncommitted, untracked].flatMap((answer) => (answer.ok ? paths(answer.stdout) : []));
  const wanted = new Set(names);
  return new Set(changed.map((path) => path.split('/')[0]!).filter((first) => wanted.has(first)));
}
