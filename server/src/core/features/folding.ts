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
