// The check thread's entry (src/worker/host.ts starts it): the thread's code from the code cache when cadcheck runs
// bundled (src/code-cache.ts, check-thread.cjs beside this module), else imported as modules (dist/src, or the sources
// under vitest). thread.ts does the work.
import { runCachedScript } from '../code-cache.js';

type Thread = typeof import('./thread.js');

const cached = runCachedScript<Thread>(new URL('./check-thread.cjs', import.meta.url), import.meta.url);
if (cached) cached.exports.startCheckThread(cached.saveCache ?? undefined);
else (await import('./thread.js')).startCheckThread();
