/**
 * ref/unknown-document: a cited resolution beyond the last one known: a Security Council number beyond the
 * last in the table (or the library), a General Assembly or Human Rights Council number beyond the last of
 * its session in the catalog (sessions the catalog does not cover are not judged).
 */
import { LAST_KNOWN } from '../scYears';
import type { Finding, Rule } from './rule';

const SESSION_SYMBOL = /^(A\/(?:HRC\/)?RES\/(\d+))\/(\d+)/;

export const refUnknownDocument: Rule = {
  code: 'ref/unknown-document',
  severity: 'warning',
  scope: 'reference',
  description: 'A cited resolution exists (its number is not beyond the last one known of the Security Council, or of its General Assembly or Human Rights Council session).',
  check({ model, library, t }) {
    const out: Finding[] = [];
    // Asked only for numbers beyond the table: the library and the catalog load on first use.
    let last: number | null = null;
    const lastSc = (): number => (last ??= Math.max(LAST_KNOWN.number, library?.maxScNumber ?? 0));
    for (const r of model.references) {
      if (r.kind !== 'document') continue;
      if (r.docKind === 'sc-resolution' && r.number !== null && r.number > LAST_KNOWN.number && r.number > lastSc()) {
        out.push({ span: r.span, message: t('ref.unknownDocument', { number: r.number, last: lastSc() }) });
        continue;
      }
      if (r.docKind !== 'ga-resolution' && r.docKind !== 'hrc-resolution') continue;
      const m = SESSION_SYMBOL.exec(r.symbol);
      const lastOfSession = m ? (library?.lastOfSession?.(m[1]) ?? null) : null;
      if (!m || lastOfSession === null || Number(m[3]) <= lastOfSession) continue;
      const key = r.docKind === 'ga-resolution' ? 'ref.unknownGaResolution' : 'ref.unknownHrcResolution';
      out.push({ span: r.span, message: t(key, { session: m[2], number: m[3], last: lastOfSession }) });
    }
    return out;
  },
};
