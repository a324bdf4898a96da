/**
 * The resolution model: plain data, every node with a half-open span of UTF-16 offsets
 * into the original text. Nothing here knows about files, LSP or line/character positions.
 */

/** Half-open range [start, end) of UTF-16 code-unit offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type LanguageId = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';
export type OrganCode = 'SC' | 'GA' | 'HRC' | 'ECOSOC';

/** A page header, footer, job number, barcode, link line or footnote separator from a PDF. */
export interface Artifact {
  readonly kind: 'artifact';
  readonly type: 'page-header' | 'page-footer' | 'job-number' | 'barcode' | 'link' | 'page-number' | 'separator';
  readonly span: Span;
}

export interface CoverLine {
  readonly kind: 'cover';
  readonly type: 'symbol' | 'title' | 'adoption' | 'other';
  readonly span: Span;
  readonly text: string;
}

export interface Adoption {
  readonly organ: string;
  readonly meeting: number;
  readonly date: string;
  readonly span: Span;
}

export interface OrganLine {
  readonly kind: 'organ';
  readonly span: Span;
  readonly name: string;
  readonly code: OrganCode;
}

/** Text assembled from one or more pieces of lines; `segments` map text offsets back to the document. */
export interface TextContent {
  readonly text: string;
  readonly segments: readonly Segment[];
}

export interface Segment {
  /** Offset in the assembled text. */
  readonly textStart: number;
  /** Offset in the document. */
  readonly docStart: number;
  readonly length: number;
}

export interface Preambular {
  readonly kind: 'preamble';
  readonly span: Span;
  readonly index: number;
  readonly opening: string;
  readonly openingSpan: Span;
  readonly content: TextContent;
}

export interface Heading {
  readonly kind: 'heading';
  readonly span: Span;
  readonly text: string;
  /** 1 for a heading, 2 for a sub-heading under another heading in the same section. */
  readonly level: number;
  readonly sectionIndex: number;
}

export type LabelKind = 'letter' | 'roman' | 'dash' | 'number';

/**
 * How a lettered or roman label is written, named by its first label: "(a)" in English, "a)" in French,
 * Spanish and Russian texts, and the scripts of the language data ("(أ)", "’1‘", "㈠").
 */
export type LabelStyle = string;

export interface SubParagraph {
  readonly kind: 'subparagraph';
  readonly span: Span;
  /** "a", "ii", or "–" for dash items. */
  readonly label: string;
  readonly labelKind: LabelKind;
  /** How the label is written; null for dashes and numbered items. */
  readonly labelStyle: LabelStyle | null;
  readonly labelSpan: Span;
  readonly content: TextContent;
  readonly children: SubParagraph[];
  /** Span of the text after the label up to the end of the item's own text (children excluded). */
  readonly textSpan: Span;
}

export interface Operative {
  readonly kind: 'operative';
  readonly span: Span;
  /** The label as written: "20", "20 bis". */
  readonly label: string;
  readonly number: number;
  readonly suffix: string | null;
  readonly labelSpan: Span;
  readonly content: TextContent;
  readonly textSpan: Span;
  readonly children: SubParagraph[];
  readonly sectionIndex: number;
  /** Index in document order within its section. */
  readonly index: number;
  /** Which list of its section it belongs to: annexes may restart their numbering at 1. */
  readonly list: number;
  /** Set when the number is not written "N." ("26 Condemns", "232 .Recognizes", "l." for "1."): the label as written, up to the text. */
  readonly malformedLabel?: Span | null;
}

/** The body, a part (A, B) of a multi-part resolution, or an annex: each numbers its paragraphs anew. */
export interface Section {
  readonly kind: 'body' | 'part' | 'annex';
  readonly label: string;
  readonly span: Span;
  readonly headingSpan: Span | null;
  readonly operative: Operative[];
}

export interface Footnote {
  readonly kind: 'footnote';
  readonly span: Span;
  readonly text: string;
}

export type Direction = 'above' | 'below';

export interface RefTarget {
  /** Span of the number (and its sub-paragraph path) inside the reference. */
  readonly span: Span;
  readonly label: string;
  readonly number: number;
  readonly suffix: string | null;
  readonly path: readonly string[];
  readonly direction: Direction | null;
  /** Where "above" or "below" is written for this target. */
  readonly directionSpan: Span | null;
  /** Set when this target is the end of a range "3 to 7": every number between is implied. */
  readonly rangeFrom: number | null;
  /** The kind of paragraph the reference names. */
  readonly scope: 'operative' | 'preamble';
  /** Section (body, part or annex) whose numbering the target uses. */
  readonly sectionIndex: number;
  /** The section label the reference names ("paragraph 3 of section II", "II.15"); `sectionIndex` is -1 when the text has no such section. */
  readonly sectionLabel?: string;
  resolved: Operative | SubParagraph | Preambular | null;
}

export interface ParagraphReference {
  readonly kind: 'paragraph';
  readonly span: Span;
  readonly text: string;
  readonly targets: RefTarget[];
  /** The paragraph that holds the reference. */
  readonly holder: Operative | Preambular | null;
}

export type DocumentKind =
  | 'sc-resolution'
  | 'ga-resolution'
  | 'hrc-resolution'
  | 'presidential-statement'
  | 'meeting-record'
  | 'document';

export interface DocumentReference {
  readonly kind: 'document';
  readonly span: Span;
  readonly text: string;
  readonly docKind: DocumentKind;
  /** UN form: "S/RES/2374 (2017)", "A/RES/75/1", "S/PRST/2018/10". */
  readonly symbol: string;
  readonly number: number | null;
  readonly year: number | null;
  /** Paragraphs of that document named by the text ("paragraphs 2, 5 of resolution ..."). */
  readonly paragraphs: readonly { readonly label: string; readonly span: Span }[];
  /** A citation form the UN's editorial style does not use ("UNSCR 2374", "res. 2374"), with its remedy. */
  readonly style: { readonly form: string; readonly span: Span; readonly replacement: string } | null;
  /** Span of the year in "2374 (2017)", for the year fix. */
  readonly yearSpan: Span | null;
}

export type Reference = ParagraphReference | DocumentReference;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Related {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly Related[];
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
  /** Other remedies, offered after `fix`. */
  readonly alternatives?: readonly { readonly title: string; readonly edits: readonly TextEdit[] }[];
}

/** A block of text after line joining and artifact removal: one paragraph, heading or cover line. */
export interface Block {
  readonly span: Span;
  readonly content: TextContent;
}

export interface Resolution {
  readonly text: string;
  readonly language: LanguageId;
  readonly cover: CoverLine[];
  readonly symbol: string | null;
  readonly adoption: Adoption | null;
  readonly organ: OrganLine | null;
  readonly preamble: Preambular[];
  readonly headings: Heading[];
  readonly sections: Section[];
  /** Every operative paragraph of every section, in document order. */
  readonly operative: Operative[];
  readonly references: Reference[];
  readonly artifacts: Artifact[];
  readonly footnotes: Footnote[];
  /** Blocks the parser could not place (text before the organ line that is not a cover line...). */
  readonly other: Block[];
  /** Every block of text in document order, artifacts and footnotes left out. */
  readonly blocks: readonly Block[];
}
