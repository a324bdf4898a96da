/**
 * The library's agreed language: every paragraph and sub-paragraph of each resolution file, with its
 * place in that file (the XML element for Akoma Ntoso, the exact range for plain text), kept in the
 * library cache beside the file's documents; and the search index built from them.
 */
import type { LibraryDocument } from '../core/library';
import type { Resolution } from '../core/model';
import { passages } from '../core/agreed/passages';
import { AgreedIndex, type IndexedPassage } from '../core/agreed/search';
import { readFileSync, writeFileSync } from 'node:fs';
import { packStrings, readStore, slice, StoreWriter, unpackStrings } from './store';
import { LineIndex } from '../core/text';
import { lastAtOrBefore } from '../core/sorted';
import type { AknRendering } from './akn';

export interface StoredPassage {
  readonly part: 'preamble' | 'operative';
  readonly paragraph: string | number;
  readonly text: string;
  /** 0-based start and end in the file. */
  readonly at: readonly [number, number, number, number];
}

/** Passages of a plain-text resolution, with their ranges in it. */
export function passagesOfText(model: Resolution): StoredPassage[] {
  const index = new LineIndex(model.text);
  return passages(model).map((p) => {
    const s = index.positionAt(p.span.start);
    const e = index.positionAt(p.span.end);
    return { part: p.part, paragraph: p.paragraph, text: p.text, at: [s.line, s.character, e.line, e.character] };
  });
}

/** Passages of an Akoma Ntoso file (parsed from its rendering), placed at the XML element they come from. */
export function passagesOfAkn(rendering: AknRendering, model: Resolution): StoredPassage[] {
  const blocks = rendering.blocks;
  const originOf = (offset: number): [number, number] => {
    const b = blocks[Math.max(0, lastAtOrBefore(blocks, (x) => x.offset, offset))];
    return b ? [b.line, b.column] : [0, 0];
  };
  return passages(model).map((p) => {
    const [line, character] = originOf(p.span.start);
    return { part: p.part, paragraph: p.paragraph, text: p.text, at: [line, character, line, character] };
  });
}

/** Passages as bytes: their parts, paragraphs and places as JSON, then their texts (`packStrings`). */
export function packPassages(passages: readonly StoredPassage[]): Uint8Array {
  return packStrings([JSON.stringify(passages.map((p) => [p.part, p.paragraph, ...p.at])), ...passages.map((p) => p.text)]);
}

export function unpackPassages(bytes: Uint8Array): StoredPassage[] {
  const [meta, ...texts] = unpackStrings(bytes);
  const places = JSON.parse(meta) as [StoredPassage['part'], string | number, number, number, number, number][];
  if (places.length !== texts.length) throw new Error('damaged passages');
  return places.map(([part, paragraph, ...at], i) => ({ part, paragraph, text: texts[i], at }));
}

export interface FileWithPassages {
  readonly size: number;
  readonly mtimeMs: number;
  readonly docs: readonly LibraryDocument[];
  /** `packPassages`; absent until read. */
  passages?: Uint8Array;
}

const MAGIC = 0x554e5232;
const PASSAGES_VERSION = 3;

