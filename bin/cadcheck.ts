#!/usr/bin/env node
// cadcheck's executable: runs main() and sets the exit code; everything else lives in src/cli.ts.
import { main } from '../src/cli.js';
import { requestStop } from '../src/interrupt.js';
import { removePendingTempFiles } from '../src/report/write.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (requestStop()) return; // a batch stops its workers and writes what it has done itself
    removePendingTempFiles(); // an interrupted run leaves no half-written report
    process.exit(130);
  });
}

process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
