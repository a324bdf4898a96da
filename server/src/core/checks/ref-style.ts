/** ref/style: citation forms the UN's editorial style does not use ("UNSCR 2374", "res. 2374", "2374(2017)"). */
import type { Finding, Rule } from './rule';

export const refStyle: Rule = {
  code: 'ref/style',
  severity: 'warning',
  scope: 'reference',
  description: 'Resolutions are cited in the UN form: "resolution 2374 (2017)".',
  check({ model, t }) {
    const out: Finding[] = [];
    for (const r of model.references) {
      if (r.kind !== 'document' || !r.style) continue;
      out.push({
        span: r.style.span,
        message: t('ref.style', { replacement: r.style.replacement, form: r.style.form }),
        fix: { title: t('ref.styleFix', { replacement: r.style.replacement }), edits: [{ span: r.style.span, newText: r.style.replacement }] },
      });
    }
    return out;
  },
};
