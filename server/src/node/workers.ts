/**
 * Work spread over worker threads, results in the order of the tasks. Each worker holds two tasks at a
 * time, so it reads the next task's file while it computes one.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** Tasks a worker is given before it finishes the first. */
const IN_FLIGHT = 2;

/**
 * Runs `tasks` on `threads` workers started from `script` (which calls `serve`) and yields their results
 * in the order of `tasks`. A worker is sent `message(task)`, made when it is given the task. A worker that
 * fails yields `failed(task, error)` for the tasks it held; when none is left, for the tasks not given yet.
 */
export async function* inOrder<T, R>(
  script: string,
  workerData: unknown,
  tasks: readonly T[],
  threads: number,
  failed: (task: T, e: Error) => R,
  message: (task: T) => unknown = (task) => task,
): AsyncGenerator<R> {
  const results: { value: R }[] = new Array(tasks.length);
  let wake: (() => void) | null = null;
  let given = 0;
  let alive = threads;
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData }));
  for (const w of workers) {
    const mine = new Set<number>();
    const give = (): void => {
      if (given < tasks.length) {
        mine.add(given);
        w.postMessage({ index: given, task: message(tasks[given++]) });
      }
    };
    w.on('message', (m: { index: number; result: R }) => {
      mine.delete(m.index);
      results[m.index] = { value: m.result };
      give();
      wake?.();
    });
    w.on('error', (e: Error) => {
      const fail = (i: number) => (results[i] = { value: failed(tasks[i], e) });
      mine.forEach(fail);
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

/** The worker's side: answers each task with `handle`, in the order they finish. */
export function serve<T, R>(handle: (task: T) => Promise<R>): void {
  parentPort!.on('message', (m: { index: number; task: T }) => {
    void handle(m.task).then((result) => parentPort!.postMessage({ index: m.index, result }));
  });
}
