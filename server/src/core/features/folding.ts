/** Folding ranges: the preamble, sections under headings, paragraphs with sub-paragraphs, runs of artifacts. */
import type { Resolution, Span } from '../model';
import { documentSymbols, type DocSymbol } from './symbols';

export interface Fold {
  readonly span: Span;
  readonly kind: 'region' | 'comment';
}

export function foldingRanges(model: Resolution): Fold[] {
  const out: Fold[] = [];
  const walk = (symbols: readonly DocSymbol[]): void => {
    for (const s of symbols) {
      if (s.kind === 'preamble' || s.kind === 'heading' || s.kind === 'section' || s.children.length > 0 || s.kind === 'operative') out.push({ span: s.span, kind: 'region' });
      walk(s.children);
    }
  };
  walk(documentSymbols(model));
  // Consecutive artifacts (a page break: footer, header, running title) fold as one comment.
  let run: Span | null = null;
  for (const a of model.artifacts) {
    if (run && a.span.start - run.end < 8) run = { start: run.start, end: a.span.end };
    else {
      if (run) out.push({ span: run, kind: 'comment' });
      run = a.span;
    }
  }
  if (run) out.push({ span: run, kind: 'comment' });
  return out;
}

/** A fold by its first and last lines. */
export interface LineFold {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * At most `limit` folds, the outermost ones, chosen as VS Code chooses among too many
 * (`editor.foldingMaximumRegions`): sorted by first line, a fold starting on the line of the one it is read
 * after is left out, and whole nesting levels are kept from the outermost on, then the first folds of the
 * level that no longer fits. VS Code, given these, shows what it would have shown given them all; the
 * answer is smaller.
 */
export function outermostFolds<T extends LineFold>(folds: readonly T[], limit: number): T[] {
  if (folds.length <= limit) return folds.slice();
  const sorted = [...folds].sort((a, b) => a.startLine - b.startLine);
  const levels: number[] = [];
  const counts: number[] = [];
  const enclosing: T[] = [];
  let top: T | undefined;
  for (const f of sorted) {
    let level = -1;
    if (!top) {
      top = f;
      level = 0;
    } else if (f.startLine > top.startLine) {
      if (f.endLine <= top.endLine) {
        enclosing.push(top);
        top = f;
      } else if (f.startLine > top.endLine) {
        // Back out to the fold that holds this one, if any.
        while (top && f.startLine > top.endLine) top = enclosing.pop();
        if (top) enclosing.push(top);
        top = f;
      }
      // A fold that crosses the end of the one before it keeps that one on top, as in VS Code.
      level = enclosing.length;
    }
    levels.push(level);
    if (level >= 0) counts[level] = (counts[level] ?? 0) + 1;
  }
  // The deepest level kept whole, and how many folds fit.
  let kept = 0;
  let partial = counts.length;
  for (let level = 0; level < counts.length; level++) {
    if (kept + (counts[level] ?? 0) > limit) {
      partial = level;
      break;
    }
    kept += counts[level] ?? 0;
  }
  return sorted.filter((_, i) => levels[i] >= 0 && (levels[i] < partial || (levels[i] === partial && kept++ < limit)));
}
