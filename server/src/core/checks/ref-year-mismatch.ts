/** ref/year-mismatch: a Security Council resolution's number and year disagree ("resolution 2374 (2018)"). */
import { scYearOf } from '../scYears';
import type { Finding, Rule } from './rule';

export const refYearMismatch: Rule = {
  code: 'ref/year-mismatch',
  severity: 'error',
  description: 'A Security Council resolution is cited with the year of its adoption.',
  check({ model }) {
    const out: Finding[] = [];
    for (const r of model.references) {
      if (r.kind !== 'document' || r.docKind !== 'sc-resolution' || r.number === null || r.year === null || !r.yearSpan) continue;
      const right = scYearOf(r.number);
      if (right === null || right === r.year) continue;
      out.push({
        span: r.yearSpan,
        message: `Resolution ${r.number} was adopted in ${right}, not ${r.year}: write 'resolution ${r.number} (${right})'.`,
        fix: { title: `Change the year to ${right}`, edits: [{ span: r.yearSpan, newText: String(right) }] },
      });
    }
    return out;
  },
};
