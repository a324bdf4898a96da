/** xref/unknown-target: an internal reference to a paragraph or sub-paragraph that does not exist. */
import { findOperative } from '../parse/resolve';
import { labelStyleOf, targetLabel } from '../describe';
import { writeSubPath } from '../labels';
import type { Rule, Finding } from './rule';

export const xrefUnknownTarget: Rule = {
  code: 'xref/unknown-target',
  severity: 'error',
  description: 'Every internal reference names a paragraph or sub-paragraph that exists in the text.',
  check({ model }) {
    const out: Finding[] = [];
    for (const ref of model.references) {
      if (ref.kind !== 'paragraph') continue;
      for (const t of ref.targets) {
        // A reference into an annex or a section the text does not have names another document's.
        if (t.sectionIndex < 0) continue;
        const section = model.sections[t.sectionIndex];
        const count = t.scope === 'preamble' ? model.preamble.length : section.operative.length;
        const where =
          t.scope === 'preamble'
            ? 'preambular paragraphs'
            : section.kind === 'annex'
              ? `paragraphs of annex ${section.label}`.trim()
              : t.sectionLabel !== undefined
                ? `paragraphs of section ${t.sectionLabel}`
                : 'operative paragraphs';
        if (!t.resolved) {
          const base = t.path.length > 0 && t.scope === 'operative' && findOperative(section, t.number, t.suffix);
          out.push({
            span: t.span,
            message: base
              ? `Paragraph ${t.label} has no sub-paragraph ${writeSubPath(t.path, labelStyleOf(model))}.`
              : t.label
                ? `There is no paragraph ${targetLabel(model, t)} in this text (${where} run 1–${count}).`
                : 'There is no such paragraph in this text.',
            related: base ? [{ span: base.span, message: `paragraph ${base.label}` }] : [],
          });
        }
        // One finding for a range, however many numbers it lacks ("paragraphs 1 to 999 above").
        if (t.rangeFrom !== null && t.scope === 'operative' && t.resolved) {
          const present = new Set(section.operative.filter((p) => p.suffix === null && p.number > t.rangeFrom! && p.number < t.number).map((p) => p.number));
          const missing = t.number - t.rangeFrom - 1 - present.size;
          if (missing > 0) {
            let first = t.rangeFrom + 1;
            while (present.has(first)) first++;
            const which = missing === 1 ? `paragraph ${first}` : `${missing} of the paragraphs between, the first ${first}`;
            out.push({ span: t.span, message: `The range ${t.rangeFrom}–${t.number} names ${which}, which this text does not have.` });
          }
        }
      }
    }
    return out;
  },
};
