// The main thread's side of a check thread: one submission at a time, with a wall-clock and heap budget, stopped at
// once by an abort (Ctrl-C, SIGTERM). cadcheck check runs its one thread here; cadcheck batch's pool runs several.
// The main thread stays free while the rules run, so signals are handled within milliseconds.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS, limitsOf } from '../engine/limits.js';
import type { Settings } from '../engine/settings.js';
import type { Finding, Submission } from '../model.js';
import type { CheckTask, Stage, TaskOutcome, WorkerMessage } from './protocol.js';
import type { TileOutcome, TileTask } from '../tiles/tile-task.js';

let bundledWorker: Promise<URL> | null = null;

/**
 * The thread's script. Built cadcheck runs worker.js beside this module (dist/bundle/worker.js in the bundle,
 * dist/src/worker/worker.js from tsc); run from the TypeScript sources (vitest), the worker is bundled once with
 * esbuild (vitest's own dependency), so that tests exercise real threads.
 */
export function workerScript(): Promise<URL> {
  if (import.meta.url.endsWith('.js')) return Promise.resolve(new URL('./worker.js', import.meta.url));
  // Inside the test bundle below (a check thread starting tile threads, src/tiles/pool.ts): the bundle is the worker.
  if (import.meta.url.endsWith('.mjs')) return Promise.resolve(new URL(import.meta.url));
  bundledWorker ??= (async () => {
    const { build } = await import('esbuild');
    // Inside the repository, so that the bundle's bare imports (jsts, flatbush…) resolve from its node_modules.
    const folder = new URL('../../node_modules/.cache/cadcheck/', import.meta.url);
    mkdirSync(folder, { recursive: true });
    const outfile = new URL(`check-worker-${process.pid}.mjs`, folder);
    await build({ entryPoints: [new URL('./worker.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: outfile.pathname, logLevel: 'silent' });
    // One per test process, read only when a thread starts: gone with the process, so they do not pile up.
    process.once('exit', () => rmSync(outfile, { force: true }));
    return outfile;
  })();
  return bundledWorker;
}

/** How a check thread's task ended. */
export type HostOutcome =
  /** A tile's 'over-budget' is settled as 'too-complex' here, never handed on. */
  | Exclude<TaskOutcome, { kind: 'over-budget' }>
  /** A tile of a big layer, checked (src/tiles/pool.ts). */
  | TileOutcome
  /**
   * Over budget: the thread was stopped. `stage` is where it was (the rule running, the file being read); `findings`
   * those of the rules that had finished; `outline` the submission as read (layers without features), if reading finished.
   */
  | { kind: 'too-complex'; reason: 'time' | 'memory'; stage: Stage | null; findings: Finding[]; outline: Submission | null; seconds: number }
  /** Aborted (a signal): nothing to report. */
  | { kind: 'stopped' };

export interface Budget {
  /** Wall-clock seconds for the whole task (reading, registered parcels, rules). */
  seconds: number;
  /** Old-generation heap of the thread, MiB (V8's resourceLimits). */
  heapMb: number;
}

interface Current {
  id: number;
  stage: Stage | null;
  findings: Finding[];
  outline: Submission | null;
  started: number;
  timer: NodeJS.Timeout;
  onStage?: (stage: Stage) => void;
  settle: (outcome: HostOutcome) => void;
}

let nextTaskId = 1;

/** What V8 reserves for the main thread and one check thread beyond the check thread's heap, MiB (measured, Node 20). */
const RESERVED_ADDRESS_SPACE_MB = 1400;

let procLimits: string | null | undefined;

/** /proc/self/limits, or null where there is none (not Linux). */
function readProcLimits(): string | null {
  if (procLimits !== undefined) return procLimits;
  try {
    procLimits = readFileSync('/proc/self/limits', 'utf8');
  } catch {
    procLimits = null;
  }
  return procLimits;
}

/**
 * The heap budget a check thread gets: the configured one, lowered under an address-space limit (ulimit -v, prlimit
 * --as; the "Max address space" line of /proc/self/limits) to what the thread can really reach, so that V8 stops the
 * thread at its budget (a finding) before the process runs out of address space (an abort). Never below 64 MiB.
 */
export function heapBudgetMb(configured: number, limits: string | null = readProcLimits()): number {
  const line = limits === null ? null : /^Max address space\s+(\d+)\s/m.exec(limits);
  if (!line) return configured;
  const limitMb = Math.floor(Number(line[1]) / (1024 * 1024));
  return Math.max(64, Math.min(configured, limitMb - RESERVED_ADDRESS_SPACE_MB));
}

/** The time and heap budget a check (and each of its tile threads) gets under these settings. */
/** The heap of a check thread started before any config is read (the bin's, check's prewarmed one): the default budget. */
export function defaultHeapBudgetMb(): number {
  return heapBudgetMb(DEFAULT_LIMITS.maxHeapMb);
}

export function budgetOf(settings: Settings): Budget {
  const limits = limitsOf(settings);
  return { seconds: limits.maxCheckSeconds, heapMb: heapBudgetMb(limits.maxHeapMb) };
}

/** Every check thread not yet exited, for stopAllThreads. */
const live = new Set<Worker>();

/**
 * Terminate every check thread; true when all have exited within `timeoutMs`. A thread inside one long native call
 * (JSON.parse of a big layer) reaches no interrupt check until it returns, and process.exit would wait for it.
 */
export function stopAllThreads(timeoutMs: number): Promise<boolean> {
  const exits = [...live].map((worker) => new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    void worker.terminate();
  }));
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(live.size === 0), timeoutMs);
    void Promise.all(exits).then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** A check thread's Worker, before a CheckThread wraps it (the bin starts one before the CLI has loaded). */
export function startCheckWorker(script: URL, heapMb: number): Worker {
  // codeRangeSizeMb: a worker's default code range reserves ~512 MiB of address space it never uses, which under an
  // address-space limit (ulimit -v, prlimit --as) leaves the heap too little room to reach its own budget; 128 MiB
  // is V8's usual range for a main thread, far more than the rules' compiled code.
  return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, codeRangeSizeMb: 128 } });
}

