/**
 * The library's agreed language: every paragraph and sub-paragraph of each resolution file, with its
 * place in that file (the XML element for Akoma Ntoso, the exact range for plain text), kept in the
 * library cache beside the file's documents; and the search index built from them.
 */
import type { LibraryDocument } from '../core/library';
import type { Resolution } from '../core/model';
import { passages } from '../core/agreed/passages';
import { AgreedIndex, type IndexedPassage } from '../core/agreed/search';
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

/** The search index over the passages of every file that holds a resolution. */
export function agreedIndexOf(files: Iterable<{ readonly docs: readonly LibraryDocument[]; readonly passages?: readonly StoredPassage[] }>, dateOf: (symbol: string) => string | undefined): AgreedIndex {
  const all: IndexedPassage[] = [];
  for (const f of files) {
    const doc = f.docs[0];
    if (!doc?.location || !f.passages) continue;
    const date = dateOf(doc.symbol);
    for (const p of f.passages) {
      all.push({ symbol: doc.symbol, part: p.part, paragraph: p.paragraph, uri: doc.location.uri, range: { start: { line: p.at[0], character: p.at[1] }, end: { line: p.at[2], character: p.at[3] } }, text: p.text, date });
    }
  }
  return new AgreedIndex(all);
}
