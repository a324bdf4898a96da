/** xref/unknown-target: an internal reference to a paragraph or sub-paragraph that does not exist. */
import { findOperative } from '../parse/resolve';
import { labelStyleOf, targetLabel } from '../describe';
import { writeSubPath } from '../labels';
import type { Rule, Finding } from './rule';

export const xrefUnknownTarget: Rule = {
  code: 'xref/unknown-target',
  severity: 'error',
  scope: 'reference',
  description: 'Every internal reference names a paragraph or sub-paragraph that exists in the text.',
  check({ model, t: msg }) {
    const out: Finding[] = [];
    for (const ref of model.references) {
      if (ref.kind !== 'paragraph') continue;
      for (const t of ref.targets) {
        // A reference into an annex or a section the text does not have names another document's.
        if (t.sectionIndex < 0) continue;
        const section = model.sections[t.sectionIndex];
        const count = t.scope === 'preamble' ? model.preamble.length : section.operative.length;
        // Formatted only for a finding: most targets resolve.
        const where = () =>
          t.scope === 'preamble'
            ? msg('xref.where.preamble')
            : section.kind === 'annex'
              ? msg('xref.where.annex', { label: section.label }).trim()
              : t.sectionLabel !== undefined
                ? msg('xref.where.section', { label: t.sectionLabel })
                : msg('xref.where.operative');
        if (!t.resolved) {
          const base = t.path.length > 0 && t.scope === 'operative' && findOperative(section, t.number, t.suffix);
          out.push({
            span: t.span,
            message: base
              ? msg('xref.noSubparagraph', { label: t.label, path: writeSubPath(t.path, labelStyleOf(model)) })
              : t.label
                ? msg('xref.noParagraph', { label: targetLabel(model, t), where: where(), count })
                : msg('xref.noSuchParagraph'),
            related: base ? [{ span: base.span, message: msg('paragraph', { label: base.label }) }] : [],
          });
        }
        // One finding for a range, however many numbers it lacks ("paragraphs 1 to 999 above").
        if (t.rangeFrom !== null && t.scope === 'operative' && t.resolved) {
          const present = new Set(section.operative.filter((p) => p.suffix === null && p.number > t.rangeFrom! && p.number < t.number).map((p) => p.number));
          const missing = t.number - t.rangeFrom - 1 - present.size;
          if (missing > 0) {
            let first = t.rangeFrom + 1;
            while (present.has(first)) first++;
            out.push({ span: t.span, message: missing === 1 ? msg('xref.rangeGap', { from: t.rangeFrom, end: t.number, missing: first }) : msg('xref.rangeGaps', { from: t.rangeFrom, end: t.number, count: missing, missing: first }) });
          }
        }
      }
    }
    return out;
  },
};
