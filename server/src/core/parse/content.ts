/** Mapping between offsets in a block's assembled text and offsets in the document. */
import type { Segment, Span, TextContent } from '../model';
import { lastAtOrBefore } from '../sorted';

/** Document offset of a text offset (an offset in the gap between two lines maps to the next line). */
export function docOffset(content: TextContent, textOffset: number): number {
  const segs = content.segments;
  const s = segs[Math.max(0, lastAtOrBefore(segs, byTextStart, textOffset))];
  if (!s) return 0;
  return s.docStart + Math.min(Math.max(0, textOffset - s.textStart), s.length);
}

const byTextStart = (s: Segment): number => s.textStart;

/**
 * The content from `textStart` on, with its segments. filter() and map() make arrays of the exact length: one
 * grown by push() from empty reserves 17 places, which every paragraph of the model would keep.
 */
export function sliceContent(content: TextContent, textStart: number): TextContent {
  const segments = content.segments.filter((s) => s.textStart + s.length > textStart).map((s): Segment => {
    const cut = Math.max(0, textStart - s.textStart);
    return { textStart: s.textStart + cut - textStart, docStart: s.docStart + cut, length: s.length - cut };
  });
  return { text: content.text.slice(textStart), segments };
}

/**
 * A copy for another node: no two places of a model hold the same span or segment object, so an edit moves
 * each offset in place once (`patch.ts`).
 */
export function ownSpan(s: Span): Span {
  return { start: s.start, end: s.end };
}

/** A copy of a block's content for the paragraph that is the whole block (see `ownSpan`). */
export function ownContent(c: TextContent): TextContent {
  return { text: c.text, segments: c.segments.map((s) => ({ textStart: s.textStart, docStart: s.docStart, length: s.length })) };
}
