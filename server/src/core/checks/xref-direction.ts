/**
 * xref/direction: "above" must point to an earlier paragraph and "below" to a later one, relative to
 * the paragraph that holds the reference.
 */
import { targetLabel } from '../describe';
import type { Rule, Finding } from './rule';

export const xrefDirection: Rule = {
  code: 'xref/direction',
  severity: 'error',
  scope: 'reference',
  description: '"above" points to an earlier paragraph and "below" to a later one.',
  check({ model, lang, t: msg }) {
    const out: Finding[] = [];
    for (const ref of model.references) {
      if (ref.kind !== 'paragraph' || !ref.holder) continue;
      const holder = ref.holder;
      const holderName = holder.kind === 'operative' ? holder.label : msg('preambularParagraph', { number: holder.index + 1 });
      for (const t of ref.targets) {
        if (!t.resolved || !t.direction || !t.directionSpan || t.resolved === holder) continue;
        // Compared with the reference itself, so "paragraph 6 (c) above" from inside 6 (e) is right.
        if (t.resolved.span.start <= ref.span.start && ref.span.start < t.resolved.span.end) continue;
        const after = t.resolved.span.start > ref.span.start;
        const right = after ? 'below' : 'above';
        if (t.direction === right) continue;
        const word = after ? lang.below[0] : lang.above[0];
        out.push({
          span: t.directionSpan,
          message: msg(after ? 'xref.after' : 'xref.before', { label: targetLabel(model, t), holder: holderName, word }),
          related: [{ span: t.resolved.span, message: msg('paragraph', { label: targetLabel(model, t) }) }],
          fix: { title: msg('xref.directionFix', { from: t.direction, to: word }), edits: [{ span: t.directionSpan, newText: word }] },
        });
      }
    }
    return out;
  },
};
