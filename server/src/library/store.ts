/**
 * What the library keeps of each file, in the form that crosses from a worker thread and goes to disk:
 * the small part (documents without their paragraph texts, catalog records, citations) as objects, the
 * texts as UTF-8 JSON that is decoded only when a document's paragraphs are first asked for. A warm start
 * then parses a few hundred kilobytes of JSON and keeps the texts as the bytes it read.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writevSync } from 'node:fs';
import type { LibraryDocument, LibraryParagraph } from '../core/library';
import type { CatalogRecord } from './catalog';

export interface Citation {
  readonly symbol: string;
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/** A library document without its paragraphs' texts: each paragraph as its label and 0-based place in the document's file. */
export type DocumentHead = Omit<LibraryDocument, 'paragraphs'> & { readonly places: readonly [string, number, number][] };

export interface FileHead {
  readonly docs: readonly DocumentHead[];
  readonly records: readonly CatalogRecord[];
  readonly citations: readonly Citation[];
  readonly error?: string;
}

/** One file as read: its head, and the texts as UTF-8 JSON. */
export interface PackedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly head: FileHead;
  /** Each document's paragraph texts (`string[][]`). */
  readonly texts: Uint8Array;
  /** The passages of the resolution the file holds (`StoredPassage[]`), when it holds one and they were read. */
  passages?: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 JSON in a buffer of its own (a pooled Buffer would carry its whole pool through postMessage). */
export function packJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function unpackJson<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

/** Splits documents into their heads and their texts. */
export function packDocuments(docs: readonly LibraryDocument[]): { heads: DocumentHead[]; texts: Uint8Array } {
  const heads = docs.map(({ paragraphs, ...fields }): DocumentHead => ({ ...fields, places: (paragraphs ?? []).map((p) => [p.label, p.location?.line ?? 0, p.location?.character ?? 0]) }));
  return { heads, texts: packJson(docs.map((d) => (d.paragraphs ?? []).map((p) => p.text))) };
}

/**
 * The documents of a packed file. Each one's `paragraphs` is an accessor that decodes the file's texts
 * at first use; copy documents with `withFields`, which keeps it, not with a spread, which calls it.
 */
export function unpackDocuments(file: PackedFile): LibraryDocument[] {
  let texts: string[][] | null = null;
  const textsOf = (i: number): string[] => {
    try {
      texts ??= unpackJson<string[][]>(file.texts);
    } catch {
      texts = [];
    }
    return texts[i] ?? [];
  };
  return file.head.docs.map(({ places, ...fields }, i) => {
    let paragraphs: LibraryParagraph[] | null = null;
    const uri = fields.location?.uri;
    return Object.defineProperty({ ...fields }, 'paragraphs', {
      enumerable: true,
      configurable: true,
      get: (): LibraryParagraph[] => {
        if (paragraphs) return paragraphs;
        const t = textsOf(i);
        return (paragraphs = places.map(([label, line, character], k) => ({ label, text: t[k] ?? '', location: uri === undefined ? undefined : { uri, line, character } })));
      },
    }) as LibraryDocument;
  });
}

/** A copy of a document with some fields set, keeping an unread `paragraphs` unread. */
export function withFields(base: LibraryDocument | undefined, fields: Partial<LibraryDocument>): LibraryDocument {
  const out = {};
  if (base) copyFields(out, base, true);
  copyFields(out, fields, true);
  return out as LibraryDocument;
}

/** Copies fields (those set only, unless `all`), an unread `paragraphs` as the accessor it is. */
export function copyFields(out: object, from: Partial<LibraryDocument>, all: boolean): void {
  for (const key of Object.keys(from)) {
    const lazy = key === 'paragraphs' ? Object.getOwnPropertyDescriptor(from, key) : undefined;
    const value = lazy?.get ? undefined : from[key as keyof LibraryDocument];
    if (!lazy?.get && value === undefined && !all) continue;
    if (key === 'paragraphs') Object.defineProperty(out, key, lazy?.get ? lazy : { value, enumerable: true, writable: true, configurable: true });
    else (out as Record<string, unknown>)[key] = value;
  }
}

/*
 * A cache file: a 16-byte header (magic, version, head length, blob length), the head as UTF-8 JSON, then
 * the blob, the byte ranges the head names. It is written to a temporary name and renamed, so that a
 * reader never sees half of it; a file of the wrong size, magic or version is no cache.
 */
const MAGIC = 0x554e4c43;
const HEADER = 16;

export function readStore<T>(path: string, version: number): { head: T; blob: Buffer } | null {
  try {
    const bytes = readFileSync(path);
    if (bytes.length < HEADER || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== version) return null;
    const headLength = bytes.readUInt32LE(8);
    if (HEADER + headLength + bytes.readUInt32LE(12) !== bytes.length) return null;
    return { head: JSON.parse(bytes.toString('utf8', HEADER, HEADER + headLength)) as T, blob: bytes.subarray(HEADER + headLength) };
  } catch {
    return null;
  }
}

/** Writes a cache file; `place` puts a chunk in the blob and gives its [start, end). Throws when it cannot write. */
export function writeStore(path: string, version: number, build: (place: (chunk: Uint8Array) => [number, number]) => unknown): void {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const head = Buffer.from(
    JSON.stringify(
      build((chunk) => {
        chunks.push(chunk);
        return [length, (length += chunk.length)];
      }),
    ),
  );
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(version, 4);
  header.writeUInt32LE(head.length, 8);
  header.writeUInt32LE(length, 12);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writevSync(fd, [header, head, ...chunks]);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}

/** The bytes of a range the head named, checked against the blob. */
export function slice(blob: Buffer, [start, end]: readonly [number, number]): Uint8Array {
  if (!(start >= 0 && start <= end && end <= blob.length)) throw new Error('cache range out of bounds');
  return blob.subarray(start, end);
}
