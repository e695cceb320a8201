// A crash that does happen is reported as a bug: version, the input, exit 2, and the stack only with CADCHECK_DEBUG=1.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { cadcheckVersion } from '../../src/package-root.js';
import { REPO } from '../helpers.js';

/** Runs main() with a stdout that throws a plain Error on write: a bug no reader can turn into a finding. */
async function crashingRun(env: NodeJS.ProcessEnv): Promise<{ exitCode: number; stderr: string }> {
  const stdout = new Writable({ write: () => undefined }) as Writable & { isTTY?: boolean };
  stdout.write = () => {
    throw new Error('stdout exploded');
  };
  let stderr = '';
  const stderrStream = new Writable({ write(chunk: Buffer, _encoding, done) { stderr += chunk.toString(); done(); } });
  const exitCode = await main({ argv: ['rules', '--format', 'json'], stdout, stderr: stderrStream, env, cwd: REPO });
  return { exitCode, stderr };
}

describe('a crash', () => {
  it('prints "cadcheck crashed (this is a bug)", the version and the input, and exits 2 without a stack', async () => {
    const { exitCode, stderr } = await crashingRun({});
    expect(exitCode).toBe(2);
    expect(stderr).toBe(
      `cadcheck crashed (this is a bug; please report it with the command you ran). cadcheck ${cadcheckVersion()}, node ${process.version}\n` +
        'input: cadcheck rules --format json\nstdout exploded\n(set CADCHECK_DEBUG=1 for the stack trace)\n',
    );
  });
  it('prints the stack with CADCHECK_DEBUG=1', async () => {
    const { exitCode, stderr } = await crashingRun({ CADCHECK_DEBUG: '1' });
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/^cadcheck crashed \(this is a bug/);
    expect(stderr).toMatch(/Error: stdout exploded\n\s+at /);
  });
});
