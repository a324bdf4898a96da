/**
 * What the core may ask of the resolution library. The library layer implements it from files,
 * XML and catalogs; the core never knows where an answer comes from.
 */
export interface LibraryLocation {
  readonly uri: string;
  /** 0-based line and character in that file. */
  readonly line: number;
  readonly character: number;
}

export interface LibraryParagraph {
  readonly label: string;
  readonly text: string;
  readonly location?: LibraryLocation;
}

export interface LibraryDocument {
  /** UN form: "S/RES/2374 (2017)". */
  readonly symbol: string;
  readonly title?: string;
  readonly subject?: string;
  readonly date?: string;
  readonly meeting?: string;
  readonly vote?: string;
  readonly location?: LibraryLocation;
  /** Operative paragraphs by label, when the library holds the text. */
  readonly paragraphs?: readonly LibraryParagraph[];
}

import type { Precedent, SearchOptions } from './agreed/search';

export interface LibraryView {
  get(symbol: string): LibraryDocument | null;
  /** The highest Security Council resolution number the library knows (0 when it knows none). */
  readonly maxScNumber: number;
  entries(): Iterable<LibraryDocument>;
  /** Paragraphs of the library most like a text, best first (agreed language), when the library indexes them. */
  precedents?(text: string, options?: SearchOptions): Precedent[];
}
