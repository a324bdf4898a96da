/** A worker thread of `unres check --jobs N`: reads and checks the files it is given, one report each. */
import { parentPort, workerData } from 'node:worker_threads';
import { readText } from '../node/readText';
import { ResolutionLibrary } from '../library';
import { checkText, type CheckSettings } from './check';

const settings = workerData as CheckSettings;
let library: Promise<ResolutionLibrary | undefined> | null = null;

parentPort!.on('message', (task: { index: number; file: string }) => {
  library ??= settings.library.length === 0 ? Promise.resolve(undefined) : (async () => {
    const l = new ResolutionLibrary({ cacheDir: settings.cacheDir });
    await l.index(settings.library);
    return l;
  })();
  // Reading starts at once: the file is read while the previous one is analysed.
  const read = readText(task.file);
  void Promise.all([read, library]).then(([r, l]) => parentPort!.postMessage({ index: task.index, report: checkText(task.file, r, settings, l) }));
});
