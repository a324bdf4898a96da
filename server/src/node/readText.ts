/** Reads a file as text for the CLI and the library, refusing what is not text with a clear reason. */
import { close, closeSync, fstat, fstatSync, open, openSync, read, readFile, readFileSync, type Stats } from 'node:fs';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly error: string };

/** A file's bytes, read on one thread to be decoded on another. */
export type ReadBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

export function decodeText(bytes: Uint8Array): ReadResult {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not a text resolution' };
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    const text = stripBom(new TextDecoder('utf-8').decode(bytes));
    return { ok: true, text, warning: 'invalid UTF-8: undecodable bytes were read as U+FFFD' };
  }
}

function stripBom(t: string): string {
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

function reason(e: NodeJS.ErrnoException): string {
  return e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : String(e.message);
}

/** Why a file that could be opened is not read. */
function refusal(stat: Stats, maxBytes: number): string | null {
  if (stat.isDirectory()) return 'is a directory';
  if (stat.size > maxBytes) return `file too large (${Math.round(stat.size / 1048576)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB)`;
  return null;
}

/**
 * Reads the file's bytes on this thread, without a trip to the thread pool: for a thread that reads
 * ahead for others (the main thread of `unres check --jobs N`), where it is the cheapest way to read.
 */
export function readBytesSync(path: string, maxBytes = MAX_FILE_BYTES): ReadBytes {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, error: reason(e as NodeJS.ErrnoException) };
  }
  try {
    const refused = refusal(fstatSync(fd), maxBytes);
    return refused ? { ok: false, error: refused } : { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, error: reason(e as NodeJS.ErrnoException) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens, sizes, reads and closes the file with callbacks: one trip to the thread pool each, where
 * `fs.promises` costs about three times the CPU per file (it reads in chunks through promises), which
 * shows over the CLI's thousands of files.
 */
export function readText(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  return new Promise((resolve) => {
    open(path, 'r', (e, fd) => {
      if (e) return resolve({ ok: false, error: reason(e) });
      const done = (result: ReadResult): void => close(fd, () => resolve(result));
      const decoded = (e: NodeJS.ErrnoException | null, bytes: Uint8Array): void => done(e ? { ok: false, error: reason(e) } : decodeText(bytes));
      fstat(fd, (e, stat) => {
        if (e) return done({ ok: false, error: reason(e) });
        const refused = refusal(stat, maxBytes);
        if (refused) return done({ ok: false, error: refused });
        // A file that says it is empty may still have content (/proc, pipes): read it to its end.
        if (stat.size === 0 || !stat.isFile()) return readFile(fd, decoded);
        readFully(fd, Buffer.allocUnsafe(stat.size), 0, decoded);
      });
    });
  });
}

/** Fills `buffer` from `fd`, or stops short at the end of a file that shrank since it was sized. */
function readFully(fd: number, buffer: Buffer, from: number, then: (e: NodeJS.ErrnoException | null, bytes: Uint8Array) => void): void {
  read(fd, buffer, from, buffer.length - from, from, (e, n) => {
    if (e) return then(e, buffer);
    const end = from + n;
    if (n === 0 || end === buffer.length) return then(null, buffer.subarray(0, end));
    readFully(fd, buffer, end, then);
  });
}
