/**
 * parse(text) → Resolution. Never throws: whatever the input, it returns a model (possibly with
 * everything in `other`). Three passes: lines, blocks, structure; then references.
 */
import type { CoverLine, OrganCode, Footnote, LanguageId, Operative, Preambular, Reference, Resolution, SubParagraph, TextContent } from '../model';
import { LANGUAGES, detectLanguage } from '../lang';
import { artifactsOf, classifyLines, splitLines, type Line } from './lines';
import { buildBlocks } from './blocks';
import { findOrgan, StructureBuilder } from './structure';
import { scanReferences } from './references';
import { ParagraphIndex, resolveRefs } from './resolve';
import { ownSpan } from './content';
import { BlockLabels } from './subLabels';
import { lastOf } from '../tree';

export interface ParseOptions {
  /** Forces a language instead of detecting it. */
  readonly language?: LanguageId;
  /** Reads the references of one paragraph's text (incremental analysis passes one that remembers). */
  readonly scanReferences?: typeof scanReferences;
  /** Leaves references out (`references` is empty): for readers of the structure only, such as the library's passages. */
  readonly references?: false;
}

/** What the incremental analysis needs to know of a parse beyond its model (`core/incremental`). */
export interface ParseFacts {
  /** Index in `blocks` of the organ line, or -1. */
  readonly organBlock: number;
  /** Some line opens with a quotation mark: the press-release form may unquote the text (`classifyLines`). */
  readonly quotedLines: boolean;
  /** The text holds a "|": any block may be a table row (`isTableRow`). */
  readonly tableBars: boolean;
}

export function parse(text: string, options: ParseOptions = {}): Resolution {
  return parseDocument(text, options).model;
}

export function parseDocument(text: string, options: ParseOptions = {}): { model: Resolution; facts: ParseFacts } {
  const lines = splitLines(text);
  const lineFacts = classifyLines(text, lines);
  // One search of the text for a "|": most texts hold none, and then no block is searched for a table's cells.
  const tableBars = text.includes('|');
  let guessed: LanguageId | null = null;
  const guess = (): LanguageId => (guessed ??= options.language ?? detectLanguage(text));
  // Blocks are cut before the organ line is found: a label only some languages write ("a)") asks what the words suggest.
  const blocks = buildBlocks(text, lines, new BlockLabels(() => LANGUAGES[guess()]), tableBars, lineFacts.indentedLayout);
  // The organ line names the language ("The Security Council," / "Le Conseil de sécurité,"); word counts decide otherwise.
  const found = findOrgan(blocks, options.language ? [LANGUAGES[options.language]] : Object.values(LANGUAGES));
  const lang = found?.lang ?? LANGUAGES[guess()];
  const organ = found ? { kind: 'organ' as const, span: ownSpan(blocks[found.index].span), name: found.organ.name, code: found.organ.code } : null;
  const s = new StructureBuilder(text, lang).build(blocks, found ? found.index : -1, organ, tableBars);

  const scanRefs = options.scanReferences ?? scanReferences;
  const references: Reference[] = [];
  const ctx = { text, paragraphs: new ParagraphIndex(), sections: s.sections, preamble: s.preamble, operative: s.operative };
  const scan = (content: TextContent, holder: Operative | Preambular | null): void => {
    if (options.references === false) return;
    // A loop rather than push(...): a spread call costs more than the few references of a paragraph.
    for (const r of resolveRefs(ctx, scanRefs(content.text, lang, organ?.code ?? null), content, holder)) references.push(r);
  };
  for (const p of s.preamble) scan(p.content, p);
  const walk = (subs: readonly SubParagraph[], holder: Operative): void => {
    for (const sp of subs) {
      scan(sp.content, holder);
      walk(sp.children, holder);
    }
  };
  for (const p of s.operative) {
    scan(p.content, p);
    walk(p.children, p);
  }
  // Paragraphs are read in the order of the text, so the references mostly come sorted already.
  if (!sortedByStart(references)) references.sort((a, b) => a.span.start - b.span.start);

  const model: Resolution = {
    text,
    language: lang.id,
    cover: s.cover,
    symbol: s.symbol ?? (lineFacts.artifacts ? symbolFromHeaders(text, lines) : null) ?? symbolFromTitle(s.cover, lang.resolutionTitle, organ?.code),
    adoption: s.adoption,
    organ,
    preamble: s.preamble,
    headings: s.headings,
    sections: s.sections,
    operative: s.operative,
    references,
    // Most texts have neither: their lines are not read again.
    artifacts: lineFacts.artifacts ? artifactsOf(lines) : [],
    footnotes: lineFacts.footnotes ? footnotesOf(text, lines) : [],
    other: s.other,
    blocks,
  };
  return { model, facts: { organBlock: found ? found.index : -1, quotedLines: lineFacts.quoted, tableBars } };
}

function sortedByStart(refs: readonly Reference[]): boolean {
  for (let i = 1; i < refs.length; i++) if (refs[i].span.start < refs[i - 1].span.start) return false;
  return true;
}

const FOOTNOTE_START = /^\d{1,3}\s/;

/** A footnote line that opens a footnote ("3 See ...") rather than continuing the one before. */
export function opensFootnote(line: string): boolean {
  return FOOTNOTE_START.test(line);
}

function footnotesOf(text: string, lines: readonly Line[]): Footnote[] {
  const out: Footnote[] = [];
  for (const l of lines) {
    if (l.kind !== 'footnote') continue;
    const t = text.slice(l.trimmedStart, l.trimmedEnd);
    const last = lastOf(out);
    if (last && !opensFootnote(t)) {
      out[out.length - 1] = { kind: 'footnote', span: { start: last.span.start, end: l.trimmedEnd }, text: `${last.text} ${t}` };
    } else out.push({ kind: 'footnote', span: { start: l.trimmedStart, end: l.trimmedEnd }, text: t });
  }
  return out;
}

/** PDF extractions may lack the cover symbol but repeat it in every page header. */
function symbolFromHeaders(text: string, lines: readonly Line[]): string | null {
  for (const l of lines) {
    if (l.kind === 'artifact' && l.artifact === 'page-header') {
      const t = text.slice(l.trimmedStart, l.trimmedEnd);
      if (/^(?:S|A)\/(?:HRC\/)?RES\//.test(t)) return t.replace(/(\d)\(/, '$1 (');
    }
  }
  return null;
}

function symbolFromTitle(cover: readonly CoverLine[], titlePattern: string, organ: OrganCode | undefined): string | null {
  const title = cover.find((c) => c.type === 'title');
  const m = title && organ === 'SC' ? new RegExp(titlePattern).exec(title.text) : null;
  return m ? `S/RES/${m[1]} (${m[2]})` : null;
}
