/**
 * Akoma Ntoso (AKN4UN) XML → the plain text the parser reads, one block a line with blank lines between,
 * plus the numbered paragraphs of the main body with their place in the XML file (for go-to-definition)
 * and in the rendering. Streams the XML through saxes, a strict SAX parser: malformed XML throws.
 */
import { SaxesParser } from 'saxes';

export interface AknParagraph {
  readonly num: string;
  readonly eId: string | null;
  /** Offset of the paragraph in the rendered text. */
  readonly offset: number;
  /** 0-based line and column of the paragraph's element in the XML file. */
  readonly line: number;
  readonly column: number;
}

export interface AknRendering {
  readonly text: string;
  readonly symbol: string | null;
  readonly date: string | null;
  /** ISO 639-1 code of the text's language from the FRBR metadata ("en", "fr"), or the code as written. */
  readonly language: string | null;
  /** The numbered paragraphs of the main body and attachments (not nested in one another), in order. */
  readonly paragraphs: readonly AknParagraph[];
  /** Where each block of the rendering comes from: its offset there, and the 0-based line and column of its element in the XML. */
  readonly blocks: readonly { readonly offset: number; readonly line: number; readonly column: number }[];
}

/** The AKN metadata writes languages in ISO 639-2 ("fra"); the rest of unres uses ISO 639-1 ("fr"). */
const ISO_639_1: Record<string, string> = { eng: 'en', fra: 'fr', fre: 'fr', spa: 'es', rus: 'ru', ara: 'ar', zho: 'zh', chi: 'zh', deu: 'de', ger: 'de' };

export function languageCode(code: string): string {
  const c = code.trim().toLowerCase();
  return ISO_639_1[c] ?? c;
}

const REGIONS = new Set(['coverPage', 'preamble', 'mainBody', 'conclusions', 'attachments']);
const NUMBERED_REGIONS = new Set(['mainBody', 'attachments']);
const SKIP = new Set(['meta', 'img', 'authorialNote', 'noteRef']);
const BLOCK_TEXT = new Set(['p', 'subheading', 'heading', 'docTitle', 'formula', 'intro', 'wrapUp', 'tblock', 'num']);

interface Frame {
  readonly name: string;
  readonly eId: string | null;
  readonly line: number;
  readonly column: number;
  /** Text collected for a block element. */
  buffer: string | null;
  hadNum: boolean;
  /** A numbered operative paragraph: nothing inside it is one. */
  numbered: boolean;
}

/** A run of white space, or white space other than a single space (\s holds U+00A0, and trim drops what \s matches). */
const UNCLEAN = /[^\S ]| \s/;

/** The text with each run of white space one space, and none at either end. */
export function clean(t: string): string {
  const s = t.trim();
  // Most blocks are clean once trimmed: testing is three times cheaper than replacing.
  return UNCLEAN.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Renders an AKN document. Throws on XML that is not well formed (callers report and skip the file). */
export function renderAkn(xml: string): AknRendering {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Frame[] = [];
  const blocks: string[] = [];
  const paragraphs: AknParagraph[] = [];
  const origins: { offset: number; line: number; column: number }[] = [];
  let length = 0;
  let region: string | null = null;
  let skipDepth = 0;
  let pendingLabel = '';
  let pendingParagraph: Omit<AknParagraph, 'offset'> | null = null;
  let symbol: string | null = null;
  let date: string | null = null;
  let language: string | null = null;
  let inDocNumber = false;
  let docNumber = '';
  /** The cells of the table row being read, each the texts of its blocks: a row is one block, its cells joined by " | ". */
  let row: string[][] | null = null;
  /** Rows open (a table in a cell nests rows): the outermost one is the block. */
  let rowDepth = 0;

  const emit = (t: string, from: Frame): void => {
    const text = clean(t);
    if (row !== null) {
      if (text && row.length > 0) row[row.length - 1].push(text);
      return;
    }
    if (!text && !pendingLabel) return;
    const block = pendingLabel ? `${pendingLabel} ${text}`.trim() : text;
    if (pendingParagraph) {
      paragraphs.push({ ...pendingParagraph, offset: length });
      pendingParagraph = null;
    }
    pendingLabel = '';
    origins.push({ offset: length, line: from.line, column: from.column });
    blocks.push(block);
    length += block.length + 2;
  };

  parser.on('opentag', (tag) => {
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
    const attrs = tag.attributes as Record<string, string>;
    if (name === 'FRBRdate' && date === null) date = attrs.date ?? null;
    if (name === 'FRBRlanguage' && language === null && attrs.language) language = languageCode(attrs.language);
    if (name === 'docNumber') inDocNumber = true;
    if (REGIONS.has(name) && region === null) region = name;
    if (name === 'tr' && region !== null && skipDepth === 0 && rowDepth++ === 0) row = [];
    if ((name === 'td' || name === 'th') && row !== null) row.push([]);
    if (SKIP.has(name) || skipDepth > 0) skipDepth++;
    stack.push({
      name,
      eId: attrs.eId ?? null,
      line: parser.line - 1,
      column: Math.max(0, parser.column - 1),
      buffer: BLOCK_TEXT.has(name) && region !== null ? '' : null,
      hadNum: false,
      numbered: stack.length > 0 && stack[stack.length - 1].numbered,
    });
  });

  parser.on('text', (t) => {
    if (inDocNumber) docNumber += t;
    if (skipDepth > 0) return;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i].buffer !== null) {
        stack[i].buffer += t;
        return;
      }
    }
  });

  parser.on('closetag', () => {
    const frame = stack.pop()!;
    if (frame.name === 'docNumber') {
      inDocNumber = false;
      symbol ??= clean(docNumber);
    }
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (frame.name === 'num' && frame.buffer !== null) {
      // A paragraph without its own text ("58." then "(a) ..."): its number stands on its own line.
      if (pendingLabel) emit('', frame);
      pendingLabel = clean(frame.buffer);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.hadNum = true;
        // "12." (and "12 -" in the Arabic texts)
        const number = /^(\d{1,3})(?:\.| ?-)?$/.exec(pendingLabel);
        if (parent.name === 'paragraph' && !parent.numbered && region !== null && NUMBERED_REGIONS.has(region) && number) {
          parent.numbered = true;
          pendingParagraph = { num: number[1], eId: parent.eId, line: parent.line, column: parent.column };
        }
      }
      return;
    }
    if (frame.buffer !== null) emit(frame.buffer, frame);
    else if (frame.hadNum && pendingLabel) emit('', frame);
    if (frame.name === 'tr' && row !== null && --rowDepth === 0) {
      // Empty cells are kept, as the UN's own text renderings keep them: "| Part I. Political affairs |".
      const cells = row.map((c) => c.join(' '));
      row = null;
      if (cells.some((c) => c !== '')) emit(cells.join(' | '), frame);
    }
    if (frame.name === region) region = null;
  });

  parser.write(xml).close();
  return { text: blocks.join('\n\n') + '\n', symbol, date, language, paragraphs, blocks: origins };
}
