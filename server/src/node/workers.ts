/**
 * Work spread over worker threads, results in the order of the tasks. Each worker holds two batches of
 * tasks at a time, so it has the next one to start while its results travel. Batches of several small
 * tasks make fewer messages: each one wakes the other thread, which on a busy machine takes the core
 * from the worker that sent it.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** Batches a worker is given before it finishes the first. */
const IN_FLIGHT = 2;

/**
 * The size of the next batch: up to `batch` tasks, fewer as the tasks run out, so that the workers
 * finish together (a quarter of what is left for each worker's batches in flight).
 */
export function batchSize(left: number, threads: number, batch: number): number {
  return Math.max(1, Math.min(batch, Math.floor(left / (4 * threads * IN_FLIGHT))));
}

/**
 * Runs `tasks` on `threads` workers started from `script` (which calls `serve`) and yields their results
 * in the order of `tasks`. A worker is sent `message(task)`, made when it is given the task, in batches of
 * up to `batch` tasks. A worker that fails yields `failed(task, error)` for the tasks it held; when none
 * is left, for the tasks not given yet.
 */
export async function* inOrder<T, R>(
  script: string,
  workerData: unknown,
  tasks: readonly T[],
  threads: number,
  failed: (task: T, e: Error) => R,
  message: (task: T) => unknown = (task) => task,
  batch = 1,
): AsyncGenerator<R> {
  const results: { value: R }[] = new Array(tasks.length);
  let wake: (() => void) | null = null;
  let given = 0;
  let alive = threads;
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData }));
  for (const w of workers) {
    /** The tasks this worker holds, as the index of each batch's first and its size. */
    const mine = new Map<number, number>();
    const give = (): void => {
      if (given >= tasks.length) return;
      const size = batchSize(tasks.length - given, threads, batch);
      mine.set(given, size);
      w.postMessage({ index: given, tasks: tasks.slice(given, given + size).map(message) });
      given += size;
    };
    w.on('message', (m: { index: number; results: R[] }) => {
      mine.delete(m.index);
      m.results.forEach((value, k) => (results[m.index + k] = { value }));
      give();
      wake?.();
    });
    w.on('error', (e: Error) => {
      const fail = (i: number) => (results[i] = { value: failed(tasks[i], e) });
      for (const [first, size] of mine) for (let i = first; i < first + size; i++) fail(i);
      if (--alive === 0) while (given < tasks.length) fail(given++);
      wake?.();
    });
    for (let k = 0; k < IN_FLIGHT; k++) give();
  }
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (results[i] === undefined) await new Promise<void>((r) => (wake = r));
      yield results[i].value;
      delete results[i];
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker's side: answers each batch of tasks with `handle`'s results, in the order they were given. */
export function serve<T, R>(handle: (task: T) => Promise<R>): void {
  parentPort!.on('message', (m: { index: number; tasks: T[] }) => {
    void (async () => {
      const results: R[] = [];
      for (const task of m.tasks) results.push(await handle(task));
      parentPort!.postMessage({ index: m.index, results });
    })();
  });
}
