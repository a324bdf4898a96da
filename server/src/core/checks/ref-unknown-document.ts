/** ref/unknown-document: a Security Council resolution number beyond the last one known to exist. */
import { LAST_KNOWN } from '../scYears';
import type { Finding, Rule } from './rule';

export const refUnknownDocument: Rule = {
  code: 'ref/unknown-document',
  severity: 'warning',
  description: 'A cited Security Council resolution exists (its number is not beyond the last one known).',
  check({ model, library, t }) {
    const out: Finding[] = [];
    const last = Math.max(LAST_KNOWN.number, library?.maxScNumber ?? 0);
    for (const r of model.references) {
      if (r.kind !== 'document' || r.docKind !== 'sc-resolution' || r.number === null || r.number <= last) continue;
      out.push({ span: r.span, message: t('ref.unknownDocument', { number: r.number, last }) });
    }
    return out;
  },
};
