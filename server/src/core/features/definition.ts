/** Go to definition from an internal reference: each number of a list is its own link. */
import type { Resolution, Span } from '../model';
import { locate } from './locate';
import type { LibraryLocation, LibraryView } from '../library';
import { touches } from '../text';

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

/** From a reference to another document: its file in the library, at the cited paragraph when there is one. */
export function documentDefinition(model: Resolution, offset: number, library: LibraryView): { location: LibraryLocation; origin: Span } | null {
  const hit = locate(model, offset);
  if (!hit || hit.kind !== 'document') return null;
  const doc = library.get(hit.ref.symbol, model.language);
  if (!doc) return null;
  const cited = hit.ref.paragraphs.find((p) => touches(p.span, offset)) ?? hit.ref.paragraphs[0];
  const para = cited && doc.paragraphs?.find((p) => p.label === cited.label.split(' ')[0]);
  const location = para?.location ?? doc.location;
  return location ? { location, origin: hit.ref.span } : null;
}
