#!/usr/bin/env node
// cadcheck's executable: bin/run.ts, from V8's code cache when cadcheck runs bundled (src/code-cache.ts,
// cadcheck-main.cjs beside this module), else imported as a module (dist/bin).
import type { Worker } from 'node:worker_threads';
import { defaultHeapBudgetMb, startCheckWorker, workerScript } from '../src/worker/host.js';

type Run = typeof import('./run.js');

const argv = process.argv.slice(2);

// `cadcheck check` starts its check thread first of all, before the CLI is compiled and loaded: the thread's own
// start-up (~40 ms of Node's) then runs beside them on a second core, and it is ready sooner for the first task.
// runCheck takes this thread (bin/run.ts hands it over); --shard and --help need none.
const startsOneThread = argv[0] === 'check' && !argv.some((argument) => argument === '--shard' || argument.startsWith('--shard=') || argument === '--help' || argument === '-h');
let checkThread: { worker: Worker; heapMb: number } | null = null;
if (startsOneThread) {
  const heapMb = defaultHeapBudgetMb();
  const worker = startCheckWorker(await workerScript(), heapMb);
  // Until the CLI takes it, the thread must neither keep the process alive nor make a crash of its own unhandled.
  worker.unref();
  worker.on('error', () => {});
  checkThread = { worker, heapMb };
}

// --version and --help (no command) load next to nothing as ES modules: the whole cached script (and node:crypto, which
// checks it) would cost them ~15 ms.
const runsACommand = argv[0] !== undefined && !argv[0].startsWith('-');
const cached = runsACommand ? (await import('../src/code-cache.js')).runCachedScript<Run>(new URL('./cadcheck-main.cjs', import.meta.url), import.meta.url) : null;
const { runCadcheck } = cached?.exports ?? (await import('./run.js'));
await runCadcheck({ checkThread, afterCheck: cached?.saveCache ?? undefined });
