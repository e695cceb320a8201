// `cadcheck … | head` closes the pipe early: the bundled CLI must not print its crash report (issue 14 walkthrough).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

/** Runs the bundled CLI with its stdout pipe closed before it writes a byte (a reader that quit at once). */
function runWithClosedStdout(args: string[]): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'dist/bundle/cadcheck.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    // Node takes far longer to start than this takes to run: every write of the child meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stderr }));
  });
}

describe('a closed stdout pipe is not a crash', () => {
  it('cadcheck rules | head: exit 0, nothing on stderr', async () => {
    expect(await runWithClosedStdout(['rules'])).toEqual({ exitCode: 0, stderr: '' });
  });

  it('cadcheck check <failing survey> | head: the verdict still decides the exit code (1), nothing on stderr', async () => {
    expect(await runWithClosedStdout(['check', 'fixtures/ge-388/rules/geometry/valid/fail/bow-tie-building'])).toEqual({ exitCode: 1, stderr: '' });
  });
});
