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

const cache = new WeakMap<Resolution, Map<Translate, Lens[]>>();

/** The lenses of a model, computed once per model (the server resolves them one by one). */
export function codeLenses(model: Resolution, t: Translate = translator()): Lens[] {
  let byLocale = cache.get(model);
  if (!byLocale) cache.set(model, (byLocale = new Map()));
  let lenses = byLocale.get(t);
  if (!lenses) byLocale.set(t, (lenses = buildLenses(model, t)));
  return lenses;
}

function buildLenses(model: Resolution, t: Translate): Lens[] {
  const out: Lens[] = [];
  for (const p of model.operative) {
    const cites = citations(model).get(p) ?? [];
    const paragraphs = citingParagraphs(model, p).length;
    if (cites.length === 0) continue;
    out.push({ span: p.labelSpan, title: paragraphs === 1 ? t('lens.citedByOne') : t('lens.citedBy', { count: paragraphs }), references: cites.map((c) => c.target.span) });
  }
  return out;
}
