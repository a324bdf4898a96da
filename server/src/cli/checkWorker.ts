/** A worker thread of `unres check --jobs N`: checks the files the main thread has read for it. */
import { workerData } from 'node:worker_threads';
import type { LibraryView } from '../core/library';
import { decodeText } from '../node/readText';
import { BundledCatalog } from '../library/bundled/catalog';
import { LayeredView } from '../library/view';
import { serve } from '../node/workers';
import { checkText, type CheckSettings, type CheckTask, type FileReport } from './check';

const settings = workerData as CheckSettings;
let view: Promise<LibraryView> | null = null;

serve(async ({ file, read }: CheckTask): Promise<FileReport> => {
  view ??= (async () => {
    // The main thread has just written the index to the cache: no file is left to parse on more threads.
    // Loaded only when asked for, so that a worker without a library starts without its XML and CSV readers.
    const library = settings.library.length === 0 ? null : new (await import('../library')).ResolutionLibrary({ cacheDir: settings.cacheDir, threads: 1 });
    if (library) await library.index(settings.library);
    // Citations are checked against the catalog shipped with unres, and the library over it, as on the main thread.
    return new LayeredView(new BundledCatalog(), () => library);
  })();
  return checkText(file, read.ok ? decodeText(read.bytes) : read, settings, await view);
});
