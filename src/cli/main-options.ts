// What main() is given (the process's streams, arguments, environment) and the exit codes it returns.

export interface MainOptions {
  argv: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, injectable for tests. */
  now?: Date;
  /** Aborting it stops a batch cleanly (tests); the bin's Ctrl-C goes through src/interrupt.ts. */
  signal?: AbortSignal;
}

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_TROUBLE = 2;
/** Stopped by Ctrl-C (128 + SIGINT), as the bin exits when a run cannot stop itself. */
export const EXIT_INTERRUPTED = 130;
