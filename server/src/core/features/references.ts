/** Find references and document highlights: every place that cites a paragraph or sub-paragraph. */
import type { Resolution, Span } from '../model';
import { citations, type Citable } from './citations';
import { locate } from './locate';

function subjectAt(model: Resolution, offset: number): Citable | null {
  const hit = locate(model, offset);
  if (!hit) return null;
  if (hit.kind === 'label') return hit.node;
  if (hit.kind === 'target') return hit.target.resolved;
  return null;
}

function labelOf(node: Citable): Span {
  return node.kind === 'preamble' ? node.openingSpan : node.labelSpan;
}

/** The citing spans (and with `includeDeclaration` the paragraph's own label first). */
export function findReferences(model: Resolution, offset: number, includeDeclaration: boolean): Span[] {
  const node = subjectAt(model, offset);
  if (!node) return [];
  const spans = (citations(model).get(node) ?? []).map((c) => c.target.span);
  return includeDeclaration ? [labelOf(node), ...spans] : spans;
}

export interface Highlight {
  readonly span: Span;
  /** The paragraph's own label is the "write"; citations are "reads". */
  readonly kind: 'write' | 'read';
}

export function highlights(model: Resolution, offset: number): Highlight[] {
  const node = subjectAt(model, offset);
  if (!node) return [];
  return [{ span: labelOf(node), kind: 'write' }, ...(citations(model).get(node) ?? []).map((c) => ({ span: c.target.span, kind: 'read' as const }))];
}
