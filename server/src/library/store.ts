/**
 * What the library keeps of each file, in the form that crosses from a worker thread and goes to disk:
 * the small part (documents without their paragraph texts, catalog records, citations) as objects, the
 * texts as bytes (`packStrings`) decoded only when a document's paragraphs are first asked for. A warm
 * start then parses a few hundred kilobytes of JSON and keeps the texts as the bytes it read.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
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

/** A library document without its paragraphs, which are packed with the texts. */
export type DocumentHead = Omit<LibraryDocument, 'paragraphs'>;

/** A paragraph without its text: its label and 0-based place in the document's file. */
type Place = [label: string, line: number, character: number];

export interface FileHead {
  readonly docs: readonly DocumentHead[];
  readonly records: readonly CatalogRecord[];
  readonly citations: readonly Citation[];
  readonly error?: string;
}

/** One file as read: its head, and the texts as bytes. */
export interface PackedFile {
  readonly size: number;
  readonly mtimeMs: number;
  readonly head: FileHead;
  /** The paragraph texts of its documents, one after another (`packStrings`). */
  readonly texts: Uint8Array;
  /** The passages of the resolution the file holds (`packPassages`), when it holds one and they were read. */
  passages?: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Strings as bytes: their count and UTF-16 lengths (4 bytes each, little-endian), then their UTF-8 one
 * after another, in a buffer of its own (a pooled Buffer would carry its whole pool through postMessage).
 * About half the cost of JSON: nothing to escape, one pass to encode and one to decode.
 */
export function packStrings(strings: readonly string[]): Uint8Array {
  const body = encoder.encode(strings.join(''));
  const start = 4 + 4 * strings.length;
  const out = new Uint8Array(start + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, strings.length, true);
  strings.forEach((s, i) => view.setUint32(4 + 4 * i, s.length, true));
  out.set(body, start);
  return out;
}

/** The strings `packStrings` packed; throws on bytes that are not such strings. */
export function unpackStrings(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const text = decoder.decode(bytes.subarray(4 + 4 * count));
  const out = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < count; i++) out[i] = text.slice(at, (at += view.getUint32(4 + 4 * i, true)));
  if (at !== text.length) throw new Error('damaged strings');
  return out;
}

/**
 * Splits documents into their heads and their paragraphs, packed as strings: the places of every
 * document's paragraphs as JSON, then the texts one after another. A warm start reads only the heads:
 * tens of thousands of paragraphs are objects only once asked for.
 */
export function packDocuments(docs: readonly LibraryDocument[]): { heads: DocumentHead[]; texts: Uint8Array } {
  const heads: DocumentHead[] = [];
  const places: Place[][] = [];
  const texts: string[] = [];
  for (const { paragraphs, ...head } of docs) {
    heads.push(head);
    places.push((paragraphs ?? []).map((p): Place => [p.label, p.location?.line ?? 0, p.location?.character ?? 0]));
    for (const p of paragraphs ?? []) texts.push(p.text);
  }
  return { heads, texts: packStrings([JSON.stringify(places), ...texts]) };
}

/**
 * The documents of a packed file. Each one's `paragraphs` is an accessor that decodes the file's
 * paragraphs at first use (none when they do not decode); copy documents with `withFields`, which keeps
 * it, not with a spread, which calls it.
 */
export function unpackDocuments(file: PackedFile): LibraryDocument[] {
  let unpacked: { places: Place[][]; texts: string[] } | null = null;
  const paragraphs = (): { places: Place[][]; texts: string[] } => {
    if (!unpacked) {
      try {
        const [places, ...texts] = unpackStrings(file.texts);
        unpacked = { places: JSON.parse(places) as Place[][], texts };
      } catch {
        unpacked = { places: [], texts: [] };
      }
    }
    return unpacked;
  };
  return file.head.docs.map((fields, i) => {
    let read: LibraryParagraph[] | null = null;
    const uri = fields.location?.uri;
    return Object.defineProperty({ ...fields }, 'paragraphs', {
      enumerable: true,
      configurable: true,
      get: (): LibraryParagraph[] => {
        if (read) return read;
        const { places, texts } = paragraphs();
        // The texts of all the file's documents are one list, in order.
        let first = 0;
        for (let j = 0; j < i; j++) first += places[j]?.length ?? 0;
        return (read = (places[i] ?? []).map(([label, line, character], k) => ({ label, text: texts[first + k] ?? '', location: uri === undefined ? undefined : { uri, line, character } })));
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
 * A cache file: a 16-byte header (magic, version, blob length, head length), the blob, then the head as
 * UTF-8 JSON naming byte ranges of the blob. The blob is written as its chunks come (while the files are
 * still being read), the head and the header last, to a temporary name that is then renamed: a reader
 * never sees half a file; a file of the wrong size, magic or version is no cache.
 */
const MAGIC = 0x554e4c43;
const HEADER = 16;
/** Chunks placed are written in batches of about this many bytes: one system call, not one a file. */
const BATCH_BYTES = 1 << 20;
let writers = 0;

export function readStore<T>(path: string, version: number): { head: T; blob: Buffer } | null {
  try {
    const bytes = readFileSync(path);
    if (bytes.length < HEADER || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== version) return null;
    const blobEnd = HEADER + bytes.readUInt32LE(8);
    if (blobEnd + bytes.readUInt32LE(12) !== bytes.length) return null;
    return { head: JSON.parse(bytes.toString('utf8', blobEnd)) as T, blob: bytes.subarray(HEADER, blobEnd) };
  } catch {
    return null;
  }
}

/** A cache file being written. Each method throws when it cannot write; `abort` then removes what was written. */
export class StoreWriter {
  /** Unique in the process: two libraries may write the same cache at once. */
  private readonly temporary: string;
  private fd: number | null;
  private length = 0;
  private written = 0;
  private batch: Uint8Array[] = [];

  constructor(
    private readonly path: string,
    private readonly version: number,
  ) {
    this.temporary = `${path}.${process.pid}.${writers++}.tmp`;
    this.fd = openSync(this.temporary, 'w');
  }

  /** Puts a chunk in the blob and gives its [start, end). */
  place(chunk: Uint8Array): [number, number] {
    this.batch.push(chunk);
    const start = this.length;
    this.length += chunk.length;
    if (this.length - this.written >= BATCH_BYTES) this.flush();
    return [start, this.length];
  }

  /** Writes the head (JSON text) and puts the file in place. */
  finish(headJson: string): void {
    const head = Buffer.from(headJson);
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(this.version, 4);
    header.writeUInt32LE(this.length, 8);
    header.writeUInt32LE(head.length, 12);
    this.batch.push(head);
    this.flush();
    writeSync(this.fd!, header, 0, HEADER, 0);
    closeSync(this.fd!);
    this.fd = null;
    renameSync(this.temporary, this.path);
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temporary, { force: true });
  }

  private flush(): void {
    const bytes = this.batch.reduce((n, chunk) => n + chunk.length, 0);
    if (writevSync(this.fd!, this.batch, HEADER + this.written) !== bytes) throw new Error('short write');
    this.written += bytes;
    this.batch = [];
  }
}

/** The bytes of a range the head named, checked against the blob. */
export function slice(blob: Buffer, [start, end]: readonly [number, number]): Uint8Array {
  if (!(start >= 0 && start <= end && end <= blob.length)) throw new Error('cache range out of bounds');
  return blob.subarray(start, end);
}
