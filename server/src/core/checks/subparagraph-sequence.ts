/** numbering/subparagraph-sequence: (a), (b), (c)... and (i), (ii), (iii)... in order within each list. */
import type { SubParagraph } from '../model';
import type { Rule, Finding } from './rule';

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi', 'xxii', 'xxiii', 'xxiv', 'xxv'];

/** The n-th label (0-based) of a list: a..z then aa, bb...; i, ii, iii... */
export function nthLabel(kind: 'letter' | 'roman', n: number): string {
  if (kind === 'roman') return ROMANS[n] ?? String(n + 1);
  const letter = String.fromCharCode(97 + (n % 26));
  return letter.repeat(Math.floor(n / 26) + 1);
}

function checkList(list: readonly SubParagraph[], out: Finding[]): void {
  const counters = { letter: 0, roman: 0 };
  for (const sp of list) {
    if (sp.labelKind === 'letter' || sp.labelKind === 'roman') {
      const expected = nthLabel(sp.labelKind, counters[sp.labelKind]);
      if (sp.label !== expected) {
        out.push({
          span: sp.labelSpan,
          message: `Expected (${expected}), found (${sp.label}).`,
          fix: { title: `Label this sub-paragraph (${expected})`, edits: [{ span: sp.labelSpan, newText: `(${expected})` }] },
        });
      }
      counters[sp.labelKind]++;
    }
    checkList(sp.children, out);
  }
}

export const subparagraphSequence: Rule = {
  code: 'numbering/subparagraph-sequence',
  severity: 'error',
  description: 'Sub-paragraphs are lettered (a), (b), (c)... and numbered (i), (ii), (iii)... in order.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of model.operative) checkList(p.children, out);
    return out;
  },
};
