// The check thread's work: checks the submissions the main thread sends, one at a time, posting where it is (stage,
// findings so far) and the outcome. cadcheck check and cadcheck batch both run their rules here (src/worker/host.ts);
// a big layer's tiles are checked in threads of the same kind (src/tiles/pool.ts), one tile per task. Started by
// worker.ts, from the code cache when there is one (code-cache.ts).
import { parentPort } from 'node:worker_threads';
import { checkTask, preload } from './check.js';
import type { CheckTask, WorkerMessage } from './protocol.js';
import type { TileTask } from '../tiles/tile-task.js';

/**
 * Answer the main thread's tasks. `afterFirstCheck` runs once, after the first submission checked to its end (a run) and before its
 * outcome is posted (the process may end as soon as the main thread has it): code-cache.ts saves the compiled code
 * then, when the rules and readers a check needs have been compiled.
 */
export function startCheckThread(afterFirstCheck?: () => void): void {
  // The readers and rules load at once, while the main thread is still reading its options and config.
  preload();
  let firstCheck = afterFirstCheck;
  parentPort!.on('message', (task: CheckTask | TileTask) => {
    if (task.want === 'tile') {
      void import('../tiles/tile-task.js').then(({ runTileTask }) => parentPort!.postMessage({ type: 'done', id: task.id, outcome: runTileTask(task) }));
      return;
    }
    void checkTask(task, (message: WorkerMessage) => parentPort!.postMessage(message)).then((outcome) => {
      // Only a check that ran its rules has compiled what a check needs: a cache saved after a path that was no
      // submission would hold next to nothing, and V8 would keep accepting it.
      if (outcome.kind === 'run') {
        firstCheck?.();
        firstCheck = undefined;
      }
      parentPort!.postMessage({ type: 'done', id: task.id, outcome } satisfies WorkerMessage);
    });
  });
}
