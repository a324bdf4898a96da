/**
 * numbering/sequence: operative paragraphs run 1..N within the body, each part and each annex.
 * "20 bis" paragraphs inserted during negotiation are information only: they will need renumbering.
 * Inside an annex a new list may start again at 1 (annexes hold lists under their own headings).
 */
import type { Rule, Finding } from './rule';

export const numberingSequence: Rule = {
  code: 'numbering/sequence',
  severity: 'error',
  description: 'Operative paragraphs are numbered 1, 2, 3... without gaps, duplicates or inversions.',
  check({ model }) {
    const out: Finding[] = [];
    for (const section of model.sections) {
      let expected = 1;
      let previous = section.operative[0];
      for (const p of section.operative) {
        const related = p === previous ? [] : [{ span: previous.labelSpan, message: `previous paragraph ${previous.label}` }];
        if (p.suffix) {
          out.push({ span: p.labelSpan, severity: 'information', message: `Paragraph ${p.label} was inserted during negotiation: renumber before adoption.`, related });
        } else if (p.number === expected) {
          expected++;
        } else if (section.kind === 'annex' && p.number === 1) {
          expected = 2;
        } else {
          const what = p.number === expected - 1 ? `a second paragraph ${p.number}` : p.number < expected ? `paragraph ${p.number} out of order` : `paragraph ${p.number}: paragraph${p.number - expected > 1 ? 's' : ''} ${expected}${p.number - expected > 1 ? `–${p.number - 1}` : ''} ${p.number - expected > 1 ? 'are' : 'is'} missing`;
          out.push({
            span: p.labelSpan,
            message: `Expected paragraph ${expected}, found ${what}.`,
            related,
            fix: { title: `Number this paragraph ${expected}`, edits: [{ span: p.labelSpan, newText: String(expected) }] },
          });
          expected = p.number + 1;
        }
        previous = p;
      }
    }
    return out;
  },
};