/** One worker thread that checks submissions one at a time. Once stopped (budget, abort, crash), it is dead: start another. */
export class CheckThread {
  readonly heapMb: number;
  dead = false;
  private readonly worker: Worker;
  private current: Current | null = null;
  private crash: (Error & { code?: string }) | null = null;

  /** `worker` from startCheckWorker with this heap budget. */
  constructor(worker: Worker, heapMb: number) {
    this.heapMb = heapMb;
    this.worker = worker;
    // A thread the bin started that ended before it was handed over (its 'exit' has been emitted): start another.
    this.dead = worker.threadId === -1;
    live.add(this.worker);
    this.worker.once('exit', () => live.delete(this.worker));
    this.worker.on('message', (message: WorkerMessage) => this.onMessage(message));
    this.worker.on('error', (error) => (this.crash = error));
    this.worker.on('exit', () => this.onExit());
  }

  static async start(heapMb: number): Promise<CheckThread> {
    return new CheckThread(startCheckWorker(await workerScript(), heapMb), heapMb);
  }

  get busy(): boolean {
    return this.current !== null;
  }

  /** Check one submission. Resolves with its outcome; never rejects. */
  run(task: Omit<CheckTask, 'id'> | Omit<TileTask, 'id'>, budget: Budget, hooks: { onStage?: (stage: Stage) => void; signal?: AbortSignal } = {}): Promise<HostOutcome> {
    if (this.dead || this.current) throw new Error('a check thread runs one task at a time, and none once stopped');
    const id = nextTaskId++;
    const { signal } = hooks;
    return new Promise<HostOutcome>((resolve) => {
      const abort = (): void => this.stop({ kind: 'stopped' });
      const settle = (outcome: HostOutcome): void => {
        clearTimeout(current.timer);
        signal?.removeEventListener('abort', abort);
        this.current = null;
        this.worker.unref();
        resolve(outcome);
      };
      // setTimeout holds at most 2^31-1 ms (24.8 days); a larger budget is no budget.
      const timer = setTimeout(() => this.overBudget('time'), Math.min(budget.seconds * 1000, 2 ** 31 - 1));
      const current: Current = { id, stage: null, findings: [], outline: null, started: Date.now(), timer, onStage: hooks.onStage, settle };
      this.current = current;
      if (signal?.aborted) return this.stop({ kind: 'stopped' });
      signal?.addEventListener('abort', abort, { once: true });
      this.worker.ref();
      this.worker.postMessage({ ...task, id } satisfies CheckTask | TileTask);
    });
  }

