// The batch worker thread: checks the submissions the main thread sends, one at a time, and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOneSubmission, type BatchCheckOptions } from './check-one.js';

const options = workerData as BatchCheckOptions;

parentPort!.on('message', async (task: { index: number; path: string }) => {
  const outcome = await checkOneSubmission(task.path, options);
  parentPort!.postMessage({ index: task.index, outcome });
});
