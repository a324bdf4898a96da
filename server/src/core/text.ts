/** Offsets ↔ line/character conversion and small text helpers. The only place that knows about lines. */
import type { Span } from './model';
import { applyChange, type Change } from './edits';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  constructor(
    private readonly text: string,
    private readonly starts: readonly number[] = lineStarts(text),
  ) {}

  /**
   * The index of `text`, which `changes` (in the order they were made) made from this index's text: a change
   * without line breaks moves the lines after it, the others cost a new index.
   */
  edited(text: string, changes: readonly Change[]): LineIndex {
    let starts = this.starts;
    let before = this.text;
    for (const c of changes) {
      if (BREAK.test(c.text) || BREAK.test(before.slice(c.start, c.end)) || before.charCodeAt(c.start - 1) === 13) return new LineIndex(text);
      const delta = c.text.length - (c.end - c.start);
      let first = starts.length;
      while (first > 0 && starts[first - 1] > c.start) first--;
      const moved = starts.slice();
      for (let i = first; i < moved.length; i++) moved[i] += delta;
      starts = moved;
      before = changes.length === 1 ? text : applyChange(before, c);
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Clamps positions outside the text to its nearest valid offset. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}

const BREAK = /[\r\n]/;

/** Where each line starts: after "\n", "\r\n" or a lone "\r". */
function lineStarts(text: string): number[] {
  const starts = [0];
  // Without old Mac line ends, the native search finds the lines.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** True when `offset` is inside or at the end edge of the span (cursor just after a word). */
export function touches(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}

/** Shortens long text at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max) + '…';
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
