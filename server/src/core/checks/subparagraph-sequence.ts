/** numbering/subparagraph-sequence: (a), (b), (c)... and (i), (ii), (iii)... in order within each list. */
import type { Heading, SubParagraph } from '../model';
import { letterIndex, nextLetter, nthLabel, writeSubLabel } from '../labels';
import type { Rule, Finding } from './rule';

/**
 * The label each lettered or numbered sub-paragraph should bear, in every nested list (used by renumbering
 * too). A list of two items or more may start again at (a) or (i), as after a heading inside it, and any list
 * may after a heading ("A. Reduce threats" (a) "B. Meet people's needs" (a) (b)); and a lettered list may
 * carry on from the lettered list before it in the same paragraph ("(i) Protection (a)...(f) (ii)
 * Stabilisation (g)..."), as mandates often do.
 */
export function expectedSubLabels(list: readonly SubParagraph[], headings: readonly Heading[] = [], out: Map<SubParagraph, string> = new Map(), last = { letter: '' }): Map<SubParagraph, string> {
  const counters = { letter: 0, roman: 0 };
  let previous: SubParagraph | null = null;
  for (const sp of list) {
    if (sp.labelKind === 'letter' || sp.labelKind === 'roman') {
      let n = counters[sp.labelKind];
      const first = sp.label === (sp.labelKind === 'letter' ? 'a' : 'i');
      // Starting again needs a list of two items or more before, or a heading: "(a) (a)" is a duplicate, not a new list.
      if (first && n > 0 && (n > 1 || headedBetween(headings, previous, sp))) n = 0;
      else if (sp.labelKind === 'letter' && n === 0 && last.letter !== '' && sp.label === nextLetter(last.letter)) n = letterIndex(sp.label);
      const label = nthLabel(sp.labelKind, n);
      counters[sp.labelKind] = n + 1;
      out.set(sp, label);
      if (sp.labelKind === 'letter') last.letter = label;
    }
    expectedSubLabels(sp.children, headings, out, last);
    previous = sp;
  }
  return out;
}

/** A heading stands between two items of a list. */
function headedBetween(headings: readonly Heading[], a: SubParagraph | null, b: SubParagraph): boolean {
  return a !== null && headings.some((h) => h.span.start >= a.span.end && h.span.end <= b.span.start);
}

export const subparagraphSequence: Rule = {
  code: 'numbering/subparagraph-sequence',
  severity: 'error',
  scope: 'structure',
  description: 'Sub-paragraphs are lettered (a), (b), (c)... and numbered (i), (ii), (iii)... in order.',
  check({ model, lang, t }) {
    const out: Finding[] = [];
    for (const p of model.operative) {
      // Most paragraphs have no sub-paragraphs: no labels to expect, and no map to make for them.
      if (p.children.length === 0) continue;
      for (const [sp, expected] of expectedSubLabels(p.children, model.headings)) {
        // A label in a style the text's language does not write ("v)" in English) is wrong as written.
        const ownStyle = sp.labelStyle === null || lang.subLabelStyles.includes(sp.labelStyle) || (lang.labelScripts ?? []).some((s) => s.style === sp.labelStyle);
        if (sp.label === expected && ownStyle) continue;
        const style = ownStyle ? (sp.labelStyle ?? '(a)') : lang.subLabelStyles[0];
        const want = writeSubLabel(expected, style);
        out.push({
          span: sp.labelSpan,
          message: t('subparagraph.expected', { want, found: ownStyle ? writeSubLabel(sp.label, style) : model.text.slice(sp.labelSpan.start, sp.labelSpan.end) }),
          fix: { title: t('subparagraph.fix', { want }), edits: [{ span: sp.labelSpan, newText: want }] },
        });
      }
    }
    return out;
  },
};
