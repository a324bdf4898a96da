/**
 * Agreed language for a draft: what to look up (the paragraph or sub-paragraph at the cursor, or the
 * selection), the edit that puts the adopted wording in its place, and the hover's one line.
 */
import type { Operative, Preambular, Resolution, Span, SubParagraph } from '../model';
import type { LibraryView } from '../library';
import type { Precedent } from '../agreed/search';
import { passageAt, passageText } from '../agreed/passages';
import { translator, type Translate } from '../messages';

export interface Query {
  readonly text: string;
  /** What the adopted wording replaces: the selection, or the paragraph's text after its label. */
  readonly replace: Span;
  /** The paragraph's name in the draft ("21", "21 (a)", or the preambular position), null for a selection. */
  readonly paragraph: string | number | null;
}

/** Similarity from which the hover names a precedent. */
const HOVER_SIMILARITY = 0.8;

function textStart(node: Operative | SubParagraph | Preambular): number {
  return node.kind === 'preamble' ? node.span.start : node.textSpan.start;
}

/** The text to look up: a non-empty selection as it is, else the innermost paragraph at the offset. */
export function queryAt(model: Resolution, selection: Span): Query | null {
  if (selection.end > selection.start) {
    const text = model.text.slice(selection.start, selection.end).trim();
    return text ? { text, replace: selection, paragraph: null } : null;
  }
  const p = passageAt(model, selection.start);
  if (!p || !p.text.trim()) return null;
  return { text: p.text, replace: { start: textStart(p.node), end: p.span.end }, paragraph: p.paragraph };
}

const CLOSING = /[,;.:]$/;

/** The adopted wording as the draft's replacement: the draft keeps its own closing punctuation. */
export function replacementText(draft: string, adopted: string): string {
  const mine = CLOSING.exec(draft.trimEnd())?.[0] ?? '';
  return adopted.trimEnd().replace(CLOSING, '') + mine;
}

/** "S/RES/2531 (2020), paragraph 21" or "A/RES/75/1, preambular paragraph 3". */
export function precedentName(p: Precedent, t: Translate = translator()): string {
  return t(p.passage.part === 'preamble' ? 'agreed.preambular' : 'agreed.paragraph', { symbol: p.passage.symbol, label: p.passage.paragraph });
}

/** The hover's line when a paragraph matches adopted text, else null. */
export function agreedLine(model: Resolution, node: Operative | SubParagraph, library: LibraryView | undefined, t: Translate = translator()): string | null {
  if (!library?.precedents) return null;
  const best = library.precedents(passageText(model, node), { limit: 1, excludeSymbol: model.symbol, minSimilarity: HOVER_SIMILARITY })[0];
  if (!best) return null;
  const name = precedentName(best, t);
  return best.similarity >= 0.9995 ? t('agreed.identical', { name }) : t('agreed.like', { percent: Math.floor(best.similarity * 100), name });
}

/** The JSON of `unres precedents` and of the server's command, one result. */
export function precedentJson(p: Precedent) {
  return { symbol: p.passage.symbol, paragraph: p.passage.paragraph, part: p.passage.part, similarity: Math.round(p.similarity * 1000) / 1000, uri: p.passage.uri, range: p.passage.range, text: p.passage.text };
}
