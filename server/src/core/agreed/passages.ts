/**
 * Passages: every paragraph and sub-paragraph of a resolution as a unit of agreed language, with the
 * text a drafter would copy (sub-paragraphs with their labels, one item a block).
 */
import type { Operative, Preambular, Resolution, Span, SubParagraph } from '../model';

export interface Passage {
  readonly part: 'preamble' | 'operative';
  /** The operative label with its sub-paragraph path ("21", "21 (a) (ii)"), or the preambular paragraph's position from 1. */
  readonly paragraph: string | number;
  readonly span: Span;
  /** The node's own text, then each sub-paragraph as its label and text, separated by blank lines. */
  readonly text: string;
  readonly node: Operative | SubParagraph | Preambular;
}

function labelOf(model: Resolution, node: SubParagraph): string {
  return model.text.slice(node.labelSpan.start, node.labelSpan.end);
}

/** The text of a paragraph or sub-paragraph with everything under it. */
export function passageText(model: Resolution, node: Operative | SubParagraph | Preambular): string {
  const parts = [node.content.text];
  const walk = (children: readonly SubParagraph[]): void => {
    for (const c of children) {
      parts.push(`${labelOf(model, c)} ${c.content.text}`);
      walk(c.children);
    }
  };
  if (node.kind !== 'preamble') walk(node.children);
  return parts.filter((p) => p.trim()).join('\n\n');
}

/** Every preambular paragraph, operative paragraph and sub-paragraph, in document order. */
export function passages(model: Resolution): Passage[] {
  const out: Passage[] = model.preamble.map((p) => ({ part: 'preamble', paragraph: p.index + 1, span: p.span, text: passageText(model, p), node: p }));
  const walk = (children: readonly SubParagraph[], path: string): void => {
    for (const c of children) {
      const label = `${path} ${c.labelStyle === null ? c.label : `(${c.label})`}`;
      out.push({ part: 'operative', paragraph: label, span: c.span, text: passageText(model, c), node: c });
      walk(c.children, label);
    }
  };
  for (const p of model.operative) {
    out.push({ part: 'operative', paragraph: p.label, span: p.span, text: passageText(model, p), node: p });
    walk(p.children, p.label);
  }
  return out;
}

/** The innermost paragraph or sub-paragraph that holds an offset. */
export function passageAt(model: Resolution, offset: number): Passage | null {
  let best: Passage | null = null;
  for (const p of passages(model)) if (offset >= p.span.start && offset <= p.span.end && (!best || p.span.end - p.span.start <= best.span.end - best.span.start)) best = p;
  return best;
}
