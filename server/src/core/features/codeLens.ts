/** Code lens above each cited paragraph: "cited by 3 paragraphs". */
import type { Resolution, Span } from '../model';
import { citations, citingParagraphs } from './citations';
import { translator, type Translate } from '../messages';

export interface Lens {
  readonly span: Span;
  readonly title: string;
  /** The citing places, for the "show references" command. */
  readonly references: Span[];
}

export function codeLenses(model: Resolution, t: Translate = translator()): Lens[] {
  const out: Lens[] = [];
  for (const p of model.operative) {
    const cites = citations(model).get(p) ?? [];
    const paragraphs = citingParagraphs(model, p).length;
    if (cites.length === 0) continue;
    out.push({ span: p.labelSpan, title: paragraphs === 1 ? t('lens.citedByOne') : t('lens.citedBy', { count: paragraphs }), references: cites.map((c) => c.target.span) });
  }
  return out;
}