  /** Let the process exit while this thread is idle (an idle thread kept for the next check must not hold it open). */
  unref(): void {
    this.worker.unref();
  }

  terminate(): void {
    this.dead = true;
    void this.worker.terminate();
  }

  private onMessage(message: WorkerMessage): void {
    const current = this.current;
    if (!current || message.id !== current.id) return;
    if (message.type === 'stage') {
      current.stage = message.stage;
      for (const finding of message.findings) current.findings.push(finding);
      current.onStage?.(message.stage);
    } else if (message.type === 'loaded') {
      current.outline = message.outline;
    } else if (message.outcome.kind === 'over-budget') {
      // A tile's thread stopped at the budget: the check is over it, as if this thread had been stopped there.
      this.overBudget(message.outcome.reason);
    } else {
      current.settle(message.outcome);
    }
  }

  private overBudget(reason: 'time' | 'memory'): void {
    const current = this.current;
    if (!current) return;
    this.stop({ kind: 'too-complex', reason, stage: current.stage, findings: current.findings, outline: current.outline, seconds: (Date.now() - current.started) / 1000 });
  }

  /** Ends the running task with `outcome` and the thread with it: a thread stuck in a rule cannot be asked to stop. */
  private stop(outcome: HostOutcome): void {
    const current = this.current;
    this.terminate();
    current?.settle(outcome);
  }

  private onExit(): void {
    this.dead = true;
    if (!this.current) return;
    // V8 stopped the thread at its heap budget (resourceLimits): a finding, not a crash.
    if (this.crash?.code === 'ERR_WORKER_OUT_OF_MEMORY') return this.overBudget('memory');
    this.current.settle({ kind: 'trouble', cause: this.crash?.message ?? 'the check thread stopped', crashed: true, code: null, stack: this.crash?.stack ?? null });
  }
}

let idle: Promise<CheckThread> | null = null;

/**
 * Start a check thread now, before it is needed: its start and module load (the rules, jsts) then overlap the main
 * thread's own (options, config, reporters) on a second core. The default heap budget; a config that sets another
 * makes acquireThread start a fitting one instead.
 */
export function prewarmThread(heapMb: number): void {
  idle ??= CheckThread.start(heapMb).then((thread) => (thread.unref(), thread));
}

/**
 * Keep a Worker the bin started (startCheckWorker, before the CLI's modules were loaded) as the idle thread, for the
 * first check to take. The bin runs the CLI from its code cache, a script with its own copy of this module: so the
 * Worker is handed over, not the thread.
 */
export function adoptThread(worker: Worker, heapMb: number): void {
  if (idle) return void worker.terminate();
  const thread = new CheckThread(worker, heapMb);
  thread.unref();
  idle = Promise.resolve(thread);
}

/**
 * A check thread with this heap budget: the idle one (prewarmed, or kept from the previous check) when it fits; tests
 * and batch runs check many submissions in one process, and a thread's start and module load cost tens of milliseconds.
 */
export async function acquireThread(heapMb: number): Promise<CheckThread> {
  const kept = idle === null ? null : await idle;
  idle = null;
  if (kept && !kept.dead && kept.heapMb === heapMb) return kept;
  kept?.terminate();
  return CheckThread.start(heapMb);
}

/** Give a thread back after a task: kept idle (unreferenced) for the next one, or ended if one is kept already or it is dead. */
export function releaseThread(thread: CheckThread): void {
  if (thread.dead || thread.busy) return;
  if (idle) return thread.terminate();
  thread.unref();
  idle = Promise.resolve(thread);
}
