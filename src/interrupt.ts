// Ctrl-C and SIGTERM for long runs: the bin aborts this signal instead of exiting when a batch has said it stops itself cleanly.
const controller = new AbortController();
let graceful = false;
let received: NodeJS.Signals | null = null;

/** The signal a long run (cadcheck batch) listens to. */
export const interruptSignal: AbortSignal = controller.signal;

/** While on, an interrupt aborts `interruptSignal` and the run ends itself (workers stopped, summary written). */
export function stopGracefullyOnInterrupt(on: boolean): void {
  graceful = on;
}

/** Called by the bin on SIGINT/SIGTERM: true when a run will stop itself, false when the bin should exit now. */
export function requestStop(signal: NodeJS.Signals = 'SIGINT'): boolean {
  received ??= signal;
  if (!graceful) return false;
  controller.abort();
  return true;
}

/** 128 + the signal's number, as a shell reports a process a signal ended: 130 for SIGINT, 143 for SIGTERM. */
export function signalExitCode(signal: NodeJS.Signals | null): number {
  return signal === 'SIGTERM' ? 143 : 130;
}

/** The exit code of a run an interrupt stopped: by the signal received (130 when an in-process caller aborted). */
export function interruptExitCode(): number {
  return signalExitCode(received);
}
