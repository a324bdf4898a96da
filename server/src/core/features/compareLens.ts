/** Code lenses on a draft compared with an earlier resolution: "unchanged since 2531 (2020) ¶21", "changed", "new". */
import type { Span } from '../model';
import type { Comparison } from './compare';

export interface CompareLens {
  readonly span: Span;
  readonly title: string;
}

/** "S/RES/2531 (2020)" → "2531 (2020)"; other symbols stay whole. */
function shortSymbol(symbol: string): string {
  return symbol.replace(/^S\/RES\//, '');
}

export function compareLenses(result: Comparison, oldSymbol: string): CompareLens[] {
  const name = shortSymbol(oldSymbol);
  return result.paragraphs.flatMap((a): CompareLens[] => {
    if (!a.new) return [];
    const where = a.old ? `${name} ${a.part === 'preamble' ? `pp ${a.old.index}` : `¶${a.old.label ?? a.old.index}`}` : '';
    const title =
      a.change === 'unchanged' ? `unchanged since ${where}`
      : a.change === 'changed' ? `changed from ${where} (${Math.round(a.similarity * 100)}% alike)`
      : a.change === 'moved' ? `moved from ${where}${a.similarity < 1 ? `, changed (${Math.round(a.similarity * 100)}% alike)` : ''}`
      : `new since ${name}`;
    return [{ span: { start: a.new.span.start, end: a.new.span.start }, title }];
  });
}
