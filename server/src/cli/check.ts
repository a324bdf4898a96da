/**
 * `unres check` over many files: each file is read while others are analysed, on `jobs` worker threads,
 * and the reports come back in the order of the arguments.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../core/analysis';
import type { SeverityOverride } from '../core/checks';
import type { Locale } from '../core/messages';
import type { Diagnostic } from '../core/model';
import { LineIndex } from '../core/text';
import { readBytesSync, readText, type ReadBytes } from '../node/readText';
import type { LibraryView } from '../core/library';
import { inOrder } from '../node/workers';

export interface CheckSettings {
  readonly format: 'text' | 'json';
  readonly severities: Record<string, SeverityOverride>;
  readonly locale: Locale;
  /** Library folders; each worker loads their index from the cache the main thread wrote. */
  readonly library: readonly string[];
  readonly cacheDir: string;
}

/** A file for a worker to check, read by the main thread. */
export interface CheckTask {
  readonly file: string;
  readonly read: ReadBytes;
}

/**
 * What `unres check` prints for one file, formatted where it was checked so that a worker sends one
 * string rather than a tree of objects to copy: `out` is its lines of text, or its element of the JSON array.
 */
export type FileReport =
  | { readonly file: string; readonly error: string }
  | { readonly file: string; readonly warning?: string; readonly hasErrors: boolean; readonly out: string };

function toJson(d: Diagnostic, index: LineIndex) {
  const range = (s: { start: number; end: number }) => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
  return { code: d.code, severity: d.severity, message: d.message, range: range(d.span), related: d.related.map((r) => ({ message: r.message, range: range(r.span) })) };
}

/** Checks one file that has been read: the report in the requested format. */
export function checkText(file: string, read: Awaited<ReturnType<typeof readText>>, settings: CheckSettings, library: LibraryView): FileReport {
  if (!read.ok) return { file, error: read.error };
  const { diagnostics } = analyze(read.text, { severities: settings.severities, library, locale: settings.locale });
  const index = new LineIndex(read.text);
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  if (settings.format === 'json') return { file, warning: read.warning, hasErrors, out: jsonElement({ file, diagnostics: diagnostics.map((d) => toJson(d, index)) }) };
  const lines = diagnostics.map((d) => {
    const p = index.positionAt(d.span.start);
    return `${file}:${p.line + 1}:${p.character + 1}: ${d.severity} ${d.code} ${d.message}\n`;
  });
  return { file, warning: read.warning, hasErrors, out: lines.join('') };
}

/** One file's element of the JSON array, indented as `JSON.stringify` of the whole array indents it. */
function jsonElement(report: object): string {
  return '  ' + JSON.stringify(report, null, 2).replaceAll('\n', '\n  ');
}

/** The JSON array of the elements, as `JSON.stringify(reports, null, 2)` prints it. */
export function jsonArray(elements: readonly string[]): string {
  return elements.length === 0 ? '[]' : `[\n${elements.join(',\n')}\n]`;
}

/**
 * The threads that check `files` for `--jobs jobs` on `cores` cores. Checking keeps a core busy, so
 * threads beyond the cores would only take turns on them, each paying its own start-up and its own
 * compilation of the analysis (about a second of CPU): never more threads than cores, nor than files.
 */
export function threadsFor(jobs: number, files: number, cores: number): number {
  return Math.max(1, Math.min(jobs, files, cores));
}

/**
 * Checks `files` on up to `jobs` threads (1: this thread) and yields their reports in the order of `files`.
 * `library` is the catalog with the index the main thread built over it, used when it checks on its own.
 */
export async function* checkFiles(files: readonly string[], jobs: number, settings: CheckSettings, library: LibraryView): AsyncGenerator<FileReport> {
  const threads = threadsFor(jobs, files.length, availableParallelism());
  if (threads > 1) {
    // This thread has nothing else to do: it reads each file as it gives it, so a worker's next file is
    // read while it checks one, and the workers never wait on the thread pool.
    const task = (file: string): CheckTask => ({ file, read: readBytesSync(file) });
    yield* inOrder(join(__dirname, 'checkWorker.js'), settings, files, threads, (file, e): FileReport => ({ file, error: `internal error: ${e.message}` }), task);
    return;
  }
  // Read ahead: the next file is being read while this one is analysed.
  let next = files.length > 0 ? readText(files[0]) : null;
  for (let i = 0; i < files.length; i++) {
    const read = await next!;
    next = i + 1 < files.length ? readText(files[i + 1]) : null;
    yield checkText(files[i], read, settings, library);
  }
}
