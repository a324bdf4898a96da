/** ref/year-mismatch: a Security Council resolution's number and year disagree ("resolution 2374 (2018)"). */
import { scYearOf } from '../scYears';
import type { Finding, Rule } from './rule';

export const refYearMismatch: Rule = {
  code: 'ref/year-mismatch',
  severity: 'error',
  description: 'A Security Council resolution is cited with the year of its adoption.',
  check({ model, t }) {
    const out: Finding[] = [];
    for (const r of model.references) {
      if (r.kind !== 'document' || r.docKind !== 'sc-resolution' || r.number === null || r.year === null || !r.yearSpan) continue;
      const right = scYearOf(r.number);
      if (right === null || right === r.year) continue;
      out.push({
        span: r.yearSpan,
        message: t('ref.yearMismatch', { number: r.number, right, year: r.year }),
        fix: { title: t('ref.yearFix', { right }), edits: [{ span: r.yearSpan, newText: String(right) }] },
      });
    }
    return out;
  },
};
