/**
 * Changes of a text as an editor reports them, and where the offsets of the old text land in the new one.
 * Only the incremental analysis needs these; the model itself knows nothing of versions.
 */
import type { Span } from './model';

/** [start, end) of the old text replaced by `text`. */
export interface Change {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text after the change. */
export function applyChange(text: string, c: Change): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

/** An offset inside the replaced text: what was there is gone, so nothing there can be carried over. */
export class Unmappable extends Error {}

/**
 * Moves offsets of the old text to the new one, for a change inside one line's content. Text inserted at an
 * offset belongs to what starts there and not to what ends there, except at the end of the line: typing at
 * the end of a paragraph extends it.
 */
export class Shift {
  readonly delta: number;

  constructor(
    readonly change: Change,
    /** End of the changed line's content in the old text. */
    private readonly lineEnd: number,
  ) {
    this.delta = change.text.length - (change.end - change.start);
  }

  start(p: number): number {
    const { start, end } = this.change;
    if (p <= start) return p;
    if (p >= end) return p + this.delta;
    throw new Unmappable();
  }

  end(p: number): number {
    const { start, end } = this.change;
    if (p < start || (p === start && (start < end || p !== this.lineEnd))) return p;
    if (p >= end) return p + this.delta;
    throw new Unmappable();
  }

  /** The same object when nothing moves: the parts of a model before the change are shared, not copied. */
  span(s: Span): Span {
    const start = this.start(s.start);
    const end = this.end(s.end);
    return start === s.start && end === s.end ? s : { start, end };
  }

  /** Whether `a` of the old text is `b` of the new one. */
  moves(a: Span, b: Span): boolean {
    const { start, end } = this.change;
    const inside = (p: number): boolean => p > start && p < end;
    return !inside(a.start) && !inside(a.end) && this.start(a.start) === b.start && this.end(a.end) === b.end;
  }

  /** Whether the span lies wholly before the change (and so keeps its offsets). */
  before(s: Span): boolean {
    return s.end < this.change.start;
  }
}
