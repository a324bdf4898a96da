/** A worker thread of `unres check --jobs N`: reads and checks the files it is given. */
import { workerData } from 'node:worker_threads';
import { readText } from '../node/readText';
import { ResolutionLibrary } from '../library';
import { serve } from '../node/workers';
import { checkText, type CheckSettings, type FileReport } from './check';

const settings = workerData as CheckSettings;
let library: Promise<ResolutionLibrary | undefined> | null = null;

serve(async (file: string): Promise<FileReport> => {
  library ??= settings.library.length === 0 ? Promise.resolve(undefined) : (async () => {
    // The main thread has just written the index to the cache: no file is left to parse on more threads.
    const l = new ResolutionLibrary({ cacheDir: settings.cacheDir, threads: 1 });
    await l.index(settings.library);
    return l;
  })();
  // Reading starts at once: the file is read while the previous one is analysed.
  const [read, l] = await Promise.all([readText(file), library]);
  return checkText(file, read, settings, l);
});
