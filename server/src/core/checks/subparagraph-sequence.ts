/** numbering/subparagraph-sequence: (a), (b), (c)... and (i), (ii), (iii)... in order within each list. */
import type { SubParagraph } from '../model';
import { writeSubLabel } from '../labels';
import type { Rule, Finding } from './rule';

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi', 'xxii', 'xxiii', 'xxiv', 'xxv'];

/** The n-th label (0-based) of a list: a..z then aa, bb...; i, ii, iii... */
export function nthLabel(kind: 'letter' | 'roman', n: number): string {
  if (kind === 'roman') return ROMANS[n] ?? String(n + 1);
  const letter = String.fromCharCode(97 + (n % 26));
  return letter.repeat(Math.floor(n / 26) + 1);
}

/** The label each lettered or numbered sub-paragraph should bear, in every nested list (used by renumbering too). */
export function expectedSubLabels(list: readonly SubParagraph[], out: Map<SubParagraph, string> = new Map()): Map<SubParagraph, string> {
  const counters = { letter: 0, roman: 0 };
  for (const sp of list) {
    if (sp.labelKind === 'letter' || sp.labelKind === 'roman') out.set(sp, nthLabel(sp.labelKind, counters[sp.labelKind]++));
    expectedSubLabels(sp.children, out);
  }
  return out;
}

export const subparagraphSequence: Rule = {
  code: 'numbering/subparagraph-sequence',
  severity: 'error',
  description: 'Sub-paragraphs are lettered (a), (b), (c)... and numbered (i), (ii), (iii)... in order.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of model.operative) {
      for (const [sp, expected] of expectedSubLabels(p.children)) {
        if (sp.label === expected) continue;
        const style = sp.labelStyle ?? '(a)';
        const want = writeSubLabel(expected, style);
        out.push({
          span: sp.labelSpan,
          message: `Expected ${want}, found ${writeSubLabel(sp.label, style)}.`,
          fix: { title: `Label this sub-paragraph ${want}`, edits: [{ span: sp.labelSpan, newText: want }] },
        });
      }
    }
    return out;
  },
};
