/** Reads a file as text for the CLI and the library, refusing what is not text with a clear reason. */
import { promises as fs } from 'node:fs';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly error: string };

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

export async function readText(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory' };
    if (stat.size > maxBytes) return { ok: false, error: `file too large (${Math.round(stat.size / 1048576)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB)` };
    return decodeText(await fs.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message) };
  }
}
