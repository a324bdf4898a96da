/** Selection ranges, innermost first: word, clause, sub-paragraph, paragraph, section. */
import type { Resolution, Span } from '../model';
import { documentSymbols, type DocSymbol } from './symbols';

const WORD = /[\p{L}\p{N}’'-]/u;
const CLAUSE_END = /[,;:.]/;

export function selectionRanges(model: Resolution, offset: number): Span[] {
  const text = model.text;
  const chain: Span[] = [];
  const push = (s: Span): void => {
    const last = chain[chain.length - 1];
    if (s.end <= s.start || (last && (s.start > last.start || s.end < last.end))) return;
    if (!last || s.start !== last.start || s.end !== last.end) chain.push(s);
  };
  let ws = offset;
  let we = offset;
  while (ws > 0 && WORD.test(text[ws - 1])) ws--;
  while (we < text.length && WORD.test(text[we])) we++;
  push({ start: ws, end: we });
  // The enclosing symbols, innermost first.
  const containers: DocSymbol[] = [];
  const walk = (symbols: readonly DocSymbol[]): void => {
    for (const s of symbols) {
      if (offset >= s.span.start && offset <= s.span.end) {
        containers.unshift(s);
        walk(s.children);
      }
    }
  };
  walk(documentSymbols(model));
  const inner = containers[0];
  if (inner) {
    let cs = offset;
    let ce = offset;
    while (cs > inner.span.start && !CLAUSE_END.test(text[cs - 1])) cs--;
    while (ce < inner.span.end && !CLAUSE_END.test(text[ce])) ce++;
    while (cs < ce && /\s/.test(text[cs])) cs++;
    push({ start: cs, end: Math.min(inner.span.end, ce + 1) });
  }
  for (const c of containers) push(c.span);
  push({ start: 0, end: text.length });
  return chain;
}
