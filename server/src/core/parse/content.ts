/** Mapping between offsets in a block's assembled text and offsets in the document. */
import type { Segment, TextContent } from '../model';

/** Document offset of a text offset (an offset in the gap between two lines maps to the next line). */
export function docOffset(content: TextContent, textOffset: number): number {
  const segs = content.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].textStart <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const s = segs[lo];
  if (!s) return 0;
  return s.docStart + Math.min(Math.max(0, textOffset - s.textStart), s.length);
}

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
