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
    /** Lines from this one on start `moved` later than `starts` says: typing on one line shares one array. */
    private readonly from = starts.length,
    private readonly moved = 0,
    /** Whether the text holds a lone carriage return, which a change could join to a line feed. */
    private readonly returns = text.includes('\r') && LONE_CR.test(text),
  ) {}

  /**
   * The index of `text`, which `changes` (in the order they were made) made from this index's text: a change
   * without line breaks moves the lines after it, the others cost a new index.
   */
  edited(text: string, changes: readonly Change[]): LineIndex {
    if (changes.length === 0) return new LineIndex(text, this.starts, this.from, this.moved, this.returns);
    return changes.reduce<LineIndex>((index, c, i) => index.changed(i === changes.length - 1 ? text : applyChange(index.text, c), c), this);
  }

  private changed(text: string, c: Change): LineIndex {
    const line = this.positionAt(c.start).line;
    // A change just after a carriage return may part it from its line feed ("\r\n" files stay on this path).
    if (BREAK.test(c.text) || this.positionAt(c.end).line !== line || this.returns || this.text.charCodeAt(c.start - 1) === 13) return new LineIndex(text);
    const delta = c.text.length - (c.end - c.start);
    if (this.moved === 0 || this.from === line + 1) return new LineIndex(text, this.starts, line + 1, this.moved + delta, false);
    return new LineIndex(text, this.starts.map((s, i) => (i >= this.from ? s + this.moved : s)), line + 1, delta, false);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return this.starts[l] + (l >= this.from ? this.moved : 0);
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.lineStart(line + 1);
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
      if (this.lineStart(mid) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStart(lo) };
  }

  /** Clamps positions outside the text to its nearest valid offset. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}

const BREAK = /[\r\n]/;
const LONE_CR = /\r(?!\n)/;

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
