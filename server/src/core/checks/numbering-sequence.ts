/**
 * numbering/sequence: operative paragraphs run 1..N within the body, each part and each annex.
 * "20 bis" paragraphs inserted during negotiation are information only: they will need renumbering.
 * Inside an annex a new list may start again at 1 (annexes hold lists under their own headings), and the
 * first paragraph may bear any number (an annex that amends or quotes provisions starts where they do).
 * A part may carry on the numbering of the part before it, as older resolutions do ("B 17."); sections headed
 * "I", "II" or "A.", "B." that restart at 1 are parts. A number written without its period ("26 Condemns") or
 * with a letter ("l.") gets one error on its own line; after one wrong number the right ones that follow are not
 * flagged again.
 */
import type { Section } from '../model';
import type { Rule, Finding } from './rule';
import { lastOf } from '../tree';

export const numberingSequence: Rule = {
  code: 'numbering/sequence',
  severity: 'error',
  scope: 'structure',
  description: 'Operative paragraphs are numbered 1, 2, 3... without gaps, duplicates or inversions.',
  check({ model, t }) {
    const out: Finding[] = [];
    model.sections.forEach((section, index) => {
      const ops = section.operative;
      const first = ops[0];
      let expected = first && startsAnywhere(model.sections, index) ? first.number : 1;
      let previous = first;
      ops.forEach((p, i) => {
        const before = previous;
        previous = p;
        // Formatted only for a finding: most paragraphs have none.
        const related = () => (p === before ? [] : [{ span: before.labelSpan, message: t('numbering.previous', { label: before.label }) }]);
        if (p.malformedLabel) {
          // The parser read it as the number expected there: one diagnostic, on the label, and the sequence goes on.
          const written = model.text.slice(p.malformedLabel.start, p.malformedLabel.end).trim();
          const how = /^\d+$/.test(written) ? 'numbering.how.noPeriod' : /^\d+ \.$/.test(written) ? 'numbering.how.spaceBeforePeriod' : 'numbering.how.letter';
          out.push({
            span: { start: p.malformedLabel.start, end: p.malformedLabel.start + written.length },
            message: t('numbering.malformed', { number: p.number, written, how: t(how) }),
            related: related(),
            fix: { title: t('numbering.malformedFix', { number: p.number }), edits: [{ span: p.malformedLabel, newText: `${p.number}. ` }] },
          });
          expected = p.number + 1;
        } else if (p.suffix) {
          out.push({ span: p.labelSpan, severity: 'information', message: t('numbering.inserted', { label: p.label }), related: related() });
        } else if (p.number === expected) {
          expected++;
        } else if (section.kind === 'annex' && p.number === 1) {
          expected = 2;
        } else {
          const args = { expected, number: p.number, last: p.number - 1 };
          const key = p.number === expected - 1 ? 'numbering.duplicate' : p.number < expected ? 'numbering.outOfOrder' : p.number - expected > 1 ? 'numbering.missingMany' : 'numbering.missingOne';
          out.push({
            span: p.labelSpan,
            message: t(key, args),
            related: related(),
            fix: { title: t('numbering.fix', { expected }), edits: [{ span: p.labelSpan, newText: String(expected) }] },
          });
          // One wrong number between right ones ("1, 2, 30, 4") is a typo: the numbers after it are not wrong too.
          const next = ops[i + 1];
          expected = next && !next.suffix && next.number === expected + 1 ? expected + 1 : p.number + 1;
        }
      });
    });
    return out;
  },
};

/** Whether the first paragraph of the section may bear a number other than 1 without a gap. */
export function startsAnywhere(sections: readonly Section[], index: number): boolean {
  const section = sections[index];
  if (section.kind === 'annex') return true;
  return section.kind === 'part' && index > 0 && continuesNumbering(sections[index - 1], section);
}

/** Part B numbered on from part A: its first paragraph follows the last of the section before. */
export function continuesNumbering(before: Section, section: Section): boolean {
  const last = lastOf(before.operative);
  const first = section.operative[0];
  return last !== undefined && first !== undefined && first.number === last.number + 1 && first.number > 1;
}
