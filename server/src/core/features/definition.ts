/** Go to definition from an internal reference: each number of a list is its own link. */
import type { Resolution, Span } from '../model';
import { locate } from './locate';

export interface DefinitionTarget {
  /** The whole target node. */
  readonly span: Span;
  /** The label of the target, to select. */
  readonly selection: Span;
  /** The span at the origin (the number under the cursor). */
  readonly origin: Span;
}

export function definition(model: Resolution, offset: number): DefinitionTarget | null {
  const hit = locate(model, offset);
  if (!hit || hit.kind !== 'target' || !hit.target.resolved) return null;
  const node = hit.target.resolved;
  const selection = node.kind === 'preamble' ? node.openingSpan : node.labelSpan;
  return { span: node.span, selection, origin: hit.target.span };
}
