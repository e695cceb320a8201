#!/usr/bin/env node
// cadcheck's executable: runs main() and sets the exit code; everything else lives in src/cli.ts.
import { EXIT_TROUBLE, main, reportCrash } from '../src/cli.js';
import { requestStop, signalExitCode } from '../src/interrupt.js';
import { stopAllThreads } from '../src/worker/host.js';

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

const io = { argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };

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

// A batch an interrupt stopped has written what it checked; a thread it terminated may still be inside one long native
// call, which Node's exit would wait for. As above: end by the signal itself after 250 ms (the same status to a shell).
if (process.exitCode === 130 || process.exitCode === 143) {
  const signal = process.exitCode === 143 ? 'SIGTERM' : 'SIGINT';
  if (!(await stopAllThreads(250))) process.kill(process.pid, signal);
}
