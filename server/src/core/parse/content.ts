/** Mapping between offsets in a block's assembled text and offsets in the document. */
import type { Segment, TextContent } from '../model';
import { lastAtOrBefore } from '../sorted';

/** Document offset of a text offset (an offset in the gap between two lines maps to the next line). */
export function docOffset(content: TextContent, textOffset: number): number {
  const segs = content.segments;
  const s = segs[Math.max(0, lastAtOrBefore(segs, byTextStart, textOffset))];
  if (!s) return 0;
  return s.docStart + Math.min(Math.max(0, textOffset - s.textStart), s.length);
}

const byTextStart = (s: Segment): number => s.textStart;

/** The content from `textStart` on, with its segments. */
export function sliceContent(content: TextContent, textStart: number): TextContent {
  const segments: Segment[] = [];
  for (const s of content.segments) {
    const end = s.textStart + s.length;
    if (end <= textStart) continue;
    const cut = Math.max(0, textStart - s.textStart);
    segments.push({ textStart: s.textStart + cut - textStart, docStart: s.docStart + cut, length: s.length - cut });
  }
  return { text: content.text.slice(textStart), segments };
}