/** What the index on disk was built from: every file's path, size and time, in order. */
export function fingerprint(files: readonly [string, FileWithPassages][]): number {
  let h = 0x811c9dc5;
  for (const [path, f] of files) for (const c of `${path}\0${f.size}\0${f.mtimeMs}\n`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h | 0;
}

type StoredFiles = Record<string, [size: number, mtimeMs: number, start: number, end: number]>;

/**
 * The passages of every file, kept apart from the library cache: a warm start that finds the search
 * index on disk never reads them; they are read when a file changed and the index must be built again.
 * Each file's passages stay the bytes they were written as until the index is built.
 */
export function loadPassages(path: string): Map<string, { size: number; mtimeMs: number; passages: Uint8Array }> {
  const out = new Map<string, { size: number; mtimeMs: number; passages: Uint8Array }>();
  const store = readStore<{ files: StoredFiles }>(path, PASSAGES_VERSION);
  try {
    for (const [file, [size, mtimeMs, start, end]] of Object.entries(store?.head.files ?? {})) out.set(file, { size, mtimeMs, passages: slice(store!.blob, [start, end]) });
    return out;
  } catch {
    return new Map();
  }
}

/** The passages file, written a file at a time (see store.ts). Throws when it cannot write; `abort` then cleans up. */
export class PassagesWriter {
  private readonly store: StoreWriter;
  private readonly files: StoredFiles = {};

  constructor(path: string) {
    this.store = new StoreWriter(path, PASSAGES_VERSION);
  }

  add(path: string, f: { readonly size: number; readonly mtimeMs: number; readonly passages?: Uint8Array }): void {
    if (f.passages) this.files[path] = [f.size, f.mtimeMs, ...this.store.place(f.passages)];
  }

  finish(): void {
    this.store.finish(JSON.stringify({ files: this.files }));
  }

  abort(): void {
    this.store.abort();
  }
}

export function savePassages(path: string, files: Iterable<[string, FileWithPassages]>): void {
  let writer: PassagesWriter | null = null;
  try {
    writer = new PassagesWriter(path);
    for (const [p, f] of files) writer.add(p, f);
    writer.finish();
  } catch {
    // A cache that cannot be written only costs time on the next start.
    writer?.abort();
  }
}

/** Fills in the passages a file entry lacks from the stored ones, when the file is unchanged. */
export function attachPassages(files: Iterable<[string, FileWithPassages]>, stored: () => Map<string, { size: number; mtimeMs: number; passages: Uint8Array }>): [string, FileWithPassages][] {
  let map: ReturnType<typeof stored> | null = null;
  const missing: [string, FileWithPassages][] = [];
  for (const [path, f] of files) {
    if (f.passages || f.docs.length === 0) continue;
    map ??= stored();
    const s = map.get(path);
    if (s && s.size === f.size && s.mtimeMs === f.mtimeMs) f.passages = s.passages;
    else missing.push([path, f]);
  }
  return missing;
}

function passageList(files: readonly [string, FileWithPassages][], dateOf: (symbol: string) => string | undefined): IndexedPassage[] {
  const all: IndexedPassage[] = [];
  for (const [, f] of files) {
    const doc = f.docs[0];
    if (!doc?.location || !f.passages) continue;
    const date = dateOf(doc.symbol);
    let stored: StoredPassage[];
    try {
      stored = unpackPassages(f.passages);
    } catch {
      continue;
    }
    for (const p of stored) {
      all.push({ symbol: doc.symbol, part: p.part, paragraph: p.paragraph, uri: doc.location.uri, range: { start: { line: p.at[0], character: p.at[1] }, end: { line: p.at[2], character: p.at[3] } }, text: p.text, date });
    }
  }
  return all;
}

/** The search index from disk when it was built from the same files: its arrays, and its passages with their texts. */
export function restoreIndex(path: string, print: number, dateOf: (symbol: string) => string | undefined): AgreedIndex | null {
  try {
    const bytes = readFileSync(path);
    const head = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 28));
    if (head[0] !== MAGIC || head[1] !== print) return null;
    let at = bytes.byteOffset + 28;
    const take = (n: number): ArrayBuffer => bytes.buffer.slice(at, (at += n)) as ArrayBuffer;
    const arrays = { starts: new Int32Array(take(4 * head[2])), postings: new Int32Array(take(4 * head[3])), weights: new Float32Array(take(4 * head[4])) };
    const textEnds = new Int32Array(take(4 * head[4]));
    const meta = JSON.parse(bytes.toString('utf8', at - bytes.byteOffset, at - bytes.byteOffset + head[5])) as { docs: [string, string][]; passages: [number, 0 | 1, string | number, number, number, number, number][] };
    const textStart = at - bytes.byteOffset + head[5];
    const dates = meta.docs.map(([symbol]) => dateOf(symbol));
    const passages: IndexedPassage[] = meta.passages.map(([d, part, paragraph, l, c, el, ec], i) => ({
      symbol: meta.docs[d][0],
      part: part ? 'operative' : 'preamble',
      paragraph,
      uri: meta.docs[d][1],
      range: { start: { line: l, character: c }, end: { line: el, character: ec } },
      text: bytes.toString('utf8', textStart + (i ? textEnds[i - 1] : 0), textStart + textEnds[i]),
      date: dates[d],
    }));
    return new AgreedIndex(passages, arrays);
  } catch {
    return null;
  }
}

function saveIndex(path: string, print: number, index: AgreedIndex): void {
  try {
    const docs = new Map<string, number>();
    const meta = { docs: [] as [string, string][], passages: [] as unknown[] };
    const texts: Buffer[] = [];
    const textEnds = new Int32Array(index.passages.length);
    let end = 0;
    index.passages.forEach((p, i) => {
      const key = `${p.symbol}\0${p.uri}`;
      let d = docs.get(key);
      if (d === undefined) {
        docs.set(key, (d = meta.docs.length));
        meta.docs.push([p.symbol, p.uri]);
      }
      meta.passages.push([d, p.part === 'operative' ? 1 : 0, p.paragraph, p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character]);
      const t = Buffer.from(p.text, 'utf8');
      texts.push(t);
      textEnds[i] = end += t.length;
    });
    const metaBytes = Buffer.from(JSON.stringify(meta), 'utf8');
    const a = index.arrays;
    const head = Int32Array.of(MAGIC, print, a.starts.length, a.postings.length, a.weights.length, metaBytes.length, 0);
    const raw = (x: Int32Array | Float32Array): Buffer => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
    writeFileSync(path, Buffer.concat([raw(head), raw(a.starts), raw(a.postings), raw(a.weights), raw(textEnds), metaBytes, ...texts]));
  } catch {
    // A cache that cannot be written only costs time on the next start.
  }
}

/** Builds the search index over the files' passages, and keeps it on disk when a path is given. */
export function buildIndex(files: readonly [string, FileWithPassages][], dateOf: (symbol: string) => string | undefined, path: string | null, print: number): AgreedIndex {
  const index = new AgreedIndex(passageList(files, dateOf));
  if (path) saveIndex(path, print, index);
  return index;
}
