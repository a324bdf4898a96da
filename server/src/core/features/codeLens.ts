/** Code lens above each cited paragraph: "cited by 3 paragraphs". */
import type { Resolution, Span } from '../model';
import { citations, citingParagraphs } from './citations';

export interface Lens {
  readonly span: Span;
  readonly title: string;
  /** The citing places, for the "show references" command. */
  readonly references: Span[];
}

const cache = new WeakMap<Resolution, Lens[]>();

/** The lenses of a model, computed once per model (the server resolves them one by one). */
export function codeLenses(model: Resolution): Lens[] {
  let lenses = cache.get(model);
  if (!lenses) {
    lenses = buildLenses(model);
    cache.set(model, lenses);
  }
  return lenses;
}

function buildLenses(model: Resolution): Lens[] {
  const out: Lens[] = [];
  for (const p of model.operative) {
    const cites = citations(model).get(p) ?? [];
    const paragraphs = citingParagraphs(model, p).length;
    if (cites.length === 0) continue;
    out.push({ span: p.labelSpan, title: `cited by ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}`, references: cites.map((c) => c.target.span) });
  }
  return out;
}
