/** Who cites what: for every paragraph or sub-paragraph, the reference targets that name it. */
import type { Operative, ParagraphReference, Preambular, RefTarget, Resolution, SubParagraph } from '../model';

export type Citable = Operative | SubParagraph | Preambular;

export interface Citation {
  readonly ref: ParagraphReference;
  readonly target: RefTarget;
}

const cache = new WeakMap<Resolution, Map<Citable, Citation[]>>();

export function citations(model: Resolution): Map<Citable, Citation[]> {
  let map = cache.get(model);
  if (map) return map;
  map = new Map();
  for (const ref of model.references) {
    if (ref.kind !== 'paragraph') continue;
    for (const target of ref.targets) {
      if (!target.resolved) continue;
      const list = map.get(target.resolved) ?? [];
      list.push({ ref, target });
      map.set(target.resolved, list);
    }
  }
  cache.set(model, map);
  return map;
}

/** Distinct paragraphs that hold citations of the node. */
export function citingParagraphs(model: Resolution, node: Citable): (Operative | Preambular)[] {
  const out: (Operative | Preambular)[] = [];
  for (const c of citations(model).get(node) ?? []) if (c.ref.holder && !out.includes(c.ref.holder)) out.push(c.ref.holder);
  return out;
}
