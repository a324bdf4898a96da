/**
 * The resolution library: folders of AKN XML, catalogs (data_extract JSON lines, CSV) and plain-text
 * resolutions, indexed incrementally with an on-disk cache keyed by file size and modification time.
 * Malformed files are skipped and named in one warning. Implements the core's LibraryView.
 */
import { promises as fs, readFileSync, mkdirSync, rmSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, basename } from 'node:path';
import { availableParallelism } from 'node:os';
import { inOrder } from '../node/workers';
import type { LibraryDocument, LibraryView } from '../core/library';
import { normalizeSymbol, type CatalogRecord } from './catalog';
import { lastOfSessions } from './bundled/build';
import { failed, interpret, kindOf, readEntry } from './interpret';
import { attachPassages, buildIndex, fingerprint, loadPassages, PassagesWriter, restoreIndex, savePassages } from './passages';
import { readStore, slice, StoreWriter, unpackDocuments, withFields, type Citation, type FileHead, type PackedFile } from './store';
import type { AgreedIndex, Precedent, SearchOptions } from '../core/agreed/search';

export type { Citation } from './store';

/** A file the library holds: as read (store.ts), and its documents, whose paragraphs are decoded when first asked for. */
export interface FileEntry extends PackedFile {
  readonly docs: LibraryDocument[];
}

function entryOf(file: PackedFile): FileEntry {
  return { ...file, docs: unpackDocuments(file) };
}

export interface IndexReport {
  readonly files: number;
  readonly fromCache: number;
  readonly documents: number;
  readonly malformed: string[];
}

export interface LibraryOptions {
  /** Folder for the on-disk cache; no cache without it. */
  readonly cacheDir?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** Threads that read files missing from the cache (default: the number of cores). */
  readonly threads?: number;
}

/** Below this many files to read, starting workers costs more than it saves. */
const PARALLEL_FROM = 32;
/** Files a worker is given at once (a few milliseconds each): one message, not one a file. */
const BATCH = 8;

const CACHE_VERSION = 5;
const CACHE_FILE = 'library-cache.bin';
const PASSAGES_FILE = 'library-passages.bin';
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.cache']);

async function walk(root: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(root, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, out);
    } else if (e.isFile() && kindOf(p)) out.push(p);
  }
}

/**
 * The two cache files written while the library is read: each file's texts and passages go to disk as
 * they come (the main thread waits for the workers anyway), the heads last. Any error stops the writing:
 * a cache that cannot be written only costs time on the next start.
 */
class CacheWriter {
  private texts: StoreWriter | null = null;
  private passages: PassagesWriter | null = null;
  /** Each file's entry in the head of the library cache, as JSON made when the file came. */
  private readonly heads: string[] = [];

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    try {
      this.texts = new StoreWriter(join(dir, CACHE_FILE), CACHE_VERSION);
      this.passages = new PassagesWriter(join(dir, PASSAGES_FILE));
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  add(path: string, f: PackedFile): void {
    if (!this.texts || !this.passages) return;
    try {
      this.heads.push(`${JSON.stringify(path)}:${JSON.stringify([f.size, f.mtimeMs, f.head, ...this.texts.place(f.texts)])}`);
      this.passages.add(path, f);
    } catch {
      this.abort();
    }
  }

  /** Files from the old cache, with their passages from the old passages file. */
  addUnchanged(files: [string, FileEntry][]): void {
    attachPassages(files, () => loadPassages(join(this.dir, PASSAGES_FILE)));
    for (const [path, f] of files) this.add(path, f);
  }

  finish(): void {
    if (!this.texts || !this.passages) return;
    try {
      this.texts.finish(`{"files":{${this.heads.join(',')}}}`);
      this.passages.finish();
      // The JSON cache files of earlier versions, which nothing reads any more.
      for (const old of ['library-cache.json', 'library-passages.json']) rmSync(join(this.dir, old), { force: true });
    } catch {
      this.abort();
    }
  }

  abort(): void {
    this.texts?.abort();
    this.passages?.abort();
    this.texts = this.passages = null;
  }
}

async function* readHere(files: readonly { path: string; size: number; mtimeMs: number }[]): AsyncGenerator<PackedFile> {
  for (let i = 0; i < files.length; i++) {
    yield await readEntry(files[i]);
    if (i % 50 === 49) await new Promise((r) => setImmediate(r));
  }
}

export class ResolutionLibrary implements LibraryView {
  private files = new Map<string, FileEntry>();
  private merged: Map<string, LibraryDocument> | null = null;
  /** The texts of each symbol by language, when the library holds more than one. */
  private translations = new Map<string, Map<string, LibraryDocument>>();
  private sessions = new Map<string, number>();
  private agreed: AgreedIndex | null = null;
  private watchers: FSWatcher[] = [];
  private extra: CatalogRecord[] = [];

