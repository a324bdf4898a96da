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
  /** ISO 639-1 code of the text's language ("en", "fr"), when the library holds the text. */
  readonly language?: string;
  /** General Assembly and Human Rights Council: "Agenda item 128 (a)". */
  readonly agendaItem?: string;
  /** The General Assembly's Main Committee ("Third Committee"). */
  readonly committee?: string;
  /** The draft's symbol ("S/2017/752", "A/75/L.1"). */
  readonly draft?: string;
  /** Adopted under Chapter VII of the Charter, as the catalog says. */
  readonly chapterVII?: boolean;
  /** The first sponsors, and how many there are in all. */
  readonly sponsors?: readonly string[];
  readonly sponsorCount?: number;
  readonly votes?: { readonly inFavour: number; readonly against: number; readonly abstaining: number };
  readonly outcome?: 'unanimous' | 'without-vote' | 'recorded-vote' | 'vote';
}

import type { Precedent, SearchOptions } from './agreed/search';

export interface LibraryView {
  /** The document; with a language ("fr"), its text in that language when the view holds it, else in English. */
  get(symbol: string, language?: string): LibraryDocument | null;
  /** The highest Security Council resolution number the library knows (0 when it knows none). */
  readonly maxScNumber: number;
  /** The highest number of a session's resolutions ("A/RES/75" → 328), or null when the view does not judge that session. */
  lastOfSession?(prefix: string): number | null;
  /** True when the view holds full texts (a library), not only the catalog's metadata. */
  readonly hasTexts?: boolean;
  entries(): Iterable<LibraryDocument>;
  /** Paragraphs of the library most like a text, best first (agreed language), when the library indexes them. */
  precedents?(text: string, options?: SearchOptions): Precedent[];
}
