// The check thread: checks the submissions the main thread sends, one at a time, posting where it is (stage,
// findings so far) and the outcome. cadcheck check and cadcheck batch both run their rules here (src/worker/host.ts);
// a big layer's tiles are checked in threads of the same kind (src/tiles/pool.ts), one tile per task.
import { parentPort } from 'node:worker_threads';
import { checkTask, preload } from './check.js';
import type { CheckTask, WorkerMessage } from './protocol.js';
import type { TileTask } from '../tiles/tile-task.js';

// The readers and rules load at once, while the main thread is still reading its options and config.
preload();

parentPort!.on('message', (task: CheckTask | TileTask) => {
  if (task.want === 'tile') {
    void import('../tiles/tile-task.js').then(({ runTileTask }) => parentPort!.postMessage({ type: 'done', id: task.id, outcome: runTileTask(task) }));
    return;
  }
  void checkTask(task, (message: WorkerMessage) => parentPort!.postMessage(message)).then((outcome) => parentPort!.postMessage({ type: 'done', id: task.id, outcome } satisfies WorkerMessage));
});
