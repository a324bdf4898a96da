/** Document links: references to UN documents open their official page. */
import type { DocumentReference, Resolution, Span } from '../model';

export const UNDOCS = 'https://undocs.org/en/';

/** The official address of a symbol: S/RES/2374 (2017) → https://undocs.org/en/S/RES/2374(2017). */
export function officialUrl(ref: Pick<DocumentReference, 'symbol'>): string {
  return UNDOCS + ref.symbol.replace(/ \(/g, '(').replace(/ /g, '');
}

export function documentLinks(model: Resolution): { span: Span; target: string }[] {
  return model.references.flatMap((r) => (r.kind === 'document' ? [{ span: r.span, target: officialUrl(r) }] : []));
}
