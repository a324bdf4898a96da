/** xref/self: a paragraph that cites itself by number ("paragraph 12" inside paragraph 12). */
import type { Rule, Finding } from './rule';

export const xrefSelf: Rule = {
  code: 'xref/self',
  severity: 'warning',
  scope: 'reference',
  description: 'A paragraph does not cite itself by number.',
  check({ model, t: msg }) {
    const out: Finding[] = [];
    for (const ref of model.references) {
      // "subparagraph (b) of paragraph 2" inside paragraph 2 cites a part of it, not itself.
      if (ref.kind !== 'paragraph' || !ref.holder || ref.targets.some((t) => t.path.length > 0)) continue;
      for (const t of ref.targets) {
        if (t.resolved === ref.holder && t.path.length === 0 && t.rangeFrom === null) {
          out.push({ span: t.span, message: msg('xref.self', { label: t.label }) });
        }
      }
    }
    return out;
  },
};
