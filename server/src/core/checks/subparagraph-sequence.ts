/** numbering/subparagraph-sequence: (a), (b), (c)... and (i), (ii), (iii)... in order within each list. */
import type { SubParagraph } from '../model';
import { letterIndex, nextLetter, nthLabel, writeSubLabel } from '../labels';
import type { Rule, Finding } from './rule';

/**
 * The label each lettered or numbered sub-paragraph should bear, in every nested list (used by renumbering
 * too). A list of two items or more may start again at (a) or (i), as after a heading inside it; and a
 * lettered list may carry on from the lettered list before it in the same paragraph ("(i) Protection
 * (a)...(f) (ii) Stabilisation (g)..."), as mandates often do.
 */
export function expectedSubLabels(list: readonly SubParagraph[], out: Map<SubParagraph, string> = new Map(), last = { letter: '' }): Map<SubParagraph, string> {
  const counters = { letter: 0, roman: 0 };
  for (const sp of list) {
    if (sp.labelKind === 'letter' || sp.labelKind === 'roman') {
      let n = counters[sp.labelKind];
      // Starting again needs a list of two items or more before: "(a) (a)" is a duplicate, not a new list.
      if (n > 1 && sp.label === (sp.labelKind === 'letter' ? 'a' : 'i')) n = 0;
      else if (sp.labelKind === 'letter' && n === 0 && last.letter !== '' && sp.label === nextLetter(last.letter)) n = letterIndex(sp.label);
      const label = nthLabel(sp.labelKind, n);
      counters[sp.labelKind] = n + 1;
      out.set(sp, label);
      if (sp.labelKind === 'letter') last.letter = label;
    }
    expectedSubLabels(sp.children, out, last);
  }
  return out;
}

export const subparagraphSequence: Rule = {
  code: 'numbering/subparagraph-sequence',
  severity: 'error',
  description: 'Sub-paragraphs are lettered (a), (b), (c)... and numbered (i), (ii), (iii)... in order.',
  check({ model, t }) {
    const out: Finding[] = [];
    for (const p of model.operative) {
      for (const [sp, expected] of expectedSubLabels(p.children)) {
        if (sp.label === expected) continue;
        const style = sp.labelStyle ?? '(a)';
        const want = writeSubLabel(expected, style);
        out.push({
          span: sp.labelSpan,
          message: t('subparagraph.expected', { want, found: writeSubLabel(sp.label, style) }),
          fix: { title: t('subparagraph.fix', { want }), edits: [{ span: sp.labelSpan, newText: want }] },
        });
      }
    }
    return out;
  },
};
