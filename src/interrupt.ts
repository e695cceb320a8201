// Ctrl-C for long runs: the bin aborts this signal instead of exiting when a batch has said it stops itself cleanly.
const controller = new AbortController();
let graceful = false;

/** The signal a long run (cadcheck batch) listens to. */
export const interruptSignal: AbortSignal = controller.signal;

/** While on, an interrupt aborts `interruptSignal` and the run ends itself (workers stopped, summary written). */
export function stopGracefullyOnInterrupt(on: boolean): void {
  graceful = on;
}

/** Called by the bin on SIGINT/SIGTERM: true when a run will stop itself, false when the bin should exit now. */
export function requestStop(): boolean {
  if (!graceful) return false;
  controller.abort();
  return true;
}
