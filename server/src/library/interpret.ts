/**
 * One library file read and interpreted, on a worker thread or on the main thread: its documents,
 * catalog records, citations and passages, packed as store.ts keeps them. Only what reading a file needs
 * is imported here, so that a worker starts without loading the rest of the library.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LibraryDocument } from '../core/library';
import type { Resolution } from '../core/model';
import { parse } from '../core/parse';
import { LineIndex } from '../core/text';
import { decodeText, MAX_FILE_BYTES } from '../node/readText';
import { parseCsvCatalog, parseDataExtract, type CatalogRecord } from './catalog';
import { documentFromAkn, documentFromText } from './sources';
import { renderAkn } from './akn';
import { packPassages, passagesOfAkn, passagesOfText, type StoredPassage } from './passages';
import { packDocuments, type Citation, type FileHead, type PackedFile } from './store';

const TEXT_EXT = /\.(txt|unres|resolution)$/i;

export type Kind = 'akn' | 'json' | 'csv' | 'text';

export function kindOf(path: string): Kind | null {
  if (/\.xml$/i.test(path)) return 'akn';
  if (/\.jsonl?$/i.test(path)) return 'json';
  if (/\.csv$/i.test(path)) return 'csv';
  if (TEXT_EXT.test(path)) return 'text';
  return null;
}

export type Interpreted = Omit<PackedFile, 'size' | 'mtimeMs'>;

function packed(docs: LibraryDocument[], records: CatalogRecord[], citations: Citation[], passages?: StoredPassage[]): Interpreted {
  const { heads, texts } = packDocuments(docs);
  const head: FileHead = { docs: heads, records, citations };
  return passages ? { head, texts, passages: packPassages(passages) } : { head, texts };
}

export function failed(size: number, mtimeMs: number, error: string): PackedFile {
  return { size, mtimeMs, head: { docs: [], records: [], citations: [], error }, texts: packDocuments([]).texts };
}

/** Reads and interprets one file; throws with a reason when it is malformed. */
export function interpret(path: string, bytes: Uint8Array): Interpreted {
  const kind = kindOf(path);
  const read = decodeText(bytes);
  if (!read.ok) throw new Error(read.error);
  const uri = pathToFileURL(path).href;
  if (kind === 'akn') {
    const rendering = renderAkn(read.text);
    const doc = documentFromAkn(rendering, uri);
    return packed(doc ? [doc] : [], [], [], doc ? passagesOfAkn(rendering, parse(rendering.text, { references: false })) : undefined);
  }
  if (kind === 'json') {
    const r = parseDataExtract(read.text);
    if (r.records.length === 0 && read.text.trim()) throw new Error('no catalog records (expected one JSON object with a "symbol" a line)');
    return packed([], r.records, []);
  }
  if (kind === 'csv') return packed([], parseCsvCatalog(read.text).records, []);
  // One parse serves the document, its citations and its passages.
  const model = parse(read.text);
  const doc = documentFromText(model, uri);
  return packed(doc ? [doc] : [], [], citationsIn(model, uri), doc ? passagesOfText(model) : undefined);
}

function citationsIn(model: Resolution, uri: string): Citation[] {
  const index = new LineIndex(model.text);
  return model.references.flatMap((r) => {
    if (r.kind !== 'document') return [];
    const s = index.positionAt(r.span.start);
    const e = index.positionAt(r.span.end);
    return [{ symbol: r.symbol, uri, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character }];
  });
}

/** Reads and interprets one file (on a worker thread or here); a malformed one gives an entry with its error. */
export async function readEntry({ path, size, mtimeMs }: { path: string; size: number; mtimeMs: number }): Promise<PackedFile> {
  if (size > MAX_FILE_BYTES) return failed(size, mtimeMs, 'too large');
  try {
    return { size, mtimeMs, ...interpret(path, readFileSync(path)) };
  } catch (e) {
    return failed(size, mtimeMs, (e as Error).message.split('\n')[0].slice(0, 120));
  }
}