  constructor(private readonly options: LibraryOptions = {}) {}

  private get cachePath(): string | null {
    return this.options.cacheDir ? join(this.options.cacheDir, CACHE_FILE) : null;
  }

  /** The cached files; none when the cache is missing, of another version or damaged. */
  private loadCache(): Map<string, FileEntry> {
    const p = this.cachePath;
    const store = p ? readStore<{ files: Record<string, [number, number, FileHead, number, number]> }>(p, CACHE_VERSION) : null;
    if (!store) return new Map();
    try {
      const out = new Map<string, FileEntry>();
      for (const [path, [size, mtimeMs, head, start, end]] of Object.entries(store.head.files)) out.set(path, entryOf({ size, mtimeMs, head, texts: slice(store.blob, [start, end]) }));
      return out;
    } catch {
      return new Map();
    }
  }

  /** A writer of the cache files, or none when there is no cache or it cannot be written. */
  private cacheWriter(): CacheWriter | null {
    const dir = this.options.cacheDir;
    if (!dir) return null;
    try {
      return new CacheWriter(dir);
    } catch {
      return null;
    }
  }

  /** Indexes every library file under the roots (files whose size and time are unchanged come from the cache). */
  async index(roots: readonly string[]): Promise<IndexReport> {
    const paths: string[] = [];
    for (const r of roots) {
      const stat = await fs.stat(r).catch(() => null);
      if (stat?.isFile()) paths.push(r);
      else if (stat?.isDirectory()) await walk(r, paths);
    }
    const cache = this.loadCache();
    // One synchronous stat is a few microseconds; an asynchronous one costs ten times that in the thread pool and its promise.
    const stats = paths.map((p) => {
      try {
        return statSync(p, { throwIfNoEntry: false }) ?? null;
      } catch {
        return null;
      }
    });
    const entries: (FileEntry | null)[] = new Array(paths.length).fill(null);
    const misses: { index: number; path: string; size: number; mtimeMs: number }[] = [];
    let fromCache = 0;
    paths.forEach((path, i) => {
      const stat = stats[i];
      const hit = cache.get(path) ?? this.files.get(path);
      if (!stat) return;
      if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) {
        entries[i] = hit;
        fromCache++;
      } else misses.push({ index: i, path, size: stat.size, mtimeMs: stat.mtimeMs });
    });
    const writer = fromCache < paths.length || cache.size !== paths.length ? this.cacheWriter() : null;
    writer?.addUnchanged(paths.flatMap((path, i): [string, FileEntry][] => (entries[i] ? [[path, entries[i]]] : [])));
    // Files to read are parsed on worker threads when there are enough of them (the bundled server ships
    // the worker beside itself, dist/indexWorker.js); otherwise here, letting requests in between:
    // indexing must not block the server.
    const threads = Math.min(this.options.threads ?? availableParallelism(), Math.ceil(misses.length / PARALLEL_FROM));
    const read = threads > 1 ? inOrder(join(__dirname, 'indexWorker.js'), null, misses, threads, (m, e) => failed(m.size, m.mtimeMs, e.message), undefined, BATCH) : readHere(misses);
    let done = 0;
    try {
      for await (const file of read) {
        entries[misses[done].index] = entryOf(file);
        writer?.add(misses[done].path, file);
        if (done++ % 50 === 0) this.options.onProgress?.(fromCache + done, paths.length);
      }
    } catch (e) {
      writer?.abort();
      throw e;
    }
    const next = new Map<string, FileEntry>();
    const malformed: string[] = [];
    paths.forEach((path, i) => {
      const entry = entries[i];
      if (!entry) return;
      if (entry.head.error) malformed.push(`${basename(path)} (${entry.head.error})`);
      next.set(path, entry);
    });
    this.options.onProgress?.(paths.length, paths.length);
    this.files = next;
    this.merged = null;
    writer?.finish();
    return { files: paths.length, fromCache, documents: this.size, malformed };
  }

