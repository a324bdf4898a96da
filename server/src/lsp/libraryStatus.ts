/**
 * The library's indexing, as requests wait for it and as the client shows it (status bar item). Hovers and
 * definitions asked while the index is built wait for it, for a bounded time, then answer from what is known.
 */

/** Notification to the client: `unres/libraryStatus`. */
export const LIBRARY_STATUS = 'unres/libraryStatus';

export interface LibraryStatus {
  readonly state: 'indexing' | 'ready';
  /** Files read and to read (indexing). */
  readonly done?: number;
  readonly total?: number;
  /** Resolutions the library holds (ready). */
  readonly documents?: number;
  /** Resolutions in the catalog shipped with unres. */
  readonly catalog?: number;
  /** The folders of `unres.library.paths` that exist. */
  readonly paths?: readonly string[];
}

/** How long a request waits for the index before it answers from the catalog. */
export const WAIT_FOR_INDEX_MS = 5000;

/** Open when no indexing runs; starts closed (the settings, and so the library, are not read yet). */
export class IndexingGate {
  private running = 1;
  private opened: Promise<void>;
  private open: () => void = () => undefined;

  constructor() {
    this.opened = new Promise((r) => (this.open = r));
  }

  begin(): void {
    if (this.running++ === 0) this.opened = new Promise((r) => (this.open = r));
  }

  end(): void {
    if (this.running > 0 && --this.running === 0) this.open();
  }

  /** Resolves when indexing ends, or after `ms`. */
  async wait(ms = WAIT_FOR_INDEX_MS): Promise<void> {
    if (this.running === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.opened, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }
}
