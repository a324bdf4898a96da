/**
 * The library's agreed language: every paragraph and sub-paragraph of each resolution file, with its
 * place in that file (the XML element for Akoma Ntoso, the exact range for plain text), kept in the
 * library cache beside the file's documents; and the search index built from them.
 */
import type { LibraryDocument } from '../core/library';
import type { Resolution } from '../core/model';
import { passages } from '../core/agreed/passages';
import { AgreedIndex, type IndexArrays, type IndexedPassage } from '../core/agreed/search';
import { readFileSync, writeFileSync } from 'node:fs';
import { LineIndex } from '../core/text';
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
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid].offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = blocks[lo];
    return b ? [b.line, b.column] : [0, 0];
  };
  return passages(model).map((p) => {
    const [line, character] = originOf(p.span.start);
    return { part: p.part, paragraph: p.paragraph, text: p.text, at: [line, character, line, character] };
  });
}

interface FileWithPassages {
  readonly size: number;
  readonly mtimeMs: number;
  readonly docs: readonly LibraryDocument[];
  readonly passages?: readonly StoredPassage[];
}

const MAGIC = 0x554e5231;

/** What the arrays on disk were built from: every file's path, size and time, in order. */
function fingerprint(files: readonly [string, FileWithPassages][]): number {
  let h = 0x811c9dc5;
  for (const [path, f] of files) for (const c of `${path}\0${f.size}\0${f.mtimeMs}\0${f.passages?.length ?? -1}\n`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h | 0;
}

function load(path: string, print: number): IndexArrays | undefined {
  try {
    const bytes = readFileSync(path);
    const head = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 20));
    if (head[0] !== MAGIC || head[1] !== print) return undefined;
    let at = bytes.byteOffset + 20;
    const take = (n: number): ArrayBuffer => bytes.buffer.slice(at, (at += 4 * n)) as ArrayBuffer;
    return { starts: new Int32Array(take(head[2])), postings: new Int32Array(take(head[3])), weights: new Float32Array(take(head[4])) };
  } catch {
    return undefined;
  }
}

function save(path: string, print: number, a: IndexArrays): void {
  try {
    const head = Int32Array.of(MAGIC, print, a.starts.length, a.postings.length, a.weights.length);
    writeFileSync(path, Buffer.concat([head, a.starts, a.postings, a.weights].map((x) => Buffer.from(x.buffer, x.byteOffset, x.byteLength))));
  } catch {
    // A cache that cannot be written only costs time on the next start.
  }
}

/**
 * The search index over the passages of every file that holds a resolution. With a cache path, its
 * arrays are read from there when they were built from the same files, and written there otherwise.
 */
export function agreedIndexOf(entries: Iterable<[string, FileWithPassages]>, dateOf: (symbol: string) => string | undefined, cachePath: string | null): AgreedIndex {
  const files = [...entries];
  const all: IndexedPassage[] = [];
  for (const [, f] of files) {
    const doc = f.docs[0];
    if (!doc?.location || !f.passages) continue;
    const date = dateOf(doc.symbol);
    for (const p of f.passages) {
      all.push({ symbol: doc.symbol, part: p.part, paragraph: p.paragraph, uri: doc.location.uri, range: { start: { line: p.at[0], character: p.at[1] }, end: { line: p.at[2], character: p.at[3] } }, text: p.text, date });
    }
  }
  const print = fingerprint(files);
  const stored = cachePath ? load(cachePath, print) : undefined;
  const index = new AgreedIndex(all, stored);
  if (cachePath && index.arrays !== stored) save(cachePath, print, index.arrays);
  return index;
}
