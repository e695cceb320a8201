// What the cadcheck executable does (bin/cadcheck.ts starts it, from the code cache when bundled): the signal and
// crash handlers, main() and the exit code; everything else lives in src/cli.ts.
import type { Worker } from 'node:worker_threads';
import { requestStop, signalExitCode } from '../src/interrupt.js';
import { adoptThread, stopAllThreads } from '../src/worker/host.js';

export interface RunOptions {
  /** The check thread bin/cadcheck.ts started for `cadcheck check` (startCheckWorker), and its heap budget. */
  checkThread?: { worker: Worker; heapMb: number } | null;
  /** Called once a check has run to its end (src/code-cache.ts writes the compiled code then). */
  afterCheck?: () => void;
}

export async function runCadcheck(options: RunOptions = {}): Promise<void> {
  const argv = process.argv.slice(2);

  if (options.checkThread) adoptThread(options.checkThread.worker, options.checkThread.heapMb);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (requestStop(signal)) return; // a batch stops its workers and writes what it has done itself
      // No temp file can exist here: writeFileAtomic is synchronous, so a signal is handled only before or after it.
      // The rules run in a check thread (src/worker/), so this runs at once. Exit 128 + the signal's number once the
      // thread has stopped; a thread inside one long native call (JSON.parse of a big layer) cannot be interrupted and
      // process.exit would wait for it, so then the process ends by the signal itself, which a shell reports as the same.
      void stopAllThreads(250).then((stopped) => {
        if (stopped) process.exit(signalExitCode(signal));
        process.kill(process.pid, signal); // the listener was `once`: the default action now
      });
    });
  }

  const { EXIT_TROUBLE, main, reportCrash } = await import('../src/cli.js');

  const io = { argv, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };

  // A reader that stops early (`cadcheck rules | head`) closes the pipe: not a crash. The rest of the report is
  // dropped and the run ends with its real exit code (a pipeline under `set -o pipefail` still sees a FAIL).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });

  // Last resort for an error thrown outside main()'s promise chain (a stream or timer callback):
  // still the one-paragraph bug report, never Node's bare stack.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (error: unknown) => {
      reportCrash(error, io);
      process.exit(EXIT_TROUBLE);
    });
  }

  process.exitCode = await main(io);
  // The code cache is written after a check only, so that it holds the code a check runs (a first `--help` would
  // leave one that a later check accepts but still compiles most of its code beside).
  if (argv[0] === 'check' && (process.exitCode === 0 || process.exitCode === 1)) options.afterCheck?.();

  // A batch an interrupt stopped has written what it checked; a thread it terminated may still be inside one long native
  // call, which Node's exit would wait for. As above: end by the signal itself after 250 ms (the same status to a shell).
  if (process.exitCode === 130 || process.exitCode === 143) {
    const signal = process.exitCode === 143 ? 'SIGTERM' : 'SIGINT';
    if (!(await stopAllThreads(250))) process.kill(process.pid, signal);
  }
}