  /** Re-reads one file after a change on disk. */
  async refresh(path: string): Promise<void> {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) this.files.delete(path);
    else if (kindOf(path)) this.files.set(path, entryOf(await readEntry({ path, size: stat.size, mtimeMs: stat.mtimeMs })));
    this.merged = null;
  }

  /** Watches the roots and refreshes changed files; `onChange` runs after each refresh. */
  watch(roots: readonly string[], onChange: () => void): void {
    this.unwatch();
    for (const root of roots) {
      try {
        const w = watch(root, { recursive: true }, (_event, name) => {
          if (name) void this.refresh(join(root, name.toString())).then(onChange);
        });
        w.on('error', () => w.close());
        this.watchers.push(w);
      } catch {
        // Not a folder, or watching unsupported here: changes are picked up at the next start.
      }
    }
  }

  unwatch(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }

  /** Adds catalog records from elsewhere (the online catalog). */
  addRecords(records: readonly CatalogRecord[]): void {
    this.extra.push(...records);
    this.merged = null;
  }

  private build(): Map<string, LibraryDocument> {
    const map = new Map<string, LibraryDocument>();
    const meta = new Map<string, CatalogRecord>();
    for (const e of this.files.values()) for (const r of e.head.records) meta.set(r.symbol, { ...meta.get(r.symbol), ...r });
    for (const r of this.extra) meta.set(r.symbol, { ...r, ...meta.get(r.symbol) });
    // One document per symbol and language; the English one (or the only one) answers by default.
    const texts = new Map<string, Map<string, LibraryDocument>>();
    for (const e of this.files.values()) {
      for (const d of e.docs) {
        const byLanguage = texts.get(d.symbol) ?? new Map<string, LibraryDocument>();
        const language = d.language ?? 'en';
        const before = byLanguage.get(language);
        byLanguage.set(language, before ? withFields(before, d) : d);
        texts.set(d.symbol, byLanguage);
      }
    }
    for (const [symbol, byLanguage] of texts) map.set(symbol, byLanguage.get('en') ?? byLanguage.values().next().value!);
    for (const [symbol, r] of meta) {
      const d = map.get(symbol);
      map.set(symbol, withFields(d, { symbol, subject: r.subject, title: r.title, date: r.date ?? d?.date, meeting: r.meeting ?? d?.meeting, vote: r.vote }));
    }
    this.translations = new Map([...texts].filter(([, byLanguage]) => byLanguage.size > 1));
    this.sessions = lastOfSessions(map.keys());
    return map;
  }

  private get map(): Map<string, LibraryDocument> {
    if (!this.merged) this.agreed = null;
    this.merged ??= this.build();
    return this.merged;
  }

  /**
   * The agreed-language index over every paragraph of the library: from disk when it was built from the
   * same files, else built on first use after a change (passages of unchanged files from their cache
   * file, the others read again).
   */
  get agreedIndex(): AgreedIndex {
    const map = this.map;
    if (this.agreed) return this.agreed;
    const dateOf = (symbol: string): string | undefined => map.get(symbol)?.date;
    const files = [...this.files.entries()];
    const print = fingerprint(files);
    const dir = this.options.cacheDir;
    const stored = dir ? restoreIndex(join(dir, 'agreed-index.bin'), print, dateOf) : null;
    if (stored) return (this.agreed = stored);
    const missing = attachPassages(files, () => (dir ? loadPassages(join(dir, PASSAGES_FILE)) : new Map()));
    for (const [path, f] of missing) {
      try {
        f.passages = interpret(path, readFileSync(path)).passages;
      } catch {
        // Gone or unreadable since it was indexed: it has no passages.
      }
    }
    if (dir && missing.length > 0) savePassages(join(dir, PASSAGES_FILE), files);
    this.agreed = buildIndex(files, dateOf, dir ? join(dir, 'agreed-index.bin') : null, print);
    return this.agreed;
  }

  /** The library's paragraphs most like a text, best first. */
  precedents(text: string, options?: SearchOptions): Precedent[] {
    return this.agreedIndex.search(text, options);
  }

  get size(): number {
    return this.map.size;
  }

  get(symbol: string, language?: string): LibraryDocument | null {
    const s = normalizeSymbol(symbol);
    const doc = this.map.get(s) ?? null;
    const text = language && doc?.language !== language ? this.translations.get(s)?.get(language) : undefined;
    return doc && text ? withFields(doc, { language, paragraphs: text.paragraphs, location: text.location }) : doc;
  }

  readonly hasTexts = true;

  lastOfSession(prefix: string): number | null {
    // Reading the map builds the index, and the sessions with it.
    if (this.map.size === 0) return null;
    return this.sessions.get(prefix) ?? null;
  }

  get maxScNumber(): number {
    let max = 0;
    for (const s of this.map.keys()) {
      const m = /^S\/RES\/(\d+)/.exec(s);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max;
  }

  entries(): Iterable<LibraryDocument> {
    return this.map.values();
  }

  /** Every citation of a document in the library's plain-text files. */
  citationsOf(symbol: string): Citation[] {
    const s = normalizeSymbol(symbol);
    return [...this.files.values()].flatMap((e) => e.head.citations.filter((c) => c.symbol === s));
  }
}
